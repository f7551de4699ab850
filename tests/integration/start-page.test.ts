import { describe, expect, it } from "vitest";
import { systemDb } from "@/lib/db/client";
import { createArticle } from "@/lib/knowledge/save-article";
import { recentArticlesForMe, startFocus } from "@/lib/journeys/start-page";
import { loadViewer } from "@/lib/auth/load-viewer";
import { articleInput, createTestOrganization } from "./helpers/test-organization";

const none = { deputyships: [], leaving: null };

describe("Persönliche Startseite", () => {
  it("Zuletzt geändert: Artikel der eigenen Einheiten zuerst, nur Lesbares der eigenen Kommune", async () => {
    const org = await createTestOrganization();
    const other = await createTestOrganization();
    const own = await createArticle(org.viewers.EDITOR, articleInput({ title: "Eigene Einheit", unitIds: [org.unitId] }));
    const viaTask = await createArticle(org.viewers.EDITOR, articleInput({ title: "Über Aufgabe", taskIds: [org.taskId] }));
    const newer = await createArticle(org.viewers.EDITOR, articleInput({ title: "Kämmerei neu", unitIds: [org.otherUnitId] }));
    const draft = await createArticle(
      org.viewers.EDITOR,
      articleInput({ title: "Entwurf Kämmerei", status: "DRAFT", unitIds: [org.otherUnitId] }),
    );
    await createArticle(other.viewers.EDITOR, articleInput({ title: "Fremd" }));

    const lead = await recentArticlesForMe(org.viewers.LEAD);
    expect(lead.ownCount).toBe(2);
    expect(lead.articles.map((article) => article.id)).toEqual([viaTask.id, own.id, newer.id]);
    const reader = await recentArticlesForMe(org.viewers.READER);
    expect(reader.ownCount).toBe(0);
    expect(reader.articles.map((article) => article.id)).toEqual([newer.id, viaTask.id, own.id]);
    expect(reader.articles.map((article) => article.id)).not.toContain(draft.id);
  });

  it("Leitung sieht offene Lücken ihrer Einheit; Neuzugang seine Einarbeitung; andere nichts", async () => {
    const org = await createTestOrganization();
    const leadFocus = await startFocus(org.viewers.LEAD, none);
    expect(leadFocus).toEqual([{ kind: "lead", openGaps: 1, tasks: 1, dueReviews: 0 }]);
    // HR's cockpit spans the organization, but the lead card is for leads of units only.
    expect(await startFocus(org.viewers.HR, none)).toEqual([]);
    expect(await startFocus(org.viewers.READER, none)).toEqual([]);

    // A newcomer (joined last month) in the position with a path article.
    await createArticle(org.viewers.EDITOR, articleInput({ title: "Einarbeitung Gewerbe", kind: "ENTRY", positionIds: [org.positionId] }));
    const person = await systemDb().person.create({
      data: {
        organizationId: org.id,
        personnelNumber: `N${Date.now()}`,
        firstName: "Neu",
        lastName: "Zugang",
        entryDate: new Date(Date.now() - 30 * 86_400_000),
        positions: { create: [{ positionId: org.positionId }] },
      },
    });
    await systemDb().user.update({ where: { id: org.viewers.READER.userId }, data: { personId: person.id } });
    const newcomer = (await loadViewer(org.viewers.READER.userId))!;
    const focus = await startFocus(newcomer, none);
    expect(focus).toEqual([{ kind: "onboarding", read: 0, total: 1, positions: ["Sachbearbeitung"] }]);
    // Long-serving staff do not get the onboarding card.
    await systemDb().person.update({ where: { id: person.id }, data: { entryDate: new Date("2001-01-01T00:00:00Z") } });
    expect(await startFocus(newcomer, none)).toEqual([]);
  });
});
