import "server-only";
/**
 * Writes the demo municipality "Stadt Musterhausen" and the small second
 * municipality "Gemeinde Beispielstadt" into an empty database. Articles go
 * through createArticle, so they are validated, rendered and indexed like any other.
 */
import { systemDb } from "../db/client";
import { hashPassword } from "../auth/password";
import { loadViewer } from "../auth/load-viewer";
import { createArticle } from "../knowledge/save-article";
import { drainSearchOutboxQuietly } from "../search/drain-outbox";
import { DEMO_PASSWORD } from "./demo-logins";
import { DEMO_PEOPLE, DEMO_POSITIONS, DEMO_UNITS } from "./demo-organization";
import { DEMO_TASKS } from "./demo-tasks";
import { DEMO_ARTICLES } from "./demo-articles";
import { demoArticleBody } from "./article-body";
import { recordCoverageSnapshots } from "../coverage/snapshots";
import { seedDemoVerbund } from "./seed-verbund";
import { addDays, monthOf, shiftMonth, subDays } from "../dates";

function monthFromNow(months: number): Date {
  return shiftMonth(monthOf(new Date()), months);
}

async function seedMusterhausen(log: (line: string) => void) {
  const org = await systemDb().organization.create({ data: { slug: "musterhausen", name: "Stadt Musterhausen" } });
  const organizationId = org.id;
  const unitIds = new Map<string, string>();
  for (const unit of DEMO_UNITS) {
    const created = await systemDb().orgUnit.create({
      data: { organizationId, name: unit.name, shortName: unit.shortName, parentId: unit.parent ? unitIds.get(unit.parent) : null },
    });
    unitIds.set(unit.key, created.id);
  }
  const positionIds = new Map<string, { id: string; unitId: string }>();
  for (const position of DEMO_POSITIONS) {
    const unitId = unitIds.get(position.unit)!;
    const created = await systemDb().position.create({
      data: { organizationId, orgUnitId: unitId, positionNumber: position.number, title: position.title },
    });
    positionIds.set(position.number, { id: created.id, unitId });
  }
  const personIds = new Map<string, string>();
  for (const person of DEMO_PEOPLE) {
    const created = await systemDb().person.create({
      data: {
        organizationId,
        personnelNumber: person.number,
        firstName: person.first,
        lastName: person.last,
        email: `${person.first}.${person.last}@musterhausen.example`
          .toLowerCase()
          .replace(/ä/g, "ae")
          .replace(/ö/g, "oe")
          .replace(/ü/g, "ue"),
        entryDate: new Date(`${person.entry}T00:00:00Z`),
        plannedExitMonth: person.exitIn !== undefined ? monthFromNow(person.exitIn) : null,
        exitReason: person.reason ?? null,
        positions: { create: person.positions.map((number) => ({ positionId: positionIds.get(number)!.id })) },
      },
    });
    personIds.set(person.number, created.id);
  }
  const taskIds = new Map<string, { id: string; unitId: string; positionId: string }>();
  for (const task of DEMO_TASKS) {
    const position = positionIds.get(task.position)!;
    const created = await systemDb().task.create({
      data: {
        organizationId,
        orgUnitId: position.unitId,
        positionId: position.id,
        taskNumber: task.key,
        title: task.title,
        criticality: task.criticality,
        frequency: task.frequency,
        legalBasis: task.legalBasis,
        systems: task.systems,
        assignments: {
          create: [
            { organizationId, personId: personIds.get(task.owner)!, role: "OWNER", rank: 0 },
            ...task.deputies.map((deputy, index) => ({
              organizationId,
              personId: personIds.get(deputy)!,
              role: "DEPUTY" as const,
              rank: index + 1,
            })),
          ],
        },
      },
    });
    taskIds.set(task.key, { id: created.id, unitId: position.unitId, positionId: position.id });
  }
  const users = [
    { email: "admin@musterhausen.example", displayName: "Administration Musterhausen", role: "ADMIN" as const },
    { email: "personalamt@musterhausen.example", displayName: "Elke Weber", role: "HR" as const, person: "P6001" },
    {
      email: "leitung.buergeramt@musterhausen.example",
      displayName: "Renate Albers",
      role: "LEAD" as const,
      person: "P1001",
      leads: ["BA"],
    },
    { email: "redaktion@musterhausen.example", displayName: "Jonas Engel", role: "EDITOR" as const, person: "P1004" },
    { email: "lesen@musterhausen.example", displayName: "Lea Hoffmann", role: "READER" as const, person: "P1006" },
  ];
  let editorId = "";
  for (const user of users) {
    const created = await systemDb().user.create({
      data: {
        organizationId,
        email: user.email,
        displayName: user.displayName,
        role: user.role,
        passwordHash: await hashPassword(DEMO_PASSWORD),
        personId: user.person ? personIds.get(user.person) : null,
        unitScopes: { create: (user.leads ?? []).map((key) => ({ orgUnitId: unitIds.get(key)! })) },
      },
    });
    if (user.role === "EDITOR") editorId = created.id;
  }
  const editor = (await loadViewer(editorId))!;
  const tasksByKey = new Map(DEMO_TASKS.map((task) => [task.key, task]));
  for (const article of DEMO_ARTICLES) {
    const task = tasksByKey.get(article.task)!;
    const link = taskIds.get(article.task)!;
    const { id } = await createArticle(editor, {
      title: article.title,
      kind: article.kind,
      status: article.status,
      content: demoArticleBody({ ...article, legalBasis: task.legalBasis, systems: task.systems }),
      taskIds: [link.id],
      unitIds: [link.unitId],
      positionIds: [link.positionId],
      changeNote: "Demodaten",
    });
    const dueInDays = DEMO_REVIEW_DUE_IN_DAYS[article.title];
    if (dueInDays !== undefined) {
      await systemDb().article.update({ where: { id }, data: { nextReviewAt: addDays(new Date(), dueInDays) } });
    }
    // Some articles were confirmed as current, and some deputies did the task themselves:
    // so the cockpit shows every maturity level ("geprüft", "bewährt").
    const verified = DEMO_VERIFIED[article.title];
    if (verified) {
      await systemDb().article.update({
        where: { id },
        data: { lastVerifiedAt: subDays(new Date(), 60), lastVerifiedById: editor.userId },
      });
      if (verified === "practiced" && task.deputies[0]) {
        await systemDb().taskPractice.create({ data: { organizationId, taskId: link.id, personId: personIds.get(task.deputies[0])! } });
      }
    }
  }
  await seedCoverageHistory(organizationId);
  log(
    `Stadt Musterhausen: ${DEMO_UNITS.length} Einheiten, ${DEMO_POSITIONS.length} Stellen, ${DEMO_PEOPLE.length} Beschäftigte, ${DEMO_TASKS.length} Aufgaben, ${DEMO_ARTICLES.length} Artikel.`,
  );
}

