import { describe, expect, it } from "vitest";
import { systemDb } from "@/lib/db/client";
import {
  deleteTemplate,
  ensureBuiltInTemplates,
  getTemplateForEditing,
  listTemplates,
  saveTemplate,
  setUnitTemplateDefaults,
  templateForNewArticle,
} from "@/lib/knowledge/article-templates";
import { createTestOrganization, paragraphDoc } from "./helpers/test-organization";

const headingDoc = (...headings: string[]) => ({
  type: "doc",
  content: headings.map((text) => ({ type: "heading", attrs: { level: 2 }, content: [{ type: "text", text }] })),
});

describe("Vorlagen verwalten", () => {
  it("mitgelieferte Vorlagen anpassen, eigene anlegen, Standard je Einheit, löschen – nur Administration, nur eigene Kommune", async () => {
    const org = await createTestOrganization();
    const other = await createTestOrganization();
    const admin = org.viewers.ADMIN;
    await ensureBuiltInTemplates(org.id);
    await Promise.all([ensureBuiltInTemplates(org.id), ensureBuiltInTemplates(org.id)]);
    const templates = await listTemplates(org.viewers.EDITOR);
    expect(templates.map((t) => [t.name, t.builtIn])).toEqual([
      ["Eintrittswissen", true],
      ["Austrittswissen", true],
      ["Vertretungswissen", true],
      ["Arbeitsanleitung", true],
    ]);
    const exit = templates.find((t) => t.kind === "EXIT")!;

    // Only admins edit; other roles and other municipalities get nothing, and nothing changes.
    for (const role of ["HR", "LEAD", "EDITOR", "READER"] as const) {
      await expect(
        saveTemplate(org.viewers[role], { id: exit.id, name: "Gekapert", kind: "EXIT", content: headingDoc("X") }),
      ).rejects.toThrow("Administration");
      await expect(getTemplateForEditing(org.viewers[role], exit.id)).rejects.toThrow("nicht gefunden");
    }
    await expect(
      saveTemplate(other.viewers.ADMIN, { id: exit.id, name: "Gekapert", kind: "EXIT", content: headingDoc("X") }),
    ).rejects.toThrow("nicht gefunden");
    await expect(getTemplateForEditing(other.viewers.ADMIN, exit.id)).rejects.toThrow("nicht gefunden");
    await expect(saveTemplate(admin, { id: exit.id, name: "Au", kind: "EXIT", content: headingDoc("X") })).rejects.toThrow("markierten");
    await expect(
      saveTemplate(admin, { id: exit.id, name: "Austrittswissen", kind: "EXIT", content: { type: "doc", content: [{ type: "iframe" }] } }),
    ).rejects.toThrow("nicht kennt");
    expect((await getTemplateForEditing(admin, exit.id)).content.content?.[0]).toMatchObject({
      type: "heading",
      content: [{ text: "Zweck und Ablauf" }],
    });

    // Editing the built-in EXIT template; its kind stays EXIT even if another is sent.
    await saveTemplate(admin, {
      id: exit.id,
      name: "Austrittswissen (Musterhausen)",
      kind: "ENTRY",
      content: headingDoc("Übergabe an wen?", "Fristen"),
    });
    const edited = await templateForNewArticle(org.viewers.EDITOR, "EXIT");
    expect(edited.template).toMatchObject({ name: "Austrittswissen (Musterhausen)", kind: "EXIT" });
    expect(edited.template!.content.content!.map((node) => node.content?.[0]?.text)).toEqual(["Übergabe an wen?", "Fristen"]);
    // The other municipality still has its own unchanged template.
    expect((await templateForNewArticle(other.viewers.EDITOR, "EXIT")).template!.name).toBe("Austrittswissen");

    // Own template as the default of the Bürgeramt; an editor working there gets it preselected.
    const { id: own } = await saveTemplate(admin, {
      name: "Standesamt: Beurkundung",
      kind: "PROCEDURE",
      content: paragraphDoc("Welche Urkunden?"),
    });
    await expect(setUnitTemplateDefaults(org.viewers.LEAD, [{ unitId: org.unitId, templateId: own }])).rejects.toThrow("Administration");
    await expect(setUnitTemplateDefaults(admin, [{ unitId: other.unitId, templateId: own }])).rejects.toThrow("gibt es nicht");
    const foreignTemplate = (await listTemplates(other.viewers.ADMIN))[0].id;
    await expect(setUnitTemplateDefaults(admin, [{ unitId: org.unitId, templateId: foreignTemplate }])).rejects.toThrow("gibt es nicht");
    await setUnitTemplateDefaults(admin, [
      { unitId: org.unitId, templateId: own },
      { unitId: org.otherUnitId, templateId: "" },
    ]);
    const person = await systemDb().person.create({
      data: {
        organizationId: org.id,
        personnelNumber: "T1",
        firstName: "Eva",
        lastName: "Editor",
        positions: { create: { positionId: org.positionId } },
      },
    });
    await systemDb().user.update({ where: { id: org.viewers.EDITOR.userId }, data: { personId: person.id } });
    const preselected = await templateForNewArticle(org.viewers.EDITOR, undefined);
    expect(preselected).toMatchObject({
      template: { id: own, name: "Standesamt: Beurkundung" },
      fromUnitDefault: true,
      homeUnitId: org.unitId,
    });
    // "Ohne Vorlage" opts out; someone without a position gets none.
    expect((await templateForNewArticle(org.viewers.EDITOR, "leer")).template).toBeNull();
    expect((await templateForNewArticle(org.viewers.LEAD, undefined)).template).toBeNull();
    // Another municipality's template id is not found.
    expect((await templateForNewArticle(org.viewers.EDITOR, foreignTemplate)).template).toBeNull();

    // Built-in templates cannot be deleted; the own one can, and the unit default falls back to none.
    await expect(deleteTemplate(admin, exit.id)).rejects.toThrow("nicht gelöscht");
    await expect(deleteTemplate(other.viewers.ADMIN, own)).rejects.toThrow("nicht gefunden");
    await deleteTemplate(admin, own);
    expect((await systemDb().orgUnit.findUniqueOrThrow({ where: { id: org.unitId } })).defaultTemplateId).toBeNull();
    const actions = (
      await systemDb().auditEvent.findMany({
        where: { organizationId: org.id, action: { startsWith: "template." } },
        orderBy: { createdAt: "asc" },
      })
    ).map((e) => e.action);
    expect(actions).toEqual(["template.update", "template.create", "template.unit-defaults", "template.delete"]);
  });
});
