import { describe, expect, it } from "vitest";
import { normalizeQuery } from "@/lib/search/normalize-query";
import { HIGHLIGHT_END, HIGHLIGHT_START, toHighlightSegments } from "@/lib/search/highlight";

describe("Suchanfrage und Hervorhebung", () => {
  it.each([
    ["Ein- und Ausfuhr", "Ein und Ausfuhr"],
    ["Erhebung, -verarbeitung und -nutzung", "Erhebung, verarbeitung und nutzung"],
    ["  Gewerbe-Anmeldung  ", "Gewerbe-Anmeldung"],
    ["a\u0000b", "a b"],
  ])("normalisiert %j", (input, expected) => {
    expect(normalizeQuery(input)).toBe(expected);
  });

  it("begrenzt die Länge", () => {
    expect(normalizeQuery("x".repeat(500))).toHaveLength(200);
  });

  it("fasst direkt aufeinanderfolgende Hervorhebungen zusammen", () => {
    const marked = (text: string) => `${HIGHLIGHT_START}${text}${HIGHLIGHT_END}`;
    expect(toHighlightSegments(`Gewerbe${marked("an")}${marked("meld")}${marked("ung")} bearbeiten`)).toEqual([
      { text: "Gewerbe", highlighted: false },
      { text: "anmeldung", highlighted: true },
      { text: " bearbeiten", highlighted: false },
    ]);
  });

  it("zerlegt Hervorhebungen in Textsegmente, Markup bleibt Text", () => {
    expect(toHighlightSegments(`Die ${HIGHLIGHT_START}Gewerbeanmeldung${HIGHLIGHT_END} <b>x</b>`)).toEqual([
      { text: "Die ", highlighted: false },
      { text: "Gewerbeanmeldung", highlighted: true },
      { text: " <b>x</b>", highlighted: false },
    ]);
  });
});
