import type { DiffLine, DiffPart } from "@/lib/content/text-diff";
import type { FieldChange } from "@/lib/knowledge/content-changes";

const LINE_LABELS: Record<DiffLine["change"], string> = {
  same: "",
  added: "Neue Zeile: ",
  removed: "Entfernte Zeile: ",
  changed: "Geänderte Zeile: ",
};

/** Inserted and deleted words, with hidden words for screen readers (ins/del alone are not announced). */
function Part({ part }: { part: DiffPart }) {
  if (part.change === "added")
    return (
      <ins>
        <span className="visually-hidden">[eingefügt: </span>
        {part.text}
        <span className="visually-hidden">]</span>
      </ins>
    );
  if (part.change === "removed")
    return (
      <del>
        <span className="visually-hidden">[entfernt: </span>
        {part.text}
        <span className="visually-hidden">]</span>
      </del>
    );
  return <>{part.text}</>;
}

/** A readable diff: changed fields, then the content line by line. Unchanged runs longer than 3 lines are shortened. */
export function RevisionDiff({ fields, lines }: { fields: FieldChange[]; lines: DiffLine[] }) {
  const changed = lines.some((line) => line.change !== "same");
  return (
    <>
      {fields.length > 0 && (
        <dl className="facts">
          {fields.map((field) => (
            <div key={field.label}>
              <dt>{field.label}</dt>
              <dd>
                <del>{field.before}</del> → <ins>{field.after}</ins>
              </dd>
            </div>
          ))}
        </dl>
      )}
      {!changed ? (
        <p>Der Inhalt ist in beiden Versionen gleich.</p>
      ) : (
        <div className="diff">
          {lines.map((line, index) => {
            const nearChange = lines.slice(Math.max(0, index - 1), index + 2).some((other) => other.change !== "same");
            if (line.change === "same" && !nearChange) {
              const previousShown = index > 0 && lines.slice(Math.max(0, index - 2), index + 1).some((other) => other.change !== "same");
              return previousShown ? (
                <p key={index} className="diff-line diff-line--gap" aria-hidden="true">
                  …
                </p>
              ) : null;
            }
            const Tag = line.kind === "heading" ? "h3" : "p";
            return (
              <Tag key={index} className={`diff-line diff-line--${line.change}`}>
                {LINE_LABELS[line.change] && <span className="visually-hidden">{LINE_LABELS[line.change]}</span>}
                {line.parts.map((part, partIndex) => (
                  <Part key={partIndex} part={part} />
                ))}
              </Tag>
            );
          })}
        </div>
      )}
    </>
  );
}
