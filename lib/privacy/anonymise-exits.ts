import "server-only";
/**
 * Privacy by design: once a person's exit month lies more than
 * EXIT_DATA_GRACE_MONTHS in the past, their personal data is anonymised –
 * name, e-mail, personnel number, entry date, exit month and reason – and they
 * are removed from task assignments and "selbst durchgeführt" marks. Tasks,
 * articles and figures stay. Runs hourly in the server and as
 * `npm run privacy:anonymise`; the audit log records how many, never who.
 */
import { randomUUID } from "node:crypto";
import { systemDb } from "../db/client";
import { getEnv } from "../env";
import { monthOf, shiftMonth } from "../dates";

/** First day of the month that is `months` before the month of `now`. */
function monthsBefore(now: Date, months: number): Date {
  return shiftMonth(monthOf(now), -months);
}

export async function anonymiseLeftPeople(options: { now?: Date; graceMonths?: number } = {}): Promise<{ anonymised: number }> {
  const now = options.now ?? new Date();
  const grace = options.graceMonths ?? getEnv().EXIT_DATA_GRACE_MONTHS;
  // Exit in month M, grace G: anonymised from month M + G + 1 on.
  const cutoff = monthsBefore(now, grace);
  const due = await systemDb().person.findMany({
    where: { plannedExitMonth: { lt: cutoff } },
    select: { id: true, organizationId: true, user: { select: { id: true } } },
  });
  if (due.length === 0) return { anonymised: 0 };
  const byOrganization = new Map<string, number>();
  await systemDb().$transaction(async (tx) => {
    for (const person of due) {
      await tx.taskAssignment.deleteMany({ where: { personId: person.id } });
      await tx.taskPractice.deleteMany({ where: { personId: person.id } });
      await tx.personPosition.deleteMany({ where: { personId: person.id } });
      await tx.person.update({
        where: { id: person.id },
        data: {
          firstName: "Ausgeschiedene",
          lastName: "Person",
          email: null,
          entryDate: null,
          plannedExitMonth: null,
          exitReason: null,
          personnelNumber: `anonym-${randomUUID().slice(0, 8)}`,
        },
      });
      if (person.user) await tx.user.update({ where: { id: person.user.id }, data: { personId: null } });
      byOrganization.set(person.organizationId, (byOrganization.get(person.organizationId) ?? 0) + 1);
    }
    for (const [organizationId, count] of byOrganization) {
      await tx.auditEvent.create({
        data: {
          organizationId,
          actorId: null,
          action: "privacy.anonymise-exits",
          entityType: "Organization",
          entityId: organizationId,
          data: { count, graceMonths: grace },
        },
      });
    }
  });
  return { anonymised: due.length };
}
