/** Builds TipTap JSON for demo articles from their sections. */
import type { TiptapNodeJson } from "../content/document-schema";

const text = (value: string): TiptapNodeJson => ({ type: "text", text: value });
const paragraph = (value: string): TiptapNodeJson => ({ type: "paragraph", content: [text(value)] });
const heading = (value: string): TiptapNodeJson => ({ type: "heading", attrs: { level: 2 }, content: [text(value)] });
const list = (type: "bulletList" | "orderedList", items: string[]): TiptapNodeJson => ({
  type,
  content: items.map((item) => ({ type: "listItem", content: [paragraph(item)] })),
});

/** Structured blocks (Frist, Ansprechpartner) some demo articles carry, by title. */
const DEMO_BLOCKS: Record<string, TiptapNodeJson[]> = {
  "Grundsteuerbescheide nach der Reform erstellen": [
    {
      type: "deadline",
      attrs: {
        title: "Grundsteuer-Fälligkeiten: Zahlungseingänge prüfen, Mahnlauf vorbereiten",
        schedule: "quarterly",
        day: 15,
        month: 2,
        date: "",
        note: "",
      },
    },
  ],
  "Tagesabschluss der Stadtkasse": [
    {
      type: "deadline",
      attrs: {
        title: "Monatsabschluss an die Kämmerei melden",
        schedule: "monthly",
        day: 5,
        month: null,
        date: "",
        note: "Bei Wochenende am folgenden Werktag.",
      },
    },
  ],
  "Übergabe Verkehrsangelegenheiten – Petra Krüger": [
    {
      type: "deadline",
      attrs: { title: "Jahresanordnungen der Stadtwerke verlängern", schedule: "yearly", day: 15, month: 12, date: "", note: "" },
    },
  ],
  "Wohnsitzanmeldung am Schalter": [
    {
      type: "deadline",
      attrs: { title: "Monatsstatistik Meldewesen an das Landesamt", schedule: "monthly", day: 10, month: null, date: "", note: "" },
    },
    {
      type: "contact",
      attrs: { name: "Aylin Demir", unit: "Bürgeramt, Meldewesen", phone: "0123 / 456-32", email: "", note: "Rückfragen zu VOIS|MESO" },
    },
  ],
  "Obdachlosenunterbringung im Notfall": [
    {
      type: "contact",
      attrs: {
        name: "Rufbereitschaft Ordnungsamt",
        unit: "Ordnungsamt",
        phone: "0123 / 456-789",
        email: "",
        note: "außerhalb der Dienstzeit",
      },
    },
  ],
};

export function demoArticleBody(parts: {
  title?: string;
  steps: string[];
  deadlines: string;
  legalBasis: string;
  systems: string[];
  pitfalls: string;
}): TiptapNodeJson {
  return {
    type: "doc",
    content: [
      heading("Zweck und Ablauf"),
      list("orderedList", parts.steps),
      heading("Fristen und Termine"),
      paragraph(parts.deadlines),
      ...(parts.title ? (DEMO_BLOCKS[parts.title] ?? []) : []),
      heading("Rechtsgrundlagen"),
      paragraph(parts.legalBasis),
      heading("Fachverfahren"),
      ...parts.systems.map((name): TiptapNodeJson => ({ type: "system", attrs: { name, purpose: "" } })),
      heading("Typische Fehler und Ausnahmen"),
      paragraph(parts.pitfalls),
    ],
  };
}
