/**
 * Hints that help authors write accessible articles (BITV 2.0 / WCAG 2.1):
 * heading levels in order, descriptive link text, tables with a header row,
 * images with alternative text. They advise; they never block saving.
 */
import type { TiptapNodeJson } from "./document-schema";

export interface AccessibilityHint {
  rule: "heading-order" | "heading-empty" | "link-text" | "table-header" | "image-alt";
  message: string;
}

/** Link texts that do not say where the link leads (compared lower-case, without punctuation). */
const VAGUE_LINK_TEXTS = new Set([
  "hier",
  "hier klicken",
  "klicken sie hier",
  "klick hier",
  "mehr",
  "mehr lesen",
  "weiter",
  "link",
  "dieser link",
  "siehe hier",
  "details",
  "download",
]);

function inlineText(node: TiptapNodeJson): string {
  if (node.type === "text") return node.text ?? "";
  return (node.content ?? []).map(inlineText).join("");
}

function linkTexts(node: TiptapNodeJson, out: { href: string; text: string }[]) {
  // Adjacent text nodes with the same link mark form one link.
  let current: { href: string; text: string } | null = null;
  for (const child of node.content ?? []) {
    const link = child.marks?.find((mark) => mark.type === "link");
    const href = typeof link?.attrs?.href === "string" ? link.attrs.href : null;
    if (child.type === "text" && href) {
      if (current && current.href === href) current.text += child.text ?? "";
      else out.push((current = { href, text: child.text ?? "" }));
    } else {
      current = null;
      if (child.content) linkTexts(child, out);
    }
  }
}

const short = (text: string) => (text.length > 40 ? `${text.slice(0, 40)}…` : text);

export function accessibilityHints(doc: TiptapNodeJson): AccessibilityHint[] {
  const hints: AccessibilityHint[] = [];
  let previousLevel = 1; // the article title is the page's h1
  let tableNumber = 0;
  const visit = (node: TiptapNodeJson) => {
    if (node.type === "heading") {
      const level = Number(node.attrs?.level ?? 2);
      const text = inlineText(node).trim();
      if (text === "") {
        hints.push({
          rule: "heading-empty",
          message: `Eine Überschrift der Ebene ${level} ist leer – bitte Text ergänzen oder die Überschrift entfernen.`,
        });
      } else if (level > previousLevel + 1) {
        hints.push({
          rule: "heading-order",
          message: `Die Überschrift „${short(text)}“ springt von Ebene ${previousLevel} auf Ebene ${level}. Bitte Ebene ${previousLevel + 1} verwenden, damit die Gliederung für Screenreader stimmt.`,
        });
      }
      previousLevel = level;
      return;
    }
    if (node.type === "table") {
      tableNumber += 1;
      const firstRow = node.content?.[0];
      const hasHeader = firstRow?.content?.some((cell) => cell.type === "tableHeader") ?? false;
      if (!hasHeader)
        hints.push({
          rule: "table-header",
          message: `Tabelle ${tableNumber} hat keine Kopfzeile. Bitte die erste Zeile als Kopfzeile anlegen, damit die Spalten benannt sind.`,
        });
      return;
    }
    if (node.type === "image" && String(node.attrs?.alt ?? "").trim() === "") {
      hints.push({
        rule: "image-alt",
        message: "Ein Bild hat keinen Alternativtext. Beschreiben Sie kurz, was das Bild zeigt (oder „dekorativ“, wenn es nichts aussagt).",
      });
    }
    for (const child of node.content ?? []) visit(child);
  };
  visit(doc);
  const links: { href: string; text: string }[] = [];
  linkTexts(doc, links);
  for (const link of links) {
    const normalized = link.text
      .trim()
      .toLowerCase()
      .replace(/[.:!»«"„“]/g, "");
    if (VAGUE_LINK_TEXTS.has(normalized)) {
      hints.push({
        rule: "link-text",
        message: `Der Linktext „${link.text.trim()}“ sagt nicht, wohin der Link führt. Besser: das Ziel nennen, z. B. „Formular Gewerbeanmeldung“.`,
      });
    } else if (/^(https?:\/\/|www\.)/i.test(link.text.trim()) && link.text.trim().length > 30) {
      hints.push({
        rule: "link-text",
        message: `Der Link „${short(link.text.trim())}“ zeigt nur die Adresse. Ein sprechender Linktext ist leichter vorzulesen.`,
      });
    }
  }
  return hints;
}
