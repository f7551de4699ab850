import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/current-viewer";
import { getArticle } from "@/lib/knowledge/get-article";
import { DomainError } from "@/lib/errors";
import { formatDate, formatDateTime } from "@/lib/format-date";
import { KindBadge, StatusBadge } from "@/components/knowledge/article-badges";

export const metadata: Metadata = { title: "Artikel" };

export default async function ArticlePage({ params, searchParams }: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ gespeichert?: string }>;
}) {
  const viewer = await requireViewer();
  const { id } = await params;
  const { gespeichert } = await searchParams;
  let article;
  try {
    article = await getArticle(viewer, id);
  } catch (error) {
    if (error instanceof DomainError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
  return (
    <article>
      {gespeichert && <p className="alert alert--success" role="status">Der Artikel wurde gespeichert.</p>}
      <h1>{article.title}</h1>
      <p className="meta">
        <KindBadge kind={article.kind} /> <StatusBadge status={article.status} />{" "}
        <span>Version {article.version}, geändert {formatDateTime(article.updatedAt)}, verantwortlich: {article.owner.displayName}</span>
      </p>
      {article.canEdit && (
        <p><Link className="button" href={`/wissen/${article.id}/bearbeiten`}>Bearbeiten</Link></p>
      )}
      <div className="card article-body" dangerouslySetInnerHTML={{ __html: article.contentHtml }} />
      <section className="card" aria-labelledby="links-heading">
        <h2 id="links-heading">Zuordnung</h2>
        <dl className="facts">
          <dt>Aufgaben</dt>
          <dd>{article.tasks.map((link) => link.task.title).join(", ") || "–"}</dd>
          <dt>Organisationseinheiten</dt>
          <dd>{article.units.map((link) => link.orgUnit.name).join(", ") || "–"}</dd>
          <dt>Stellen</dt>
          <dd>{article.positions.map((link) => link.position.title).join(", ") || "–"}</dd>
          <dt>Nächste Prüfung</dt>
          <dd>{article.nextReviewAt ? formatDate(article.nextReviewAt) : "–"}</dd>
        </dl>
      </section>
    </article>
  );
}
