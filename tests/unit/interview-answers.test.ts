import { describe, expect, it } from "vitest";
import { answerBlocks } from "@/lib/journeys/interview";

const texts = (node: { content?: { type: string; text?: string; content?: unknown[] }[] }): string[] =>
  (node.content ?? []).flatMap((child) => (child.type === "text" ? [child.text!] : texts(child as never)));

describe("Antworten der Befragung als Artikel", () => {
  it("„- “-Zeilen nach einem Einleitungssatz werden eine Liste, keine Striche im Text", () => {
    const nodes = answerBlocks("Folgende Schritte:\n- Antrag prüfen\n- Gebühr erheben\n– Bescheid senden");
    expect(nodes.map((node) => node.type)).toEqual(["paragraph", "bulletList"]);
    expect(texts(nodes[1]!)).toEqual(["Antrag prüfen", "Gebühr erheben", "Bescheid senden"]);
    expect(JSON.stringify(nodes)).not.toContain("- ");
  });

  it("nummerierte Zeilen werden eine nummerierte Liste; gewöhnliche Zeilen bleiben ein Absatz mit Umbrüchen", () => {
    const nodes = answerBlocks("1. Akte ziehen\n2) Frist notieren\nDanach ablegen.\nFertig.");
    expect(nodes.map((node) => node.type)).toEqual(["orderedList", "paragraph"]);
    expect(texts(nodes[0]!)).toEqual(["Akte ziehen", "Frist notieren"]);
    expect(nodes[1]!.content!.map((child) => child.type)).toEqual(["text", "hardBreak", "text"]);
    // A minus sign that is part of the text stays text.
    expect(answerBlocks("-5 Grad im Archiv")[0]!.type).toBe("paragraph");
  });
});
