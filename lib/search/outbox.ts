import "server-only";
import type { Prisma } from "../db/generated/client";

type OutboxWriter = Pick<Prisma.TransactionClient, "searchOutbox">;

/** Records that these articles' index entries must be refreshed; call inside the change's transaction. */
export async function enqueueArticlesIndexing(tx: OutboxWriter, articles: { id: string; organizationId: string }[]): Promise<void> {
  if (articles.length === 0) return;
  await tx.searchOutbox.createMany({
    data: articles.map((article) => ({ articleId: article.id, organizationId: article.organizationId })),
  });
}

/** Records that an article's index entry must be refreshed; call inside the article's transaction. */
export async function enqueueArticleIndexing(tx: OutboxWriter, article: { id: string; organizationId: string }): Promise<void> {
  await enqueueArticlesIndexing(tx, [article]);
}
