import { describe, expect, it } from "vitest";
import { systemDb } from "@/lib/db/client";
import { createArticle, updateArticle } from "@/lib/knowledge/save-article";
import { confirmReading, ownReadConfirmations, readConfirmationPeople, readConfirmationStatus } from "@/lib/knowledge/read-confirmations";
import { updateGovernanceSettings } from "@/lib/org/organization-settings";
import { articleInput, createTestOrganization, paragraphDoc } from "./helpers/test-organization";

describe("Kenntnisnahme", () => {
  it("ist ausgeschaltet, bis die Administration sie einschaltet", async () => {
    const org = await createTestOrganization();
    const { id } = await createArticle(org.viewers.EDITOR, articleInput({ title: "Dienstanweisung Kasse" }));
    await expect(confirmReading(org.viewers.READER, id)).rejects.toThrow("nicht eingeschaltet");
    expect(await systemDb().articleReadConfirmation.count({ where: { articleId: id } })).toBe(0);
    expect(await readConfirmationStatus(org.viewers.READER, id)).toMatchObject({
      enabled: false,
      canConfirm: false,
      counts: null,
      canSeePeople: false,
    });
  });

  it("bestätigen, Zahlen für Verantwortliche und Personalamt, Namen nur fürs Personalamt mit Protokoll, erneut nach wesentlicher Änderung", async () => {
    const org = await createTestOrganization();
    const other = await createTestOrganization();
    await updateGovernanceSettings(org.viewers.ADMIN, { readConfirmationsEnabled: "on", defaultReviewIntervalMonths: "12" });
    const owner = org.viewers.EDITOR;
    const { id } = await createArticle(owner, articleInput({ title: "Dienstanweisung Barkasse" }));
    const draft = await createArticle(owner, articleInput({ title: "Entwurf Kasse", status: "DRAFT" }));

    await confirmReading(org.viewers.READER, id);
    await confirmReading(org.viewers.LEAD, id);
    await expect(confirmReading(org.viewers.READER, draft.id)).rejects.toThrow("nicht gefunden");
    await expect(confirmReading(org.viewers.ADMIN, draft.id)).rejects.toThrow("Nur veröffentlichte");
    for (const role of ["ADMIN", "HR", "READER"] as const) {
      await expect(confirmReading(other.viewers[role], id)).rejects.toThrow("nicht gefunden");
      await expect(readConfirmationStatus(other.viewers[role], id)).rejects.toThrow("nicht gefunden");
      await expect(readConfirmationPeople(other.viewers[role], id)).rejects.toThrow("nicht gefunden");
    }
    expect(await systemDb().articleReadConfirmation.count({ where: { articleId: id } })).toBe(2);

    const readerView = await readConfirmationStatus(org.viewers.READER, id);
    expect(readerView).toMatchObject({ enabled: true, needsConfirmation: false, askedAgain: false, counts: null, canSeePeople: false });
    const ownerView = await readConfirmationStatus(owner, id);
    expect(ownerView).toMatchObject({ needsConfirmation: true, counts: { current: 2, outdated: 0, colleagues: 5 }, canSeePeople: false });
    expect((await readConfirmationStatus(org.viewers.HR, id)).counts).toEqual({ current: 2, outdated: 0, colleagues: 5 });
    expect((await readConfirmationStatus(org.viewers.ADMIN, id)).counts).toBeNull();

    // Names: HR only, and every view is audited.
    for (const role of ["ADMIN", "LEAD", "EDITOR", "READER"] as const) {
      await expect(readConfirmationPeople(org.viewers[role], id)).rejects.toThrow("nicht gefunden");
    }
    const people = await readConfirmationPeople(org.viewers.HR, id);
    expect(
      people
        .filter((person) => person.current)
        .map((person) => person.displayName)
        .sort(),
    ).toEqual([org.viewers.LEAD.displayName, org.viewers.READER.displayName].sort());
    expect(
      await systemDb().auditEvent.count({
        where: { entityId: id, action: "article.read-confirmations.view", actorId: org.viewers.HR.userId },
      }),
    ).toBe(1);

    // A typo fix does not ask again; a substantial change does.
    await updateArticle(
      owner,
      articleInput({ id, version: 1, title: "Dienstanweisung Barkasse", content: paragraphDoc("Tippfehler behoben.") }),
    );
    expect((await readConfirmationStatus(org.viewers.READER, id)).needsConfirmation).toBe(false);
    await updateArticle(
      owner,
      articleInput({
        id,
        version: 2,
        title: "Dienstanweisung Barkasse",
        content: paragraphDoc("Neue Höchstgrenze 500 Euro."),
        requestConfirmation: "on",
      }),
    );
    expect(await readConfirmationStatus(org.viewers.READER, id)).toMatchObject({ needsConfirmation: true, askedAgain: true });
    expect((await readConfirmationStatus(owner, id)).counts).toEqual({ current: 0, outdated: 2, colleagues: 5 });
    expect((await ownReadConfirmations(org.viewers.READER)).map((row) => [row.title, row.askedAgain])).toEqual([
      ["Dienstanweisung Barkasse", true],
    ]);
    await confirmReading(org.viewers.READER, id);
    expect((await readConfirmationStatus(owner, id)).counts).toEqual({ current: 1, outdated: 1, colleagues: 5 });
    expect((await ownReadConfirmations(org.viewers.READER))[0].askedAgain).toBe(false);
    // Nobody sees anyone else's own list.
    expect(await ownReadConfirmations(org.viewers.ADMIN)).toEqual([]);
    expect(await systemDb().auditEvent.count({ where: { entityId: id, action: "article.read-confirm" } })).toBe(3);

    // Switched off again: HR gets no name list any more, not even by the address.
    await updateGovernanceSettings(org.viewers.ADMIN, { defaultReviewIntervalMonths: "12" });
    expect((await readConfirmationStatus(org.viewers.HR, id)).canSeePeople).toBe(false);
    await expect(readConfirmationPeople(org.viewers.HR, id)).rejects.toThrow("nicht gefunden");
  });
});
