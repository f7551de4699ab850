import Link from "next/link";
import { KindBadge, StatusBadge } from "./article-badges";
import { formatDateTime } from "@/lib/format-date";
import type { ArticleKind, ArticleStatusValue } from "@/lib/knowledge/labels";

export interface ArticleListItem {
  id: string;
  title: string;
  kind: ArticleKind;
  status: ArticleStatusValue;
  updatedAt: Date;
  units: { orgUnit: { name: string } }[];
}

/** The list of articles with kind, status and units (start page, /wissen); `showUpdated` adds "geändert …". */
export function ArticleList({ articles, showUpdated = false }: { articles: ArticleListItem[]; showUpdated?: boolean }) {
  return (
    <ul className="article-list">
      {articles.map((article) => (
        <li key={article.id}>
          <Link href={`/wissen/${article.id}`}>{article.title}</Link>
          <div className="meta">
            <KindBadge kind={article.kind} />
            <StatusBadge status={article.status} />
            <span>{article.units.map((unit) => unit.orgUnit.name).join(", ")}</span>
            {showUpdated && <span>geändert {formatDateTime(article.updatedAt)}</span>}
          </div>
        </li>
      ))}
    </ul>
  );
}
