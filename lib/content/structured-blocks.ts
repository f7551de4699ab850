/**
 * Structured blocks ("Bausteine") in articles, stored as typed TipTap nodes with
 * attributes instead of free text: Frist, Ansprechpartner, Fachverfahren,
 * Rechtsgrundlage. One zod schema per type validates them in the editor form and
 * on the server; one readable text per type serves search, reading view and diff.
 */
import { z } from "zod";

export const BLOCK_TYPES = ["deadline", "contact", "system", "legalBasis"] as const;
export type BlockType = (typeof BLOCK_TYPES)[number];

export const BLOCK_LABELS: Record<BlockType, string> = {
  deadline: "Frist",
  contact: "Ansprechpartner",
  system: "Fachverfahren",
  legalBasis: "Rechtsgrundlage",
};

export const DEADLINE_SCHEDULES = ["once", "yearly", "quarterly", "monthly"] as const;
export type DeadlineSchedule = (typeof DEADLINE_SCHEDULES)[number];
export const SCHEDULE_LABELS: Record<DeadlineSchedule, string> = {
  once: "einmalig an einem Datum",
  yearly: "jährlich",
  quarterly: "vierteljährlich",
  monthly: "monatlich",
};

const text = (label: string, max: number) =>
  z
    .string({ error: `${label}: bitte als Text angeben.` })
    .trim()
    .max(max, `${label}: höchstens ${max} Zeichen.`);
const required = (label: string, max: number) => text(label, max).min(1, `Bitte „${label}“ ausfüllen.`);
const optional = (label: string, max: number) =>
  z.preprocess((value) => (value === null || value === undefined ? "" : value), text(label, max));
const optionalNumber = z.preprocess(
  (value) => (value === "" || value === null || value === undefined ? null : value),
  z.coerce.number().int().nullable(),
);

function isRealDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export const deadlineSchema = z
  .object({
    title: required("Was ist fällig?", 200),
    schedule: z.enum(DEADLINE_SCHEDULES, { error: "Bitte wählen Sie, wie oft die Frist gilt." }),
    date: optional("Datum", 10),
    day: optionalNumber,
    month: optionalNumber,
    note: optional("Hinweis", 500),
  })
  .superRefine((value, context) => {
    if (value.schedule === "once") {
      const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.date);
      if (!match || !isRealDate(Number(match[1]), Number(match[2]), Number(match[3]))) {
        context.addIssue({ code: "custom", path: ["date"], message: "Bitte ein gültiges Datum angeben." });
      }
      return;
    }
    if (value.day === null || value.day < 1 || value.day > 31) {
      context.addIssue({ code: "custom", path: ["day"], message: "Bitte einen Tag zwischen 1 und 31 angeben." });
      return;
    }
    if (value.schedule === "monthly") return;
    if (value.month === null || value.month < 1 || value.month > 12) {
      context.addIssue({ code: "custom", path: ["month"], message: "Bitte einen Monat zwischen 1 und 12 angeben." });
    } else if (!isRealDate(2024, value.month, value.day)) {
      context.addIssue({ code: "custom", path: ["day"], message: "Diesen Tag gibt es in dem Monat nicht." });
    }
  });

export const contactSchema = z.object({
  name: required("Name", 120),
  unit: optional("Stelle oder Organisation", 200),
  phone: optional("Telefon", 40).refine(
    (value) => value === "" || /^[+()0-9 /-]{3,40}$/.test(value),
    "Telefon: nur Ziffern, Leerzeichen und + ( ) / -.",
  ),
  email: optional("E-Mail", 200).refine(
    (value) => value === "" || z.email().safeParse(value).success,
    "Bitte eine gültige E-Mail-Adresse angeben.",
  ),
  note: optional("Wofür ansprechen?", 300),
});

export const systemSchema = z.object({
  name: required("Name des Fachverfahrens", 120),
  purpose: optional("Wofür wird es genutzt?", 500),
});

export const legalBasisSchema = z.object({
  norm: required("Gesetz oder Vorschrift", 120),
  section: optional("Paragraf oder Artikel", 80),
  note: optional("Worum geht es?", 300),
});

export const BLOCK_SCHEMAS = {
  deadline: deadlineSchema,
  contact: contactSchema,
  system: systemSchema,
  legalBasis: legalBasisSchema,
} as const;

