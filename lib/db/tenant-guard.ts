/**
 * The tenant guard: every query on a model that belongs to one municipality
 * (it has an `organizationId` column) must say which municipality it is for.
 * A query without that scope is refused before it reaches PostgreSQL, so a
 * forgotten filter fails loudly in the tests instead of leaking another
 * municipality's rows. Deliberately unscoped work (system jobs, scripts, the
 * login lookup by e-mail) uses `systemDb()` from ./client, named so.
 *
 * What counts as scope: `organizationId` with a value (a string, `{ equals }`
 * or `{ in: [...] }`) at the top of `where`, inside an `AND`, in every branch
 * of an `OR`, or as part of a compound unique key (`organizationId_name`).
 * Creates need no check: the schema makes `organizationId` required.
 *
 * Not covered: raw SQL ($queryRaw) – each raw query names its organization
 * itself – and the link tables without their own organization column
 * (ArticleUnit, PersonPosition, HandoverItem, …), which are reached through a
 * scoped parent. tests/unit/tenant-guard.test.ts keeps TENANT_MODELS in step
 * with prisma/schema.prisma.
 */

/** Models with an organizationId column (checked against the schema by a unit test). */
export const TENANT_MODELS: ReadonlySet<string> = new Set([
  "AccessibilityFeedback",
  "AdoptedInstruction",
  "Article",
  "ArticleAttachment",
  "ArticleBlock",
  "ArticleBookmark",
  "ArticleFeedback",
  "ArticleQuestion",
  "ArticleReadConfirmation",
  "ArticleRevision",
  "ArticleTemplate",
  "ArticleVisit",
  "ArticleWorkingCopy",
  "AuditEvent",
  "CoverageSnapshot",
  "GlossaryEntry",
  "KnowledgeCheck",
  "KnowledgeCheckMeasure",
  "Handover",
  "KnowledgeGapReport",
  "KnowledgeInterview",
  "Notification",
  "OnboardingPathItem",
  "OnboardingProgress",
  "OrganizationSignIn",
  "OrgUnit",
  "Person",
  "PlannedDeputyship",
  "Position",
  "SearchOutbox",
  "SearchSynonymGroup",
  "Task",
  "TaskAssignment",
  "TaskPractice",
  "User",
  "VerbundContribution",
  "Watch",
  "ZeroResultQuery",
]);

/** Operations whose `where` decides which rows are read or changed. */
const FILTERED_OPERATIONS: ReadonlySet<string> = new Set([
  "findUnique",
  "findUniqueOrThrow",
  "findFirst",
  "findFirstOrThrow",
  "findMany",
  "count",
  "aggregate",
  "groupBy",
  "update",
  "updateMany",
  "updateManyAndReturn",
  "delete",
  "deleteMany",
  "upsert",
]);

export class TenantScopeError extends Error {
  constructor(model: string, operation: string) {
    super(
      `Mandantenschutz: ${model}.${operation} ohne organizationId im where. ` +
        "Fachfunktionen filtern nach viewer.organizationId; bewusst mandantenübergreifende System-Jobs verwenden systemDb().",
    );
    this.name = "TenantScopeError";
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

function isOrganizationValue(value: unknown): boolean {
  if (typeof value === "string") return value.length > 0;
  if (!isRecord(value)) return false;
  if (typeof value.equals === "string") return value.equals.length > 0;
  return Array.isArray(value.in) && value.in.every((id) => typeof id === "string");
}

/** Does this `where` restrict the rows to named organizations? */
export function hasOrganizationScope(where: unknown): boolean {
  if (!isRecord(where)) return false;
  if (isOrganizationValue(where.organizationId)) return true;
  for (const [key, value] of Object.entries(where)) {
    if (key.startsWith("organizationId_") && isRecord(value) && isOrganizationValue(value.organizationId)) return true;
  }
  const and = where.AND;
  if (Array.isArray(and) ? and.some(hasOrganizationScope) : hasOrganizationScope(and)) return true;
  const or = where.OR;
  return Array.isArray(or) && or.length > 0 && or.every(hasOrganizationScope);
}

/** Throws TenantScopeError when a query on a tenant model carries no organization scope. */
export function assertTenantScope(model: string | undefined, operation: string, args: unknown): void {
  if (!model || !TENANT_MODELS.has(model) || !FILTERED_OPERATIONS.has(operation)) return;
  const where = isRecord(args) ? args.where : undefined;
  if (!hasOrganizationScope(where)) throw new TenantScopeError(model, operation);
}
