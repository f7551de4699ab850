/**
 * Which files may be attached, recognised by their first bytes (not by the
 * name the browser sends). SVG and HTML are refused: they can carry script.
 */
export interface FileType {
  contentType: string;
  label: string;
  /** Raster images are shown inline and can be placed in the article text. */
  image: boolean;
}

const startsWith = (bytes: Uint8Array, signature: number[], offset = 0) => signature.every((byte, index) => bytes[offset + index] === byte);
const ascii = (text: string) => [...text].map((char) => char.charCodeAt(0));

const TYPES: { extensions: string[]; type: FileType; matches: (bytes: Uint8Array) => boolean }[] = [
  {
    extensions: ["png"],
    type: { contentType: "image/png", label: "PNG-Bild", image: true },
    matches: (b) => startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  },
  {
    extensions: ["jpg", "jpeg"],
    type: { contentType: "image/jpeg", label: "JPEG-Bild", image: true },
    matches: (b) => startsWith(b, [0xff, 0xd8, 0xff]),
  },
  {
    extensions: ["gif"],
    type: { contentType: "image/gif", label: "GIF-Bild", image: true },
    matches: (b) => startsWith(b, ascii("GIF87a")) || startsWith(b, ascii("GIF89a")),
  },
  {
    extensions: ["webp"],
    type: { contentType: "image/webp", label: "WebP-Bild", image: true },
    matches: (b) => startsWith(b, ascii("RIFF")) && startsWith(b, ascii("WEBP"), 8),
  },
  {
    extensions: ["pdf"],
    type: { contentType: "application/pdf", label: "PDF", image: false },
    matches: (b) => startsWith(b, ascii("%PDF-")),
  },
  {
    extensions: ["docx"],
    type: { contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", label: "Word-Dokument", image: false },
    matches: isZip,
  },
  {
    extensions: ["xlsx"],
    type: { contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", label: "Excel-Tabelle", image: false },
    matches: isZip,
  },
  {
    extensions: ["pptx"],
    type: {
      contentType: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
      label: "PowerPoint-Präsentation",
      image: false,
    },
    matches: isZip,
  },
  {
    extensions: ["odt"],
    type: { contentType: "application/vnd.oasis.opendocument.text", label: "OpenDocument-Text", image: false },
    matches: isZip,
  },
  {
    extensions: ["ods"],
    type: { contentType: "application/vnd.oasis.opendocument.spreadsheet", label: "OpenDocument-Tabelle", image: false },
    matches: isZip,
  },
  { extensions: ["txt"], type: { contentType: "text/plain; charset=utf-8", label: "Textdatei", image: false }, matches: isPlainText },
  { extensions: ["csv"], type: { contentType: "text/csv; charset=utf-8", label: "CSV-Tabelle", image: false }, matches: isPlainText },
];

function isZip(bytes: Uint8Array): boolean {
  return startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]);
}

function isPlainText(bytes: Uint8Array): boolean {
  if (bytes.includes(0)) return false;
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(0, 64 * 1024));
    return true;
  } catch {
    return false;
  }
}

export const ALLOWED_EXTENSIONS = TYPES.flatMap((entry) => entry.extensions);
export const ALLOWED_TYPES_TEXT = "Bilder (PNG, JPEG, GIF, WebP), PDF, Word, Excel, PowerPoint, OpenDocument, Text und CSV";

/** The file type if name and content agree on an allowed type; otherwise null. */
export function detectFileType(fileName: string, bytes: Uint8Array): FileType | null {
  const extension = fileName.toLowerCase().split(".").pop() ?? "";
  const entry = TYPES.find((candidate) => candidate.extensions.includes(extension));
  return entry && entry.matches(bytes) ? entry.type : null;
}
