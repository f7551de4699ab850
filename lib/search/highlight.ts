/**
 * Meilisearch marks matches with tags we choose. We choose control characters
 * that cannot occur in stored text, and split on them, so the page renders
 * plain text segments (escaped by React) and never markup from content or query.
 */
export const HIGHLIGHT_START = "\u0002";
export const HIGHLIGHT_END = "\u0003";

export interface HighlightSegment {
  text: string;
  highlighted: boolean;
}

export function toHighlightSegments(formatted: string): HighlightSegment[] {
  const segments: HighlightSegment[] = [];
  let highlighted = false;
  let buffer = "";
  const flush = () => {
    if (!buffer) return;
    const previous = segments[segments.length - 1];
    // German segmentation marks compound pieces one by one ("An", "meld", "ung"); show them as one mark.
    if (previous && previous.highlighted === highlighted) previous.text += buffer;
    else segments.push({ text: buffer, highlighted });
    buffer = "";
  };
  for (const char of formatted) {
    if (char === HIGHLIGHT_START) {
      flush();
      highlighted = true;
    } else if (char === HIGHLIGHT_END) {
      flush();
      highlighted = false;
    } else {
      buffer += char;
    }
  }
  flush();
  return segments;
}
