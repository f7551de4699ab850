import "server-only";
/**
 * All knowledge of one municipality as one zip – for the municipality itself
 * or when it leaves the provider: every article as HTML (the sanitized HTML
 * stored at save time, images pointing at the files beside it) and as
 * Markdown, the attachments, the organisation CSVs in the import format (so
 * another installation can import them again) and a manifest with SHA-256
 * per file. Streamed, so a large municipality never sits in memory.
 */
import { createHash } from "node:crypto";
import { PassThrough, type Readable } from "node:stream";
import { ZipArchive } from "archiver";
import escapeHtml from "escape-html";
import TurndownService from "turndown";
import { db } from "../db/client";
import type { Viewer } from "../auth/viewer";
import { canManageAccounts } from "../auth/policy";
import { forbidden, notFound } from "../errors";
import { readAttachment } from "../attachments/attachment-store";
import { organizationCsv } from "../org-import/export";
import { IMPORT_KINDS } from "../org-import/formats";

export const EXPORT_FORMAT = "digicheck-export/1";

const STATUS_NAMES: Record<string, string> = {
  DRAFT: "Entwurf",
  IN_REVIEW: "In Prüfung",
  PUBLISHED: "Veröffentlicht",
  ARCHIVED: "Archiviert",
};

/** A file name from a title: lower case, umlauts transcribed, nothing but letters, digits and dashes. */
export function fileSlug(text: string): string {
  const slug = text
    .toLowerCase()
    .replaceAll("ä", "ae")
    .replaceAll("ö", "oe")
    .replaceAll("ü", "ue")
    .replaceAll("ß", "ss")
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
  return slug || "artikel";
}

interface ArticleMeta {
  title: string;
  status: string;
  version: number;
  updatedAt: Date;
  owner: string;
}

const metaLine = (article: ArticleMeta) =>
  `${STATUS_NAMES[article.status] ?? article.status} · Version ${article.version} · zuletzt geändert ${article.updatedAt.toISOString().slice(0, 10)} · verantwortlich: ${article.owner}`;

function htmlDocument(article: ArticleMeta, body: string): string {
  return [
    "<!doctype html>",
    '<html lang="de">',
    `<head><meta charset="utf-8"><title>${escapeHtml(article.title)}</title></head>`,
    "<body>",
    `<h1>${escapeHtml(article.title)}</h1>`,
    `<p><small>${escapeHtml(metaLine(article))}</small></p>`,
    body,
    "</body></html>",
    "",
  ].join("\n");
}

interface ManifestEntry {
  file: string;
  size: number;
  sha256: string;
}

/** The article's answered questions as a section after its text (escaped: questions and answers are plain text). */
function questionsHtml(questions: { question: string; answer: string | null; takenIntoArticle: boolean }[]): string {
  if (questions.length === 0) return "";
  const entries = questions.map(
    (entry) =>
      `<dt>${escapeHtml(entry.question)}</dt><dd>${escapeHtml(entry.answer ?? "")}${entry.takenIntoArticle ? " <em>(in den Artikel übernommen)</em>" : ""}</dd>`,
  );
  return `\n<h2>Fragen und Antworten</h2>\n<dl>${entries.join("")}</dl>`;
}

const extensionOf = (fileName: string) => /\.[a-z0-9]{1,8}$/i.exec(fileName)?.[0].toLowerCase() ?? "";

