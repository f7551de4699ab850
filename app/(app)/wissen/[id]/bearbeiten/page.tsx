import type { Metadata } from "next";
import { loadOr404 } from "@/lib/load-or-404";
import type { JSONContent } from "@tiptap/core";
import { requireViewer } from "@/lib/auth/current-viewer";
import { getEditableVersion } from "@/lib/knowledge/working-copy";
import { listLinkOptions } from "@/lib/org/list-link-options";
import { ArticleForm } from "@/components/knowledge/article-form";
import { saveArticleAction, uploadEditorImageAction } from "../../actions";
import { listAttachments } from "@/lib/knowledge/attachments";

export const metadata: Metadata = { title: "Artikel bearbeiten" };

export default async function EditArticlePage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireViewer();
  const { id } = await params;
  const article = await loadOr404(() => getEditableVersion(viewer, id));
  const [options, attachments] = await Promise.all([listLinkOptions(viewer), listAttachments(viewer, id)]);
  return (
    <>
      <h1>{article.workingCopyRevision > 0 ? "Arbeitskopie bearbeiten" : "Artikel bearbeiten"}</h1>
      {article.workingCopyRevision > 0 && (
        <p className="alert alert--info" role="note">
          Sie bearbeiten die Arbeitskopie dieses Artikels. Leserinnen und Leser sehen weiter die veröffentlichte Version {article.version},
          bis die Arbeitskopie freigegeben ist.
        </p>
      )}
      <ArticleForm
        action={saveArticleAction}
        options={options}
        submitLabel="Speichern"
        uploadImage={uploadEditorImageAction}
        settings={article.form}
        images={attachments
          .filter((attachment) => attachment.image)
          .map(({ id: imageId, fileName, description }) => ({ id: imageId, fileName, description }))}
        values={{ ...article, content: article.content as JSONContent }}
      />
    </>
  );
}
