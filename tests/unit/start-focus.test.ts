import { describe, expect, it } from "vitest";
import { orderStartFocus } from "@/lib/journeys/start-focus";

const now = new Date("2026-12-03T09:00:00Z");
const base = { onboarding: null, deputyships: [], leaving: null, lead: null, now };
const deputyship = (startsOn: string, endsOn: string) => ({
  absentName: "Klaus Brinkmann",
  startsOn: new Date(`${startsOn}T00:00:00Z`),
  endsOn: new Date(`${endsOn}T00:00:00Z`),
  viewQuery: "fuer=x",
});

describe("Startseite: was zuerst kommt", () => {
  it("niemand Besonderes: keine Karten", () => {
    expect(orderStartFocus(base)).toEqual([]);
  });

  it("Reihenfolge Einarbeitung → laufende Vertretung → Wissen sichern → Leitung", () => {
    const focus = orderStartFocus({
      onboarding: { read: 2, total: 5, positions: ["Sachbearbeitung"] },
      deputyships: [deputyship("2026-12-01", "2026-12-03"), deputyship("2026-12-10", "2026-12-20")],
      leaving: { plannedExitMonth: new Date("2027-05-01T00:00:00Z"), documented: 1, total: 4 },
      lead: { kind: "lead", openGaps: 3, tasks: 10, dueReviews: 0 },
      now,
    });
    expect(focus.map((item) => item.kind)).toEqual(["onboarding", "deputyship", "leaving", "lead"]);
  });

  it("fertige Einarbeitung, künftige oder vergangene Vertretung, kein Austritt und nichts Offenes zeigen nichts", () => {
    expect(
      orderStartFocus({
        onboarding: { read: 5, total: 5, positions: [] },
        deputyships: [deputyship("2026-12-04", "2026-12-20"), deputyship("2026-11-01", "2026-12-02")],
        leaving: { plannedExitMonth: null, documented: 0, total: 3 },
        lead: { kind: "lead", openGaps: 0, tasks: 10, dueReviews: 0 },
        now,
      }),
    ).toEqual([]);
  });

  it("die Vertretung läuft am letzten Tag noch; eine Leitung mit fälligen Prüfungen, aber ohne Lücken, bekommt ihre Karte", () => {
    const focus = orderStartFocus({
      ...base,
      deputyships: [deputyship("2026-12-03", "2026-12-03")],
      lead: { kind: "lead", openGaps: 0, tasks: 4, dueReviews: 2 },
    });
    expect(focus.map((item) => item.kind)).toEqual(["deputyship", "lead"]);
  });
});
