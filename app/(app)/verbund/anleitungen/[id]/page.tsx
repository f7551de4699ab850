import type { Metadata } from "next";
import Link from "next/link";
import { requireViewer } from "@/lib/auth/current-viewer";
import { loadOr404 } from "@/lib/load-or-404";
import { readSharedInstruction } from "@/lib/verbund/adoption";
import { formatDate } from "@/lib/format-date";
import { adoptSharedInstructionAction } from "../../actions";

export const metadata: Metadata = { title: "Anleitung aus dem Verbund" };

/** A shared instruction: the copy, its attribution and licence, and "take over as draft". */
export default async function SharedInstructionPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ fehler?: string }>;
}) {
  const viewer = await requireViewer();
  const { id } = await params;
  const { fehler } = await searchParams;
  const instruction = await loadOr404(() => readSharedInstruction(viewer, id));
  return (
    <>
      <p>
        <Link href={`/verbund/aufgaben/${instruction.catalogTask.id}`}>
          ← {instruction.catalogTask.key} {instruction.catalogTask.title}
        </Link>
      </p>
      <h1>{instruction.title}</h1>
      {fehler && (
        <p className="alert alert--error" role="alert">
          {fehler.slice(0, 400)}
        </p>
      )}
      <p className="meta">
        Geteilt von {instruction.attribution}
        {instruction.ownMunicipality && " (Ihre Kommune)"}, Fassung {instruction.version}
        {instruction.sharedAt && ` vom ${formatDate(instruction.sharedAt)}`} · Ansprechstelle: {instruction.contactRole} · Lizenz:{" "}
        <a href={instruction.licenceUrl}>{instruction.licenceLabel}</a>
      </p>
      <div className="card article-body" dangerouslySetInnerHTML={{ __html: instruction.contentHtml }} />
      {!instruction.ownMunicipality && instruction.ownTasks.length > 0 && (
        <form action={adoptSharedInstructionAction} className="card stacked-form">
          <h2>Als Entwurf übernehmen</h2>
          <p>
            Es entsteht ein Entwurf in Ihrer Kommune mit Herkunftsangabe. Passen Sie ihn an Ihre Verwaltung an, bevor Sie ihn
            veröffentlichen. Teilt {instruction.attribution} später eine neue Fassung, werden Sie benachrichtigt.
          </p>
          <input type="hidden" name="id" value={instruction.id} />
          <div className="field">
            <label htmlFor="adopt-task">Ihre Aufgabe</label>
            <select id="adopt-task" name="taskId" defaultValue={instruction.ownTasks[0].id}>
              {instruction.ownTasks.map((task) => (
                <option key={task.id} value={task.id}>
                  {task.title}
                  {task.sameEntry ? " (derselben Musteraufgabe zugeordnet)" : ""}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="button">
            Als Entwurf übernehmen
          </button>
        </form>
      )}
    </>
  );
}
