import { describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { systemDb } from "@/lib/db/client";
import { createArticle, updateArticle } from "@/lib/knowledge/save-article";
import { setVerbundApproverRole, setVerbundParticipation } from "@/lib/verbund/participation";
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
      unitIds: [source.unitId],
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
    let { id: sharedId } = await proposeSharing(source.viewers.EDITOR, {
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
    await expect(sharingOfOrganization(source.viewers.HR)).rejects.toMatchObject({ code: "NOT_FOUND" });
    // The admins may name a role that approves too; it never approves its own proposal.
    await expect(setVerbundApproverRole(source.viewers.HR, { role: "HR" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(setVerbundApproverRole(source.viewers.ADMIN, { role: "READER" })).rejects.toMatchObject({ code: "INVALID" });
    await setVerbundApproverRole(source.viewers.ADMIN, { role: "LEAD" });
    expect((await sharingOfOrganization(source.viewers.LEAD)).map((row) => row.id)).toEqual([sharedId]);
    const leadsOwn = await proposeSharing(source.viewers.LEAD, {
      ...proposal,
      names: { "Frau Kranich": "entfernen", "Jonas Falk": "entfernen" },
    });
    await expect(decideSharing(source.viewers.LEAD, { id: leadsOwn.id, decision: "freigeben" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await decideSharing(source.viewers.LEAD, { id: leadsOwn.id, decision: "ablehnen" });
    await setVerbundApproverRole(source.viewers.ADMIN, { role: "" });
    await expect(decideSharing(source.viewers.LEAD, { id: sharedId, decision: "freigeben" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const { id: again } = await proposeSharing(source.viewers.EDITOR, {
      ...proposal,
      names: { "Frau Kranich": "entfernen", "Jonas Falk": "entfernen" },
    });
    await decideSharing(source.viewers.ADMIN, { id: again, decision: "freigeben" });
    sharedId = again;

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
      unitIds: [source.unitId],
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

  it("Trennung: kein Vorschlag, kein Artikel und keine Person der Quelle erreicht eine andere Kommune, in keiner Rolle", async () => {
    const entry = await systemDb().catalogTask.create({
      data: { key: `17.M${randomUUID().slice(0, 6)}`, productArea: "17", title: "Stiftungsmittel vergeben" },
    });
    const source = await memberOrganization(entry.id);
    const member = await memberOrganization(entry.id);
    const outsider = await createTestOrganization();
    await systemDb().person.create({ data: { organizationId: source.id, personnelNumber: "Q1", firstName: "Jonas", lastName: "Falk" } });
    const make = async (title: string) =>
      (
        await createArticle(source.viewers.EDITOR, {
          title,
          kind: "PROCEDURE",
          status: "PUBLISHED",
          content: contentWithPeople(),
          taskIds: [source.taskId],
          unitIds: [],
          positionIds: [],
        })
      ).id;
    const names = { "Frau Kranich": "behalten", "Jonas Falk": "entfernen" };
    const sharedArticle = await make("Stiftungsantrag prüfen");
    const privateArticle = await make("Vertraulich Stiftungsrat");
    const shared = await proposeSharing(source.viewers.EDITOR, {
      articleId: sharedArticle,
      catalogTaskId: entry.id,
      licence: "DL_DE_BY_2_0",
      contactRole: "Stiftungsverwaltung",
      names,
    });
    await decideSharing(source.viewers.ADMIN, { id: shared.id, decision: "freigeben" });
    const proposed = await proposeSharing(source.viewers.EDITOR, {
      articleId: privateArticle,
      catalogTaskId: entry.id,
      licence: "CC_BY_4_0",
      contactRole: "Stiftungsverwaltung",
      names,
    });
    const secrets = [privateArticle, sharedArticle, "Vertraulich", "Falk", "02131", "a.example", proposed.id, source.taskId];
    const leaks: string[] = [];
    for (const org of [member, outsider]) {
      for (const [role, viewer] of Object.entries(org.viewers)) {
        const outputs: Record<string, unknown> = {
          liste: await sharedInstructionsForEntry(viewer, entry.id).catch((error) => String(error)),
          lesen: await readSharedInstruction(viewer, shared.id).catch((error) => String(error)),
          vorschlag: await readSharedInstruction(viewer, proposed.id).catch((error) => (error as { code?: string }).code),
          suche: await searchSharedInstructions(viewer, "Stiftungsantrag Vertraulich Stiftungsrat"),
          vorschau: await sharingPreview(viewer, privateArticle).catch((error) => (error as { code?: string }).code),
          freigaben: await sharingOfOrganization(viewer).catch((error) => (error as { code?: string }).code),
          unterschiede: await adoptionDifferences(viewer, { articleId: sharedArticle }).catch((error) => (error as { code?: string }).code),
        };
        expect(outputs.vorschlag, `${role}: ein Vorschlag ist nicht lesbar`).toBe("NOT_FOUND");
        expect(outputs.vorschau, `${role}: fremder Artikel`).toBe("NOT_FOUND");
        expect(outputs.unterschiede, `${role}: fremder Artikel`).toBe("NOT_FOUND");
        await expect(decideSharing(viewer, { id: proposed.id, decision: "freigeben" })).rejects.toMatchObject({
          code: expect.stringMatching(/FORBIDDEN|NOT_FOUND/),
        });
        const text = JSON.stringify(outputs);
        for (const secret of secrets)
          if (text.includes(secret)) leaks.push(`${org === member ? "Mitglied" : "Außenstehend"} ${role}: ${secret}`);
      }
    }
    expect(leaks).toEqual([]);
    // The member does see the shared copy – the check above would notice a leak.
    expect(JSON.stringify(await readSharedInstruction(member.viewers.READER, shared.id))).toContain("Stiftungsverwaltung");
    expect(await systemDb().sharedInstruction.findUniqueOrThrow({ where: { id: proposed.id } })).toMatchObject({ status: "PROPOSED" });
  });
});