/**
 * This month's coverage figures, and – invented for the demo, so the trend has
 * something to show – five earlier months in which a bit less was documented.
 */
async function seedCoverageHistory(organizationId: string) {
  await recordCoverageSnapshots({ organizationId });
  const current = await systemDb().coverageSnapshot.findMany({ where: { organizationId } });
  const thisMonth = monthOf(new Date());
  for (let back = 1; back <= 5; back++) {
    const month = shiftMonth(thisMonth, -back);
    await systemDb().coverageSnapshot.createMany({
      data: current.map((snapshot) => {
        // Each month back, one documented task per unit fewer (moved to "Lücke").
        const fewer = Math.min(back, snapshot.maturity2 + snapshot.maturity3 + snapshot.maturity4);
        const fromTwo = Math.min(fewer, snapshot.maturity2);
        const fromThree = Math.min(fewer - fromTwo, snapshot.maturity3);
        const fromFour = fewer - fromTwo - fromThree;
        return {
          organizationId,
          orgUnitId: snapshot.orgUnitId,
          month,
          tasks: snapshot.tasks,
          singleKnower: snapshot.singleKnower,
          maturity0: snapshot.maturity0 + fewer,
          maturity1: snapshot.maturity1,
          maturity2: snapshot.maturity2 - fromTwo,
          maturity3: snapshot.maturity3 - fromThree,
          maturity4: snapshot.maturity4 - fromFour,
        };
      }),
    });
  }
}

