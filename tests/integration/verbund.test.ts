import { describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import { systemDb } from "@/lib/db/client";
import { hashPassword } from "@/lib/auth/password";
import type { OperatorPrincipal } from "@/lib/operator/current-operator";
import {
  catalogueCsv,
  createCatalogueEntry,
  importCatalogueCsv,
  listCatalogue,
  setCatalogueEntryActive,
  updateCatalogueEntry,
} from "@/lib/verbund/catalogue";
import { installStartingCatalogue, STARTING_CATALOGUE_FILE } from "@/lib/verbund/starting-catalogue";
import { refreshVerbundContribution, setVerbundParticipation, verbundStatus } from "@/lib/verbund/participation";
import { saveTaskMappings, tasksForMapping } from "@/lib/verbund/task-mapping";
import { systemCatalogueCoverage, verbundOverview } from "@/lib/verbund/overview";
import { applyImport } from "@/lib/org-import/org-import";
import { exportCsv } from "@/lib/org-import/export";
import { createTestOrganization, type TestOrganization } from "./helpers/test-organization";
import { buildArticle, buildTask } from "./helpers/factories";

async function newOperator(): Promise<OperatorPrincipal> {
  const operator = await systemDb().operator.create({
    data: {
      email: `betrieb-${randomUUID().slice(0, 8)}@zweckverband.example`,
      displayName: "Betrieb",
      passwordHash: await hashPassword("x"),
    },
  });
  return { kind: "operator", operatorId: operator.id, displayName: "Betrieb", email: operator.email };
}

/** A catalogue entry of its own for one test, so figures of other tests never mix in. */
async function ownEntry(title = `Musteraufgabe ${randomUUID().slice(0, 6)}`) {
  const key = `17.${String(100 + Math.floor(Math.random() * 899)).padStart(3, "0")}-${randomUUID().slice(0, 4)}`;
  return systemDb().catalogTask.create({ data: { key, productArea: "17", title } });
}

/** A member municipality with one task mapped to `entryId` at the given maturity (0, 1 or 2). */
async function memberWith(entryId: string, maturity: 0 | 1 | 2): Promise<TestOrganization> {
  const org = await createTestOrganization("Verbundkommune");
  await setVerbundParticipation(org.viewers.ADMIN, { member: true });
  if (maturity > 0) {
    const article = await buildArticle(org.id, {
      ownerId: org.viewers.EDITOR.userId,
      taskIds: [org.taskId],
      status: maturity === 2 ? "PUBLISHED" : "DRAFT",
    });
    await systemDb().article.update({ where: { id: article.id }, data: { nextReviewAt: new Date("2030-01-01") } });
  }
  await saveTaskMappings(org.viewers.HR, { mappings: [{ taskId: org.taskId, catalogTaskId: entryId }] });
  return org;
}

describe("Musteraufgabenkatalog im Betrieb", () => {
  it("legt an, ändert, stellt still, importiert und exportiert; alles im Betriebsprotokoll", async () => {
    const operator = await newOperator();
    await expect(createCatalogueEntry(operator, { productArea: "18", title: "Irgendwas" })).rejects.toMatchObject({
      code: "INVALID",
      fieldErrors: { productArea: [expect.stringContaining("01 bis 17")] },
    });
    const { key } = await createCatalogueEntry(operator, {
      productArea: "17",
      title: "Stiftungsvermögen anlegen",
      description: "",
      legalBasis: "StiftG NRW",
      serviceKey: "",
    });
    expect(key).toMatch(/^17\.\d{3}$/);
    const entry = await systemDb().catalogTask.findUniqueOrThrow({ where: { key } });
    await updateCatalogueEntry(operator, {
      id: entry.id,
      productArea: "17",
      title: "Stiftungsvermögen verwalten",
      legalBasis: "",
      description: "",
      serviceKey: "",
    });
    await expect(updateCatalogueEntry(operator, { id: randomUUID(), productArea: "17", title: "Gibt es nicht" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await setCatalogueEntryActive(operator, { id: entry.id, active: false });
    expect((await listCatalogue()).some((item) => item.key === key)).toBe(false);
    expect((await listCatalogue({ includeRetired: true })).find((item) => item.key === key)).toMatchObject({
      title: "Stiftungsvermögen verwalten",
      legalBasis: null,
      active: false,
    });

    // Export → change one title → import: one update; a faulty file changes nothing.
    const csv = await catalogueCsv(operator);
    expect(csv).toContain(`${key};17;Stiftungsvermögen verwalten;;;;nein`);
    const changed = csv.replace(`${key};17;Stiftungsvermögen verwalten`, `${key};17;Stiftungsvermögen anlegen und verwalten`);
    const result = await importCatalogueCsv(operator, changed);
    expect(result.updated).toBe(1);
    expect(result.created).toBe(0);
    await expect(importCatalogueCsv(operator, changed.replace(`${key};17;`, `${key};18;`))).rejects.toMatchObject({
      code: "INVALID",
      fieldErrors: { datei: [expect.stringMatching(/^Zeile \d+: Produktbereich/)] },
    });
    expect((await systemDb().catalogTask.findUniqueOrThrow({ where: { key } })).productArea).toBe("17");
    await expect(importCatalogueCsv(operator, "")).rejects.toMatchObject({ code: "INVALID" });

    const actions = (await systemDb().operatorAuditEvent.findMany({ where: { operatorId: operator.operatorId } })).map(
      (event) => event.action,
    );
    expect(actions.sort()).toEqual(["catalogue.create", "catalogue.import", "catalogue.retire", "catalogue.update"]);
    // The starting catalogue is only installed into an empty catalogue.
    expect(await installStartingCatalogue()).toBe(0);
  });
});

describe("Aufgaben zuordnen", () => {
  it("HR und Administration ordnen zu; andere Rollen und fremde Aufgaben bekommen nichts", async () => {
    const org = await createTestOrganization();
    const other = await createTestOrganization();
    const entry = await ownEntry("Gewerbeanmeldung und Gewerbeabmeldung");
    const retired = await ownEntry();
    await systemDb().catalogTask.update({ where: { id: retired.id }, data: { active: false } });

    const page = await tasksForMapping(org.viewers.HR, { zeige: "offen" });
    expect(page.tasks.map((task) => task.id)).toEqual([org.taskId]);
    expect(page.unmapped).toBe(1);
    expect(page.catalogue.some((item) => item.id === retired.id)).toBe(false);
    for (const role of ["LEAD", "EDITOR", "READER"] as const) {
      await expect(tasksForMapping(org.viewers[role], {})).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(
        saveTaskMappings(org.viewers[role], { mappings: [{ taskId: org.taskId, catalogTaskId: entry.id }] }),
      ).rejects.toMatchObject({
        code: "NOT_FOUND",
      });
    }
    // A task of another municipality refuses the whole request.
    await expect(
      saveTaskMappings(org.viewers.ADMIN, {
        mappings: [
          { taskId: org.taskId, catalogTaskId: entry.id },
          { taskId: other.taskId, catalogTaskId: entry.id },
        ],
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      saveTaskMappings(org.viewers.ADMIN, { mappings: [{ taskId: org.taskId, catalogTaskId: retired.id }] }),
    ).rejects.toMatchObject({
      code: "INVALID",
    });
    await expect(saveTaskMappings(org.viewers.ADMIN, { mappings: [] })).rejects.toMatchObject({ code: "INVALID" });
    await expect(saveTaskMappings(org.viewers.ADMIN, { mappings: [{ taskId: "x", catalogTaskId: null }] })).rejects.toMatchObject({
      code: "INVALID",
    });
    expect((await systemDb().task.findUniqueOrThrow({ where: { id: org.taskId } })).catalogTaskId).toBeNull();
    expect((await systemDb().task.findUniqueOrThrow({ where: { id: other.taskId } })).catalogTaskId).toBeNull();

    expect(await saveTaskMappings(org.viewers.ADMIN, { mappings: [{ taskId: org.taskId, catalogTaskId: entry.id }] })).toEqual({
      changed: 1,
    });
    expect(await saveTaskMappings(org.viewers.ADMIN, { mappings: [{ taskId: org.taskId, catalogTaskId: entry.id }] })).toEqual({
      changed: 0,
    });
    expect((await tasksForMapping(org.viewers.HR, { zeige: "offen" })).tasks).toEqual([]);
    expect((await tasksForMapping(org.viewers.HR, { zeige: "alle" })).tasks[0]).toMatchObject({ id: org.taskId, catalogTaskId: entry.id });
    const audit = await systemDb().auditEvent.findFirst({ where: { organizationId: org.id, action: "task.catalogue_mapping" } });
    expect(audit?.data).toEqual({ tasks: 1 });
  });

  it("schlägt die passende Musteraufgabe vor", async () => {
    const org = await createTestOrganization();
    await importCatalogueCsv(await newOperator(), await readFile(STARTING_CATALOGUE_FILE, "utf8"));
    const task = await buildTask(org.id, org.unitId, { title: "Bearbeitung von Gewerbeanzeigen" });
    await systemDb().task.update({ where: { id: task.id }, data: { legalBasis: "§ 14 GewO" } });
    const page = await tasksForMapping(org.viewers.ADMIN, { zeige: "offen" });
    const row = page.tasks.find((item) => item.id === task.id)!;
    expect(row.suggestions.length).toBeGreaterThan(0);
    expect(row.suggestions[0]).toMatchObject({ key: "02.008", title: "Gewerbeanmeldung, -ummeldung und -abmeldung" });
  });
});

describe("Musteraufgabe in der Aufgaben-CSV", () => {
  it("ordnet über die Spalte zu, meldet unbekannte Schlüssel, lässt die Zuordnung ohne Spalte stehen", async () => {
    const org = await createTestOrganization();
    const entry = await ownEntry();
    await systemDb().task.update({ where: { id: org.taskId }, data: { taskNumber: "V-1" } });
    const header = "aufgabennummer;bezeichnung;einheit;kritikalitaet;haeufigkeit";
    const row = "V-1;Gewerbeanmeldung;Bürgeramt;3;täglich";

    await expect(applyImport(org.viewers.HR, "aufgaben", `${header};musteraufgabe\n${row};99.999`)).rejects.toMatchObject({
      code: "INVALID",
      fieldErrors: { form: [expect.stringContaining("„99.999“ gibt es im Verbundkatalog nicht")] },
    });
    expect(await applyImport(org.viewers.HR, "aufgaben", `${header};musteraufgabe\n${row};${entry.key}`)).toMatchObject({
      counts: { geändert: 1 },
    });
    expect((await systemDb().task.findUniqueOrThrow({ where: { id: org.taskId } })).catalogTaskId).toBe(entry.id);
    // A file from before the Verbund (no such column) keeps the mapping.
    await applyImport(org.viewers.HR, "aufgaben", `${header}\n${row}`);
    expect((await systemDb().task.findUniqueOrThrow({ where: { id: org.taskId } })).catalogTaskId).toBe(entry.id);
    expect(await exportCsv(org.viewers.HR, "aufgaben")).toContain(`;${entry.key}\r\n`);
    // An empty cell removes it.
    await applyImport(org.viewers.HR, "aufgaben", `${header};musteraufgabe\n${row};`);
    expect((await systemDb().task.findUniqueOrThrow({ where: { id: org.taskId } })).catalogTaskId).toBeNull();
  });
});

describe("Reifegrad im Verbund", () => {
  it("zeigt Zahlen anderer Kommunen erst ab drei, nie die eigene darin, und nichts ohne Teilnahme", async () => {
    const entry = await ownEntry();
    const a = await memberWith(entry.id, 0);
    const b = await memberWith(entry.id, 2);
    const c = await memberWith(entry.id, 2);
    const rowOf = async (org: TestOrganization, role: "HR" | "ADMIN" | "LEAD" = "HR") =>
      (await verbundOverview(org.viewers[role])).rows.find((row) => row.id === entry.id)!;

    // A sees B and C only: two others are too few.
    expect((await rowOf(a)).verbund).toEqual({ shown: false, reason: "zu wenige" });
    expect((await rowOf(a)).own).toEqual({ tasks: 1, maturity: 0 });
    const d = await memberWith(entry.id, 1);
    // Now three others for A: B (2), C (2), D (1) → 2 of 3 documented, median 2.
    expect((await rowOf(a)).verbund).toEqual({ shown: true, municipalities: 3, documented: 2, median: 2 });
    // B sees A (0), C (2), D (1): 1 of 3, median 1 – its own 2 is not among them.
    expect((await rowOf(b)).verbund).toEqual({ shown: true, municipalities: 3, documented: 1, median: 1 });
    // Admins see the Verbund, but not the own maturity (no cockpit); leads only their units.
    expect((await rowOf(a, "ADMIN")).own).toBeNull();
    expect((await rowOf(a, "LEAD")).own).toEqual({ tasks: 1, maturity: 0 });
    for (const role of ["EDITOR", "READER"] as const)
      await expect(verbundOverview(a.viewers[role])).rejects.toMatchObject({ code: "NOT_FOUND" });

    // A municipality that has not joined sees nothing of the others.
    const outsider = await createTestOrganization();
    expect(await verbundOverview(outsider.viewers.HR)).toMatchObject({ member: false, rows: [] });
    await expect(setVerbundParticipation(outsider.viewers.HR, { member: true })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(setVerbundParticipation(outsider.viewers.ADMIN, { member: "ja" })).rejects.toMatchObject({ code: "INVALID" });

    // D leaves: its figures are gone at once, A is back to two others.
    await setVerbundParticipation(d.viewers.ADMIN, { member: false });
    expect(await systemDb().verbundContribution.count({ where: { organizationId: d.id } })).toBe(0);
    expect((await rowOf(a)).verbund).toEqual({ shown: false, reason: "zu wenige" });
    expect((await verbundStatus(d.viewers.READER)).member).toBe(false);

    // The contribution follows the municipality's own data when refreshed (the background job).
    const article = await buildArticle(a.id, { ownerId: a.viewers.EDITOR.userId, taskIds: [a.taskId] });
    await systemDb().article.update({ where: { id: article.id }, data: { nextReviewAt: new Date("2030-01-01") } });
    await refreshVerbundContribution(a.id);
    const contribution = await systemDb().verbundContribution.findUniqueOrThrow({
      where: { organizationId_catalogTaskId: { organizationId: a.id, catalogTaskId: entry.id } },
    });
    expect(contribution.maturity).toBe(2);

    // The operator sees counts only; below three contributors not even how many documented.
    const operatorRow = (await systemCatalogueCoverage({ kind: "operator" })).find((row) => row.id === entry.id)!;
    expect(operatorRow).toMatchObject({ municipalities: 3, documented: 3, documentedNowhere: false });
    await setVerbundParticipation(c.viewers.ADMIN, { member: false });
    expect((await systemCatalogueCoverage({ kind: "operator" })).find((row) => row.id === entry.id)).toMatchObject({
      municipalities: 2,
      documented: null,
      documentedNowhere: false,
    });
    const nowhere = await ownEntry();
    expect((await systemCatalogueCoverage({ kind: "operator" })).find((row) => row.id === nowhere.id)).toMatchObject({
      municipalities: 0,
      documentedNowhere: true,
    });
  });
});

describe("Trennung der Kommunen im Verbund (Matrix)", () => {
  it("keine Aufgabe, Person, Artikel, Kennung oder Einzelzahl einer Kommune erreicht eine andere", async () => {
    const entry = await ownEntry();
    const members = [
      await memberWith(entry.id, 2),
      await memberWith(entry.id, 2),
      await memberWith(entry.id, 1),
      await memberWith(entry.id, 0),
    ];
    const [source, ...others] = members;
    // Distinctive private data in the source municipality.
    const marker = `Geheimsache-${randomUUID().slice(0, 8)}`;
    await systemDb().task.update({ where: { id: source.taskId }, data: { title: `${marker} Aufgabe`, legalBasis: `${marker} § 1` } });
    const person = await systemDb().person.create({
      data: { organizationId: source.id, personnelNumber: marker, firstName: "Hildegard", lastName: marker },
    });
    await systemDb().taskAssignment.create({
      data: { organizationId: source.id, taskId: source.taskId, personId: person.id, role: "OWNER", rank: 0 },
    });
    const article = await buildArticle(source.id, {
      ownerId: source.viewers.EDITOR.userId,
      taskIds: [source.taskId],
      title: `${marker} Artikel`,
    });
    const organization = await systemDb().organization.findUniqueOrThrow({ where: { id: source.id } });
    await refreshVerbundContribution(source.id);
    const secrets = [marker, source.id, source.taskId, person.id, article.id, organization.name, organization.slug, source.unitId];

    const operator = await newOperator();
    const outputs: Record<string, unknown> = {};
    for (const [index, [role, viewer]] of others.flatMap((org) => Object.entries(org.viewers)).entries()) {
      const label = `${role} ${index}`;
      outputs[`Verbund ${label}`] = await verbundOverview(viewer, { nur: "alle" }).catch((error) => String(error));
      outputs[`Zuordnung ${label}`] = await tasksForMapping(viewer, { zeige: "alle" }).catch((error) => String(error));
    }
    outputs["Betrieb Katalog"] = await systemCatalogueCoverage(operator);
    outputs["Betrieb CSV"] = await catalogueCsv(operator);
    const leaks = Object.entries(outputs).flatMap(([where, output]) => {
      const text = JSON.stringify(output);
      return secrets.filter((secret) => text.includes(secret)).map((secret) => `${where}: ${secret}`);
    });
    expect(leaks).toEqual([]);
    // The figures the others see are aggregates: no single municipality's value is returned as such.
    const seen = (await verbundOverview(others[0].viewers.HR, { nur: "alle" })).rows.find((row) => row.id === entry.id)!;
    expect(Object.keys(seen.verbund).sort()).toEqual(["documented", "median", "municipalities", "shown"]);
    // And the test would notice a leak: the source's own view does contain its task.
    expect(JSON.stringify(await tasksForMapping(source.viewers.HR, { zeige: "alle" }))).toContain(marker);
  });
});
