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

export const metadata: Metadata = { title: "Suche" };

function resultHeading(result: SearchResult): string {
  if (result.total === 0) return `Keine Treffer für „${result.query}“`;
  return `${result.total.toLocaleString("de-DE")} ${result.total === 1 ? "Treffer" : "Treffer"} für „${result.query}“`;
}

export default async function SearchPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireViewer();
  const request = parseSearchParams(await searchParams);
  const result = await searchArticles(viewer, request);
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
        <button type="submit" className="button">
          Suchen
        </button>
      </form>
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
