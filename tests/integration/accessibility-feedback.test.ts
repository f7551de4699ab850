import { describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { systemDb } from "@/lib/db/client";
import {
  FEEDBACK_PER_HOUR,
  listAccessibilityFeedback,
  markAccessibilityFeedbackDone,
  submitAccessibilityFeedback,
} from "@/lib/org/accessibility-feedback";
import { createTestOrganization } from "./helpers/test-organization";

describe("Kontaktformular der Erklärung zur Barrierefreiheit", () => {
  it("erreicht nur die Administration der gewählten Kommune; falsche Angaben werden deutsch erklärt", async () => {
    const org = await createTestOrganization();
    const other = await createTestOrganization();
    const address = `10.77.${Math.floor(Math.random() * 250)}.1`;
    await expect(submitAccessibilityFeedback({ organizationId: org.id, message: "kurz" }, address)).rejects.toMatchObject({
      fieldErrors: { message: [expect.stringContaining("mindestens 10 Zeichen")] },
    });
    await expect(
      submitAccessibilityFeedback(
        { organizationId: org.id, message: "Der Kontrast der Knöpfe ist zu schwach.", email: "kein-mail" },
        address,
      ),
    ).rejects.toMatchObject({ fieldErrors: { email: [expect.stringContaining("gültige E-Mail-Adresse")] } });
    await expect(
      submitAccessibilityFeedback({ organizationId: randomUUID(), message: "Der Kontrast ist zu schwach." }, address),
    ).rejects.toThrow("markierten Angaben");
    expect(await systemDb().accessibilityFeedback.count({ where: { organizationId: org.id } })).toBe(0);

    const answer = await submitAccessibilityFeedback(
      {
        organizationId: org.id,
        message: "Der Editor ist mit dem Screenreader nicht bedienbar.",
        pageUrl: "/wissen/neu",
        email: "m@example.org",
      },
      address,
    );
    expect(answer).toContain("angekommen");
    const listed = await listAccessibilityFeedback(org.viewers.ADMIN);
    expect(listed).toEqual([expect.objectContaining({ message: "Der Editor ist mit dem Screenreader nicht bedienbar.", doneAt: null })]);
    // The sender's address is not stored, only a keyed hash for the hourly limit.
    expect(JSON.stringify(await systemDb().accessibilityFeedback.findMany({ where: { organizationId: org.id } }))).not.toContain(address);
    for (const role of ["HR", "LEAD", "EDITOR", "READER"] as const) {
      await expect(listAccessibilityFeedback(org.viewers[role])).rejects.toThrow("Administration");
    }
    expect(await listAccessibilityFeedback(other.viewers.ADMIN)).toEqual([]);
    await expect(markAccessibilityFeedbackDone(other.viewers.ADMIN, listed[0]!.id)).rejects.toThrow("nicht gefunden");
    await markAccessibilityFeedbackDone(org.viewers.ADMIN, listed[0]!.id);
    expect((await listAccessibilityFeedback(org.viewers.ADMIN))[0]!.doneAt).not.toBeNull();
  });

  it("begrenzt die Zahl der Meldungen je Absender und Stunde", async () => {
    const org = await createTestOrganization();
    const address = `10.78.${Math.floor(Math.random() * 250)}.9`;
    for (let index = 0; index < FEEDBACK_PER_HOUR; index++) {
      await submitAccessibilityFeedback({ organizationId: org.id, message: `Meldung Nummer ${index} zur Tastatur.` }, address);
    }
    await expect(
      submitAccessibilityFeedback({ organizationId: org.id, message: "Noch eine Meldung zur Tastatur." }, address),
    ).rejects.toThrow("später noch einmal");
    await submitAccessibilityFeedback({ organizationId: org.id, message: "Von einer anderen Adresse gesendet." }, `${address}0`);
  });
});
