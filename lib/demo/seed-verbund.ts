import "server-only";
/**
 * Demo only: the Wissensverbund with something to show. Musterhausen and
 * Beispielstadt join; Musterhausen's tasks are mapped where the suggestion is
 * clear (the rest stays for the page "Aufgaben zuordnen"); three small
 * neighbouring municipalities join with a few documented tasks each, so the
 * Verbund's figures (shown from three other municipalities on) appear.
 */
import { systemDb } from "../db/client";
import { hashPassword } from "../auth/password";
import { loadViewer } from "../auth/load-viewer";
import { createArticle } from "../knowledge/save-article";
import { listCatalogue } from "../verbund/catalogue";
import { installStartingCatalogue } from "../verbund/starting-catalogue";
import { prepareCatalogue, suggestCatalogueEntries } from "../verbund/mapping-suggestions";
import { refreshVerbundContribution } from "../verbund/participation";
import { DEMO_PASSWORD } from "./demo-logins";
import { demoArticleBody } from "./article-body";

/** Only suggestions this clear are taken over in the demo; the rest is left for people to decide. */
const DEMO_MAPPING_SCORE = 0.5;

/** Catalogue keys each neighbour has as tasks; the documented ones get a published article. */
const NEIGHBOURS = [
  {
    slug: "nordheim",
    name: "Gemeinde Nordheim",
    keys: ["02.001", "02.004", "02.008", "02.022", "16.004", "16.006", "06.001", "10.001"],
    documented: ["02.001", "02.004", "02.008", "16.004", "10.001"],
  },
  {
    slug: "suedhafen",
    name: "Stadt Südhafen",
    keys: ["02.001", "02.004", "02.008", "02.021", "02.022", "16.004", "16.005", "06.001", "10.001"],
    documented: ["02.004", "02.021", "16.005", "06.001"],
  },
  {
    slug: "westerfeld",
    name: "Gemeinde Westerfeld",
    keys: ["02.001", "02.004", "02.008", "02.021", "16.004", "16.006", "06.001", "01.001"],
    documented: ["02.001", "02.008", "16.004", "16.006", "01.001"],
  },
];

async function join(organizationId: string) {
  await systemDb().organization.update({ where: { id: organizationId }, data: { verbundMember: true, verbundJoinedAt: new Date() } });
}

async function seedNeighbour(
  neighbour: (typeof NEIGHBOURS)[number],
  catalogue: Map<string, { id: string; title: string; legalBasis: string | null }>,
) {
  const org = await systemDb().organization.create({ data: { slug: neighbour.slug, name: neighbour.name } });
  const organizationId = org.id;
  const unit = await systemDb().orgUnit.create({ data: { organizationId, name: "Bürgerdienste", shortName: "BD" } });
  const user = await systemDb().user.create({
    data: {
      organizationId,
      email: `redaktion@${neighbour.slug}.example`,
      displayName: `Redaktion ${neighbour.name}`,
      role: "EDITOR",
      passwordHash: await hashPassword(DEMO_PASSWORD),
    },
  });
  const editor = (await loadViewer(user.id))!;
  for (const key of neighbour.keys) {
    const entry = catalogue.get(key);
    if (!entry) continue;
    const task = await systemDb().task.create({
      data: {
        organizationId,
        orgUnitId: unit.id,
        title: entry.title,
        criticality: 3,
        frequency: "WEEKLY",
        systems: [],
        catalogTaskId: entry.id,
      },
    });
    if (neighbour.documented.includes(key)) {
      await createArticle(editor, {
        title: `${entry.title} in ${neighbour.name}`,
        kind: "PROCEDURE",
        status: "PUBLISHED",
        content: demoArticleBody({
          steps: ["Unterlagen prüfen.", "Im Fachverfahren erfassen.", "Bescheid oder Bestätigung ausgeben."],
          deadlines: "Nach Eingang zügig bearbeiten.",
          legalBasis: entry.legalBasis ?? "Keine besondere Rechtsgrundlage.",
          systems: [],
          pitfalls: "Vollständigkeit vor der Erfassung prüfen.",
        }),
        taskIds: [task.id],
        unitIds: [unit.id],
        positionIds: [],
      });
    }
  }
  await join(organizationId);
  await refreshVerbundContribution(organizationId);
}

/** Joins the demo municipalities and maps their tasks; adds three neighbours. */
export async function seedDemoVerbund(log: (line: string) => void): Promise<void> {
  // `npm run db:seed` runs without the start script, which installs it otherwise.
  await installStartingCatalogue();
  const entries = await listCatalogue();
  if (entries.length === 0) return;
  const catalogue = new Map(entries.map((entry) => [entry.key, { id: entry.id, title: entry.title, legalBasis: entry.legalBasis }]));
  const prepared = prepareCatalogue(entries);
  let mapped = 0;
  const demoTasks = await systemDb().task.findMany({
    where: { organization: { slug: { in: ["musterhausen", "beispielstadt"] } } },
    select: { id: true, organizationId: true, title: true, description: true, legalBasis: true },
  });
  for (const task of demoTasks) {
    const [best] = suggestCatalogueEntries(task, prepared, 1);
    if (!best || best.score < DEMO_MAPPING_SCORE) continue;
    await systemDb().task.update({ where: { id: task.id }, data: { catalogTaskId: best.id } });
    mapped++;
  }
  for (const organizationId of new Set(demoTasks.map((task) => task.organizationId))) {
    await join(organizationId);
    await refreshVerbundContribution(organizationId);
  }
  for (const neighbour of NEIGHBOURS) await seedNeighbour(neighbour, catalogue);
  log(`Wissensverbund: ${mapped} von ${demoTasks.length} Aufgaben zugeordnet, ${NEIGHBOURS.length} Nachbarkommunen mit Musteraufgaben.`);
}
