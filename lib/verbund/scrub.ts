/**
 * Removes personal data from an article before it is shared with the Verbund
 * (a snapshot copy for other municipalities). Pure: the caller passes the
 * names of the municipality's people and what the owner decided per name.
 *
 * - "Ansprechpartner" blocks become a role description: the unit and what to
 *   ask for stay, name, phone and e-mail go.
 * - Names of the municipality's people found in the text are listed
 *   (findPersonNames); each one is removed or – when it is not that person,
 *   e.g. a street named after someone – confirmed by the owner.
 * - E-mail addresses and telephone numbers in the text are removed, as are
 *   mailto/tel links.
 * - Images and links to the municipality's own attachments are removed:
 *   other municipalities could not open them, and they may show people.
 */
import type { TiptapNodeJson } from "../content/document-schema";

export const REMOVED_NAME = "[Name entfernt]";
export const REMOVED_EMAIL = "[E-Mail entfernt]";
export const REMOVED_PHONE = "[Telefon entfernt]";
export const REMOVED_ATTACHMENT = "[Anhang nicht geteilt]";

const EMAIL = /[\p{L}0-9._%+-]+@[\p{L}0-9.-]+\.[\p{L}]{2,}/gu;
/** Seven or more digits with the usual separators: telephone and fax numbers. */
const PHONE = /(?:\+\d{1,3}[\s/-]?)?(?:\(0\)\s?)?\d[\d\s/-]{5,}\d/g;

const digitCount = (text: string) => (text.match(/\d/g) ?? []).length;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** A name as a whole word (not inside "Bergmann" when looking for "Berg"). */
function nameRegExp(name: string): RegExp {
  return new RegExp(`(?<![\\p{L}])${escapeRegExp(name)}(?![\\p{L}])`, "gu");
}

export interface PersonName {
  firstName: string;
  lastName: string;
}

/**
 * The names of the municipality's people that occur in the text: full names
 * ("Anna Berg", "Berg, Anna") and a last name after a form of address
 * ("Frau Berg", "Herrn Dr. Berg"). Each distinct name once, as it is written.
 */
export function findPersonNames(text: string, people: PersonName[]): string[] {
  const found = new Set<string>();
  for (const person of people) {
    const first = person.firstName.trim();
    const last = person.lastName.trim();
    if (last.length < 2) continue;
    for (const candidate of [`${first} ${last}`, `${last}, ${first}`]) {
      if (first && nameRegExp(candidate).test(text)) found.add(candidate);
    }
    const addressed = new RegExp(`(?<![\\p{L}])(?:Frau|Herrn?|Fr\\.|Hr\\.)\\s+(?:Dr\\.\\s+)?${escapeRegExp(last)}(?![\\p{L}])`, "gu");
    for (const match of text.matchAll(addressed)) found.add(match[0]);
  }
  return [...found].sort((a, b) => a.localeCompare(b, "de"));
}

export interface ScrubDecisions {
  /** Names (as findPersonNames returned them) to remove; the others were confirmed. */
  remove: string[];
}

function scrubText(text: string, remove: string[]): string {
  let result = text;
  // Longest first, so "Anna Berg" goes before "Frau Berg" could split it.
  for (const name of [...remove].sort((a, b) => b.length - a.length)) result = result.replace(nameRegExp(name), REMOVED_NAME);
  result = result.replace(EMAIL, REMOVED_EMAIL);
  return result.replace(PHONE, (match) => (digitCount(match) >= 7 ? REMOVED_PHONE : match));
}

const paragraph = (text: string): TiptapNodeJson => ({ type: "paragraph", content: [{ type: "text", text }] });

/** "Ansprechstelle: Ordnungsamt – für Rückfragen zu Gebühren" from a contact block's unit and note. */
export function contactRoleText(attrs: Record<string, unknown>): string {
  const unit = typeof attrs.unit === "string" && attrs.unit.trim() ? attrs.unit.trim() : "die zuständige Stelle Ihrer Verwaltung";
  const note = typeof attrs.note === "string" && attrs.note.trim() ? ` – ${attrs.note.trim()}` : "";
  return `Ansprechstelle: ${unit}${note}`;
}

const isPrivateHref = (href: unknown) => typeof href === "string" && (/^(mailto|tel):/i.test(href) || href.startsWith("/anhang/"));

function scrubNode(node: TiptapNodeJson, remove: string[]): TiptapNodeJson[] {
  if (node.type === "contact") return [paragraph(scrubText(contactRoleText(node.attrs ?? {}), remove))];
  if (node.type === "image") return [paragraph(REMOVED_ATTACHMENT)];
  if (node.type === "text") {
    const text = scrubText(node.text ?? "", remove);
    const marks = node.marks?.filter((mark) => !(mark.type === "link" && isPrivateHref(mark.attrs?.href)));
    if (text === "") return [];
    return [{ ...node, text, ...(marks ? { marks } : {}) }];
  }
  const attrs = node.attrs
    ? Object.fromEntries(
        Object.entries(node.attrs).map(([key, value]) => [key, typeof value === "string" ? scrubText(value, remove) : value]),
      )
    : undefined;
  const content = node.content?.flatMap((child) => scrubNode(child, remove));
  return [{ ...node, ...(attrs ? { attrs } : {}), ...(content ? { content } : {}) }];
}

/** The document with personal data removed as described above. */
export function scrubForSharing(doc: TiptapNodeJson, decisions: ScrubDecisions): TiptapNodeJson {
  return scrubNode(doc, decisions.remove)[0] ?? { type: "doc", content: [] };
}
