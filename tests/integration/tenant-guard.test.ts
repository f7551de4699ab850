/**
 * The tenant guard against the real PostgreSQL: a query on a municipality's
 * table that names no organization fails before it reaches the database – also
 * inside a transaction –, while the scoped query and the system client work.
 */
import { describe, expect, it } from "vitest";
import { db, systemDb } from "@/lib/db/client";
import { TenantScopeError } from "@/lib/db/tenant-guard";
import { createTestOrganization } from "./helpers/test-organization";

describe("Mandantenschutz gegen die echte Datenbank", () => {
  it("verweigert Abfragen ohne Mandanten, auch in Transaktionen; mit Mandant und über systemDb geht es", async () => {
    const org = await createTestOrganization();
    const other = await createTestOrganization();
    const ownUnits = await db().orgUnit.findMany({ where: { organizationId: org.id }, select: { organizationId: true } });
    expect(ownUnits.length).toBeGreaterThan(0);
    expect(ownUnits.every((unit) => unit.organizationId === org.id)).toBe(true);

    // A forgotten filter: refused, nothing read or changed.
    await expect(db().orgUnit.findMany()).rejects.toThrow(TenantScopeError);
    await expect(db().orgUnit.findUnique({ where: { id: other.unitId } })).rejects.toThrow(TenantScopeError);
    await expect(db().orgUnit.updateMany({ where: { id: other.unitId }, data: { name: "Übernommen" } })).rejects.toThrow(TenantScopeError);
    await expect(db().$transaction(async (tx) => tx.orgUnit.deleteMany({ where: { id: other.unitId } }))).rejects.toThrow(TenantScopeError);
    const untouched = await systemDb().orgUnit.findUniqueOrThrow({ where: { id: other.unitId }, select: { name: true } });
    expect(untouched.name).not.toBe("Übernommen");

    // The foreign id with the viewer's own scope finds nothing.
    expect(await db().orgUnit.findUnique({ where: { id: other.unitId, organizationId: org.id } })).toBeNull();
    // The system client spans municipalities on purpose.
    expect(await systemDb().orgUnit.count({ where: { id: { in: [org.unitId, other.unitId] } } })).toBe(2);
  });
});
