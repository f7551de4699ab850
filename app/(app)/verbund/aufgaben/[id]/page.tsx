import type { Metadata } from "next";
import Link from "next/link";
import { requireViewer } from "@/lib/auth/current-viewer";
import { loadOr404 } from "@/lib/load-or-404";
import { sharedInstructionsForEntry } from "@/lib/verbund/adoption";
import { LICENCES } from "@/lib/verbund/sharing";
import { formatDate } from "@/lib/format-date";

export const metadata: Metadata = { title: "Anleitungen im Verbund" };

/** One catalogue task: which municipalities share instructions for it, and whom to ask (a role). */
export default async function CatalogueTaskInstructionsPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireViewer();
  const { id } = await params;
  const { entry, instructions } = await loadOr404(() => sharedInstructionsForEntry(viewer, id));
  return (
    <>
      <h1>
        {entry.key} {entry.title}
      </h1>
      {entry.legalBasis && <p>Rechtsgrundlage: {entry.legalBasis}</p>}
      <h2>Geteilte Anleitungen</h2>
      {instructions.length === 0 ? (
        <p>Für diese Musteraufgabe hat noch keine Kommune eine Anleitung geteilt.</p>
      ) : (
        <ul className="article-list">
          {instructions.map((instruction) => (
            <li key={instruction.id}>
              <Link href={`/verbund/anleitungen/${instruction.id}`}>{instruction.title}</Link>
              <div className="meta">
                <span>
                  {instruction.attribution}
                  {instruction.ownMunicipality && " (Ihre Kommune)"}
                </span>
                <span>Ansprechstelle: {instruction.contactRole}</span>
                <span>
                  Fassung {instruction.version}
                  {instruction.sharedAt && `, geteilt am ${formatDate(instruction.sharedAt)}`}
                </span>
                <span>{LICENCES[instruction.licence].label}</span>
              </div>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
