/**
 * All calendar arithmetic of the product, in the municipalities' time zone
 * (Europe/Berlin) whatever the server's TZ is, over date-fns and @date-fns/tz.
 *
 * Two kinds of values:
 * - instants (`Date`, e.g. nextReviewAt, createdAt): months and days are added
 *   on the Berlin calendar; a month step keeps the end of the month
 *   (31 January + 1 month = 28/29 February, never 3 March);
 * - calendar days and months stored as `@db.Date` (planned exits, deputyships):
 *   a `Date` at 00:00 UTC of that day, written and read as "yyyy-MM-dd".
 */
import {
  addHours as addHoursExact,
  addMinutes as addMinutesExact,
  addDays as addDaysIn,
  addMonths as addMonthsIn,
  differenceInCalendarDays,
  format,
  subDays as subDaysIn,
} from "date-fns";
import { TZDate, tz } from "@date-fns/tz";

export const TIME_ZONE = "Europe/Berlin";
const inBerlin = { in: tz(TIME_ZONE) };

/** date-fns with `in` returns a TZDate; the rest of the code (and Prisma) gets a plain Date. */
const plain = (date: Date) => new Date(date.getTime());

/** `months` calendar months later in Berlin, clamped to the end of a shorter month. */
export function addMonths(date: Date, months: number): Date {
  return plain(addMonthsIn(date, months, inBerlin));
}

/** `days` calendar days later in Berlin (the same wall-clock time across a DST change). */
export function addDays(date: Date, days: number): Date {
  return plain(addDaysIn(date, days, inBerlin));
}

/** Exactly `hours` hours later (elapsed time, e.g. a session lifetime; no calendar). */
export function addHours(date: Date, hours: number): Date {
  return addHoursExact(date, hours);
}

/** Exactly `minutes` minutes later (negative: earlier). */
export function addMinutes(date: Date, minutes: number): Date {
  return addMinutesExact(date, minutes);
}

/** `days` calendar days earlier in Berlin. */
export function subDays(date: Date, days: number): Date {
  return plain(subDaysIn(date, days, inBerlin));
}

/** Calendar days from `earlier` to `later` in Berlin (negative if `later` is before). */
export function daysBetween(earlier: Date, later: Date): number {
  return differenceInCalendarDays(later, earlier, inBerlin);
}

/** The Berlin calendar day of an instant, "yyyy-MM-dd" (e.g. for `<input type="date">`). */
export function calendarDay(date: Date): string {
  return format(date, "yyyy-MM-dd", inBerlin);
}

/** A "yyyy-MM-dd" day as the `@db.Date` value PostgreSQL stores (00:00 UTC of that day). */
export function dateOnly(day: string): Date {
  return new Date(`${day}T00:00:00.000Z`);
}

/** Today in Berlin as a `@db.Date` value. */
export function today(now: Date = new Date()): Date {
  return dateOnly(calendarDay(now));
}

/** The month of an instant in Berlin as a `@db.Date` value (its first day). */
export function monthOf(now: Date): Date {
  return dateOnly(format(now, "yyyy-MM-01", inBerlin));
}

/** A `@db.Date` month (first day) moved by `months`; independent of any time zone. */
export function shiftMonth(month: Date, months: number): Date {
  return new Date(Date.UTC(month.getUTCFullYear(), month.getUTCMonth() + months, 1));
}

/** The instant a Berlin calendar day "yyyy-MM-dd" begins (00:00 Berlin time), e.g. for a period filter. */
export function berlinDayStart(day: string): Date {
  const [year, month, date] = day.split("-").map(Number);
  return plain(new TZDate(year!, month! - 1, date!, TIME_ZONE));
}
