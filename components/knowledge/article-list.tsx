import Link from "next/link";
import type { ReactNode } from "react";
import { KindBadge, StatusBadge } from "./article-badges";
import { formatDateTime } from "@/lib/format-date";
import type { ArticleKind, ArticleStatusValue } from "@/lib/knowledge/labels";

/** The markup of every article list: one link per article, with a meta line the caller fills. */
export function ArticleLinkList<T extends { id: string; title: string }>({
  articles,
  meta,
}: {
  articles: T[];
  meta: (article: T) => ReactNode;
}) {
  return (
    <ul className="article-list">
      {articles.map((article) => (
        <li key={article.id}>
          <Link href={`/wissen/${article.id}`}>{article.title}</Link>
          <div className="meta">{meta(article)}</div>
        </li>
      ))}
    </ul>
  );
}

export interface ArticleListItem {
  id: string;
  title: string;
  kind: ArticleKind;
  status: ArticleStatusValue;
  updatedAt: Date;
  units: { orgUnit: { name: string } }[];
}

/** Articles with kind, status and units (start page, /wissen); `showUpdated` adds "geändert …". */
export function ArticleList({ articles, showUpdated = false }: { articles: ArticleListItem[]; showUpdated?: boolean }) {
  return (
    <ArticleLinkList
      articles={articles}
      meta={(article) => (
        <>
          <KindBadge kind={article.kind} />
          <StatusBadge status={article.status} />
          <span>{article.units.map((unit) => unit.orgUnit.name).join(", ")}</span>
          {showUpdated && <span>geändert {formatDateTime(article.updatedAt)}</span>}
        </>
      )}
    />
  );
}
