/** German names of article kinds and states, shared by pages and forms; the values come from the schema's enums. */
import { ArticleKind, ArticleStatus } from "../db/generated/enums";

export type { ArticleKind };
export type ArticleStatusValue = ArticleStatus;
export const ARTICLE_KINDS = Object.values(ArticleKind);
export const ARTICLE_STATUSES = Object.values(ArticleStatus);

export const ARTICLE_KIND_LABELS: Record<ArticleKind, string> = {
  ENTRY: "Eintrittswissen",
  EXIT: "Austrittswissen",
  DEPUTY: "Vertretungswissen",
  PROCEDURE: "Arbeitsanleitung",
};

export const ARTICLE_STATUS_LABELS: Record<ArticleStatusValue, string> = {
  DRAFT: "Entwurf",
  IN_REVIEW: "In Prüfung",
  PUBLISHED: "Veröffentlicht",
  ARCHIVED: "Archiviert",
};
