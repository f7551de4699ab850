import type { Metadata } from "next";
import { notFound } from "next/navigation";
import Link from "next/link";
import { requireViewer } from "@/lib/auth/current-viewer";
import { canCreateArticle } from "@/lib/auth/policy";
import { listLinkOptions } from "@/lib/org/list-link-options";
import { EMPTY_DOCUMENT } from "@/lib/content/document-schema";
import { ArticleForm } from "@/components/knowledge/article-form";
import { listTemplates, templateForNewArticle, type TemplateSummary } from "@/lib/knowledge/article-templates";
import { articleFormSettings } from "@/lib/knowledge/get-article";
import { saveArticleAction } from "../actions";

export const metadata: Metadata = { title: "Neuer Artikel" };

/** Built-in templates are addressed by their kind (readable links), the organization's own by id. */
const templateParam = (template: TemplateSummary) => (template.builtIn ? template.kind : template.id);

export default async function NewArticlePage({ searchParams }: { searchParams: Promise<{ vorlage?: string; aufgabe?: string }> }) {
  const viewer = await requireViewer();
  if (!canCreateArticle(viewer)) notFound();
  const { vorlage, aufgabe } = await searchParams;
  const [options, settings, templates, chosen] = await Promise.all([
    listLinkOptions(viewer),
    articleFormSettings(viewer, null),
    listTemplates(viewer),
    templateForNewArticle(viewer, vorlage),
  ]);
  const template = chosen.template;
  // From the cockpit ("Austrittswissen anlegen" on a task): the task is preselected if it is one of the viewer's options.
  const presetTask = options.tasks.find((task) => task.id === aufgabe);
  return (
    <>
      <h1>Neuer Wissensartikel</h1>
      <nav aria-label="Vorlagen" className="card">
        <p>Mit einer Vorlage beginnen – sie gibt die Abschnitte vor, die ein guter Artikel dieser Art enthält:</p>
        <ul className="template-links">
          {templates.map((item) => (
            <li key={item.id}>
              <Link href={`/wissen/neu?vorlage=${templateParam(item)}`} aria-current={item.id === template?.id ? "true" : undefined}>
                {item.name}
              </Link>
            </li>
          ))}
          <li>
            <Link href="/wissen/neu?vorlage=leer" aria-current={template ? undefined : "true"}>
              Ohne Vorlage
            </Link>
          </li>
        </ul>
        {chosen.fromUnitDefault && template && (
          <p className="field-hint">Vorgewählt: „{template.name}“, die Standardvorlage Ihrer Organisationseinheit.</p>
        )}
        <p>
          Oder vorhandenes Wissen übernehmen: <Link href="/wissen/import">Aus einem Word-Dokument importieren</Link>
        </p>
      </nav>
      <ArticleForm
        key={`${template?.id ?? "leer"}-${presetTask?.id ?? ""}`}
        action={saveArticleAction}
        options={options}
        submitLabel="Artikel anlegen"
        settings={settings}
        guidance={template?.guidance}
        values={{
          title: "",
          kind: template?.kind ?? "PROCEDURE",
          status: "DRAFT",
          content: template?.content ?? EMPTY_DOCUMENT,
          taskIds: presetTask ? [presetTask.id] : [],
          unitIds: chosen.homeUnitId ? [chosen.homeUnitId] : [],
          positionIds: [],
        }}
      />
    </>
  );
}
