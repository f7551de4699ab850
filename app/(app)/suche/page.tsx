import type { Metadata } from "next";
import Link from "next/link";
import { requireViewer } from "@/lib/auth/current-viewer";
import { searchArticles, type SearchResult } from "@/lib/search/search-articles";
import { DomainError } from "@/lib/errors";
import { HighlightedText } from "@/components/search/highlighted-text";
import { KindBadge, StatusBadge } from "@/components/knowledge/article-badges";

export const metadata: Metadata = { title: "Suche" };

export default async function SearchPage({ searchParams }: { searchParams: Promise<{ q?: string; seite?: string }> }) {
  const viewer = await requireViewer();
  const params = await searchParams;
  const q = typeof params.q === "string" ? params.q : "";
  let result: SearchResult | null = null;
  let unavailable: string | null = null;
  try {
    result = await searchArticles(viewer, { q, page: params.seite });
  } catch (error) {
    if (error instanceof DomainError && error.code === "UNAVAILABLE") unavailable = error.message;
    else throw error;
  }
  const lastPage = result ? Math.max(1, Math.ceil(result.total / result.pageSize)) : 1;
  const pageLink = (page: number) => `/suche?${new URLSearchParams({ q, seite: String(page) })}`;
  return (
    <>
      <h1>Suche</h1>
      <form role="search" action="/suche" method="get" className="card filters">
        <div className="field">
          <label htmlFor="search-q">Suchbegriff</label>
          <input id="search-q" type="search" name="q" defaultValue={q} />
        </div>
        <button type="submit" className="button">Suchen</button>
      </form>
      {unavailable && <p className="alert alert--error" role="alert">{unavailable}</p>}
      {result && result.query !== "" && (
        <section aria-labelledby="results-heading">
          <h2 id="results-heading" role="status">
            {result.total === 0 ? `Keine Treffer für „${result.query}“` : `${result.total} ${result.total === 1 ? "Treffer" : "Treffer"} für „${result.query}“`}
          </h2>
          {result.total === 0 && <p>Versuchen Sie einen anderen oder kürzeren Begriff, z. B. einen Wortteil.</p>}
          <ol className="article-list" style={{ listStyle: "none" }}>
            {result.hits.map((hit) => (
              <li key={hit.id} className="search-result">
                <h3 style={{ margin: 0 }}><Link href={`/wissen/${hit.id}`}><HighlightedText segments={hit.title} /></Link></h3>
                <p className="meta"><KindBadge kind={hit.kind} /> <StatusBadge status={hit.status} /> {hit.unitNames.join(", ")}</p>
                <p><HighlightedText segments={hit.snippet} /></p>
              </li>
            ))}
          </ol>
          {lastPage > 1 && (
            <nav className="pagination" aria-label="Seiten">
              {result.page > 1 && <Link href={pageLink(result.page - 1)}>Vorherige Seite</Link>}
              <span>Seite {result.page} von {lastPage}</span>
              {result.page < lastPage && <Link href={pageLink(result.page + 1)}>Nächste Seite</Link>}
            </nav>
          )}
        </section>
      )}
    </>
  );
}
