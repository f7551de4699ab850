import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/current-viewer";
import { canCreateArticle } from "@/lib/auth/policy";
import { listLinkOptions } from "@/lib/org/list-link-options";
import { EMPTY_DOCUMENT } from "@/lib/content/document-schema";
import { ArticleForm } from "@/components/knowledge/article-form";
import Link from "next/link";
import { ARTICLE_KINDS, ARTICLE_KIND_LABELS } from "@/lib/knowledge/labels";
import { templateDocument } from "@/lib/knowledge/templates";
import { saveArticleAction } from "../actions";
import { articleFormSettings } from "@/lib/knowledge/get-article";

export const metadata: Metadata = { title: "Neuer Artikel" };

export default async function NewArticlePage({ searchParams }: { searchParams: Promise<{ vorlage?: string }> }) {
  const viewer = await requireViewer();
  if (!canCreateArticle(viewer)) notFound();
  const [options, settings] = await Promise.all([listLinkOptions(viewer), articleFormSettings(viewer, null)]);
  const { vorlage } = await searchParams;
  const template = ARTICLE_KINDS.find((kind) => kind === vorlage);
  return (
    <>
      <h1>Neuer Wissensartikel</h1>
      <nav aria-label="Vorlagen" className="card">
        <p>Mit einer Vorlage beginnen – sie gibt die Abschnitte vor, die ein guter Artikel dieser Art enthält:</p>
        <ul className="template-links">
          {ARTICLE_KINDS.map((kind) => (
            <li key={kind}>
              <Link href={`/wissen/neu?vorlage=${kind}`} aria-current={kind === template ? "true" : undefined}>{ARTICLE_KIND_LABELS[kind]}</Link>
            </li>
          ))}
          <li><Link href="/wissen/neu" aria-current={template ? undefined : "true"}>Ohne Vorlage</Link></li>
        </ul>
        <p>Oder vorhandenes Wissen übernehmen: <Link href="/wissen/import">Aus einem Word-Dokument importieren</Link></p>
      </nav>
      <ArticleForm
        key={template ?? "leer"}
        action={saveArticleAction}
        options={options}
        submitLabel="Artikel anlegen"
        settings={settings}
        values={{
          title: "", kind: template ?? "PROCEDURE", status: "DRAFT",
          content: template ? templateDocument(template) : EMPTY_DOCUMENT, taskIds: [], unitIds: [], positionIds: [],
        }}
      />
    </>
  );
}
