import "server-only";
import { db } from "../db/client";
import type { Prisma } from "../db/generated/client";
import type { Viewer } from "../auth/viewer";
import { governanceSettings } from "../org/organization-settings";
import type { ApprovalFacts } from "./workflow-rules";

type Reader = Pick<Prisma.TransactionClient, "articleRevision">;

/** Authors of content changes since the article was last published (newest revisions first until a published one). */
export async function contentAuthorsSinceLastPublication(tx: Reader, article: { id: string; organizationId: string }): Promise<string[]> {
  const revisions = await tx.articleRevision.findMany({
    where: { organizationId: article.organizationId, articleId: article.id },
    orderBy: { version: "desc" },
    take: 200,
    select: { status: true, authorId: true, contentChanged: true },
  });
  const authors = new Set<string>();
  for (const revision of revisions) {
    if (revision.status === "PUBLISHED") break;
    if (revision.contentChanged) authors.add(revision.authorId);
  }
  return [...authors];
}

/** What the rules need to decide on approval for one article. */
export async function approvalFactsOf(viewer: Viewer, articleId: string): Promise<ApprovalFacts> {
  const [settings, contentAuthorIds] = await Promise.all([
    governanceSettings(viewer.organizationId),
    contentAuthorsSinceLastPublication(db(), { id: articleId, organizationId: viewer.organizationId }),
  ]);
  return { requireFourEyes: settings.requireFourEyes, contentAuthorIds };
}
