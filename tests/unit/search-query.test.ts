import { describe, expect, it } from "vitest";
import { spellingVariant, foldGermanSpelling } from "@/lib/search/spelling-variants";
import { synonymVariants, parseSynonymLines, MAX_SYNONYM_VARIANTS } from "@/lib/search/synonyms";
import { DEFAULT_SYNONYM_GROUPS } from "@/lib/search/default-synonyms";
import { buildArticleSearch, queryVariants } from "@/lib/search/federated-query";
import { editDistance, allowedEdits } from "@/lib/search/edit-distance";
import { parseSearchParams, searchUrl, facetFilter } from "@/lib/search/search-request";
import { relevanceFigures } from "../../scripts/search-eval/metrics";
import { withSwappedLetters } from "../../scripts/search-eval/law-queries";

describe("Schreibweisen", () => {
  it("setzt ae/oe/ue/ss wortweise in Umlaute und ß um, wo es plausibel ist", () => {
    expect(spellingVariant("Strassenreinigungsgebuehren")).toBe("Straßenreinigungsgebühren");
    expect(spellingVariant("Aenderung")).toBe("Änderung");
    expect(spellingVariant("Uebergabe Friedhof")).toBe("Übergabe Friedhof");
    expect(spellingVariant("strasse schäden")).toBe("straße schäden");
  });
  it("lässt Wörter in Ruhe, in denen ue/ss keine Umschreibung ist", () => {
    expect(spellingVariant("Steuer")).toBeNull();
    expect(spellingVariant("Quelle")).toBeNull();
    expect(spellingVariant("Straße")).toBeNull();
  });
  it("faltet Umlaute und ß", () => {
    expect(foldGermanSpelling("Größe Übergabe Maß")).toBe("Groesse Uebergabe Mass");
  });
});

describe("Synonyme", () => {
  it("ersetzt Abkürzungen in beide Richtungen, unabhängig von Groß-/Kleinschreibung und Punkt", () => {
    expect(synonymVariants("Kfz abmelden", DEFAULT_SYNONYM_GROUPS)).toEqual(["Kraftfahrzeug abmelden"]);
    expect(synonymVariants("kraftfahrzeug", DEFAULT_SYNONYM_GROUPS)).toEqual(["Kfz"]);
    expect(synonymVariants("Az. vergeben", DEFAULT_SYNONYM_GROUPS)).toEqual(["Aktenzeichen vergeben"]);
    expect(synonymVariants("Tarifvertrag für den öffentlichen Dienst", DEFAULT_SYNONYM_GROUPS)).toEqual(["TVöD"]);
  });
  it("begrenzt die Zahl der Varianten und liefert nichts ohne Treffer", () => {
    const groups = [["a1", "b1", "c1", "d1", "e1", "f1"]];
    expect(synonymVariants("a1", groups)).toHaveLength(MAX_SYNONYM_VARIANTS);
    expect(synonymVariants("Hundesteuer", DEFAULT_SYNONYM_GROUPS)).toEqual([]);
  });
  it("liest das Formular: eine Gruppe pro Zeile, Begriffe durch Komma", () => {
    expect(parseSynonymLines("Kfz, Kraftfahrzeug\n\n  EWO ,Einwohnermeldeamt  ,\r\n")).toEqual([
      ["Kfz", "Kraftfahrzeug"],
      ["EWO", "Einwohnermeldeamt"],
    ]);
  });
});

