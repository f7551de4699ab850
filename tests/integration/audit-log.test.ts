import { describe, expect, it } from "vitest";
import { systemDb } from "@/lib/db/client";
import { auditLog, auditLogCsv } from "@/lib/audit/audit-log";
import { createArticle } from "@/lib/knowledge/save-article";
import { calendarDay, addDays } from "@/lib/dates";
import { articleInput, createTestOrganization } from "./helpers/test-organization";

describe("Prüfprotokoll für die Administration", () => {
  it("filtert nach Person, Aktion, Datensatz und Zeitraum; Ansehen und Export stehen selbst im Protokoll", async () => {
    const org = await createTestOrganization();
    const other = await createTestOrganization();
    const { id } = await createArticle(org.viewers.EDITOR, articleInput({ title: "Protokollierter Artikel" }));
    await createArticle(other.viewers.EDITOR, articleInput({ title: "Fremder Artikel" }));

    for (const role of ["HR", "LEAD", "EDITOR", "READER"] as const) {
      await expect(auditLog(org.viewers[role], {})).rejects.toThrow("Administration");
      await expect(auditLogCsv(org.viewers[role], {})).rejects.toThrow("Administration");
    }
    const all = await auditLog(org.viewers.ADMIN, {});
    expect(all.events.some((event) => event.entityId === id)).toBe(true);
    // Nothing of another municipality.
    const otherIds = (await systemDb().auditEvent.findMany({ where: { organizationId: other.id }, select: { id: true } })).map(
      (row) => row.id,
    );
    expect(all.events.some((event) => otherIds.includes(event.id))).toBe(false);

    const byPerson = await auditLog(org.viewers.ADMIN, { person: org.viewers.EDITOR.userId, action: "article.", entityId: id });
    expect(byPerson.events.length).toBeGreaterThan(0);
    expect(byPerson.events.every((event) => event.action.startsWith("article.") && event.entityId === id)).toBe(true);
    const today = calendarDay(new Date());
    expect((await auditLog(org.viewers.ADMIN, { entityId: id, from: today, to: today })).total).toBeGreaterThan(0);
    expect((await auditLog(org.viewers.ADMIN, { entityId: id, to: calendarDay(addDays(new Date(), -2)) })).total).toBe(0);
    await expect(auditLog(org.viewers.ADMIN, { from: today, to: calendarDay(addDays(new Date(), -1)) })).rejects.toThrow("Filter");
    await expect(auditLog(org.viewers.ADMIN, { person: "kein-uuid" })).rejects.toThrow("Filter");

    const csv = await auditLogCsv(org.viewers.ADMIN, { entityId: id });
    expect(csv.split("\r\n")[0]).toBe("\uFEFFzeitpunkt;person;aktion;art;datensatz;daten");
    expect(csv).toContain(id);
    const looked = await systemDb().auditEvent.findMany({
      where: { organizationId: org.id, actorId: org.viewers.ADMIN.userId, action: { in: ["audit.view", "audit.export"] } },
      select: { action: true },
    });
    expect(looked.filter((row) => row.action === "audit.view").length).toBeGreaterThanOrEqual(3);
    expect(looked.filter((row) => row.action === "audit.export")).toHaveLength(1);
  });
});
