import { describe, expect, it } from "vitest";
import { snippetAround } from "@/lib/search/snippet";
import { toHighlightSegments } from "@/lib/search/highlight";

const marked = (text: string, query: string, words?: number) =>
  toHighlightSegments(snippetAround(text, query, words))
    .map((segment) => (segment.highlighted ? `[${segment.text}]` : segment.text))
    .join("");

describe("Textausschnitt eines Treffers", () => {
  it("zeigt die Umgebung des ersten Treffers und markiert Wörter, Wortteile, Tippfehler und Schreibweisen", () => {
    const text =
      "Einleitung eins zwei drei vier fünf sechs sieben acht neun zehn elf. Die Hundesteuer wird jährlich erhoben; Straßenreinigung kostet extra.";
    expect(marked(text, "steuer", 10)).toBe("…fünf sechs sieben acht neun zehn elf. Die [Hundesteuer] wird …");
    expect(marked(text, "Strassenreinigung Hundestuer", 40)).toContain(
      "[Hundesteuer] wird jährlich erhoben; [Straßenreinigung] kostet extra.",
    );
    expect(marked(text, "jahrlich", 40)).toContain("[jährlich]");
  });

  it("beginnt am Anfang ohne Treffer, lässt Markup als Text und schluckt keine Steuerzeichen aus dem Inhalt", () => {
    expect(marked("Ganz kurz.", "nichts")).toBe("Ganz kurz.");
    expect(marked("Notiz <script>alert(1)</script> Ende", "alert")).toBe("Notiz <script>[alert](1)</script> Ende");
    expect(snippetAround("Fremd\u0002markiert\u0003 Text", "Text")).toBe(`Fremdmarkiert \u0002Text\u0003`);
    expect(snippetAround("", "x")).toBe("");
  });
});
