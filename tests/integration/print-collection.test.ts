import { describe, expect, it } from "vitest";
import { systemDb } from "@/lib/db/client";
import { createArticle } from "@/lib/knowledge/save-article";
import { printCollection } from "@/lib/knowledge/print-collection";
import { articleInput, createTestOrganization } from "./helpers/test-organization";

describe("Vertretungsmappe (Druck)", () => {
  it("sammelt veröffentlichte Artikel einer Aufgabe oder Stelle mit Zuständigkeit und Vertretung", async () => {
    const org = await createTestOrganization();
    const other = await createTestOrganization();
    const [owner, deputy1, deputy2] = await Promise.all(
      ["Olaf Owner", "Dora Erste", "Dirk Zweiter"].map((name, index) =>
        systemDb().person.create({
          data: { organizationId: org.id, personnelNumber: `M${index}`, firstName: name.split(" ")[0], lastName: name.split(" ")[1] },
        }),
      ),
    );
    await systemDb().taskAssignment.createMany({
      data: [
        { organizationId: org.id, taskId: org.taskId, personId: deputy2.id, role: "DEPUTY", rank: 2 },
        { organizationId: org.id, taskId: org.taskId, personId: owner.id, role: "OWNER", rank: 0 },
        { organizationId: org.id, taskId: org.taskId, personId: deputy1.id, role: "DEPUTY", rank: 1 },
      ],
    });
    const viaTask = await createArticle(org.viewers.EDITOR, articleInput({ title: "B Gewerbe ummelden", taskIds: [org.taskId] }));
    const viaPosition = await createArticle(
      org.viewers.EDITOR,
      articleInput({ title: "A Einarbeitung Sachbearbeitung", kind: "ENTRY", positionIds: [org.positionId] }),
    );
    await createArticle(org.viewers.EDITOR, articleInput({ title: "Entwurf zur Aufgabe", status: "DRAFT", taskIds: [org.taskId] }));
    await createArticle(org.viewers.EDITOR, articleInput({ title: "Ohne Bezug" }));

    const byTask = await printCollection(org.viewers.READER, { aufgabe: org.taskId });
    expect(byTask.heading).toBe("Aufgabe: Gewerbeanmeldung");
    expect(byTask.unitName).toBe("Bürgeramt");
    expect(byTask.tasks).toEqual([
      expect.objectContaining({ title: "Gewerbeanmeldung", owners: ["Olaf Owner"], deputies: ["Dora Erste", "Dirk Zweiter"] }),
    ]);
    expect(byTask.articles.map((article) => article.id)).toEqual([viaTask.id]);
    expect(byTask.articles[0].contentHtml).toContain("<p>");

    const byPosition = await printCollection(org.viewers.READER, { stelle: org.positionId });
    expect(byPosition.heading).toBe("Stelle: Sachbearbeitung (1)");
    // Kind first (Eintrittswissen before Arbeitsanleitung), then title; the draft and the unrelated article are left out.
    expect(byPosition.articles.map((article) => article.id)).toEqual([viaPosition.id, viaTask.id]);

    // Another municipality's task or position is not found; bad input is refused.
    for (const role of ["ADMIN", "HR", "READER"] as const) {
      await expect(printCollection(other.viewers[role], { aufgabe: org.taskId })).rejects.toThrow("nicht gefunden");
      await expect(printCollection(other.viewers[role], { stelle: org.positionId })).rejects.toThrow("nicht gefunden");
    }
    await expect(printCollection(org.viewers.READER, {})).rejects.toThrow("Aufgabe oder eine Stelle");
    await expect(printCollection(org.viewers.READER, { aufgabe: "kaputt" })).rejects.toThrow("Aufgabe oder eine Stelle");
    await expect(printCollection(org.viewers.READER, { aufgabe: org.taskId, stelle: org.positionId })).rejects.toThrow(
      "Aufgabe oder eine Stelle",
    );
  });
});
