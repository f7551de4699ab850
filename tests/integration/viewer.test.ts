import { describe, expect, it } from "vitest";
import { systemDb } from "@/lib/db/client";
import { loadViewer } from "@/lib/auth/load-viewer";
import { createTestOrganization } from "./helpers/test-organization";

describe("Viewer aus der Datenbank", () => {
  it("gibt Führungskräften ihre Einheiten samt Untereinheiten, aber keine fremden", async () => {
    const org = await createTestOrganization();
    const lead = await loadViewer(org.viewers.LEAD.userId);
    expect(lead?.leadUnitIds.sort()).toEqual([org.unitId, org.subUnitId].sort());
    expect(lead?.leadUnitIds).not.toContain(org.otherUnitId);
    expect((await loadViewer(org.viewers.EDITOR.userId))?.leadUnitIds).toEqual([]);
  });

  it("gibt deaktivierten Konten keinen Zugang mehr, auch mit gültiger Sitzung", async () => {
    const org = await createTestOrganization();
    await systemDb().user.update({ where: { id: org.viewers.READER.userId }, data: { active: false } });
    expect(await loadViewer(org.viewers.READER.userId)).toBeNull();
    expect(await loadViewer("00000000-0000-4000-8000-000000000000")).toBeNull();
  });
});
