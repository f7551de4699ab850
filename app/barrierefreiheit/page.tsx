import type { Metadata } from "next";
import Link from "next/link";
import { currentViewer } from "@/lib/auth/current-viewer";
import { feedbackTargets } from "@/lib/org/accessibility-feedback";
import { AccessibilityFeedbackForm } from "@/components/accessibility/feedback-form";
import { accessibilityFeedbackAction } from "./actions";

export const metadata: Metadata = { title: "Erklärung zur Barrierefreiheit" };

export const dynamic = "force-dynamic";

/** Public page: public bodies must publish an accessibility statement with an electronic contact form (BITV 2.0 § 7). */
export default async function AccessibilityStatementPage() {
  const [viewer, municipalities] = await Promise.all([currentViewer(), feedbackTargets()]);
  return (
    <main id="inhalt" className="login-page" style={{ maxWidth: "48rem" }}>
      <h1>Erklärung zur Barrierefreiheit</h1>
      <p>
        DigiCheck Wissen soll für alle Beschäftigten nutzbar sein – beim Lesen und beim Schreiben von Wissensartikeln. Maßstab sind die
        Barrierefreie-Informationstechnik-Verordnung (BITV 2.0) und die Web Content Accessibility Guidelines (WCAG) 2.1 in der Stufe AA.
      </p>
      <h2>Stand der Vereinbarkeit</h2>
      <p>
        Die Anwendung ist mit den Anforderungen <strong>teilweise vereinbar</strong>. Alle Seiten werden bei jeder Änderung automatisiert
        gegen WCAG 2.1 A und AA geprüft; eine vollständige BITV-Prüfung durch eine Prüfstelle steht noch aus.
      </p>
      <h2>Bedienung</h2>
      <ul>
        <li>Alle Funktionen sind mit der Tastatur erreichbar; „Zum Inhalt springen“ steht am Seitenanfang.</li>
        <li>Im Editor: Strg+B fett, Strg+I kursiv, Strg+K Link einfügen, Tab und Umschalt+Tab in Listen und Tabellen.</li>
        <li>Schrift kann mit den Einstellungen des Browsers vergrößert werden (bis 200 % ohne Verlust von Inhalten).</li>
      </ul>
      <h2>Feedback und Kontakt</h2>
      <p>
        Wenn Ihnen eine Barriere auffällt, melden Sie sie bitte mit dem Formular. Die Meldung geht an die Administration Ihrer Kommune; sie
        antwortet, wenn Sie eine E-Mail-Adresse angeben.
      </p>
      <AccessibilityFeedbackForm
        action={accessibilityFeedbackAction}
        municipalities={municipalities}
        preselected={viewer?.organizationId ?? null}
      />
      <h2>Schlichtungsverfahren</h2>
      <p>
        Wenn Sie auf Ihre Meldung keine zufriedenstellende Antwort erhalten, können Sie sich an die zuständige Durchsetzungs- bzw.
        Schlichtungsstelle Ihres Landes wenden.
      </p>
      <p>
        <Link href="/">Zur Startseite</Link>
      </p>
    </main>
  );
}
