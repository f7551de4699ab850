/**
 * Which personal cards the start page shows first, and in which order (pure,
 * tested as a table): onboarding for newcomers with unread path articles, a
 * deputyship running today, "Mein Wissen sichern" when an exit is planned for
 * someone who owns tasks, a lead's open gaps and due reviews.
 */
export type StartFocus =
  | { kind: "onboarding"; read: number; total: number; positions: string[] }
  | { kind: "deputyship"; absentName: string; endsOn: Date; viewQuery: string }
  | { kind: "leaving"; plannedExitMonth: Date; documented: number; total: number }
  | { kind: "lead"; openGaps: number; tasks: number; dueReviews: number };

export function orderStartFocus(input: {
  onboarding: { read: number; total: number; positions: string[] } | null;
  deputyships: { absentName: string; startsOn: Date; endsOn: Date; viewQuery: string }[];
  leaving: { plannedExitMonth: Date | null; documented: number; total: number } | null;
  lead: Extract<StartFocus, { kind: "lead" }> | null;
  now: Date;
}): StartFocus[] {
  const focus: StartFocus[] = [];
  if (input.onboarding && input.onboarding.total > 0 && input.onboarding.read < input.onboarding.total) {
    focus.push({ kind: "onboarding", ...input.onboarding });
  }
  const dayStart = new Date(input.now);
  dayStart.setUTCHours(0, 0, 0, 0);
  for (const deputyship of input.deputyships) {
    if (deputyship.startsOn <= input.now && deputyship.endsOn >= dayStart) {
      focus.push({ kind: "deputyship", absentName: deputyship.absentName, endsOn: deputyship.endsOn, viewQuery: deputyship.viewQuery });
    }
  }
  const leaving = input.leaving;
  if (leaving?.plannedExitMonth && leaving.total > 0) {
    focus.push({ kind: "leaving", plannedExitMonth: leaving.plannedExitMonth, documented: leaving.documented, total: leaving.total });
  }
  if (input.lead && (input.lead.openGaps > 0 || input.lead.dueReviews > 0)) focus.push(input.lead);
  return focus;
}
