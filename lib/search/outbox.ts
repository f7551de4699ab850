import "server-only";
import type { Prisma } from "../db/generated/client";

/** Records that an article's index entry must be refreshed; call inside the article's transaction. */
export async function enqueueArticleIndexing(
  tx: Prisma.TransactionClient,
  article: { id: string; organizationId: string },
): Promise<void> {
  await tx.searchOutbox.create({ data: { articleId: article.id, organizationId: article.organizationId } });
}
