/**
 * The four CSV formats (Einheiten, Stellen, Personen, Aufgaben): columns with a
 * German description (shown on the import page and in docs/import.md) and the
 * zod check of one row. Keys: unit name, Stellennummer, Personalnummer, Aufgabennummer.
 */
import { z } from "zod";
import type { ExitReason } from "../db/generated/enums";

export const IMPORT_KINDS = ["einheiten", "stellen", "personen", "aufgaben"] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export interface ColumnSpec {
  name: string;
  required: boolean;
  description: string;
  /** A file without this column leaves the stored value alone (instead of clearing it). */
  keptWhenAbsent?: boolean;
}

export const KIND_LABELS: Record<ImportKind, string> = {
  einheiten: "Organisationseinheiten",
  stellen: "Stellen",
  personen: "Beschäftigte",
  aufgaben: "Aufgaben mit Zuständigkeit und Vertretung",
};

export const COLUMNS: Record<ImportKind, ColumnSpec[]> = {
  einheiten: [
    { name: "name", required: true, description: "Name der Einheit, eindeutig (Schlüssel), z. B. „Bürgeramt“" },
    { name: "kuerzel", required: false, description: "Kurzbezeichnung, z. B. „32.1“" },
    { name: "uebergeordnet", required: false, description: "Name der übergeordneten Einheit (in der Datei oder schon vorhanden)" },
  ],
  stellen: [
    { name: "stellennummer", required: true, description: "Stellennummer aus dem Stellenplan (Schlüssel)" },
    { name: "bezeichnung", required: true, description: "Bezeichnung der Stelle" },
    { name: "einheit", required: true, description: "Name der Organisationseinheit" },
  ],
  personen: [
    { name: "personalnummer", required: true, description: "Personalnummer (Schlüssel)" },
    { name: "vorname", required: true, description: "Vorname" },
    { name: "nachname", required: true, description: "Nachname" },
    { name: "email", required: false, description: "Dienstliche E-Mail-Adresse" },
    { name: "eintritt", required: false, description: "Eintrittsdatum, TT.MM.JJJJ oder JJJJ-MM-TT" },
    {
      name: "austritt_monat",
      required: false,
      description: "Geplanter Austrittsmonat, MM.JJJJ oder JJJJ-MM (nur der Monat wird gespeichert)",
    },
    {
      name: "austritt_grund",
      required: false,
      description: "Ruhestand, Wechsel, Elternzeit oder Sonstiges – Pflicht, wenn ein Austrittsmonat angegeben ist",
    },
    { name: "stellen", required: false, description: "Stellennummern, mehrere durch Komma getrennt" },
  ],
  aufgaben: [
    { name: "aufgabennummer", required: true, description: "Eigene Nummer der Aufgabe (Schlüssel), z. B. „BA01“" },
    { name: "bezeichnung", required: true, description: "Bezeichnung der Aufgabe" },
    { name: "einheit", required: true, description: "Name der Organisationseinheit" },
    { name: "stelle", required: false, description: "Stellennummer der Stelle, zu der die Aufgabe gehört" },
    { name: "kritikalitaet", required: true, description: "1 (gering) bis 5 (sehr hoch)" },
    { name: "haeufigkeit", required: true, description: "täglich, wöchentlich, monatlich, vierteljährlich, jährlich oder unregelmäßig" },
    { name: "rechtsgrundlage", required: false, description: "z. B. „BMG §§ 17, 23“" },
    { name: "fachverfahren", required: false, description: "Programme, mehrere durch Komma getrennt" },
    { name: "zustaendig", required: false, description: "Personalnummer(n) der zuständigen Person(en), durch Komma getrennt" },
    { name: "vertretung", required: false, description: "Personalnummern der Vertretungen in ihrer Reihenfolge, durch Komma getrennt" },
    {
      name: "musteraufgabe",
      required: false,
      keptWhenAbsent: true,
      description: "Schlüssel der Musteraufgabe im Verbundkatalog, z. B. „02.008“ (fehlt die Spalte, bleibt die Zuordnung, wie sie ist)",
    },
  ],
};

const text = (label: string, max: number) => z.string().trim().max(max, `${label}: höchstens ${max} Zeichen.`);
const required = (label: string, max: number) => text(label, max).min(1, `${label} fehlt.`);

function germanDate(value: string): Date | null {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const de = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(value);
  const [year, month, day] = iso ? [+iso[1], +iso[2], +iso[3]] : de ? [+de[3], +de[2], +de[1]] : [0, 0, 0];
  const date = new Date(Date.UTC(year, month - 1, day));
  return year > 1900 && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : null;
}

