import { describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { systemDb } from "@/lib/db/client";
import { createArticle, updateArticle } from "@/lib/knowledge/save-article";
import { setVerbundParticipation } from "@/lib/verbund/participation";
import { saveTaskMappings } from "@/lib/verbund/task-mapping";
import { decideSharing, proposeSharing, sharingOfOrganization, sharingPreview } from "@/lib/verbund/sharing";
import {
  acknowledgeAdoptionUpdate,
  adoptSharedInstruction,
  adoptionDifferences,
  adoptionOf,
  readSharedInstruction,
  sharedInstructionsForEntry,
} from "@/lib/verbund/adoption";
import { searchSharedInstructions } from "@/lib/verbund/verbund-search";
import { createTestOrganization, type TestOrganization } from "./helpers/test-organization";

const contentWithPeople = (extra = "") => ({
  type: "doc",
  content: [
    { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: "Ablauf" }] },
    {
      type: "paragraph",
      content: [
        { type: "text", text: `Die Anzeige prüft Frau Kranich, bei Fragen Jonas Falk (Tel. 02131 99-1234, j.falk@a.example). ${extra}` },
      ],
    },
    {
      type: "contact",
      attrs: { name: "Jonas Falk", unit: "Ordnungsamt", phone: "02131 991234", email: "j.falk@a.example", note: "Gebühren" },
    },
  ],
});

async function memberOrganization(entryId: string): Promise<TestOrganization> {
  const org = await createTestOrganization("Verbundkommune");
  await setVerbundParticipation(org.viewers.ADMIN, { member: true });
  await saveTaskMappings(org.viewers.ADMIN, { mappings: [{ taskId: org.taskId, catalogTaskId: entryId }] });
  return org;
}

