/**
 * The 15 target fields of the Wissens-Check, written for the product: what
 * good knowledge management in an organisational unit looks like, each with
 * levels 0–4. Ten fields are proposed from data the product already has
 * (see proposals.ts); five can only be judged by the team. Nothing here rates
 * a person: every figure is about the unit's tasks, positions and articles.
 */

export type Level = 0 | 1 | 2 | 3 | 4;

export interface TargetField {
  key: string;
  title: string;
  /** What the field asks, in one sentence. */
  question: string;
  /** Levels 0–4, each a short description. */
  levels: [string, string, string, string, string];
  /** A measure that closes the gap, as a starting point for the plan. */
  measure: string;
  /** Who usually carries the measure (a role, never a person). */
  responsibleRole: string;
  /** Whether the product proposes the level from data. */
  fromData: boolean;
}

export const TARGET_FIELDS: TargetField[] = [
  {
    key: "aufgabenkatalog",
    title: "Aufgabenkatalog gepflegt",
    question: "Sind die Aufgaben der Einheit vollständig erfasst, mit Zuständigkeit und Kritikalität?",
    levels: [
      "Es gibt keine Aufgabenliste der Einheit.",
      "Einzelne Aufgaben sind erfasst, Zuständigkeiten fehlen meist.",
      "Die meisten Aufgaben sind erfasst, etwa die Hälfte mit zuständiger Person.",
      "Fast alle Aufgaben sind mit Zuständigkeit erfasst.",
      "Der Aufgabenkatalog ist vollständig, jede Aufgabe hat eine Zuständigkeit und wird jährlich überprüft.",
    ],
    measure: "Aufgabenkatalog der Einheit vervollständigen und jeder Aufgabe eine Zuständigkeit geben",
    responsibleRole: "Leitung der Einheit",
    fromData: true,
  },
  {
    key: "dokumentation",
    title: "Aufgaben dokumentiert",
    question: "Gibt es zu den Aufgaben eine veröffentlichte, gültige Anleitung?",
    levels: [
      "Kaum eine Aufgabe ist beschrieben; das Wissen steckt in den Köpfen.",
      "Für wenige Aufgaben gibt es Notizen oder Entwürfe.",
      "Etwa die Hälfte der Aufgaben ist dokumentiert.",
      "Die meisten Aufgaben sind dokumentiert.",
      "Alle wichtigen Aufgaben sind dokumentiert und auffindbar.",
    ],
    measure: "Für die kritischsten undokumentierten Aufgaben Anleitungen schreiben (mit Vorlage)",
    responsibleRole: "Zuständige Sachbearbeitung mit Redaktion",
    fromData: true,
  },
  {
    key: "aktualitaet",
    title: "Dokumentation aktuell",
    question: "Wird die Dokumentation regelmäßig geprüft und als aktuell bestätigt?",
    levels: [
      "Niemand prüft, ob Beschreibungen noch stimmen.",
      "Geprüft wird nur, wenn ein Fehler auffällt.",
      "Ein Teil der Anleitungen ist innerhalb des Prüfintervalls bestätigt.",
      "Die meisten Anleitungen sind fristgerecht bestätigt.",
      "Prüfintervalle werden eingehalten; überfällige Prüfungen sind die Ausnahme.",
    ],
    measure: "Überfällige Prüfungen abarbeiten und Prüfende Personen benennen",
    responsibleRole: "Leitung der Einheit",
    fromData: true,
  },
  {
    key: "vertretung",
    title: "Vertretungsregelungen",
    question: "Hat jede Aufgabe eine Vertretung, die nicht zur selben Zeit ausscheidet?",
    levels: [
      "Vertretungen sind nicht geregelt.",
      "Für einzelne Aufgaben gibt es eine Vertretung.",
      "Etwa die Hälfte der Aufgaben hat eine geeignete Vertretung.",
      "Die meisten Aufgaben haben eine geeignete Vertretung.",
      "Jede Aufgabe hat eine geeignete Vertretung in fester Reihenfolge.",
    ],
    measure: "Vertretungsreihenfolge für alle Aufgaben festlegen",
    responsibleRole: "Leitung der Einheit",
    fromData: true,
  },
  {
    key: "einzelwissen",
    title: "Einzelwissen abgebaut",
    question: "Wie viele Aufgaben kennt nur eine Person?",
    levels: [
      "Die meisten Aufgaben kennt nur eine Person.",
      "Viele Aufgaben hängen an einer Person.",
      "Ein Teil der Aufgaben hängt an einer Person.",
      "Nur wenige Aufgaben hängen an einer Person.",
      "Kaum eine Aufgabe hängt an einer einzigen Person.",
    ],
    measure: "Für Aufgaben mit Einzelwissen eine zweite Person einarbeiten",
    responsibleRole: "Leitung der Einheit",
    fromData: true,
  },
  {
    key: "uebergabe",
    title: "Übergabe bei Austritt",
    question: "Sind die Aufgaben der Beschäftigten, die in den nächsten 36 Monaten ausscheiden, gesichert?",
    levels: [
      "Austritte werden nicht vorbereitet.",
      "Übergaben beginnen erst kurz vor dem Austritt.",
      "Ein Teil der betroffenen Aufgaben ist dokumentiert und vertreten.",
      "Die meisten betroffenen Aufgaben sind dokumentiert und vertreten.",
      "Alle betroffenen Aufgaben sind gesichert; Übergaben sind geplant.",
    ],
    measure: "Für anstehende Austritte „Mein Wissen sichern“ beginnen und Übergaben planen",
    responsibleRole: "Personalamt mit Leitung der Einheit",
    fromData: true,
  },
  {
    key: "nachfolge",
    title: "Nachfolgeplanung",
    question: "Ist für kritische Aufgaben geklärt, wer sie künftig übernimmt?",
    levels: [
      "Nachfolge ist kein Thema.",
      "Nachfolge wird im Einzelfall besprochen.",
      "Für einen Teil der kritischen Aufgaben gibt es eine Vertretung, die bleibt.",
      "Für die meisten kritischen Aufgaben ist die Nachfolge geklärt.",
      "Für jede kritische Aufgabe ist die Nachfolge geklärt und vorbereitet.",
    ],
    measure: "Für kritische Aufgaben (Kritikalität 4–5) die künftige Zuständigkeit festlegen",
    responsibleRole: "Personalamt",
    fromData: true,
  },
  {
    key: "einarbeitung",
    title: "Einarbeitungskonzept",
    question: "Haben die Stellen der Einheit einen Einarbeitungsweg für neue Beschäftigte?",
    levels: [
      "Neue Beschäftigte werden ohne Plan eingearbeitet.",
      "Einarbeitung hängt von einzelnen Kolleginnen ab.",
      "Für einen Teil der Stellen gibt es einen Einarbeitungsweg.",
      "Für die meisten Stellen gibt es einen Einarbeitungsweg.",
      "Jede Stelle hat einen gepflegten Einarbeitungsweg mit Glossar und Ansprechstellen.",
    ],
    measure: "Einarbeitungswege für die Stellen der Einheit gestalten",
    responsibleRole: "Leitung der Einheit",
    fromData: true,
  },
  {
    key: "erprobung",
    title: "Wissen erprobt",
    question: "Haben Vertretungen die Aufgaben mit der Anleitung selbst durchgeführt?",
    levels: [
      "Keine Anleitung wurde von einer Vertretung erprobt.",
      "Erprobt wurde nur vereinzelt.",
      "Ein Teil der dokumentierten Aufgaben ist erprobt.",
      "Die meisten dokumentierten Aufgaben sind erprobt.",
      "Jede dokumentierte Aufgabe wurde von einer Vertretung erprobt.",
    ],
    measure: "Vertretungen führen dokumentierte Aufgaben einmal selbst durch und melden es",
    responsibleRole: "Vertretungen mit Leitung der Einheit",
    fromData: true,
  },
  {
    key: "verbund",
    title: "Austausch mit anderen Kommunen",
    question: "Sind die Aufgaben dem Musteraufgabenkatalog des Verbunds zugeordnet?",
    levels: [
      "Die Einheit kennt den Verbund nicht.",
      "Einzelne Aufgaben sind zugeordnet.",
      "Etwa die Hälfte der Aufgaben ist zugeordnet.",
      "Die meisten Aufgaben sind zugeordnet; Anleitungen anderer Kommunen werden genutzt.",
      "Alle Aufgaben sind zugeordnet; die Einheit teilt eigene Anleitungen.",
    ],
    measure: "Aufgaben dem Musteraufgabenkatalog zuordnen und passende Anleitungen anderer Kommunen prüfen",
    responsibleRole: "Administration mit Leitung der Einheit",
    fromData: true,
  },
  {
    key: "dokumentationsstandard",
    title: "Dokumentationsstandard",
    question: "Gibt es verbindliche Vorlagen und Regeln, wie dokumentiert wird?",
    levels: [
      "Jede und jeder dokumentiert anders oder gar nicht.",
      "Es gibt Beispiele, aber keine Vorgabe.",
      "Eine Vorlage ist bekannt, wird aber nicht überall genutzt.",
      "Die Vorlage wird meist genutzt; Fristen, Rechtsgrundlagen und Fachverfahren stehen an festen Stellen.",
      "Der Standard ist verbindlich, wird genutzt und weiterentwickelt.",
    ],
    measure: "Standardvorlage für die Einheit festlegen und im Team vorstellen",
    responsibleRole: "Wissensmanagement",
    fromData: false,
  },
  {
    key: "ablage",
    title: "Ablage und Fachverfahren",
    question: "Ist beschrieben, wo Unterlagen liegen und wie die Fachverfahren bedient werden?",
    levels: [
      "Ablage und Fachverfahren kennt nur, wer täglich damit arbeitet.",
      "Einzelne Hinweise gibt es, verstreut.",
      "Die wichtigsten Ablageorte und Fachverfahren sind beschrieben.",
      "Ablage und Fachverfahren sind für die meisten Aufgaben beschrieben.",
      "Ablageplan und Bedienhinweise sind vollständig und aktuell.",
    ],
    measure: "Ablageorte und Fachverfahren je Aufgabe in den Anleitungen ergänzen",
    responsibleRole: "Zuständige Sachbearbeitung",
    fromData: false,
  },
  {
    key: "wissensaustausch",
    title: "Wissensaustausch im Team",
    question: "Wird Wissen im Team regelmäßig geteilt (Besprechungen, Hospitation, Tandems)?",
    levels: [
      "Wissen wird nicht geteilt.",
      "Austausch findet zufällig statt.",
      "Es gibt gelegentlich Austausch, ohne feste Form.",
      "Es gibt feste Formate, die meist stattfinden.",
      "Austausch ist fester Teil der Arbeit; Ergebnisse fließen in die Anleitungen.",
    ],
    measure: "Ein festes Format für Wissensaustausch einführen (z. B. monatliche Runde, Tandems)",
    responsibleRole: "Leitung der Einheit",
    fromData: false,
  },
  {
    key: "qualifizierung",
    title: "Qualifizierung",
    question: "Werden Beschäftigte gezielt für die Aufgaben der Einheit qualifiziert?",
    levels: [
      "Fortbildung findet nicht statt.",
      "Fortbildung nur auf eigene Initiative.",
      "Fortbildungsbedarf wird gelegentlich besprochen.",
      "Fortbildungsbedarf wird jährlich geplant.",
      "Qualifizierung ist mit dem Aufgabenkatalog und der Nachfolgeplanung verknüpft.",
    ],
    measure: "Fortbildungsbedarf je Aufgabe erheben und in die Jahresplanung aufnehmen",
    responsibleRole: "Personalamt",
    fromData: false,
  },
  {
    key: "verantwortung",
    title: "Verantwortung für Wissen",
    question: "Ist festgelegt, wer in der Einheit für Wissenssicherung sorgt, und hat diese Rolle Zeit dafür?",
    levels: [
      "Niemand fühlt sich zuständig.",
      "Die Leitung kümmert sich, wenn Zeit ist.",
      "Eine Zuständigkeit ist benannt, aber ohne Zeitanteil.",
      "Die Zuständigkeit ist benannt und hat einen Zeitanteil.",
      "Wissenssicherung ist Ziel der Einheit und wird jährlich ausgewertet.",
    ],
    measure: "Eine Rolle für Wissenssicherung benennen und mit Zeitanteil ausstatten",
    responsibleRole: "Leitung der Einheit",
    fromData: false,
  },
];

export const FIELD_BY_KEY = new Map(TARGET_FIELDS.map((field) => [field.key, field]));

/** A share 0–1 as a level: under 20 % → 0, under 40 % → 1, under 60 % → 2, under 80 % → 3, else 4. */
export function levelOfShare(share: number): Level {
  if (share < 0.2) return 0;
  if (share < 0.4) return 1;
  if (share < 0.6) return 2;
  if (share < 0.8) return 3;
  return 4;
}

/** Levels 0–1 are gaps, 3–4 strengths; 2 is neither. */
export const isGap = (level: number) => level <= 1;
export const isStrength = (level: number) => level >= 3;
