import type { Maturity } from "@/lib/coverage/coverage-rules";

const LEVELS: Maturity[] = [0, 1, 2, 3, 4];

/** A stacked bar of maturity levels; decorative – the numbers are in the table cells next to it. */
export function MaturityBar({ counts, total }: { counts: Record<Maturity, number>; total: number }) {
  if (total === 0) return null;
  return (
    <div className="maturity-bar" aria-hidden="true">
      {LEVELS.map(
        (level) =>
          counts[level] > 0 && (
            <span key={level} className={`maturity-bar__part maturity-${level}`} style={{ width: `${(counts[level] / total) * 100}%` }} />
          ),
      )}
    </div>
  );
}

export function MaturityBadge({ maturity, label }: { maturity: Maturity; label: string }) {
  return (
    <span className={`badge maturity-badge maturity-${maturity}`}>
      {maturity} – {label}
    </span>
  );
}
