/**
 * Writes the bench corpus into the database: several organizations, each with
 * units, tasks and users; every corpus section becomes an article whose body is
 * TipTap JSON, validated and rendered by the same code as the app.
 */
import { randomUUID } from "node:crypto";
import { systemDb } from "../../lib/db/client";
import { hashPassword } from "../../lib/auth/password";
import { processContent } from "../../lib/content/process-content";
import type { Prisma } from "../../lib/db/generated/client";
import type { CorpusDocument } from "./corpus";

export const BENCH_PASSWORD = "Bench-Passwort-2026";
const DEFAULT_ORGANIZATIONS = 4;
const UNITS_PER_ORGANIZATION = 6;

export interface BenchOrganization {
  id: string;
  readerEmail: string;
  readerId: string;
  editorId: string;
  unitIds: string[];
}

/** `organizations`: how many municipalities share the corpus (4 by default; 40 for the provider's size). */
export async function loadBenchData(
  documents: CorpusDocument[],
  progress: (done: number) => void,
  organizationCount = DEFAULT_ORGANIZATIONS,
): Promise<BenchOrganization[]> {
  const ORGANIZATIONS = organizationCount;
  const passwordHash = await hashPassword(BENCH_PASSWORD);
  const organizations: BenchOrganization[] = [];
  for (let index = 0; index < ORGANIZATIONS; index++) {
    const suffix = randomUUID().slice(0, 6);
    const org = await systemDb().organization.create({ data: { slug: `bench-${index}-${suffix}`, name: `Benchkommune ${index + 1}` } });
    const unitIds: string[] = [];
    for (let unit = 0; unit < UNITS_PER_ORGANIZATION; unit++) {
      unitIds.push((await systemDb().orgUnit.create({ data: { organizationId: org.id, name: `Amt ${unit + 1}` } })).id);
    }
    const reader = await systemDb().user.create({
      data: { organizationId: org.id, email: `lesen-${suffix}@bench.example`, displayName: "Bench Lesen", role: "READER", passwordHash },
    });
    const editor = await systemDb().user.create({
      data: {
        organizationId: org.id,
        email: `redaktion-${suffix}@bench.example`,
        displayName: "Bench Redaktion",
        role: "EDITOR",
        passwordHash,
      },
    });
    organizations.push({ id: org.id, readerEmail: reader.email, readerId: reader.id, editorId: editor.id, unitIds });
  }

  const batchSize = 500;
  for (let start = 0; start < documents.length; start += batchSize) {
    const articles: Prisma.ArticleCreateManyInput[] = [];
    const links: Prisma.ArticleUnitCreateManyInput[] = [];
    documents.slice(start, start + batchSize).forEach((document, offset) => {
      const index = start + offset;
      const org = organizations[index % ORGANIZATIONS];
      const content = processContent({
        type: "doc",
        content: document.paragraphs.map((text) => ({ type: "paragraph", content: [{ type: "text", text }] })),
      });
      const id = randomUUID();
      articles.push({
        id,
        organizationId: org.id,
        title: document.title,
        kind: (["PROCEDURE", "ENTRY", "EXIT", "DEPUTY"] as const)[index % 4],
        // Every seventh article is a draft, so the reader's permission filter has work to do.
        status: index % 7 === 0 ? "DRAFT" : "PUBLISHED",
        content: content.json as unknown as Prisma.InputJsonValue,
        contentText: content.text,
        contentHtml: content.html,
        ownerId: org.editorId,
        createdById: org.editorId,
      });
      links.push({ articleId: id, orgUnitId: org.unitIds[index % UNITS_PER_ORGANIZATION] });
    });
    await systemDb().article.createMany({ data: articles });
    await systemDb().articleUnit.createMany({ data: links });
    progress(Math.min(documents.length, start + batchSize));
  }
  return organizations;
}
