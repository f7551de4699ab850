import Link from "next/link";
import type { FacetValue, SearchResult } from "@/lib/search/search-articles";
import { searchUrl, type FacetName, type SearchRequest } from "@/lib/search/search-request";
import { ARTICLE_KIND_LABELS, ARTICLE_STATUS_LABELS, type ArticleKind, type ArticleStatusValue } from "@/lib/knowledge/labels";
import { VERIFICATION_LABELS, type VerificationState } from "@/lib/knowledge/verification";

const FACET_TITLES: Record<FacetName, string> = {
  kind: "Art",
  status: "Status",
  verification: "Prüfstand",
  unitId: "Organisationseinheit",
  positionId: "Stelle",
  taskId: "Aufgabe",
};

function valueLabel(name: FacetName, value: FacetValue): string {
  if (name === "kind") return ARTICLE_KIND_LABELS[value.value as ArticleKind] ?? value.value;
  if (name === "status") return ARTICLE_STATUS_LABELS[value.value as ArticleStatusValue] ?? value.value;
  if (name === "verification") return VERIFICATION_LABELS[value.value as VerificationState] ?? value.value;
  return value.label;
}

const MAX_VALUES = 12;

/**
 * Facets as plain links (work without JavaScript, with the keyboard and with
 * screen readers); a chosen value is marked and can be removed.
 */
export function SearchFacets({ request, facets }: { request: SearchRequest; facets: SearchResult["facets"] }) {
  const groups = (Object.keys(FACET_TITLES) as FacetName[]).filter((name) => (facets[name]?.length ?? 0) > 0 || request[name]);
  if (groups.length === 0) return null;
  return (
    <nav className="search-facets" aria-label="Suchergebnisse eingrenzen">
      <h2 className="visually-hidden">Eingrenzen</h2>
      {groups.map((name) => {
        const selected = request[name];
        const values = facets[name] ?? [];
        return (
          <section key={name} className="facet">
            <h3 id={`facet-${name}`}>{FACET_TITLES[name]}</h3>
            <ul aria-labelledby={`facet-${name}`}>
              {values.slice(0, MAX_VALUES).map((value) => {
                const active = selected === value.value;
                const href = searchUrl({ ...request, page: 1, [name]: active ? undefined : value.value });
                return (
                  <li key={value.value}>
                    <Link href={href} aria-current={active ? "true" : undefined} className={active ? "facet--active" : undefined}>
                      {valueLabel(name, value)} <span className="facet-count">({value.count})</span>
                      {active && <span className="visually-hidden"> – ausgewählt, erneut wählen zum Entfernen</span>}
                    </Link>
                  </li>
                );
              })}
              {selected && !values.some((value) => value.value === selected) && (
                <li>
                  <Link href={searchUrl({ ...request, page: 1, [name]: undefined })}>Auswahl entfernen</Link>
                </li>
              )}
            </ul>
          </section>
        );
      })}
    </nav>
  );
}
