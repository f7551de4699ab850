import { ARTICLE_KIND_LABELS, ARTICLE_STATUS_LABELS, type ArticleKind, type ArticleStatusValue } from "@/lib/knowledge/labels";
import { VERIFICATION_LABELS, type VerificationState } from "@/lib/knowledge/verification";

export function KindBadge({ kind }: { kind: string }) {
  return <span className="badge badge--kind">{ARTICLE_KIND_LABELS[kind as ArticleKind] ?? kind}</span>;
}

export function StatusBadge({ status }: { status: string }) {
  return <span className={`badge badge--${status}`}>{ARTICLE_STATUS_LABELS[status as ArticleStatusValue] ?? status}</span>;
}

/** Verification state (aktuell / bald fällig / abgelaufen); nothing for unpublished articles. */
export function VerificationBadge({ state }: { state: VerificationState }) {
  if (state === "NONE") return null;
  return <span className={`badge badge--verification-${state}`}>Prüfung: {VERIFICATION_LABELS[state]}</span>;
}
