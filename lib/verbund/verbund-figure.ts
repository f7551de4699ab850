/**
 * The Verbund's figure for one catalogue entry, from the maturities of the
 * other member municipalities that mapped a task to it. Shown only when at
 * least VERBUND_MIN_MUNICIPALITIES contribute, so that no municipality can be
 * told from a figure; the viewer's own municipality is never among them, so
 * it cannot subtract itself out of a figure either.
 */
export const VERBUND_MIN_MUNICIPALITIES = 3;

/** Maturity 2 ("dokumentiert") or more counts as documented, as in the cockpit. */
export const DOCUMENTED_MATURITY = 2;

export type VerbundFigure =
  { shown: true; municipalities: number; documented: number; median: number } | { shown: false; reason: "zu wenige" };

/** Aggregates as PostgreSQL returns them: count, documented count, lower median. */
export function verbundFigureOf(
  aggregate: { municipalities: number; documented: number; median: number | null } | undefined,
): VerbundFigure {
  if (!aggregate || aggregate.municipalities < VERBUND_MIN_MUNICIPALITIES || aggregate.median === null)
    return { shown: false, reason: "zu wenige" };
  return { shown: true, municipalities: aggregate.municipalities, documented: aggregate.documented, median: aggregate.median };
}

/** "12 von 18 Kommunen dokumentiert, Median 3 – geprüft" */
export function verbundFigureText(figure: VerbundFigure, maturityLabel: (level: number) => string): string {
  if (!figure.shown) return `Noch keine Verbundzahl (weniger als ${VERBUND_MIN_MUNICIPALITIES} andere Kommunen)`;
  return `${figure.documented} von ${figure.municipalities} Kommunen dokumentiert, Median ${figure.median} – ${maturityLabel(figure.median)}`;
}
