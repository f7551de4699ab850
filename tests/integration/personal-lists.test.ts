import { describe, expect, it } from "vitest";
import { createArticle } from "@/lib/knowledge/save-article";
import { takeWorkflowStep } from "@/lib/knowledge/article-workflow";
import {
  VISITS_KEPT,
  clearMyVisits,
  isBookmarked,
  myBookmarks,
  myRecentArticles,
  recordVisit,
  setBookmark,
} from "@/lib/knowledge/personal-lists";
import { articleInput, createTestOrganization } from "./helpers/test-organization";

describe("Merken und Zuletzt angesehen", () => {
  it("gehören nur der Person: andere sehen nichts, fremde Kommunen kommen nicht heran", async () => {
    const org = await createTestOrganization();
    const other = await createTestOrganization();
    const { id } = await createArticle(org.viewers.EDITOR, articleInput({ title: "Parkausweis für Handwerker" }));
    await setBookmark(org.viewers.READER, id, true);
    await setBookmark(org.viewers.READER, id, true);
    expect(await isBookmarked(org.viewers.READER, id)).toBe(true);
    expect((await myBookmarks(org.viewers.READER)).map((entry) => entry.title)).toEqual(["Parkausweis für Handwerker"]);
    for (const role of ["ADMIN", "HR", "LEAD", "EDITOR"] as const) expect(await myBookmarks(org.viewers[role])).toEqual([]);
    await expect(setBookmark(other.viewers.READER, id, true)).rejects.toThrow("nicht gefunden");
    await setBookmark(org.viewers.READER, id, false);
    expect(await myBookmarks(org.viewers.READER)).toEqual([]);
  });

  it("der Verlauf behält die neuesten Einträge, lässt nicht mehr Lesbares weg und lässt sich löschen", async () => {
    const org = await createTestOrganization();
    const ids: string[] = [];
    for (let index = 0; index < VISITS_KEPT + 2; index++) {
      ids.push((await createArticle(org.viewers.EDITOR, articleInput({ title: `Anleitung ${index}` }))).id);
    }
    const start = Date.now();
    for (const [index, id] of ids.entries()) await recordVisit(org.viewers.READER, id, new Date(start + index * 1000));
    const recent = await myRecentArticles(org.viewers.READER);
    expect(recent).toHaveLength(VISITS_KEPT);
    expect(recent[0]!.title).toBe(`Anleitung ${VISITS_KEPT + 1}`);
    expect(recent.map((entry) => entry.title)).not.toContain("Anleitung 0");
    expect(await myRecentArticles(org.viewers.EDITOR)).toEqual([]);

    // Archived: the reader may no longer read it, so it drops out of her list.
    const newest = ids.at(-1)!;
    await takeWorkflowStep(org.viewers.EDITOR, { id: newest, version: 1, step: "archive" });
    expect((await myRecentArticles(org.viewers.READER)).map((entry) => entry.title)).not.toContain(`Anleitung ${VISITS_KEPT + 1}`);

    await clearMyVisits(org.viewers.READER);
    expect(await myRecentArticles(org.viewers.READER)).toEqual([]);
  });
});
