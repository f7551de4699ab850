/**
 * Calendar arithmetic in Europe/Berlin. This file runs twice: in the pinned
 * time zone of all tests (UTC) and once more under Pacific/Kiritimati (UTC+14,
 * project "unit-tz"), where a result that depends on the server's zone shows.
 */
import { describe, expect, it } from "vitest";
import { addDays, addMonths, calendarDay, dateOnly, daysBetween, monthOf, shiftMonth, subDays, today } from "@/lib/dates";
import { nextReviewDate, verificationState } from "@/lib/knowledge/verification";
import { monthsUntil } from "@/lib/coverage/coverage-rules";

describe(`Datumsrechnung (Server-Zeitzone ${process.env.TZ})`, () => {
  it("läuft wirklich in der angegebenen Zeitzone", () => {
    const expectedOffset = process.env.TZ === "Pacific/Kiritimati" ? -840 : 0;
    expect(new Date("2027-06-01T00:00:00Z").getTimezoneOffset()).toBe(expectedOffset);
  });

  it("nächste Prüfung: 31. Januar + 1 Monat ist Ende Februar, nicht 3. März", () => {
    const jan31 = new Date("2027-01-31T10:00:00Z");
    expect(nextReviewDate(jan31, 1).toISOString()).toBe("2027-02-28T10:00:00.000Z");
    expect(nextReviewDate(new Date("2028-01-31T10:00:00Z"), 1).toISOString()).toBe("2028-02-29T10:00:00.000Z");
    expect(nextReviewDate(new Date("2027-08-31T08:00:00Z"), 6).toISOString()).toBe("2028-02-29T09:00:00.000Z");
    expect(nextReviewDate(jan31, 12).toISOString()).toBe("2028-01-31T10:00:00.000Z");
  });

  it("rechnet Monate und Tage auf dem Berliner Kalender, auch kurz vor Mitternacht und über die Zeitumstellung", () => {
    // 23:30 UTC on 30 January is 31 January in Berlin: one month on is the end of February there.
    expect(addMonths(new Date("2027-01-30T23:30:00Z"), 1).toISOString()).toBe("2027-02-27T23:30:00.000Z");
    // The same wall-clock time on the next day across the spring DST change (23 hours).
    expect(addDays(new Date("2027-03-27T11:00:00Z"), 1).toISOString()).toBe("2027-03-28T10:00:00.000Z");
    expect(subDays(new Date("2027-03-28T10:00:00Z"), 1).toISOString()).toBe("2027-03-27T11:00:00.000Z");
    expect(daysBetween(dateOnly("2026-12-01"), dateOnly("2027-01-01"))).toBe(31);
    expect(daysBetween(dateOnly("2027-01-01"), dateOnly("2026-12-01"))).toBe(-31);
  });

  it("Kalendertag, heute und Monat sind die Berliner, gespeichert als 00:00 UTC", () => {
    const newYearsEveLate = new Date("2026-12-31T23:30:00Z");
    expect(calendarDay(newYearsEveLate)).toBe("2027-01-01");
    expect(today(newYearsEveLate).toISOString()).toBe("2027-01-01T00:00:00.000Z");
    expect(monthOf(newYearsEveLate).toISOString()).toBe("2027-01-01T00:00:00.000Z");
    expect(calendarDay(dateOnly("2027-05-09"))).toBe("2027-05-09");
    expect(shiftMonth(dateOnly("2027-01-01"), -1).toISOString()).toBe("2026-12-01T00:00:00.000Z");
    expect(shiftMonth(dateOnly("2026-11-01"), 14).toISOString()).toBe("2028-01-01T00:00:00.000Z");
    expect(monthsUntil(dateOnly("2027-01-01"), newYearsEveLate)).toBe(0);
  });

  it("Prüfstatus: 30 Tage vor Fälligkeit „bald fällig“, danach „abgelaufen“", () => {
    const now = new Date("2027-02-01T09:00:00Z");
    const published = (nextReviewAt: Date) => verificationState({ status: "PUBLISHED", nextReviewAt }, now);
    expect(published(addDays(now, 31))).toBe("CURRENT");
    expect(published(addDays(now, 29))).toBe("DUE_SOON");
    expect(published(subDays(now, 1))).toBe("EXPIRED");
    expect(verificationState({ status: "DRAFT", nextReviewAt: now }, now)).toBe("NONE");
  });
});
