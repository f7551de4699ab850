/**
 * Coverage and risk of a task, computed from data (never typed in). Pure
 * functions, tested with worked examples in tests/unit/coverage-rules.test.ts;
 * the formula is documented in the app (cockpit) and in docs/coverage.md.
 *
 * Maturity ("Reifegrad") 0–4:
 *   0 Lücke        – no article linked to the task
 *   1 Notizen      – only drafts, articles in review, or published but expired
 *   2 dokumentiert – a published article whose review date has not passed
 *   3 geprüft      – such an article was confirmed as current within its interval
 *   4 bewährt      – level 3, and a deputy has done the task with the article ("selbst durchgeführt")
 *
 * Risk = exit factor (1–5) × criticality (1–5) × (1 − 0.2 × maturity) × (0.75 if a suitable deputy exists)
 *   exit factor of the task's owner(s), the earliest planned exit counts:
 *   within 12 months 5, 13–24 months 4, 25–36 months 3, later 2, no exit planned 1.
 */
import { addMonths, monthOf } from "../dates";

export interface CoveragePerson {
  personId: string;
  /** First day of the planned exit month, or null. */
  plannedExitMonth: Date | null;
}

export interface CoverageArticle {
  status: "DRAFT" | "IN_REVIEW" | "PUBLISHED" | "ARCHIVED";
  nextReviewAt: Date | null;
  lastVerifiedAt: Date | null;
  reviewIntervalMonths: number;
}

export interface CoverageInput {
  criticality: number;
  owners: CoveragePerson[];
  /** In rank order. */
  deputies: CoveragePerson[];
  articles: CoverageArticle[];
  /** Persons who marked the task as done themselves with the article (owners, deputies, newcomers in the position). */
  practicedBy: string[];
}

export type Maturity = 0 | 1 | 2 | 3 | 4;

export const MATURITY_LABELS: Record<Maturity, string> = {
  0: "Lücke",
  1: "Notizen",
  2: "dokumentiert",
  3: "geprüft",
  4: "bewährt",
};

export const CRITICALITY_LABELS: Record<number, string> = {
  1: "gering – Ausfall fällt kaum auf, kann warten",
  2: "niedrig – Verzögerung ärgerlich, aber folgenlos",
  3: "mittel – Fristen oder Bürgeranliegen betroffen",
  4: "hoch – Rechtsfolgen, Geld oder viele Bürgerinnen und Bürger betroffen",
  5: "sehr hoch – gesetzliche Pflicht, Ausfall nicht hinnehmbar",
};

export interface TaskCoverage {
  documented: boolean;
  verified: boolean;
  /** A deputy who does not leave before the owner (or not at all). */
  hasSuitableDeputy: boolean;
  provenByDeputy: boolean;
  maturity: Maturity;
  singleKnower: boolean;
  /** Months until the earliest owner exit (rounded down), or null. */
  monthsToExit: number | null;
  exitFactor: 1 | 2 | 3 | 4 | 5;
  risk: number;
  /** German list of what is missing, most important first. */
  missing: string[];
}

/** Whole months from `now` (its month) to the exit month; 0 = leaving this month, negative = already gone. */
export function monthsUntil(exitMonth: Date, now: Date): number {
  const current = monthOf(now);
  return (exitMonth.getUTCFullYear() - current.getUTCFullYear()) * 12 + (exitMonth.getUTCMonth() - current.getUTCMonth());
}

export function exitFactor(monthsToExit: number | null): 1 | 2 | 3 | 4 | 5 {
  if (monthsToExit === null) return 1;
  if (monthsToExit <= 12) return 5;
  if (monthsToExit <= 24) return 4;
  if (monthsToExit <= 36) return 3;
  return 2;
}

const isDocumented = (article: CoverageArticle, now: Date) =>
  article.status === "PUBLISHED" && article.nextReviewAt !== null && article.nextReviewAt.getTime() > now.getTime();

function isVerified(article: CoverageArticle, now: Date): boolean {
  if (!isDocumented(article, now) || !article.lastVerifiedAt) return false;
  return addMonths(article.lastVerifiedAt, article.reviewIntervalMonths) > now;
}

