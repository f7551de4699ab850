import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { requireViewer } from "@/lib/auth/current-viewer";
import { getHandover } from "@/lib/journeys/handover";
import { loadOr404 } from "@/lib/load-or-404";
import { HandoverForm } from "@/components/journeys/handover-form";
import { saveHandoverAction } from "../../actions";

export const metadata: Metadata = { title: "Übergabeprotokoll bearbeiten" };

/** Editing the record (either party) until both have confirmed it. */
export default async function EditHandoverPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ neu?: string }>;
}) {
  const viewer = await requireViewer();
  const { id } = await params;
  const { neu } = await searchParams;
  const record = await loadOr404(() => getHandover(viewer, id));
  if (record.closed) redirect(`/uebergabe/${record.id}`);
  return (
    <>
      <p>
        <Link href={`/uebergabe/${record.id}`}>Zurück zum Protokoll</Link>
      </p>
      <h1>
        Übergabeprotokoll bearbeiten: {record.fromName} an {record.toName}
      </h1>
      {neu && (
        <p className="alert alert--success" role="status">
          Das Protokoll ist angelegt. Tragen Sie je Aufgabe den Stand und das Wichtigste ein – gern gemeinsam im Gespräch.
        </p>
      )}
      <HandoverForm
        tasks={record.items.map((item) => ({ taskId: item.taskId, title: item.title, unitName: item.unitName }))}
        initial={{
          updatedAt: record.updatedAt.toISOString(),
          notes: record.notes,
          items: record.items.map(({ taskId, status, runningMatters, accessToTransfer, fileLocation, openQuestions }) => ({
            taskId,
            status,
            runningMatters,
            accessToTransfer,
            fileLocation,
            openQuestions,
          })),
        }}
        handoverId={record.id}
        action={saveHandoverAction}
      />
    </>
  );
}
