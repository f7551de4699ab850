/**
 * How each column of the import formats is edited in the admin form: plain
 * text, a date, a month, a choice, or a reference to units, positions or people.
 */
import type { ImportKind } from "./formats";

export type FieldInput =
  | { type: "text" }
  | { type: "date" }
  | { type: "month" }
  | { type: "choice"; options: string[] }
  | { type: "criticality" }
  | { type: "unit" }
  | { type: "position" }
  | { type: "catalogue" }
  | { type: "positions" }
  | { type: "people" }
  | { type: "ranked-people"; slots: number };

export const FIELD_INPUTS: Record<ImportKind, Record<string, FieldInput>> = {
  einheiten: { uebergeordnet: { type: "unit" } },
  stellen: { einheit: { type: "unit" } },
  personen: {
    eintritt: { type: "date" },
    austritt_monat: { type: "month" },
    austritt_grund: { type: "choice", options: ["", "Ruhestand", "Wechsel", "Elternzeit", "Sonstiges"] },
    stellen: { type: "positions" },
  },
  aufgaben: {
    einheit: { type: "unit" },
    stelle: { type: "position" },
    kritikalitaet: { type: "criticality" },
    haeufigkeit: { type: "choice", options: ["täglich", "wöchentlich", "monatlich", "vierteljährlich", "jährlich", "unregelmäßig"] },
    zustaendig: { type: "people" },
    vertretung: { type: "ranked-people", slots: 3 },
    musteraufgabe: { type: "catalogue" },
  },
};

export const KEY_COLUMN: Record<ImportKind, string> = {
  einheiten: "name",
  stellen: "stellennummer",
  personen: "personalnummer",
  aufgaben: "aufgabennummer",
};

/** Field labels for the form (German, short). */
export const FIELD_LABELS: Record<string, string> = {
  name: "Name",
  kuerzel: "Kürzel",
  uebergeordnet: "Übergeordnete Einheit",
  stellennummer: "Stellennummer",
  bezeichnung: "Bezeichnung",
  einheit: "Organisationseinheit",
  personalnummer: "Personalnummer",
  vorname: "Vorname",
  nachname: "Nachname",
  email: "E-Mail",
  eintritt: "Eintrittsdatum",
  austritt_monat: "Geplanter Austritt (Monat)",
  austritt_grund: "Grund des Austritts",
  stellen: "Stellen",
  aufgabennummer: "Aufgabennummer",
  stelle: "Stelle",
  kritikalitaet: "Kritikalität",
  haeufigkeit: "Häufigkeit",
  rechtsgrundlage: "Rechtsgrundlage",
  fachverfahren: "Fachverfahren",
  zustaendig: "Zuständig",
  vertretung: "Vertretung",
  musteraufgabe: "Musteraufgabe im Verbundkatalog",
};
