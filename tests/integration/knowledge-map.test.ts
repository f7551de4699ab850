import { describe, expect, it } from "vitest";
import { createArticle } from "@/lib/knowledge/save-article";
import { knowledgeMap } from "@/lib/knowledge/knowledge-map";
import type { MapNode } from "@/lib/knowledge/knowledge-map-tree";
import { articleInput, createTestOrganization } from "./helpers/test-organization";

const allLabels = (nodes: MapNode[]): string[] => nodes.flatMap((node) => [node.label, ...allLabels(node.children)]);

describe("Wissenslandkarte", () => {
  it("zeigt nur Einheiten, Aufgaben und veröffentlichte Artikel der eigenen Kommune – für jede Rolle gleich", async () => {
    const org = await createTestOrganization();
    const other = await createTestOrganization();
    await createArticle(org.viewers.EDITOR, articleInput({ title: "Gewerbe Landkarte veröffentlicht", taskIds: [org.taskId] }));
    await createArticle(org.viewers.EDITOR, articleInput({ title: "Gewerbe Landkarte Entwurf", status: "DRAFT", taskIds: [org.taskId] }));
    await createArticle(other.viewers.EDITOR, articleInput({ title: "Fremde Landkarte", taskIds: [other.taskId] }));
    for (const viewer of Object.values(org.viewers)) {
      const labels = allLabels(await knowledgeMap(viewer));
      expect(labels).toEqual(
        expect.arrayContaining(["Bürgeramt", "Meldewesen", "Kämmerei", "Gewerbeanmeldung", "Gewerbe Landkarte veröffentlicht"]),
      );
      expect(labels).not.toContain("Gewerbe Landkarte Entwurf");
      expect(labels).not.toContain("Fremde Landkarte");
    }
    const [buergeramt] = (await knowledgeMap(org.viewers.READER)).filter((node) => node.label === "Bürgeramt");
    expect(buergeramt!.children.map((node) => node.label)).toEqual(["Meldewesen", "Gewerbeanmeldung"]);
    expect(allLabels(await knowledgeMap(other.viewers.READER))).not.toContain("Gewerbe Landkarte veröffentlicht");
  });
});
