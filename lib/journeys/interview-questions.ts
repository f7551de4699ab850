/**
 * The questions of "Mein Wissen sichern", one per section of the Austrittswissen
 * template (lib/knowledge/templates.ts), in the same order.
 */
import { ARTICLE_TEMPLATES } from "../knowledge/templates";

const QUESTIONS: Record<string, { key: string; question: string }> = {
  "Zweck und Ablauf": { key: "ablauf", question: "Wofür ist die Aufgabe da, und wie läuft sie Schritt für Schritt ab?" },
  "Fristen und Termine": { key: "fristen", question: "Welche Fristen und Termine gibt es – wiederkehrend und einmalig?" },
  Rechtsgrundlagen: { key: "recht", question: "Auf welchen Gesetzen, Verordnungen oder Satzungen beruht sie?" },
  "Fachverfahren und Zugänge": { key: "systeme", question: "Welche Programme und Zugänge braucht man, und wer richtet sie ein?" },
  "Ansprechpartner intern und extern": { key: "kontakte", question: "Wen fragt man intern und extern – wofür?" },
  "Typische Fehler und Ausnahmen": { key: "fehler", question: "Was geht oft schief, und welche Ausnahmen gibt es?" },
  Ablage: { key: "ablage", question: "Wo liegen Akten, Vorlagen und laufende Vorgänge?" },
  "Warum machen wir das so?": { key: "warum", question: "Warum wird es so gemacht – was weiß man nicht aus den Akten?" },
};

export const INTERVIEW_QUESTIONS = ARTICLE_TEMPLATES.EXIT.map(([section, hint]) => ({ section, hint, ...QUESTIONS[section] }));
export type InterviewAnswers = Partial<Record<string, string>>;
