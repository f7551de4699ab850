import "server-only";
import type { Prisma } from "../db/generated/client";

/** What the index stores per article; permission fields are used as filters. */
export interface ArticleDocument {
  id: string;
  organizationId: string;
  title: string;
  kind: string;
  status: string;
  ownerId: string;
  unitIds: string[];
  unitNames: string[];
  text: string;
  updatedAt: number;
}

export const articleDocumentSelect = {
  id: true,
  organizationId: true,
  title: true,
  kind: true,
  status: true,
  ownerId: true,
  contentText: true,
  updatedAt: true,
  units: { select: { orgUnit: { select: { id: true, name: true } } } },
} satisfies Prisma.ArticleSelect;

type ArticleDocumentRow = Prisma.ArticleGetPayload<{ select: typeof articleDocumentSelect }>;

export function toArticleDocument(article: ArticleDocumentRow): ArticleDocument {
  return {
    id: article.id,
    organizationId: article.organizationId,
    title: article.title,
    kind: article.kind,
    status: article.status,
    ownerId: article.ownerId,
    unitIds: article.units.map((link) => link.orgUnit.id),
    unitNames: article.units.map((link) => link.orgUnit.name),
    text: article.contentText,
    updatedAt: Math.floor(article.updatedAt.getTime() / 1000),
  };
}