/** Streams the zip of one municipality; `organizationId` must be checked by the caller. */
function municipalityZip(organizationId: string, organizationName: string, withExits: boolean): Readable {
  const output = new PassThrough();
  const zip = new ZipArchive({ zlib: { level: 6 } });
  zip.on("error", (error) => output.destroy(error));
  zip.pipe(output);
  const files: ManifestEntry[] = [];
  const add = (file: string, content: string | Buffer) => {
    const bytes = typeof content === "string" ? Buffer.from(content, "utf8") : content;
    files.push({ file, size: bytes.length, sha256: createHash("sha256").update(bytes).digest("hex") });
    zip.append(bytes, { name: file });
  };

  void (async () => {
    const turndown = new TurndownService({ headingStyle: "atx", bulletListMarker: "-", codeBlockStyle: "fenced" });
    const articles = await db().article.findMany({
      where: { organizationId },
      orderBy: { title: "asc" },
      select: {
        id: true,
        title: true,
        kind: true,
        status: true,
        version: true,
        contentHtml: true,
        updatedAt: true,
        owner: { select: { displayName: true } },
        attachments: { select: { id: true, fileName: true }, orderBy: { createdAt: "asc" } },
        tasks: { select: { task: { select: { title: true } } } },
        // Answered questions are part of the article for every reader; open ones are not exported.
        questions: {
          where: { answer: { not: null } },
          orderBy: { createdAt: "asc" },
          select: { question: true, answer: true, takenIntoArticle: true },
        },
      },
    });
    const articleEntries = [];
    const usedNames = new Set<string>();
    for (const article of articles) {
      let base = fileSlug(article.title);
      for (let n = 2; usedNames.has(base); n++) base = `${fileSlug(article.title)}-${n}`;
      usedNames.add(base);
      const attachmentFiles = new Map<string, string>();
      for (const attachment of article.attachments) {
        const name = `anhaenge/${base}/${attachment.id.slice(0, 8)}-${fileSlug(attachment.fileName.replace(/\.[^.]+$/, ""))}${extensionOf(attachment.fileName)}`;
        const bytes = await readAttachment(organizationId, attachment.id).catch(() => null);
        if (!bytes) continue;
        add(name, bytes);
        attachmentFiles.set(attachment.id, name);
      }
      // Images and links to /anhang/<id> point at the exported files next to the article.
      const linkedBody = article.contentHtml.replace(/(src|href)="\/anhang\/([0-9a-f-]{36})"/g, (whole, attribute: string, id: string) =>
        attachmentFiles.has(id) ? `${attribute}="../${attachmentFiles.get(id)}"` : whole,
      );
      const body = linkedBody + questionsHtml(article.questions);
      const meta: ArticleMeta = { ...article, owner: article.owner.displayName };
      add(`artikel/${base}.html`, htmlDocument(meta, body));
      add(`artikel/${base}.md`, `# ${article.title}\n\n_${metaLine(meta)}_\n\n${turndown.turndown(body)}\n`);
      articleEntries.push({
        id: article.id,
        title: article.title,
        kind: article.kind,
        status: article.status,
        version: article.version,
        tasks: article.tasks.map((link) => link.task.title),
        html: `artikel/${base}.html`,
        markdown: `artikel/${base}.md`,
        attachments: [...attachmentFiles.values()],
        answeredQuestions: article.questions.length,
      });
    }
    for (const kind of IMPORT_KINDS) add(`organisation/${kind}.csv`, await organizationCsv(organizationId, kind, withExits));
    add(
      "LIESMICH.txt",
      [
        `Wissen der Kommune ${organizationName} aus DigiCheck Wissen`,
        "",
        "artikel/       jeder Artikel als HTML (mit Bildern) und als Markdown",
        "anhaenge/      Bilder und Dateien der Artikel",
        "organisation/  Einheiten, Stellen, Personen, Aufgaben als CSV im Importformat",
        "manifest.json  Verzeichnis aller Dateien mit SHA-256-Prüfsummen",
        "",
        "Die CSV-Dateien lassen sich unter Verwaltung → Import wieder einlesen.",
        "",
      ].join("\n"),
    );
    const manifest = {
      format: EXPORT_FORMAT,
      municipality: organizationName,
      createdAt: new Date().toISOString(),
      articles: articleEntries,
      files,
    };
    zip.append(`${JSON.stringify(manifest, null, 2)}\n`, { name: "manifest.json" });
    await zip.finalize();
  })().catch((error: unknown) => output.destroy(error instanceof Error ? error : new Error(String(error))));
  return output;
}

async function auditedExport(organizationId: string, actorId: string | null, action: string, withExits: boolean) {
  const organization = await db().organization.findUnique({ where: { id: organizationId }, select: { name: true, slug: true } });
  if (!organization) throw notFound("Die Kommune");
  await db().auditEvent.create({ data: { organizationId, actorId, action, entityType: "Organization", entityId: organizationId } });
  return {
    stream: municipalityZip(organizationId, organization.name, withExits),
    fileName: `${organization.slug}-wissen.zip`,
    name: organization.name,
  };
}

/** The admin downloads the municipality's export (audited). */
export async function exportMunicipalityForAdmin(viewer: Viewer) {
  if (!canManageAccounts(viewer)) throw forbidden("Den Gesamtexport lädt die Administration herunter.");
  // Planned exits are HR's data (docs/coverage.md): the admin's download leaves them out.
  return auditedExport(viewer.organizationId, viewer.userId, "export.municipality", false);
}

/**
 * The provider's command line (`npm run export:kommune`), e.g. when a
 * municipality leaves. Deliberately not in the web console: the operator
 * never sees a municipality's content there.
 */
export async function exportMunicipalityBySlug(slug: string) {
  const organization = await db().organization.findUnique({ where: { slug }, select: { id: true } });
  if (!organization) throw notFound(`Die Kommune „${slug}“`);
  // When a municipality leaves, it gets all of its data back, planned exits included.
  return auditedExport(organization.id, null, "export.municipality_by_provider", true);
}
