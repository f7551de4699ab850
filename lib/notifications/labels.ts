/**
 * German wording of a notification. Pure, so every kind's text is tested
 * without a database; the stored row keeps only the kind and its subject.
 */
import type { NotificationKind } from "../db/generated/enums";

export type { NotificationKind };

const TEXTS: Record<NotificationKind, (subject: string) => string> = {
  QUESTION_ANSWERED: (subject) => `Ihre Frage zu „${subject}“ wurde beantwortet.`,
  ARTICLE_PUBLISHED: (subject) => `Veröffentlicht: „${subject}“.`,
  ARTICLE_CHANGED: (subject) => `Neue Fassung veröffentlicht: „${subject}“.`,
  REVIEW_DUE: (subject) => `Prüfung fällig: „${subject}“.`,
  HANDOVER_WAITING: (subject) => `Eine Übergabe wartet auf Sie: ${subject}.`,
  DEPUTYSHIP_PLANNED: (subject) => `Für Sie ist eine Vertretung geplant: ${subject}.`,
  GAP_ANSWERED: (subject) => `Ihre Meldung einer Wissenslücke wurde beantwortet: ${subject}.`,
  VERBUND_UPDATE: (subject) => `Neue Fassung im Wissensverbund: „${subject}“ – Unterschiede ansehen.`,
};

/** When each kind is sent, as the end of a sentence starting with "wenn" (explanation on the notification page). */
export const NOTIFICATION_KIND_LABELS: Record<NotificationKind, string> = {
  QUESTION_ANSWERED: "Ihre Frage zu einem Artikel beantwortet wurde",
  ARTICLE_PUBLISHED: "ein beobachteter Artikel – oder ein neuer Artikel zu einer beobachteten Aufgabe – veröffentlicht wurde",
  ARTICLE_CHANGED: "von einem beobachteten Artikel eine neue Fassung veröffentlicht wurde",
  REVIEW_DUE: "die Prüfung eines Ihrer Artikel fällig wird",
  HANDOVER_WAITING: "eine Übergabe auf Sie wartet",
  DEPUTYSHIP_PLANNED: "eine Vertretung für Sie geplant wurde",
  GAP_ANSWERED: "Ihre Meldung einer Wissenslücke beantwortet wurde",
  VERBUND_UPDATE: "eine Kommune eine neue Fassung einer Anleitung teilt, die Sie aus dem Wissensverbund übernommen haben",
};

export function notificationText(kind: NotificationKind, subject: string): string {
  return TEXTS[kind](subject);
}
