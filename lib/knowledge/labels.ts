/** German names of article kinds and states, shared by pages and forms. */
export const ARTICLE_KINDS = ["ENTRY", "EXIT", "DEPUTY", "PROCEDURE"] as const;
export type ArticleKind = (typeof ARTICLE_KINDS)[number];

export const ARTICLE_STATUSES = ["DRAFT", "IN_REVIEW", "PUBLISHED", "ARCHIVED"] as const;
export type ArticleStatusValue = (typeof ARTICLE_STATUSES)[number];

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