describe("Föderierte Anfrage", () => {
  const base = {
    indexUid: "idx",
    filters: ['organizationId = "o"', 'kind = "EXIT"'],
    synonymGroups: DEFAULT_SYNONYM_GROUPS,
    offset: 20,
    limit: 20,
  };
  it("trägt den Berechtigungsfilter in jede Teilanfrage", () => {
    const request = buildArticleSearch({ ...base, query: "Kfz Strasse" });
    expect(request.queries).toHaveLength(2);
    for (const query of request.queries) expect(query.filter).toBe('(organizationId = "o") AND (kind = "EXIT")');
    expect(request).toMatchObject({ federation: { offset: 20, limit: 20 } });
    // One variant: a single query, not federated (federation costs the engine about 3 ms).
    const single = buildArticleSearch({ ...base, query: "Gewerbe", facets: ["kind"] });
    expect(single).not.toHaveProperty("federation");
    expect(single.queries).toEqual([
      expect.objectContaining({ offset: 20, limit: 20, facets: ["kind"], filter: '(organizationId = "o") AND (kind = "EXIT")' }),
    ]);
  });
  it("stellt eine einzige Anfrage über alle Felder; Synonyme nur, wenn die Anfrage einen Begriff enthält", () => {
    const describe = (query: string) =>
      queryVariants(query, DEFAULT_SYNONYM_GROUPS).map((variant) => `${variant.q}@${variant.fields.join(",")}/${variant.matchingStrategy}`);
    const fields = "title,titleParts,headings,headingParts,taskNames,text,textParts,unitNames,positionNames";
    // Spelling and compound parts are in the index: no sub-query for them.
    expect(describe("Strassenreinigung Gebuehren")).toEqual([`Strassenreinigung Gebuehren@${fields}/last`]);
    expect(describe("Kfz Strasse")).toEqual([`Kfz Strasse@${fields}/last`, `Kraftfahrzeug Strasse@${fields}/last`]);
    // With a number every word must match.
    expect(queryVariants("Az 32-4/2024", []).map((variant) => variant.matchingStrategy)).toEqual(["all"]);
    expect(queryVariants("Gewerbe", [], true)[0].fields).toEqual(["title", "titleParts"]);
  });
  it("sortiert nach Datum nur auf Wunsch", () => {
    expect(buildArticleSearch({ ...base, query: "x", sortByDate: true }).queries[0]).toHaveProperty("sort", ["updatedAt:desc"]);
    expect(buildArticleSearch({ ...base, query: "x" }).queries[0]).not.toHaveProperty("sort");
  });
});

describe("Suchparameter", () => {
  it("verwirft ungültige Werte statt zu scheitern", () => {
    const request = parseSearchParams({ q: "Frist", seite: "-3", art: "<script>", einheit: "kein-uuid", sortierung: "datum" });
    expect(request).toMatchObject({ q: "Frist", page: 1, sort: "datum" });
    expect(request.kind).toBeUndefined();
    expect(request.unitId).toBeUndefined();
    expect(facetFilter(request)).toEqual([]);
  });
  it("baut Filter nur aus geprüften Werten und lässt Voreinstellungen aus der Adresse", () => {
    const id = "2b0c7f0e-4a5b-4c6d-8e9f-0a1b2c3d4e5f";
    const request = parseSearchParams(new URLSearchParams({ q: "Frist", art: "EXIT", einheit: id, pruefung: "EXPIRED" }));
    expect(facetFilter(request)).toEqual(['kind = "EXIT"', 'verification = "EXPIRED"', `unitIds = "${id}"`]);
    expect(searchUrl({ ...request, page: 1 })).toBe(`/suche?q=Frist&art=EXIT&pruefung=EXPIRED&einheit=${id}`);
  });
});

describe("Rechtschreibvorschlag und Auswertung", () => {
  it("misst Editierabstände mit Vertauschungen", () => {
    expect(editDistance("hundestuer", "hundesteuer")).toBe(1);
    expect(editDistance("genehmigugn", "genehmigung")).toBe(1);
    expect(editDistance("abc", "xyz12345", 3)).toBe(4);
    expect(allowedEdits(3)).toBe(0);
    expect(allowedEdits(12)).toBe(3);
  });
  it("berechnet Recall@1, Recall@5 und MRR je Gruppe", () => {
    const figures = relevanceFigures([
      { group: "A", query: "1", expected: ["x"], ranked: ["x", "y"] },
      { group: "A", query: "2", expected: ["x"], ranked: ["y", "x"] },
      { group: "B", query: "3", expected: ["x", "z"], ranked: ["y", "x"] },
    ]);
    expect(figures[0]).toMatchObject({ group: "A", recallAt1: 0.5, recallAt5: 1, mrr: 0.75 });
    expect(figures[1]).toMatchObject({ group: "B", recallAt1: 0, recallAt5: 0.5, mrr: 0.5 });
    expect(figures[2].group).toBe("Gesamt");
  });
  it("baut Tippfehler-Anfragen durch Vertauschen zweier Buchstaben", () => {
    expect(withSwappedLetters("Ausgabe durch die Bundesbank")).toBe("Ausgabe durch die Bundsebank");
    expect(withSwappedLetters("kurz")).toBeNull();
  });
});
