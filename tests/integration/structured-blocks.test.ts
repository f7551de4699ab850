import { describe, expect, it } from "vitest";
import { systemDb } from "@/lib/db/client";
import { createArticle, updateArticle } from "@/lib/knowledge/save-article";
import { deadlinesBetween } from "@/lib/knowledge/article-blocks";
import { printCollection } from "@/lib/knowledge/print-collection";
import { compareRevisions } from "@/lib/knowledge/revision-history";
import { drainSearchOutbox } from "@/lib/search/drain-outbox";
import { searchArticles } from "@/lib/search/search-articles";
import { articleInput, createTestOrganization } from "./helpers/test-organization";

const withBlocks = (...blocks: object[]) => ({
  type: "doc",
  content: [{ type: "paragraph", content: [{ type: "text", text: "Ablauf" }] }, ...blocks],
});
const yearly = (title: string, day: number, month: number) => ({
  type: "deadline",
  attrs: { title, schedule: "yearly", day, month, date: "", note: "" },
});
const utc = (value: string) => new Date(`${value}T00:00:00Z`);

describe("Bausteine sind abfragbar", () => {
  it("Fristen werden beim Speichern gespeichert, ersetzt, nach Datum abgefragt, durchsucht und in der Mappe gezeigt", async () => {
    const org = await createTestOrganization();
    const other = await createTestOrganization();
    const marker = `KOMMBOSS${Date.now()}`;
    const { id } = await createArticle(
      org.viewers.EDITOR,
      articleInput({
        title: "Hundesteuer veranlagen",
        taskIds: [org.taskId],
        content: withBlocks(yearly("Hundesteuerbescheide versenden", 15, 1), {
          type: "system",
          attrs: { name: marker, purpose: "Veranlagung" },
        }),
      }),
    );
    await createArticle(
      org.viewers.EDITOR,
      articleInput({ title: "Entwurf mit Frist", status: "DRAFT", content: withBlocks(yearly("Entwurfsfrist", 1, 2)) }),
    );
    await createArticle(other.viewers.EDITOR, articleInput({ title: "Fremde Frist", content: withBlocks(yearly("Fremde Frist", 1, 2)) }));

    const stored = await systemDb().articleBlock.findMany({ where: { articleId: id }, orderBy: { position: "asc" } });
    expect(stored.map((block) => [block.type, block.text])).toEqual([
      ["deadline", "Frist: Hundesteuerbescheide versenden – jährlich zum 15.01."],
      ["system", `Fachverfahren: ${marker} – Veranlagung`],
    ]);

    const period = [utc("2026-12-01"), utc("2027-11-30")] as const;
    const deadlines = await deadlinesBetween(org.viewers.READER, ...period);
    expect(deadlines.map((d) => [d.date.toISOString().slice(0, 10), d.title, d.schedule, d.articleTitle])).toEqual([
      ["2027-01-15", "Hundesteuerbescheide versenden", "jährlich zum 15.01.", "Hundesteuer veranlagen"],
    ]);
    expect(await deadlinesBetween(other.viewers.ADMIN, ...period).then((list) => list.map((d) => d.title))).toEqual(["Fremde Frist"]);

    // A new version replaces the blocks; the diff shows the changed deadline.
    await updateArticle(
      org.viewers.EDITOR,
      articleInput({
        id,
        version: 1,
        title: "Hundesteuer veranlagen",
        taskIds: [org.taskId],
        content: withBlocks(yearly("Hundesteuerbescheide versenden", 1, 3)),
      }),
    );
    expect(await systemDb().articleBlock.count({ where: { articleId: id } })).toBe(1);
    expect((await deadlinesBetween(org.viewers.READER, ...period)).map((d) => d.date.toISOString().slice(0, 10))).toEqual(["2027-03-01"]);
    const diff = await compareRevisions(org.viewers.EDITOR, id, 1, 2);
    expect(diff.lines.map((line) => line.change)).toEqual(["same", "changed", "removed"]);

    const collection = await printCollection(org.viewers.READER, { aufgabe: org.taskId }, utc("2026-12-01"));
    expect(collection.deadlines.map((d) => d.title)).toEqual(["Hundesteuerbescheide versenden"]);

    // Block text is searchable (it is part of the article's text).
    await updateArticle(
      org.viewers.EDITOR,
      articleInput({
        id,
        version: 2,
        title: "Hundesteuer veranlagen",
        content: withBlocks({ type: "system", attrs: { name: marker, purpose: "" } }),
      }),
    );
    await drainSearchOutbox();
    expect((await searchArticles(org.viewers.READER, { q: marker })).hits.map((hit) => hit.id)).toEqual([id]);
  });
});
