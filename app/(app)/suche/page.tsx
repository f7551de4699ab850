import type { Metadata } from "next";
import Link from "next/link";
import { requireViewer } from "@/lib/auth/current-viewer";
import { parseSearchParams, searchArticles, type SearchResult } from "@/lib/search/search-articles";
import { searchUrl } from "@/lib/search/search-request";
import { QUERY_SHORTENED_NOTICE } from "@/lib/search/normalize-query";
import { SearchResultList } from "@/components/search/search-result-list";
import { SearchFacets } from "@/components/search/search-facets";
import { GapReportForm } from "@/components/search/gap-report-form";
import { reportGapAction } from "./actions";
import { searchSharedInstructions } from "@/lib/verbund/verbund-search";

export const metadata: Metadata = { title: "Suche" };

function resultHeading(result: SearchResult): string {
  if (result.total === 0) return `Keine Treffer für „${result.query}“`;
  return `${result.total.toLocaleString("de-DE")} ${result.total === 1 ? "Treffer" : "Treffer"} für „${result.query}“`;
}

export default async function SearchPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireViewer();
  const params = await searchParams;
  const request = parseSearchParams(params);
  // "Auch im Verbund suchen" costs a query only when it is ticked.
  const inVerbund = params.verbund === "1";
  const [result, verbundHits] = await Promise.all([
    searchArticles(viewer, request),
    inVerbund && request.q ? searchSharedInstructions(viewer, request.q) : Promise.resolve(undefined),
  ]);
  const lastPage = Math.max(1, Math.ceil(Math.min(result.total, 1000) / result.pageSize));
  const sortLink = (sort: "relevanz" | "datum") => searchUrl({ ...request, sort, page: 1 });
  return (
    <>
      <h1>Suche</h1>
      <form role="search" action="/suche" method="get" className="card filters">
        <div className="field">
          <label htmlFor="search-q">Suchbegriff</label>
          <input id="search-q" type="search" name="q" defaultValue={request.q} />
        </div>
        {request.sort === "datum" && <input type="hidden" name="sortierung" value="datum" />}
        <div className="field field--checkbox">
          <input id="search-verbund" type="checkbox" name="verbund" value="1" defaultChecked={inVerbund} />
          <label htmlFor="search-verbund">auch im Verbund suchen</label>
        </div>
        <button type="submit" className="button">
          Suchen
        </button>
      </form>
      {verbundHits !== undefined && (
        <section className="card" aria-labelledby="verbund-results">
          <h2 id="verbund-results">Aus dem Wissensverbund</h2>
          {verbundHits === null ? (
            <p>Ihre Kommune nimmt nicht am Wissensverbund teil; geteilte Anleitungen anderer Kommunen sind deshalb nicht durchsuchbar.</p>
          ) : verbundHits.length === 0 ? (
            <p>Keine geteilten Anleitungen zu „{request.q}“.</p>
          ) : (
            <ul className="article-list">
              {verbundHits.map((hit) => (
                <li key={hit.id}>
                  <Link href={`/verbund/anleitungen/${hit.id}`}>{hit.title}</Link>
                  <div className="meta">
                    <span>{hit.attribution}</span>
                    <span>{hit.catalogue}</span>
                  </div>
                  <p>{hit.excerpt}</p>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
      {result.queryShortened && (
        <p className="alert alert--info" role="status">
          {QUERY_SHORTENED_NOTICE}
        </p>
      )}
      {result.fallback && (
        <p className="alert alert--info" role="status">
          Die Suche läuft gerade im Notbetrieb: Die Treffer können ungenauer sein (Tippfehler und Wortteile nur im Titel, keine Filter).
          Alle Artikel sind weiterhin gespeichert.
        </p>
      )}
      {result.query !== "" && (
        <div className="search-layout">
          <section aria-labelledby="results-heading" className="search-main">
            <h2 id="results-heading" role="status">
              {resultHeading(result)}
            </h2>
            {result.total > 0 && (
              <p className="sort-links">
                Sortierung:{" "}
                {request.sort === "relevanz" ? (
                  <strong aria-current="true">Relevanz</strong>
                ) : (
                  <Link href={sortLink("relevanz")}>Relevanz</Link>
                )}
                {" · "}
                {request.sort === "datum" ? (
                  <strong aria-current="true">Neueste zuerst</strong>
                ) : (
                  <Link href={sortLink("datum")}>Neueste zuerst</Link>
                )}
              </p>
            )}
            {result.total === 0 && (
              <>
                {result.suggestion ? (
                  <p className="alert alert--info">
                    Meinten Sie <Link href={searchUrl({ q: result.suggestion })}>„{result.suggestion}“</Link>?
                  </p>
                ) : (
                  <p>
                    Versuchen Sie einen anderen oder kürzeren Begriff, z. B. einen Wortteil wie „anmeldung“ statt
                    „Gewerbeanmeldungsformular“.
                  </p>
                )}
                <GapReportForm query={result.query} action={reportGapAction} />
              </>
            )}
            <SearchResultList hits={result.hits} firstPosition={(result.page - 1) * result.pageSize + 1} />
            {lastPage > 1 && (
              <nav className="pagination" aria-label="Seiten der Suchergebnisse">
                {result.page > 1 && (
                  <Link href={searchUrl({ ...request, page: result.page - 1 })} rel="prev">
                    Vorherige Seite
                  </Link>
                )}
                <span>
                  Seite {result.page} von {lastPage}
                </span>
                {result.page < lastPage && (
                  <Link href={searchUrl({ ...request, page: result.page + 1 })} rel="next">
                    Nächste Seite
                  </Link>
                )}
              </nav>
            )}
          </section>
          {!result.fallback && <SearchFacets request={request} facets={result.facets} />}
        </div>
      )}
    </>
  );
}
