import type { HighlightSegment } from "@/lib/search/highlight";

/** Renders search highlights as text nodes and <mark>; React escapes every segment. */
export function HighlightedText({ segments }: { segments: HighlightSegment[] }) {
  return (
    <>
      {segments.map((segment, index) =>
        segment.highlighted ? <mark key={index}>{segment.text}</mark> : <span key={index}>{segment.text}</span>,
      )}
    </>
  );
}