export type DeadlineAttrs = z.infer<typeof deadlineSchema>;
export type ContactAttrs = z.infer<typeof contactSchema>;
export type SystemAttrs = z.infer<typeof systemSchema>;
export type LegalBasisAttrs = z.infer<typeof legalBasisSchema>;
export type BlockAttrs = DeadlineAttrs | ContactAttrs | SystemAttrs | LegalBasisAttrs;

const two = (value: number) => String(value).padStart(2, "0");

/** "am 15.02.2027", "jährlich zum 15.02.", "vierteljährlich zum 15.02., 15.05., 15.08., 15.11.", "monatlich zum 10." */
export function scheduleText(deadline: Pick<DeadlineAttrs, "schedule" | "date" | "day" | "month">): string {
  switch (deadline.schedule) {
    case "once": {
      const [year, month, day] = deadline.date.split("-");
      return `am ${day}.${month}.${year}`;
    }
    case "yearly":
      return `jährlich zum ${two(deadline.day!)}.${two(deadline.month!)}.`;
    case "quarterly":
      return `vierteljährlich zum ${quarterMonths(deadline.month!)
        .map((month) => `${two(deadline.day!)}.${two(month)}.`)
        .join(", ")}`;
    case "monthly":
      return `monatlich zum ${deadline.day}.`;
  }
}

function quarterMonths(month: number): number[] {
  const first = ((month - 1) % 3) + 1;
  return [first, first + 3, first + 6, first + 9];
}

/** One line of readable text per block: used for search, the plain text, and the revision diff. */
export function blockText(type: BlockType, attrs: Record<string, unknown>): string {
  const parsed = BLOCK_SCHEMAS[type].safeParse(attrs);
  if (!parsed.success) return BLOCK_LABELS[type];
  const join = (...parts: string[]) => parts.filter((part) => part !== "").join(" – ");
  switch (type) {
    case "deadline": {
      const value = parsed.data as DeadlineAttrs;
      return `Frist: ${join(value.title, scheduleText(value), value.note)}`;
    }
    case "contact": {
      const value = parsed.data as ContactAttrs;
      return `Ansprechpartner: ${join(value.name, value.unit, value.phone, value.email, value.note)}`;
    }
    case "system": {
      const value = parsed.data as SystemAttrs;
      return `Fachverfahren: ${join(value.name, value.purpose)}`;
    }
    case "legalBasis": {
      const value = parsed.data as LegalBasisAttrs;
      return `Rechtsgrundlage: ${join([value.section, value.norm].filter(Boolean).join(" "), value.note)}`;
    }
  }
}

/**
 * Dates on which a deadline falls between `from` and `to` (inclusive, UTC days).
 * Days beyond a month's end (31 in April) fall on the month's last day.
 */
export function deadlineOccurrences(deadline: DeadlineAttrs, from: Date, to: Date): Date[] {
  if (deadline.schedule === "once") {
    const date = new Date(`${deadline.date}T00:00:00Z`);
    return date >= from && date <= to ? [date] : [];
  }
  const months =
    deadline.schedule === "monthly"
      ? [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]
      : deadline.schedule === "quarterly"
        ? quarterMonths(deadline.month!)
        : [deadline.month!];
  const result: Date[] = [];
  for (let year = from.getUTCFullYear(); year <= to.getUTCFullYear(); year++) {
    for (const month of months) {
      const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
      const date = new Date(Date.UTC(year, month - 1, Math.min(deadline.day!, lastDay)));
      if (date >= from && date <= to) result.push(date);
    }
  }
  return result.sort((a, b) => a.getTime() - b.getTime());
}

export interface ExtractedBlock {
  type: BlockType;
  data: Record<string, unknown>;
  text: string;
}

/** The structured blocks of a (validated) document in reading order. */
export function extractBlocks(doc: { type: string; attrs?: Record<string, unknown> | null; content?: unknown[] }): ExtractedBlock[] {
  const result: ExtractedBlock[] = [];
  const visit = (node: { type: string; attrs?: Record<string, unknown> | null; content?: unknown[] }) => {
    if ((BLOCK_TYPES as readonly string[]).includes(node.type)) {
      const type = node.type as BlockType;
      const data = node.attrs ?? {};
      result.push({ type, data, text: blockText(type, data) });
      return;
    }
    for (const child of node.content ?? []) visit(child as typeof node);
  };
  visit(doc);
  return result;
}
