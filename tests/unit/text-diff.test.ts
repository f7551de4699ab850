import { describe, expect, it } from "vitest";
import { documentLines } from "@/lib/content/document-lines";
import { diffDocumentLines } from "@/lib/content/text-diff";
import type { TiptapNodeJson } from "@/lib/content/document-schema";

const text = (value: string) => ({ type: "text", text: value });
const paragraph = (value: string) => ({ type: "paragraph", content: [text(value)] });
const heading = (value: string) => ({ type: "heading", attrs: { level: 2 }, content: [text(value)] });
const bullets = (...items: string[]) => ({
  type: "bulletList",
  content: items.map((item) => ({ type: "listItem", content: [paragraph(item)] })),
});
const doc = (...content: TiptapNodeJson[]): TiptapNodeJson => ({ type: "doc", content });

describe("Dokument als Zeilen", () => {
  it("Überschriften, Absätze, Listen, Aufgaben und Tabellenzeilen", () => {
    const lines = documentLines(
      doc(
        heading("Fristen"),
        paragraph("Jährlich zum 15.02."),
        bullets("Kasse zählen", "Belege ablegen"),
        { type: "taskList", content: [{ type: "taskItem", attrs: { checked: true }, content: [paragraph("Erledigt")] }] },
        {
          type: "table",
          content: [
            {
              type: "tableRow",
              content: [
                { type: "tableHeader", content: [paragraph("Wer")] },
                { type: "tableCell", content: [paragraph("Kasse")] },
              ],
            },
          ],
        },
        paragraph(""),
      ),
    );
    expect(lines).toEqual([
      { kind: "heading", text: "Fristen" },
      { kind: "text", text: "Jährlich zum 15.02." },
      { kind: "item", text: "• Kasse zählen" },
      { kind: "item", text: "• Belege ablegen" },
      { kind: "item", text: "☑ Erledigt" },
      { kind: "row", text: "Wer | Kasse" },
    ]);
  });
});

describe("Unterschiede zwischen zwei Fassungen", () => {
  it("markiert geänderte Wörter, neue und entfernte Zeilen", () => {
    const before = documentLines(
      doc(heading("Ablauf"), paragraph("Die Kasse wird am Freitag gezählt."), paragraph("Alte Regel."), paragraph("Ende.")),
    );
    const after = documentLines(
      doc(heading("Ablauf"), paragraph("Die Kasse wird am Montag gezählt."), paragraph("Ende."), bullets("Neu: Quittung")),
    );
    const diff = diffDocumentLines(before, after);
    expect(diff.map((line) => line.change)).toEqual(["same", "changed", "removed", "same", "added"]);
    const changed = diff[1].parts;
    expect(changed.filter((part) => part.change === "removed").map((part) => part.text)).toEqual(["Freitag"]);
    expect(changed.filter((part) => part.change === "added").map((part) => part.text)).toEqual(["Montag"]);
    expect(
      changed
        .filter((part) => part.change === "same")
        .map((part) => part.text)
        .join(""),
    ).toBe("Die Kasse wird am  gezählt.");
    expect(diff[2].parts).toEqual([{ text: "Alte Regel.", change: "removed" }]);
    expect(diff[4]).toEqual({ change: "added", kind: "item", parts: [{ text: "• Neu: Quittung", change: "added" }] });
  });

  it("gleiche Fassungen haben keine Änderungen", () => {
    const lines = documentLines(doc(paragraph("A"), paragraph("B")));
    expect(diffDocumentLines(lines, lines).every((line) => line.change === "same")).toBe(true);
  });
});
