import type { Metadata } from "next";
import Link from "next/link";
import { requireViewer } from "@/lib/auth/current-viewer";
import { loadOr404 } from "@/lib/load-or-404";
import { getWorkingCopy, WORKING_COPY_STEP_LABELS, WORKING_COPY_STEPS } from "@/lib/knowledge/working-copy";
import { formatDate, formatDateTime } from "@/lib/format-date";
import { StatusBadge } from "@/components/knowledge/article-badges";
import { RevisionDiff } from "@/components/knowledge/revision-diff";
import { WorkflowPanel } from "@/components/knowledge/workflow-panel";
import { workingCopyStepAction } from "../../actions";

export const metadata: Metadata = { title: "Arbeitskopie" };

const STEP_DONE: Partial<Record<(typeof WORKING_COPY_STEPS)[number], string>> = {
  submit: "Die Arbeitskopie ist zur Prüfung eingereicht.",
  return: "Die Arbeitskopie ist zur Überarbeitung zurückgegeben.",
};

/**
 * The next version of a published article while it is a draft or in review:
 * what it changes against the published version, the whole text, and the steps.
 */
export default async function WorkingCopyPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ gespeichert?: string; schritt?: string; fehler?: string }>;
}) {
  const viewer = await requireViewer();
  const { id } = await params;
  const query = await searchParams;
  const copy = await loadOr404(() => getWorkingCopy(viewer, id));
  const stepDone = WORKING_COPY_STEPS.find((step) => step === query.schritt);
  const explanation =
    copy.status === "IN_REVIEW"
      ? "Die Arbeitskopie wartet auf die Freigabe. Mit der Freigabe wird sie die veröffentlichte Fassung."
      : "Die Arbeitskopie ist ein Entwurf. Reichen Sie sie zur Prüfung ein, wenn sie fertig ist.";
  return (
    <>
      <p>
        <Link href={`/wissen/${copy.articleId}`}>Zurück zur veröffentlichten Fassung</Link>
      </p>
      {query.gespeichert && (
        <p className="alert alert--success" role="status">
          Die Arbeitskopie wurde gespeichert. Leserinnen und Leser sehen weiter die veröffentlichte Fassung.
        </p>
      )}
      {stepDone && STEP_DONE[stepDone] && (
        <p className="alert alert--success" role="status">
          {STEP_DONE[stepDone]}
        </p>
      )}
      {query.fehler && (
        <p className="alert alert--error" role="alert">
          {query.fehler.slice(0, 300)}
        </p>
      )}
      <h1>Arbeitskopie: {copy.title}</h1>
      <p className="meta">
        <StatusBadge status={copy.status} /> Zuletzt geändert von {copy.updatedByName} am {formatDateTime(copy.updatedAt)} · Mitgeschrieben:{" "}
        {copy.authorNames.join(", ")}
      </p>
      <p>
        Leserinnen und Leser sehen weiter die veröffentlichte Version {copy.published.version}
        {copy.published.publishedAt ? ` (veröffentlicht am ${formatDate(copy.published.publishedAt)})` : ""}.
      </p>
      {copy.changeNote && <p>Änderungsnotiz: {copy.changeNote}</p>}
      {copy.returnNote && (
        <p className="alert alert--info" role="note">
          Zurückgegeben mit dem Hinweis: „{copy.returnNote}“
        </p>
      )}
      {copy.canEdit && (
        <p>
          <Link className="button" href={`/wissen/${copy.articleId}/bearbeiten`}>
            Arbeitskopie bearbeiten
          </Link>
        </p>
      )}
      <section className="card" aria-labelledby="changes-heading">
        <h2 id="changes-heading">Änderungen gegenüber der veröffentlichten Fassung</h2>
        <p className="field-hint">
          Eingefügter Text ist <ins>grün unterstrichen</ins>, entfernter <del>rot durchgestrichen</del>.
        </p>
        <RevisionDiff fields={copy.changes.fields} lines={copy.changes.lines} />
      </section>
      <WorkflowPanel
        articleId={copy.articleId}
        version={copy.revision}
        status={copy.status}
        steps={copy.steps}
        labels={WORKING_COPY_STEP_LABELS}
        explanation={explanation}
        blockedByFourEyes={copy.blockedByFourEyes}
        requireFourEyes={copy.requireFourEyes}
        action={workingCopyStepAction}
      />
      <section aria-labelledby="full-copy-heading">
        <h2 id="full-copy-heading">Die ganze Arbeitskopie</h2>
        <div className="card article-body" dangerouslySetInnerHTML={{ __html: copy.contentHtml }} />
      </section>
    </>
  );
}
