/**
 * Built-in German templates per article kind: guiding headings with a short hint
 * below each, so authors know what a good article of this kind contains.
 * Each organization gets a copy of these on first use (article-templates.ts),
 * which admins can edit.
 */
import type { TiptapNodeJson } from "../content/document-schema";
import type { ArticleKind } from "./labels";

type Section = [heading: string, hint: string];

export const ARTICLE_TEMPLATES: Record<ArticleKind, Section[]> = {
  EXIT: [
    ["Zweck und Ablauf", "Wofür ist die Aufgabe da, und wie läuft sie Schritt für Schritt ab?"],
    ["Fristen und Termine", "Wiederkehrende Fristen (z. B. jährlich zum 15.02.) und feste Termine."],
    ["Rechtsgrundlagen", "Gesetze, Verordnungen, Satzungen mit Paragraf."],
    ["Fachverfahren und Zugänge", "Welche Programme, welche Rechte, wer vergibt sie?"],
    ["Ansprechpartner intern und extern", "Name, Stelle, Telefon, E-Mail – und wofür man sie braucht."],
    ["Typische Fehler und Ausnahmen", "Was geht oft schief, welche Sonderfälle gibt es?"],
    ["Ablage", "Wo liegen Akten, Vorlagen und Vorgänge (Aktenplan, Laufwerk, DMS)?"],
    ["Warum machen wir das so?", "Hintergründe und Entscheidungen, die man nicht aus den Akten erkennt."],
  ],
  ENTRY: [
    ["Überblick", "Was macht diese Stelle, und für wen?"],
    ["Die ersten Tage", "Zugänge beantragen, Hospitation, erste eigene Vorgänge."],
    ["Wichtige Aufgaben", "Die Aufgaben der Stelle in sinnvoller Reihenfolge, mit Verweis auf die Arbeitsanleitungen."],
    ["Ansprechpartner", "Wen frage ich was?"],
    ["Fachverfahren und Zugänge", "Welche Programme brauche ich, und wer richtet sie ein?"],
    ["Begriffe und Abkürzungen", "Was im Team selbstverständlich ist, für Neue aber nicht."],
  ],
  DEPUTY: [
    ["Was in der Vertretung zu tun ist", "Die täglichen und dringenden Aufgaben – was darf warten, was nicht?"],
    ["Fristen im Vertretungszeitraum", "Termine und Fristen, die nicht verpasst werden dürfen."],
    ["Fachverfahren und Zugänge", "Welche Programme und Rechte braucht die Vertretung?"],
    ["Ansprechpartner", "Wer hilft bei Fragen, wer entscheidet?"],
    ["Ablage", "Wo liegen die laufenden Vorgänge?"],
  ],
  PROCEDURE: [
    ["Zweck", "Wofür ist dieses Verfahren da?"],
    ["Ablauf", "Schritt für Schritt, so dass es jemand ohne Vorwissen ausführen kann."],
    ["Fristen", "Welche Fristen gelten?"],
    ["Rechtsgrundlage", "Norm und Paragraf."],
    ["Typische Fehler", "Was man vermeiden sollte."],
  ],
};

/** The template of a kind as a TipTap document (level-2 headings with a hint paragraph each). */
export function templateDocument(kind: ArticleKind): TiptapNodeJson {
  return {
    type: "doc",
    content: ARTICLE_TEMPLATES[kind].flatMap(([heading, hint]) => [
      { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: heading }] },
      { type: "paragraph", content: [{ type: "text", marks: [{ type: "italic" }], text: hint }] },
    ]),
  };
}