describe("Anleitungen im Verbund teilen und übernehmen", () => {
  it("teilt eine bereinigte Kopie nach Freigabe; eine andere Kommune übernimmt sie und erfährt von der neuen Fassung", async () => {
    const entry = await systemDb().catalogTask.create({
      data: { key: `17.T${randomUUID().slice(0, 6)}`, productArea: "17", title: "Gewerbeanzeigen bearbeiten" },
    });
    const source = await memberOrganization(entry.id);
    const adopter = await memberOrganization(entry.id);
    const outsider = await createTestOrganization();
    await systemDb().person.createMany({
      data: [
        { organizationId: source.id, personnelNumber: "S1", firstName: "Greta", lastName: "Kranich" },
        { organizationId: source.id, personnelNumber: "S2", firstName: "Jonas", lastName: "Falk" },
      ],
    });
    const { id: articleId } = await createArticle(source.viewers.EDITOR, {
      title: "Gewerbeanzeige prüfen",
      kind: "PROCEDURE",
      status: "PUBLISHED",
      content: contentWithPeople(),
      taskIds: [source.taskId],
      unitIds: [],
      positionIds: [],
    });

    // Preview: names found, contact turned into a role; nothing is shared yet.
    const preview = await sharingPreview(source.viewers.EDITOR, articleId);
    expect(preview.names).toEqual(["Frau Kranich", "Jonas Falk"]);
    expect(preview.entries.map((item) => item.id)).toEqual([entry.id]);
    expect(preview.previewHtml).not.toMatch(/Kranich|Falk|02131|@a\.example/);
    await expect(sharingPreview(source.viewers.READER, articleId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(sharingPreview(adopter.viewers.ADMIN, articleId)).rejects.toMatchObject({ code: "NOT_FOUND" });

    const proposal = { articleId, catalogTaskId: entry.id, licence: "CC_BY_4_0", contactRole: "Sachbearbeitung Gewerbe, Ordnungsamt" };
    await expect(proposeSharing(source.viewers.EDITOR, { ...proposal, names: { "Frau Kranich": "entfernen" } })).rejects.toMatchObject({
      fieldErrors: { names: ["Offen: Jonas Falk"] },
    });
    await expect(
      proposeSharing(source.viewers.EDITOR, {
        ...proposal,
        contactRole: "Jonas Falk",
        names: { "Frau Kranich": "entfernen", "Jonas Falk": "entfernen" },
      }),
    ).rejects.toMatchObject({ fieldErrors: { contactRole: [expect.stringContaining("keine Person")] } });
    await expect(proposeSharing(source.viewers.EDITOR, { ...proposal, licence: "MIT", names: {} })).rejects.toMatchObject({
      code: "INVALID",
    });
    const { id: sharedId } = await proposeSharing(source.viewers.EDITOR, {
      ...proposal,
      names: { "Frau Kranich": "entfernen", "Jonas Falk": "entfernen" },
    });

    // Not visible before the admin approves; only the admin approves.
    expect((await sharedInstructionsForEntry(adopter.viewers.READER, entry.id)).instructions).toEqual([]);
    expect(await searchSharedInstructions(adopter.viewers.READER, "Gewerbeanzeige prüfen")).toEqual([]);
    await expect(decideSharing(source.viewers.EDITOR, { id: sharedId, decision: "freigeben" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(decideSharing(adopter.viewers.ADMIN, { id: sharedId, decision: "freigeben" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect((await sharingOfOrganization(source.viewers.ADMIN)).map((row) => row.status)).toEqual(["PROPOSED"]);
    await decideSharing(source.viewers.ADMIN, { id: sharedId, decision: "freigeben" });

    // The shared copy carries no personal data, names the municipality and a role.
    const stored = await systemDb().sharedInstruction.findUniqueOrThrow({ where: { id: sharedId } });
    const everything = JSON.stringify(stored);
    for (const secret of ["Kranich", "Falk", "02131", "a.example"]) expect(everything).not.toContain(secret);
    expect(stored.contentText).toContain("Ansprechstelle: Ordnungsamt – Gebühren");
    const listed = await sharedInstructionsForEntry(adopter.viewers.READER, entry.id);
    expect(listed.instructions).toEqual([
      expect.objectContaining({
        id: sharedId,
        contactRole: "Sachbearbeitung Gewerbe, Ordnungsamt",
        licence: "CC_BY_4_0",
        ownMunicipality: false,
      }),
    ]);
    await expect(sharedInstructionsForEntry(outsider.viewers.ADMIN, entry.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    // "Auch im Verbund suchen": members find the copy (German stemming: "Anzeigen" finds "Anzeige"), outsiders nothing.
    expect((await searchSharedInstructions(adopter.viewers.READER, "Gewerbeanzeigen prüfen"))?.map((hit) => hit.id)).toEqual([sharedId]);
    expect(await searchSharedInstructions(adopter.viewers.READER, "Kranich")).toEqual([]);
    expect(await searchSharedInstructions(outsider.viewers.READER, "Gewerbeanzeige")).toBeNull();
    await expect(readSharedInstruction(outsider.viewers.READER, sharedId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    const read = await readSharedInstruction(adopter.viewers.READER, sharedId);
    expect(read.contentHtml).toContain("Ansprechstelle");
    expect(read.ownTasks).toEqual([]);

    // Changing the source article changes nothing in the Verbund (a snapshot, not a live view).
    const current = await systemDb().article.findUniqueOrThrow({ where: { id: articleId } });
    await updateArticle(source.viewers.EDITOR, {
      id: articleId,
      title: "Gewerbeanzeige prüfen",
      kind: "PROCEDURE",
      status: "PUBLISHED",
      version: current.version,
      content: contentWithPeople("Neu: Gewerbeanzeigen gehen seit 2027 digital ein."),
      taskIds: [source.taskId],
      unitIds: [],
      positionIds: [],
    });
    expect((await readSharedInstruction(adopter.viewers.READER, sharedId)).contentHtml).not.toContain("digital");

    // Adopt: readers may not, writers get a draft with attribution and provenance.
    await expect(adoptSharedInstruction(adopter.viewers.READER, { id: sharedId, taskId: adopter.taskId })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(adoptSharedInstruction(adopter.viewers.EDITOR, { id: sharedId, taskId: source.taskId })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(adoptSharedInstruction(source.viewers.EDITOR, { id: sharedId, taskId: source.taskId })).rejects.toMatchObject({
      code: "INVALID",
    });
    const { articleId: draftId } = await adoptSharedInstruction(adopter.viewers.EDITOR, { id: sharedId, taskId: adopter.taskId });
    const draft = await systemDb().article.findUniqueOrThrow({ where: { id: draftId }, include: { tasks: true } });
    expect(draft).toMatchObject({ organizationId: adopter.id, status: "DRAFT", ownerId: adopter.viewers.EDITOR.userId });
    expect(draft.tasks.map((link) => link.taskId)).toEqual([adopter.taskId]);
    expect(draft.contentText).toContain(
      `von ${(await systemDb().organization.findUniqueOrThrow({ where: { id: source.id } })).name}, Fassung 1, Lizenz CC BY 4.0`,
    );
    expect(await adoptionOf(adopter.viewers.EDITOR, draftId)).toMatchObject({ adoptedVersion: 1, newerVersion: null });

    // The source shares the new version explicitly; the adopter is notified and sees the differences.
    const second = await proposeSharing(source.viewers.EDITOR, {
      ...proposal,
      names: { "Frau Kranich": "entfernen", "Jonas Falk": "entfernen" },
    });
    expect(second.version).toBe(2);
    expect(await systemDb().notification.count({ where: { userId: adopter.viewers.EDITOR.userId, kind: "VERBUND_UPDATE" } })).toBe(0);
    expect(await decideSharing(source.viewers.ADMIN, { id: second.id, decision: "freigeben" })).toEqual({ notified: 1 });
    const notification = await systemDb().notification.findFirstOrThrow({
      where: { userId: adopter.viewers.EDITOR.userId, kind: "VERBUND_UPDATE" },
    });
    expect(notification).toMatchObject({ organizationId: adopter.id, href: `/wissen/${draftId}/verbund-aenderungen` });
    expect((await systemDb().sharedInstruction.findUniqueOrThrow({ where: { id: sharedId } })).status).toBe("SUPERSEDED");
    await expect(readSharedInstruction(adopter.viewers.READER, sharedId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    const differences = await adoptionDifferences(adopter.viewers.EDITOR, { articleId: draftId });
    expect(differences).toMatchObject({ from: 1, to: 2 });
    expect(differences.lines.filter((line) => line.change !== "same").map((line) => line.parts.map((part) => part.text).join(""))).toEqual([
      expect.stringContaining("digital"),
    ]);
    await expect(adoptionDifferences(source.viewers.EDITOR, { articleId: draftId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await acknowledgeAdoptionUpdate(adopter.viewers.EDITOR, { articleId: draftId });
    expect(await adoptionOf(adopter.viewers.EDITOR, draftId)).toMatchObject({ adoptedVersion: 2, newerVersion: null });

    // Withdrawn: gone from the Verbund; the adopted draft stays the adopter's.
    await decideSharing(source.viewers.ADMIN, { id: second.id, decision: "zurueckziehen" });
    expect((await sharedInstructionsForEntry(adopter.viewers.READER, entry.id)).instructions).toEqual([]);
    expect(await searchSharedInstructions(adopter.viewers.READER, "Gewerbeanzeige")).toEqual([]);
    expect(await systemDb().article.count({ where: { id: draftId } })).toBe(1);
  });
});