/** Deputy d does not leave before owner o: d stays, or leaves in a later month than o. */
function staysLongerThan(deputy: CoveragePerson, owner: CoveragePerson | null): boolean {
  if (!deputy.plannedExitMonth) return true;
  if (!owner?.plannedExitMonth) return false;
  return deputy.plannedExitMonth.getTime() > owner.plannedExitMonth.getTime();
}

export function computeCoverage(task: CoverageInput, now: Date): TaskCoverage {
  const exits = task.owners.map((owner) => owner.plannedExitMonth).filter((month): month is Date => month !== null);
  const earliestExit = exits.length > 0 ? new Date(Math.min(...exits.map((month) => month.getTime()))) : null;
  const leavingOwner = earliestExit
    ? (task.owners.find((owner) => owner.plannedExitMonth?.getTime() === earliestExit.getTime()) ?? null)
    : (task.owners[0] ?? null);
  const monthsToExit = earliestExit ? monthsUntil(earliestExit, now) : null;

  const documented = task.articles.some((article) => isDocumented(article, now));
  const verified = task.articles.some((article) => isVerified(article, now));
  const suitableDeputies = task.deputies.filter((deputy) => staysLongerThan(deputy, leavingOwner));
  const hasSuitableDeputy = suitableDeputies.length > 0;
  // "bewährt": someone other than the owners (a deputy, or a newcomer in the task's position) did it with the article.
  const ownerIds = new Set(task.owners.map((owner) => owner.personId));
  const provenByDeputy = verified && task.practicedBy.some((personId) => !ownerIds.has(personId));

  let maturity: Maturity = 0;
  if (task.articles.length > 0) maturity = 1;
  if (documented) maturity = 2;
  if (verified) maturity = 3;
  if (provenByDeputy) maturity = 4;

  const knowers = new Set([...task.owners, ...task.deputies].map((person) => person.personId));
  const singleKnower = knowers.size <= 1 || (task.deputies.length === 1 && task.deputies[0].plannedExitMonth !== null);

  const factor = exitFactor(monthsToExit);
  const criticality = Math.min(5, Math.max(1, Math.round(task.criticality)));
  // (1 − 0.2 × maturity) written as (5 − maturity) / 5, so 2.25 stays 2.25 and rounds to 2.3.
  const raw = (factor * criticality * (5 - maturity) * (hasSuitableDeputy ? 3 : 4)) / 20;
  const risk = Math.round(raw * 10) / 10;

  const missing = missingOf({
    maturity,
    documented,
    verified,
    provenByDeputy,
    hasSuitableDeputy,
    deputyCount: task.deputies.length,
    ownerCount: task.owners.length,
  });

  return {
    documented,
    verified,
    hasSuitableDeputy,
    provenByDeputy,
    maturity,
    singleKnower,
    monthsToExit,
    exitFactor: factor,
    risk,
    missing,
  };
}

/** What a task's figures say is missing (German, most important first); shared by the rules and their SQL form. */
export function missingOf(facts: {
  maturity: Maturity;
  documented: boolean;
  verified: boolean;
  provenByDeputy: boolean;
  hasSuitableDeputy: boolean;
  deputyCount: number;
  ownerCount: number;
}): string[] {
  const missing: string[] = [];
  if (facts.maturity === 0) missing.push("Kein Artikel zur Aufgabe");
  else if (!facts.documented) missing.push("Kein veröffentlichter, gültiger Artikel");
  else if (!facts.verified) missing.push("Artikel nicht als aktuell bestätigt");
  if (facts.deputyCount === 0) missing.push("Keine Vertretung geregelt");
  else if (!facts.hasSuitableDeputy) missing.push("Vertretung scheidet vor der zuständigen Person aus");
  if (facts.verified && !facts.provenByDeputy && facts.deputyCount > 0)
    missing.push("Vertretung hat die Aufgabe noch nicht selbst durchgeführt");
  if (facts.ownerCount === 0) missing.push("Keine zuständige Person");
  return missing;
}
