import { describe, expect, it } from "vitest";
import { withoutInvisibleCharacters } from "@/lib/content/invisible-characters";
import { articleInputSchema } from "@/lib/knowledge/article-input";

const doc = { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Text" }] }] };
const input = (title: string) => ({ title, kind: "PROCEDURE", status: "DRAFT", content: doc });

describe("unsichtbare Zeichen", () => {
  it("entfernt Steuerzeichen, Nullbreite-Zeichen und Richtungsumschaltungen, lässt Umlaute und ß stehen", () => {
    expect(withoutInvisibleCharacters("rechnung\u202Etxt.pdf")).toBe("rechnungtxt.pdf");
    expect(withoutInvisibleCharacters("Ge\u200Bwerbe\u2066an\u2069meldung\u00AD\uFEFF")).toBe("Gewerbeanmeldung");
    expect(withoutInvisibleCharacters("Straße, Öffnungszeiten – Übersicht")).toBe("Straße, Öffnungszeiten – Übersicht");
  });

  it("ein Titel nur aus Nullbreite-Zeichen wird mit deutscher Meldung abgelehnt; sichtbare Titel bleiben, ohne die Zeichen", () => {
    const empty = articleInputSchema.safeParse(input("\u200B\u200C\u200D\u2060\uFEFF\u200B"));
    expect(empty.success).toBe(false);
    expect(empty.error?.issues[0].message).toBe("Der Titel muss mindestens 3 Zeichen lang sein.");
    const hidden = articleInputSchema.safeParse(input("  Gewerbe\u200Banmeldung\u202E  "));
    expect(hidden.success && hidden.data.title).toBe("Gewerbeanmeldung");
  });
});
