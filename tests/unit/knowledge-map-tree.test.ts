import { describe, expect, it } from "vitest";
import { buildKnowledgeMap, type MapNode } from "@/lib/knowledge/knowledge-map-tree";

const labels = (nodes: MapNode[]): unknown[] =>
  nodes.map((node) => (node.children.length ? [node.label, labels(node.children)] : node.label));

describe("Wissenslandkarte (Baum aus Einheiten, Aufgaben, Artikeln)", () => {
  it("schachtelt Einheiten, hängt Aufgaben und Artikel an und sortiert deutsch", () => {
    const tree = buildKnowledgeMap({
      units: [
        { id: "u2", parentId: "u1", name: "Standesamt" },
        { id: "u1", parentId: null, name: "Fachbereich 1 Bürgerdienste" },
        { id: "u3", parentId: "u1", name: "Bürgeramt" },
        { id: "u4", parentId: null, name: "Fachbereich 2 Finanzen" },
      ],
      tasks: [
        { id: "t1", orgUnitId: "u3", title: "Meldebescheinigung ausstellen" },
        { id: "t2", orgUnitId: "u3", title: "Führungszeugnis beantragen" },
        { id: "t3", orgUnitId: "u2", title: "Eheschließung" },
      ],
      articles: [
        { id: "a1", title: "Meldebescheinigung Schritt für Schritt", taskIds: ["t1"], unitIds: ["u3"] },
        { id: "a2", title: "Öffnungszeiten Bürgeramt", taskIds: [], unitIds: ["u3"] },
        { id: "a3", title: "Kasse", taskIds: [], unitIds: ["u4"] },
      ],
    });
    expect(labels(tree)).toEqual([
      [
        "Fachbereich 1 Bürgerdienste",
        [
          [
            "Bürgeramt",
            [
              "Führungszeugnis beantragen",
              ["Meldebescheinigung ausstellen", ["Meldebescheinigung Schritt für Schritt"]],
              "Öffnungszeiten Bürgeramt",
            ],
          ],
          ["Standesamt", ["Eheschließung"]],
        ],
      ],
      ["Fachbereich 2 Finanzen", ["Kasse"]],
    ]);
    const [bereich] = tree;
    expect(bereich!.note).toBe("2 Artikel");
    const buergeramt = bereich!.children[0]!;
    expect(buergeramt.children.find((node) => node.label === "Führungszeugnis beantragen")!.note).toBe("noch nicht dokumentiert");
    expect(buergeramt.children.find((node) => node.kind === "article")!.href).toBe("/wissen/a2");
  });

  it("zeigt einen Artikel unter jeder seiner Aufgaben, aber nicht zusätzlich unter deren Einheit; Schlüssel bleiben eindeutig", () => {
    const tree = buildKnowledgeMap({
      units: [{ id: "u1", parentId: null, name: "Amt" }],
      tasks: [
        { id: "t1", orgUnitId: "u1", title: "A" },
        { id: "t2", orgUnitId: "u1", title: "B" },
      ],
      articles: [{ id: "a1", title: "Beides", taskIds: ["t1", "t2", "fremd"], unitIds: ["u1", "fremd"] }],
    });
    const keys: string[] = [];
    const walk = (nodes: MapNode[]) => nodes.forEach((node) => (keys.push(node.key), walk(node.children)));
    walk(tree);
    expect(keys).toEqual(["unit:u1", "task:t1", "article:t1:a1", "task:t2", "article:t2:a1"]);
    expect(tree[0]!.note).toBe("2 Artikel");
  });

  it("übersteht Einheiten mit unbekannter Eltern-Einheit und Zyklen", () => {
    const tree = buildKnowledgeMap({
      units: [
        { id: "u1", parentId: "weg", name: "Verwaist" },
        { id: "u2", parentId: "u3", name: "Kreis A" },
        { id: "u3", parentId: "u2", name: "Kreis B" },
      ],
      tasks: [],
      articles: [],
    });
    expect(labels(tree)).toEqual(["Verwaist"]);
  });
});
