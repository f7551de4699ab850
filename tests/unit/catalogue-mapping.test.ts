import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseCatalogueCsv, catalogueCsvText } from "@/lib/verbund/catalogue-csv";
import { lawsOf, prepareCatalogue, suggestCatalogueEntries } from "@/lib/verbund/mapping-suggestions";
import { PRODUCT_AREA_CODES } from "@/lib/verbund/product-areas";
import { MAPPING_CASES } from "./fixtures/catalogue-mapping-cases";

const startingCatalogue = parseCatalogueCsv(
  readFileSync(path.resolve(import.meta.dirname, "../../lib/verbund/musteraufgaben.csv"), "utf8"),
);

describe("Musteraufgabenkatalog (Startkatalog)", () => {
  it("hat mindestens 150 gültige Einträge in allen 17 Produktbereichen", () => {
    expect(startingCatalogue.errors).toEqual([]);
    expect(startingCatalogue.rows.length).toBeGreaterThanOrEqual(150);
    expect(new Set(startingCatalogue.rows.map((row) => row.productArea))).toEqual(new Set(PRODUCT_AREA_CODES));
  });

  it("übersteht Export und Import unverändert", () => {
    expect(parseCatalogueCsv(catalogueCsvText(startingCatalogue.rows))).toEqual(startingCatalogue);
  });

  it("meldet fehlerhafte Zeilen mit Zeilennummer und übernimmt dann nichts", () => {
    const result = parseCatalogueCsv(
      "schluessel;produktbereich;bezeichnung;leistungsschluessel;aktiv\n" +
        "02.500;02;Gültige Aufgabe;;ja\n" +
        "2.1;02;Kaputter Schlüssel;;ja\n" +
        "03.001;02;Falscher Bereich;;ja\n" +
        "02.501;18;Kein Bereich;;vielleicht\n" +
        "02.500;02;Doppelt;12ab;\n",
    );
    expect(result.errors).toEqual([
      expect.stringMatching(/^Zeile 3: Schlüssel: zwei Ziffern/),
      expect.stringMatching(/^Zeile 4: .*gehört nicht zum Produktbereich 02/),
      expect.stringMatching(/^Zeile 5: Produktbereich: .*Aktiv: „ja“ oder „nein“/),
      expect.stringMatching(/^Zeile 6: Leistungsschlüssel .*steht schon in Zeile 2/),
    ]);
    expect(parseCatalogueCsv("bezeichnung\nEtwas").errors).toEqual(["Es fehlen Spalten: schluessel, produktbereich."]);
  });
});

describe("Zuordnungsvorschläge", () => {
  const catalogue = prepareCatalogue(startingCatalogue.rows.map((row) => ({ ...row, id: row.key })));

  it("liest Gesetze und Paragraphen aus Rechtsgrundlagen", () => {
    expect(lawsOf("GewO § 14")).toEqual([{ law: "GEWO", sections: new Set(["14"]) }]);
    expect(lawsOf("§§ 17, 23 BMG")).toEqual([{ law: "BMG", sections: new Set(["17", "23"]) }]);
    expect(lawsOf("SGB XII §§ 41 ff., BauGB § 24")).toEqual([
      { law: "SGB XII", sections: new Set(["41"]) },
      { law: "BAUGB", sections: new Set(["24"]) },
    ]);
    expect(lawsOf("")).toEqual([]);
  });

  it("findet die richtige Musteraufgabe für anders formulierte Aufgaben (Trefferquote)", () => {
    let top1 = 0;
    let top3 = 0;
    const misses: string[] = [];
    for (const testCase of MAPPING_CASES) {
      const keys = suggestCatalogueEntries(testCase, catalogue, 3).map((suggestion) => suggestion.key);
      if (keys[0] === testCase.expected) top1++;
      if (keys.includes(testCase.expected)) top3++;
      else misses.push(`${testCase.title} → ${keys.join(", ") || "nichts"} (erwartet ${testCase.expected})`);
    }
    const total = MAPPING_CASES.length;
    console.log(`Zuordnungsvorschläge: Platz 1 ${top1}/${total}, unter den ersten 3 ${top3}/${total}`, misses);
    expect(top3 / total).toBeGreaterThanOrEqual(0.85);
    expect(top1 / total).toBeGreaterThanOrEqual(0.7);
  });

  it("schlägt für Unverwandtes nichts vor", () => {
    expect(suggestCatalogueEntries({ title: "Xylophon" }, catalogue)).toEqual([]);
  });
});
