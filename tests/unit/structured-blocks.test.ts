import { describe, expect, it } from "vitest";
import { processContent } from "@/lib/content/process-content";
import { deadlineOccurrences, deadlineSchema, contactSchema, scheduleText, blockText } from "@/lib/content/structured-blocks";
import { documentLines } from "@/lib/content/document-lines";
import { diffDocumentLines } from "@/lib/content/text-diff";

const deadline = (attrs: Record<string, unknown>) =>
  deadlineSchema.parse({ title: "Meldung", date: "", note: "", day: null, month: null, ...attrs });
const doc = (...content: object[]) => ({ type: "doc", content });
const utc = (value: string) => new Date(`${value}T00:00:00Z`);

describe("Frist: Eingaben und Termine", () => {
  it("prüft Datum, Tag und Monat mit deutschen Meldungen", () => {
    const messages = (attrs: Record<string, unknown>) => {
      const result = deadlineSchema.safeParse({ title: "Meldung", date: "", note: "", day: null, month: null, ...attrs });
      return result.success ? [] : result.error.issues.map((issue) => issue.message);
    };
    expect(messages({ schedule: "once", date: "2027-02-30" })).toEqual(["Bitte ein gültiges Datum angeben."]);
    expect(messages({ schedule: "yearly", day: 31, month: 4 })).toEqual(["Diesen Tag gibt es in dem Monat nicht."]);
    expect(messages({ schedule: "yearly", day: 29, month: 2 })).toEqual([]);
    expect(messages({ schedule: "monthly", day: 0 })).toEqual(["Bitte einen Tag zwischen 1 und 31 angeben."]);
    expect(messages({ schedule: "quarterly", day: 15 })).toEqual(["Bitte einen Monat zwischen 1 und 12 angeben."]);
    expect(messages({ schedule: "yearly", day: 15, month: 2, title: "  " })).toEqual(["Bitte „Was ist fällig?“ ausfüllen."]);
    expect(messages({ schedule: "täglich" })[0]).toBe("Bitte wählen Sie, wie oft die Frist gilt.");
  });

  it("beschreibt den Termin lesbar", () => {
    expect(scheduleText(deadline({ schedule: "once", date: "2027-03-01" }))).toBe("am 01.03.2027");
    expect(scheduleText(deadline({ schedule: "yearly", day: 15, month: 2 }))).toBe("jährlich zum 15.02.");
    expect(scheduleText(deadline({ schedule: "quarterly", day: 15, month: 5 }))).toBe("vierteljährlich zum 15.02., 15.05., 15.08., 15.11.");
    expect(scheduleText(deadline({ schedule: "monthly", day: 10 }))).toBe("monatlich zum 10.");
  });

  it("berechnet die Termine in einem Zeitraum (Monatsende, Jahreswechsel, einmalig)", () => {
    const from = utc("2026-12-01");
    const to = utc("2027-05-31");
    expect(
      deadlineOccurrences(deadline({ schedule: "quarterly", day: 15, month: 2 }), from, to).map((d) => d.toISOString().slice(0, 10)),
    ).toEqual(["2027-02-15", "2027-05-15"]);
    expect(
      deadlineOccurrences(deadline({ schedule: "monthly", day: 31 }), utc("2027-01-01"), utc("2027-04-30")).map((d) =>
        d.toISOString().slice(0, 10),
      ),
    ).toEqual(["2027-01-31", "2027-02-28", "2027-03-31", "2027-04-30"]);
    expect(
      deadlineOccurrences(deadline({ schedule: "yearly", day: 15, month: 12 }), from, to).map((d) => d.toISOString().slice(0, 10)),
    ).toEqual(["2026-12-15"]);
    expect(deadlineOccurrences(deadline({ schedule: "once", date: "2027-06-01" }), from, to)).toEqual([]);
    expect(deadlineOccurrences(deadline({ schedule: "once", date: "2027-05-31" }), from, to)).toHaveLength(1);
  });
});

