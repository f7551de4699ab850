import Link from "next/link";
import type { SearchHit } from "@/lib/search/search-articles";
import { formatDate } from "@/lib/format-date";
import { HighlightedText } from "./highlighted-text";
import { KindBadge, StatusBadge, VerificationBadge } from "@/components/knowledge/article-badges";

/** Result list: title (link), kind, status and verification badges, units, date, highlighted snippet. */
export function SearchResultList({ hits, firstPosition }: { hits: SearchHit[]; firstPosition: number }) {
  return (
    <ol className="search-results" start={firstPosition}>
      {hits.map((hit) => (
        <li key={hit.id} className="search-result">
          <h3>
            <Link href={`/wissen/${hit.id}`}>
              <HighlightedText segments={hit.title} />
            </Link>
          </h3>
          <p className="meta">
            <KindBadge kind={hit.kind} /> <StatusBadge status={hit.status} /> <VerificationBadge state={hit.verification} />
            {hit.unitNames.length > 0 && <span>{hit.unitNames.join(", ")}</span>}
            <span>geändert am {formatDate(new Date(hit.updatedAt))}</span>
          </p>
          {hit.snippet.length > 0 && (
            <p className="snippet">
              <HighlightedText segments={hit.snippet} />
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}
