/**
 * Bench corpus: the real German law sections (a gzipped JSON-lines file, one
 * section per line) when DIGICHECK_LAW_CORPUS names it, repeated with new ids
 * beyond its size; otherwise generated German-like text.
 */
import { createReadStream, existsSync } from "node:fs";
import { createGunzip } from "node:zlib";
import { createInterface } from "node:readline";
import path from "node:path";

export interface CorpusDocument {
  title: string;
  paragraphs: string[];
}

/** Where the law corpus lies, if anywhere: the environment says, the repository does not ship it. */
export function lawCorpusPath(): string | null {
  const configured = process.env.DIGICHECK_LAW_CORPUS?.trim();
  return configured ? path.resolve(configured) : null;
}

export async function loadCorpus(size: number): Promise<{ documents: CorpusDocument[]; source: string }> {
  const CORPUS_PATH = lawCorpusPath();
  if (!CORPUS_PATH || !existsSync(CORPUS_PATH)) {
    const reason = CORPUS_PATH ? `${CORPUS_PATH} nicht gefunden` : "DIGICHECK_LAW_CORPUS nicht gesetzt";
    return { documents: syntheticCorpus(size), source: `synthetisch (${reason})` };
  }
  const base: CorpusDocument[] = [];
  const lines = createInterface({ input: createReadStream(CORPUS_PATH).pipe(createGunzip()), crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line.trim()) continue;
    const row = JSON.parse(line) as { law: string; section: string; heading?: string; text: string };
    const paragraphs = row.text
      .split(/\n\s*\n/)
      .map((paragraph) => paragraph.replace(/\s*\n\s*/g, " ").trim())
      .filter(Boolean);
    base.push({
      title: `${row.law} ${row.section}${row.heading ? ` – ${row.heading}` : ""}`.slice(0, 200),
      paragraphs: paragraphs.length ? paragraphs : [row.law],
    });
    if (base.length >= size) break;
  }
  const documents = [...base];
  for (let round = 2; documents.length < size; round++) {
    for (const document of base) {
      if (documents.length >= size) break;
      documents.push({ title: `${document.title} (${round})`.slice(0, 200), paragraphs: document.paragraphs });
    }
  }
  return {
    documents,
    source: `Gesetzeskorpus ${path.basename(CORPUS_PATH)} (${base.length} echte Abschnitte${documents.length > base.length ? ", wiederholt" : ""})`,
  };
}

const WORDS = [
  "Gewerbeanmeldung",
  "Aufenthaltserlaubnis",
  "Hundesteuer",
  "Bauantrag",
  "Meldebescheinigung",
  "Frist",
  "Bescheid",
  "Widerspruch",
  "Verwaltungsakt",
  "Zuständigkeit",
  "Antrag",
  "Gebühr",
  "Satzung",
  "Stadtkasse",
  "Personenstand",
  "Urkunde",
  "Ordnungswidrigkeit",
  "Sondernutzung",
  "Bürgeramt",
  "Vollstreckung",
  "Haushaltsplan",
  "Einwohnermeldeamt",
  "Fachverfahren",
];

function syntheticCorpus(size: number): CorpusDocument[] {
  let seed = 42;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const sentence = () =>
    Array.from({ length: 8 + Math.floor(next() * 12) }, () => WORDS[Math.floor(next() * WORDS.length)]).join(" ") + ".";
  return Array.from({ length: size }, (_, index) => ({
    title: `${WORDS[index % WORDS.length]} ${index}`,
    paragraphs: Array.from({ length: 2 + Math.floor(next() * 4) }, sentence),
  }));
}
