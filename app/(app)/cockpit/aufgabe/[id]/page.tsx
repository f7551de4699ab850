import type { Metadata } from "next";
import Link from "next/link";
import { requireViewer } from "@/lib/auth/current-viewer";
import { loadOr404 } from "@/lib/load-or-404";
import { canCreateArticle, isAuditedPersonView } from "@/lib/auth/policy";
import { requestDocumentationAction } from "./actions";
import { taskDetail } from "@/lib/coverage/task-detail";
import { CRITICALITY_LABELS, MATURITY_LABELS } from "@/lib/coverage/coverage-rules";
import { ARTICLE_STATUS_LABELS } from "@/lib/knowledge/labels";
import { VERIFICATION_LABELS } from "@/lib/knowledge/verification";
import { MaturityBadge } from "@/components/coverage/maturity-bar";
import { formatMonth } from "@/lib/format-date";

export const metadata: Metadata = { title: "Aufgabe im Cockpit" };

/** Drill-down from the cockpit: what is there, who knows it, what is missing. */
export default async function CockpitTaskPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ angefragt?: string; fehler?: string }>;
}) {
  const viewer = await requireViewer();
  const { id } = await params;
  const { angefragt, fehler } = await searchParams;
  const detail = await loadOr404(() => taskDetail(viewer, id));
  const { coverage } = detail;
  const person = (entry: (typeof detail.owners)[number]) =>
    `${entry.name}${entry.plannedExitMonth ? ` – Austritt ${formatMonth(entry.plannedExitMonth)}${entry.exitReason ? ` (${entry.exitReason})` : ""}` : ""}`;
  return (
    <>
      <p>
        <Link href="/cockpit">Zurück zum Cockpit</Link>
      </p>
      <h1>{coverage.title}</h1>
      <p className="meta">
        {coverage.unitName}
        {coverage.positionTitle && ` · ${coverage.positionTitle}`} · Kritikalität {coverage.criticality} (
        {CRITICALITY_LABELS[coverage.criticality]})
      </p>
      <section className="card" aria-labelledby="state-heading">
        <h2 id="state-heading">Stand</h2>
        <dl className="facts">
          <dt>Reifegrad</dt>
          <dd>
            <MaturityBadge maturity={coverage.maturity} label={MATURITY_LABELS[coverage.maturity]} />
          </dd>
          <dt>Risiko</dt>
          <dd>
            {coverage.risk.toLocaleString("de-DE")} von 25 (Austrittsfaktor {coverage.exitFactor})
          </dd>
          <dt>Einzelwissen</dt>
          <dd>{coverage.singleKnower ? "ja – nur eine Person kennt die Aufgabe, oder die einzige Vertretung geht auch" : "nein"}</dd>
          <dt>Was fehlt</dt>
          <dd>
            {coverage.missing.length === 0 ? (
              "nichts – die Aufgabe ist bewährt abgedeckt"
            ) : (
              <ul>
                {coverage.missing.map((item) => (
                  <li key={item}>{item}</li>
                ))}
              </ul>
            )}
          </dd>
        </dl>
      </section>
      <section className="card" aria-labelledby="people-heading">
        <h2 id="people-heading">Zuständigkeit und Vertretung</h2>
        <p className="field-hint">
          Geplante Austritte sehen nur das Personalamt, die Person selbst und die Leitung der Einheit
          {isAuditedPersonView(viewer) ? "; Ihr Aufruf wurde im Prüfprotokoll festgehalten" : ""}.
        </p>
        <dl className="facts">
          <dt>Zuständig</dt>
          <dd>
            {detail.owners.length === 0 ? (
              "niemand eingetragen"
            ) : (
              <ul>
                {detail.owners.map((owner) => (
                  <li key={owner.name}>{person(owner)}</li>
                ))}
              </ul>
            )}
          </dd>
          <dt>Vertretung (Reihenfolge)</dt>
          <dd>
            {detail.deputies.length === 0 ? (
              "keine geregelt"
            ) : (
              <ol>
                {detail.deputies.map((deputy) => (
                  <li key={deputy.name}>{person(deputy)}</li>
                ))}
              </ol>
            )}
          </dd>
          <dt>Rechtsgrundlage</dt>
          <dd>{detail.legalBasis ?? "–"}</dd>
          <dt>Fachverfahren</dt>
          <dd>{detail.systems.join(", ") || "–"}</dd>
        </dl>
      </section>
      <section className="card" aria-labelledby="articles-heading">
        <h2 id="articles-heading">Artikel zur Aufgabe ({detail.articles.length})</h2>
        {angefragt === "1" && (
          <p className="alert alert--success" role="status">
            Angefragt: Die Zuständigen und die Leitung der Einheit sehen die Bitte auf ihrer Startseite.
          </p>
        )}
        {fehler && (
          <p className="alert alert--error" role="alert">
            {fehler.slice(0, 300)}
          </p>
        )}
        {detail.articles.length === 0 && <p>Noch kein Artikel – das ist die Lücke.</p>}
        {detail.articles.length > 0 && (
          <ul>
            {detail.articles.map((article, index) => (
              <li key={article.id ?? `verborgen-${index}`}>
                {article.id ? <Link href={`/wissen/${article.id}`}>{article.title}</Link> : article.title} (
                {ARTICLE_STATUS_LABELS[article.status]}
                {article.status === "PUBLISHED" && `, Prüfung: ${VERIFICATION_LABELS[article.verification]}`})
              </li>
            ))}
          </ul>
        )}
        {canCreateArticle(viewer) ? (
          <p>
            <Link href={`/wissen/neu?vorlage=EXIT&aufgabe=${coverage.id}`}>Austrittswissen zu dieser Aufgabe anlegen</Link>
          </p>
        ) : (
          <form action={requestDocumentationAction} className="stacked-form">
            <input type="hidden" name="taskId" value={coverage.id} />
            <div className="field">
              <label htmlFor="nachricht">Dokumentation anfragen (optional mit Nachricht)</label>
              <p className="field-hint" id="nachricht-hint">
                Geht an die Zuständigen der Aufgabe und die Leitung der Einheit – sie sehen die Bitte auf ihrer Startseite und können den
                Artikel schreiben.
              </p>
              <textarea id="nachricht" name="nachricht" rows={2} maxLength={1500} aria-describedby="nachricht-hint" />
            </div>
            <button type="submit" className="button">
              Dokumentation anfragen
            </button>
          </form>
        )}
      </section>
    </>
  );
}
