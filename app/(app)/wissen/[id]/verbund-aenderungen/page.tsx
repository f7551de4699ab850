import type { Metadata } from "next";
import Link from "next/link";
import { requireViewer } from "@/lib/auth/current-viewer";
import { loadOr404 } from "@/lib/load-or-404";
import { adoptionDifferences } from "@/lib/verbund/adoption";
import { RevisionDiff } from "@/components/knowledge/revision-diff";
import { acknowledgeAdoptionUpdateAction } from "../../../verbund/actions";

export const metadata: Metadata = { title: "Neue Fassung im Verbund" };

/** What changed in the shared instruction since this article was taken over from it. */
export default async function AdoptionChangesPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ fehler?: string }>;
}) {
  const viewer = await requireViewer();
  const { id } = await params;
  const { fehler } = await searchParams;
  const diff = await loadOr404(() => adoptionDifferences(viewer, { articleId: id }));
  return (
    <>
      <p>
        <Link href={`/wissen/${diff.articleId}`}>← Zurück zum Artikel</Link>
      </p>
      <h1>Neue Fassung im Verbund: „{diff.title}“</h1>
      {fehler && (
        <p className="alert alert--error" role="alert">
          {fehler.slice(0, 400)}
        </p>
      )}
      <p>
        Unterschiede zwischen Fassung {diff.from}, die Sie übernommen haben, und der jetzt geteilten Fassung {diff.to}. Ihr Artikel ändert
        sich dadurch nicht; arbeiten Sie Änderungen, die für Ihre Verwaltung passen, im Editor ein.
      </p>
      <RevisionDiff fields={[]} lines={diff.lines} />
      <p className="button-row">
        <Link className="button button--secondary" href={`/wissen/${diff.articleId}/bearbeiten`}>
          Artikel bearbeiten
        </Link>
      </p>
      <form action={acknowledgeAdoptionUpdateAction}>
        <input type="hidden" name="articleId" value={diff.articleId} />
        <button type="submit" className="button">
          Erledigt – Fassung {diff.to} ist berücksichtigt
        </button>
      </form>
    </>
  );
}