/** Demo articles confirmed as current two months ago; "practiced": the first deputy has also done the task. */
const DEMO_VERIFIED: Record<string, "verified" | "practiced"> = {
  "Wohnsitzanmeldung am Schalter": "practiced",
  "Personalausweis beantragen – Schritt für Schritt": "verified",
  "Geburt beurkunden": "practiced",
  "Grundsteuerbescheide nach der Reform erstellen": "verified",
  "Anmeldung der Eheschließung": "verified",
};

/** A few demo articles whose review is overdue or due soon, so the review lists have something to show. */
const DEMO_REVIEW_DUE_IN_DAYS: Record<string, number> = {
  "Tagesabschluss der Stadtkasse": -20,
  "Bewohnerparkausweis ausstellen": 14,
};

async function seedBeispielstadt(log: (line: string) => void) {
  const org = await systemDb().organization.create({ data: { slug: "beispielstadt", name: "Gemeinde Beispielstadt" } });
  const organizationId = org.id;
  const unit = await systemDb().orgUnit.create({ data: { organizationId, name: "Hauptamt", shortName: "10" } });
  const position = await systemDb().position.create({
    data: { organizationId, orgUnitId: unit.id, positionNumber: "10-01", title: "Sachbearbeitung Bürgerservice" },
  });
  const person = await systemDb().person.create({
    data: {
      organizationId,
      personnelNumber: "B001",
      firstName: "Ingrid",
      lastName: "Sommer",
      entryDate: new Date("1990-01-01T00:00:00Z"),
      plannedExitMonth: monthFromNow(10),
      exitReason: "RETIREMENT",
      positions: { create: [{ positionId: position.id }] },
    },
  });
  const task = await systemDb().task.create({
    data: {
      organizationId,
      orgUnitId: unit.id,
      positionId: position.id,
      title: "Gewerbeanmeldungen und Meldewesen",
      criticality: 4,
      frequency: "DAILY",
      legalBasis: "GewO § 14; BMG § 17",
      systems: ["OK.EWO"],
      assignments: { create: [{ organizationId, personId: person.id, role: "OWNER", rank: 0 }] },
    },
  });
  const user = await systemDb().user.create({
    data: {
      organizationId,
      email: "redaktion@beispielstadt.example",
      displayName: "Ingrid Sommer",
      role: "EDITOR",
      passwordHash: await hashPassword(DEMO_PASSWORD),
      personId: person.id,
    },
  });
  const editor = (await loadViewer(user.id))!;
  await createArticle(editor, {
    title: "Gewerbeanmeldung in Beispielstadt",
    kind: "PROCEDURE",
    status: "PUBLISHED",
    content: demoArticleBody({
      steps: ["Formular GewA 1 prüfen.", "In OK.EWO erfassen.", "Empfangsbescheinigung aushändigen."],
      deadlines: "Empfangsbescheinigung am selben Tag.",
      legalBasis: "GewO § 14",
      systems: ["OK.EWO"],
      pitfalls: "Interne Notiz Beispielstadt: Gebühr 26 Euro.",
    }),
    taskIds: [task.id],
    unitIds: [unit.id],
    positionIds: [position.id],
  });
  log("Gemeinde Beispielstadt: 1 Einheit, 1 Aufgabe, 1 Artikel (zweite Kommune für die Mandantentrennung).");
}

/** Seeds the demo municipalities when no organization exists yet. Returns whether it seeded. */
export async function seedDemoIfEmpty(log: (line: string) => void = () => {}): Promise<boolean> {
  if ((await systemDb().organization.count()) > 0) return false;
  log("Lege Demodaten an …");
  await seedMusterhausen(log);
  await seedBeispielstadt(log);
  await seedDemoVerbund(log);
  await drainSearchOutboxQuietly();
  return true;
}
