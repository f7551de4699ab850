/**
 * Bench corpus: the real German law sections from ../shared/corpus when present
 * (repeated with new ids beyond 86k), otherwise generated German-like text.
 */
import { createReadStream, existsSync } from "node:fs";
import { createGunzip } from "node:zlib";
import { createInterface } from "node:readline";
import path from "node:path";

export interface CorpusDocument { title: string; paragraphs: string[] }

export const CORPUS_PATH = path.resolve(import.meta.dirname, "..", "..", "..", "shared", "corpus", "laws-de.jsonl.gz");

export async function loadCorpus(size: number): Promise<{ documents: CorpusDocument[]; source: string }> {
  if (!existsSync(CORPUS_PATH)) {
    return { documents: syntheticCorpus(size), source: `synthetisch (${CORPUS_PATH} nicht gefunden)` };
  }
  const base: CorpusDocument[] = [];
  const lines = createInterface({ input: createReadStream(CORPUS_PATH).pipe(createGunzip()), crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line.trim()) continue;
    const row = JSON.parse(line) as { law: string; section: string; heading?: string; text: string };
    const paragraphs = row.text.split(/\n\s*\n/).map((paragraph) => paragraph.replace(/\s*\n\s*/g, " ").trim()).filter(Boolean);
    base.push({ title: `${row.law} ${row.section}${row.heading ? ` – ${row.heading}` : ""}`.slice(0, 200), paragraphs: paragraphs.length ? paragraphs : [row.law] });
    if (base.length >= size) break;
  }
  const documents = [...base];
  for (let round = 2; documents.length < size; round++) {
    for (const document of base) {
      if (documents.length >= size) break;
      documents.push({ title: `${document.title} (${round})`.slice(0, 200), paragraphs: document.paragraphs });
    }
  }
  return { documents, source: `Gesetzeskorpus ${path.basename(CORPUS_PATH)} (${base.length} echte Abschnitte${documents.length > base.length ? ", wiederholt" : ""})` };
}

const WORDS = ["Gewerbeanmeldung", "Aufenthaltserlaubnis", "Hundesteuer", "Bauantrag", "Meldebescheinigung", "Frist", "Bescheid",
  "Widerspruch", "Verwaltungsakt", "Zuständigkeit", "Antrag", "Gebühr", "Satzung", "Stadtkasse", "Personenstand", "Urkunde",
  "Ordnungswidrigkeit", "Sondernutzung", "Bürgeramt", "Vollstreckung", "Haushaltsplan", "Einwohnermeldeamt", "Fachverfahren"];

function syntheticCorpus(size: number): CorpusDocument[] {
  let seed = 42;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const sentence = () => Array.from({ length: 8 + Math.floor(next() * 12) }, () => WORDS[Math.floor(next() * WORDS.length)]).join(" ") + ".";
  return Array.from({ length: size }, (_, index) => ({
    title: `${WORDS[index % WORDS.length]} ${index}`,
    paragraphs: Array.from({ length: 2 + Math.floor(next() * 4) }, sentence),
  }));
}
