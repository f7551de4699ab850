import { describe, expect, it } from "vitest";
import { createArticle } from "@/lib/knowledge/save-article";
import { articlesWithSameTitle } from "@/lib/knowledge/same-title";
import { articleInput, createTestOrganization } from "./helpers/test-organization";

describe("Hinweis auf gleichnamige Artikel", () => {
  it("findet lesbare Artikel mit demselben Titel, nicht den eigenen, nichts aus anderen Kommunen", async () => {
    const org = await createTestOrganization();
    const other = await createTestOrganization();
    const title = `Hundesteuer anmelden ${Date.now()}`;
    const first = await createArticle(org.viewers.EDITOR, articleInput({ title }));
    await createArticle(other.viewers.EDITOR, articleInput({ title }));
    const draft = await createArticle(
      org.viewers.LEAD,
      articleInput({ title: `${title} Entwurf`, status: "DRAFT", unitIds: [org.unitId] }),
    );

    expect(await articlesWithSameTitle(org.viewers.READER, `  ${title.toUpperCase()} `)).toEqual([{ id: first.id, title }]);
    expect(await articlesWithSameTitle(org.viewers.EDITOR, title, first.id)).toEqual([]);
    // A draft the reader cannot read is not revealed by its title.
    expect(await articlesWithSameTitle(org.viewers.READER, `${title} Entwurf`)).toEqual([]);
    expect((await articlesWithSameTitle(org.viewers.LEAD, `${title} Entwurf`)).map((a) => a.id)).toEqual([draft.id]);
    expect(await articlesWithSameTitle(org.viewers.READER, "ab")).toEqual([]);
  });
});