describe("Bausteine im gespeicherten Inhalt", () => {
  it("werden als typisierte Knoten gespeichert, lesbar gerendert, durchsuchbar und herausgezogen", () => {
    const result = processContent(
      doc(
        { type: "deadline", attrs: { title: " Grundsteuer fällig ", schedule: "quarterly", day: "15", month: "2" } },
        { type: "contact", attrs: { name: "Frau Kaya", unit: "Kämmerei", phone: "+49 (0)1234 / 567-8", email: "kaya@example.org" } },
        { type: "system", attrs: { name: "KOMMBOSS", purpose: "Veranlagung" } },
        { type: "legalBasis", attrs: { norm: "GrStG", section: "§ 28" } },
      ),
    );
    expect(result.json.content![0]).toEqual({
      type: "deadline",
      attrs: { title: "Grundsteuer fällig", schedule: "quarterly", date: "", day: 15, month: 2, note: "" },
    });
    expect(result.html).toContain('<div data-type="deadline"><p><strong>Frist</strong></p><dl><dt>Was</dt><dd>Grundsteuer fällig</dd>');
    expect(result.html).toContain('<a href="tel:+4912345678">+49 (0)1234 / 567-8</a>');
    expect(result.html).toContain('<a href="mailto:kaya@example.org">');
    expect(result.html).not.toContain("data-attrs");
    expect(result.text.split("\n")).toEqual([
      "Frist: Grundsteuer fällig – vierteljährlich zum 15.02., 15.05., 15.08., 15.11.",
      "Ansprechpartner: Frau Kaya – Kämmerei – +49 (0)1234 / 567-8 – kaya@example.org",
      "Fachverfahren: KOMMBOSS – Veranlagung",
      "Rechtsgrundlage: § 28 GrStG",
    ]);
    expect(result.blocks.map((block) => block.type)).toEqual(["deadline", "contact", "system", "legalBasis"]);
    expect(result.blocks[0].data).toMatchObject({ day: 15, month: 2 });
  });

  it("Skript in Bausteinen wird nie ausgeführt; ungültige Bausteine werden mit deutscher Meldung abgelehnt", () => {
    const result = processContent(
      doc({ type: "system", attrs: { name: '<img src=x onerror="alert(1)">', purpose: "<script>alert(2)</script>" } }),
    );
    expect(result.html).not.toMatch(/<img|<script/i);
    expect(result.html).toContain("&lt;img");
    expect(() => processContent(doc({ type: "contact", attrs: { name: "X", email: "javascript:alert(1)" } }))).toThrow(
      "Baustein „Ansprechpartner“: Bitte eine gültige E-Mail-Adresse angeben.",
    );
    expect(() => processContent(doc({ type: "contact", attrs: { name: "X", phone: "tel:1; alert(1)" } }))).toThrow("Telefon");
    expect(() => processContent(doc({ type: "deadline", attrs: { title: "X", schedule: "once", date: "morgen" } }))).toThrow(
      "Baustein „Frist“: Bitte ein gültiges Datum angeben.",
    );
    expect(() => processContent(doc({ type: "legalBasis", attrs: { norm: "" } }))).toThrow("Baustein „Rechtsgrundlage“");
    // A block nested where blocks are not allowed (inside a paragraph) is refused by the editor schema.
    expect(() => processContent(doc({ type: "paragraph", content: [{ type: "system", attrs: { name: "A" } }] }))).toThrow();
    expect(contactSchema.safeParse({ name: "A", phone: "0123 / 45 67" }).success).toBe(true);
  });

  it("Unterschiede in Bausteinen erscheinen im Versionsvergleich", () => {
    const before = documentLines(
      doc({ type: "deadline", attrs: { title: "Meldung", schedule: "yearly", day: 15, month: 2, date: "", note: "" } }) as never,
    );
    const after = documentLines(
      doc({ type: "deadline", attrs: { title: "Meldung", schedule: "yearly", day: 15, month: 3, date: "", note: "" } }) as never,
    );
    const diff = diffDocumentLines(before, after);
    expect(diff).toHaveLength(1);
    expect(diff[0].change).toBe("changed");
    expect(
      diff[0].parts
        .filter((part) => part.change === "removed")
        .map((part) => part.text)
        .join(""),
    ).toBe("02");
    expect(
      diff[0].parts
        .filter((part) => part.change === "added")
        .map((part) => part.text)
        .join(""),
    ).toBe("03");
    expect(blockText("system", { name: "" })).toBe("Fachverfahren");
  });
});
