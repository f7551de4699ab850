import type { Metadata } from "next";
import Link from "next/link";
import { requireViewer } from "@/lib/auth/current-viewer";
import { loadOr404 } from "@/lib/load-or-404";
import { getInterview } from "@/lib/journeys/interview";
import { INTERVIEW_QUESTIONS } from "@/lib/journeys/interview-questions";
import { InterviewForm } from "@/components/journeys/interview-form";
import { handInInterviewAction, saveInterviewAction } from "../../actions";

export const metadata: Metadata = { title: "Wissen erfassen" };

/** The guided interview for one task. */
export default async function InterviewPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ fehler?: string }>;
}) {
  const viewer = await requireViewer();
  const { id } = await params;
  const { fehler } = await searchParams;
  const interview = await loadOr404(() => getInterview(viewer, id));
  return (
    <>
      <p>
        <Link href="/mein-wissen">Zurück zu „Mein Wissen sichern“</Link>
      </p>
      <h1>Wissen erfassen: {interview.task.title}</h1>
      {fehler && (
        <p className="alert alert--error" role="alert">
          {fehler.slice(0, 300)}
        </p>
      )}
      {interview.articleId ? (
        <p className="alert alert--success" role="status">
          Übergeben – <Link href={`/wissen/${interview.articleId}`}>zum Artikel</Link>. Die Redaktion prüft und veröffentlicht ihn.
        </p>
      ) : (
        <>
          <InterviewForm
            taskId={interview.task.id}
            questions={INTERVIEW_QUESTIONS}
            answers={interview.answers}
            save={saveInterviewAction}
          />
          <form action={handInInterviewAction} className="card">
            <input type="hidden" name="taskId" value={interview.task.id} />
            <p>
              Fertig oder genug für den Anfang? Aus Ihren Antworten entsteht ein Artikel „Austrittswissen“ mit den acht Abschnitten,
              verknüpft mit der Aufgabe. Die Redaktion oder Leitung prüft ihn, bevor er veröffentlicht wird; unbeantwortete Fragen stehen
              dort als „noch offen“.
            </p>
            <button type="submit" className="button">
              Zur Prüfung übergeben
            </button>
          </form>
        </>
      )}
    </>
  );
}
