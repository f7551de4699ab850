import "server-only";
/**
 * Word import: a .docx becomes editor JSON (headings, lists, tables,
 * bold/italic, links kept) through mammoth (docx → HTML) and TipTap's HTML
 * parser with our extension list, then the normal content processing
 * (schema check, safe links, sanitized HTML). Nothing is stored here.
 */
import mammoth from "mammoth";
import { generateJSON } from "@tiptap/html";
import { invalid } from "../errors";
import { articleExtensions } from "./extensions";
import { processContent, type ProcessedContent } from "./process-content";

export const MAX_DOCX_BYTES = 10 * 1024 * 1024;
const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];

export interface ConvertedDocument {
  title: string;
  content: ProcessedContent;
  /** German notes on what could not be taken over (e.g. images). */
  warnings: string[];
}

/**
 * The article title is the page's h1, so a leading Heading 1 (or "Titel") of the
 * document becomes the title, and the other headings are moved so the highest is h2 (h2–h4).
 */
function titleAndBody(html: string, fallbackTitle: string): { title: string; body: string } {
  let title = fallbackTitle;
  let body = html.trim();
  const leading = /^<h1[^>]*>([\s\S]*?)<\/h1>/.exec(body);
  if (leading) {
    const text = leading[1]
      .replace(/<[^>]+>/g, "")
      .replace(/&amp;/g, "&")
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&quot;/g, '"')
      .trim();
    if (text) title = text;
    body = body.slice(leading[0].length);
  }
  // The highest remaining level becomes h2, the others keep their distance (at most h4).
  const levels = [...body.matchAll(/<h([1-6])[\s>]/g)].map((match) => Number(match[1]));
  const shift = levels.length > 0 ? 2 - Math.min(...levels) : 0;
  body = body.replace(
    /<(\/?)h([1-6])(\s[^>]*)?>/g,
    (_match, slash: string, level: string) => `<${slash}h${Math.min(Math.max(Number(level) + shift, 2), 4)}>`,
  );
  return { title: title.slice(0, 200), body };
}

function titleFromFileName(fileName: string): string {
  const base = fileName
    .replace(/\.docx$/i, "")
    .replace(/[_-]+/g, " ")
    .trim();
  return base.length >= 3 ? base : "Importiertes Dokument";
}

export async function convertDocx(bytes: Uint8Array, fileName: string): Promise<ConvertedDocument> {
  if (bytes.length === 0) throw invalid("Die Datei ist leer.", { file: ["Die Datei ist leer."] });
  if (bytes.length > MAX_DOCX_BYTES) {
    throw invalid("Die Datei ist zu groß. Bitte höchstens 10 MB hochladen.", { file: ["Höchstens 10 MB."] });
  }
  if (!/\.docx$/i.test(fileName) || !ZIP_SIGNATURE.every((byte, index) => bytes[index] === byte)) {
    const message = "Das ist kein Word-Dokument im Format .docx. Ältere .doc-Dateien öffnen Sie in Word und speichern sie als .docx.";
    throw invalid(message, { file: [message] });
  }
  let images = 0;
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes) },
      {
        styleMap: ["p[style-name='Title'] => h1:fresh", "p[style-name='Titel'] => h1:fresh", "p[style-name='Subtitle'] => h2:fresh"],
        // Images are not taken over yet; count them to tell the author.
        convertImage: mammoth.images.imgElement(async () => {
          images += 1;
          return { src: "" };
        }),
        externalFileAccess: false,
      },
    );
    html = result.value;
  } catch {
    const message = "Die Datei konnte nicht gelesen werden. Ist sie beschädigt oder mit einem Passwort geschützt?";
    throw invalid(message, { file: [message] });
  }
  const { title, body } = titleAndBody(html, titleFromFileName(fileName));
  const json = generateJSON(body || "<p></p>", articleExtensions);
  const content = processContent(json);
  const warnings: string[] = [];
  if (images > 0)
    warnings.push(
      `${images} ${images === 1 ? "Bild wurde" : "Bilder wurden"} nicht übernommen. Bitte beschreiben Sie wichtige Bilder im Text.`,
    );
  if (content.text.trim() === "") warnings.push("Im Dokument wurde kein Text gefunden.");
  return { title, content, warnings };
}
