import type { DueArticle } from "@/lib/knowledge/review-lists";
import { formatDate } from "@/lib/format-date";
import { VerificationBadge } from "./article-badges";
import { ArticleLinkList } from "./article-list";

/** Articles whose review is due or overdue, with state, date, owner and units. */
export function DueArticleList({ articles, showOwner }: { articles: DueArticle[]; showOwner: boolean }) {
  return (
    <ArticleLinkList
      articles={articles}
      meta={(article) => (
        <>
          <VerificationBadge state={article.verification} />
          <span>
            Prüfung {article.verification === "EXPIRED" ? "war fällig am" : "fällig am"} {formatDate(article.nextReviewAt)}
          </span>
          {showOwner && <span>verantwortlich: {article.ownerName}</span>}
          {article.unitNames.length > 0 && <span>{article.unitNames.join(", ")}</span>}
        </>
      )}
    />
  );
}
