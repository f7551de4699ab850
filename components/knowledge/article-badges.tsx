import { ARTICLE_KIND_LABELS, ARTICLE_STATUS_LABELS, type ArticleKind, type ArticleStatusValue } from "@/lib/knowledge/labels";

export function KindBadge({ kind }: { kind: string }) {
  return <span className="badge badge--kind">{ARTICLE_KIND_LABELS[kind as ArticleKind] ?? kind}</span>;
}

export function StatusBadge({ status }: { status: string }) {
  return (
    <span className={`badge badge--${status}`}>{ARTICLE_STATUS_LABELS[status as ArticleStatusValue] ?? status}</span>
  );
}