function germanMonth(value: string): Date | null {
  const iso = /^(\d{4})-(\d{1,2})$/.exec(value);
  const de = /^(\d{1,2})[./](\d{4})$/.exec(value);
  const [year, month] = iso ? [+iso[1], +iso[2]] : de ? [+de[2], +de[1]] : [0, 0];
  return year > 1900 && month >= 1 && month <= 12 ? new Date(Date.UTC(year, month - 1, 1)) : null;
}

const optionalDate = (label: string, parser: (value: string) => Date | null, format: string) =>
  z
    .string()
    .trim()
    .transform((value, context) => {
      if (value === "") return null;
      const date = parser(value);
      if (!date) context.addIssue({ code: "custom", message: `${label}: „${value}“ ist kein gültiges Datum (${format}).` });
      return date;
    });

export const EXIT_REASONS = {
  ruhestand: "RETIREMENT",
  wechsel: "JOB_CHANGE",
  elternzeit: "PARENTAL_LEAVE",
  sonstiges: "OTHER",
} as const satisfies Record<string, ExitReason>;
export const FREQUENCIES = {
  täglich: "DAILY",
  wöchentlich: "WEEKLY",
  monatlich: "MONTHLY",
  vierteljährlich: "QUARTERLY",
  jährlich: "YEARLY",
  unregelmäßig: "IRREGULAR",
} as const;

export const unitRowSchema = z.object({
  name: required("Name", 120),
  kuerzel: text("Kürzel", 20),
  uebergeordnet: text("Übergeordnete Einheit", 120),
});

export const positionRowSchema = z.object({
  stellennummer: required("Stellennummer", 40),
  bezeichnung: required("Bezeichnung", 200),
  einheit: required("Einheit", 120),
});

export const personRowSchema = z
  .object({
    personalnummer: required("Personalnummer", 40),
    vorname: required("Vorname", 80),
    nachname: required("Nachname", 80),
    email: text("E-Mail", 200).refine((value) => value === "" || z.email().safeParse(value).success, "E-Mail: keine gültige Adresse."),
    eintritt: optionalDate("Eintritt", germanDate, "TT.MM.JJJJ"),
    austritt_monat: optionalDate("Austrittsmonat", germanMonth, "MM.JJJJ"),
    austritt_grund: text("Austrittsgrund", 20).transform((value, context) => {
      if (value === "") return null;
      const reason = EXIT_REASONS[value.toLowerCase() as keyof typeof EXIT_REASONS];
      if (!reason)
        context.addIssue({
          code: "custom",
          message: `Austrittsgrund „${value}“ ist unbekannt (Ruhestand, Wechsel, Elternzeit, Sonstiges).`,
        });
      return reason ?? null;
    }),
    stellen: text("Stellen", 400),
  })
  .superRefine((row, context) => {
    if (row.austritt_monat && !row.austritt_grund)
      context.addIssue({ code: "custom", message: "Zum Austrittsmonat fehlt der Austrittsgrund." });
    if (!row.austritt_monat && row.austritt_grund)
      context.addIssue({ code: "custom", message: "Ein Austrittsgrund ohne Austrittsmonat ergibt keinen Sinn." });
  });

export const taskRowSchema = z.object({
  aufgabennummer: required("Aufgabennummer", 40),
  bezeichnung: required("Bezeichnung", 200),
  einheit: required("Einheit", 120),
  stelle: text("Stelle", 40),
  kritikalitaet: z
    .string()
    .trim()
    .transform((value, context) => {
      const number = Number(value);
      if (!Number.isInteger(number) || number < 1 || number > 5)
        context.addIssue({ code: "custom", message: `Kritikalität „${value}“: bitte eine Zahl von 1 bis 5.` });
      return number;
    }),
  haeufigkeit: z
    .string()
    .trim()
    .transform((value, context) => {
      const frequency = FREQUENCIES[value.toLowerCase() as keyof typeof FREQUENCIES];
      if (!frequency)
        context.addIssue({ code: "custom", message: `Häufigkeit „${value}“ ist unbekannt (${Object.keys(FREQUENCIES).join(", ")}).` });
      return frequency ?? "IRREGULAR";
    }),
  rechtsgrundlage: text("Rechtsgrundlage", 300),
  fachverfahren: text("Fachverfahren", 500),
  zustaendig: text("Zuständig", 400),
  vertretung: text("Vertretung", 400),
  /** undefined: the file has no such column, the mapping stays as it is. */
  musteraufgabe: text("Musteraufgabe", 20).optional(),
});
