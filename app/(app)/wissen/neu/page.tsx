import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/current-viewer";
import { canCreateArticle } from "@/lib/auth/policy";
import { listLinkOptions } from "@/lib/org/list-link-options";
import { EMPTY_DOCUMENT } from "@/lib/content/document-schema";
import { ArticleForm } from "@/components/knowledge/article-form";
import { saveArticleAction } from "../actions";

export const metadata: Metadata = { title: "Neuer Artikel" };

export default async function NewArticlePage() {
  const viewer = await requireViewer();
  if (!canCreateArticle(viewer)) notFound();
  const options = await listLinkOptions(viewer);
  return (
    <>
      <h1>Neuer Wissensartikel</h1>
      <ArticleForm
        action={saveArticleAction}
        options={options}
        submitLabel="Artikel anlegen"
        values={{ title: "", kind: "PROCEDURE", status: "DRAFT", content: EMPTY_DOCUMENT, taskIds: [], unitIds: [], positionIds: [] }}
      />
    </>
  );
}
