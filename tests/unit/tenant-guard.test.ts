import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { assertTenantScope, hasOrganizationScope, TENANT_MODELS, TenantScopeError } from "@/lib/db/tenant-guard";

const ORG = "6f1c2d3e-0000-4000-8000-000000000001";

describe("Mandantenschutz (Prisma-Erweiterung)", () => {
  it("kennt genau die Modelle des Schemas, die eine organizationId haben", () => {
    const schema = readFileSync(path.join(import.meta.dirname, "../../prisma/schema.prisma"), "utf8");
    const withOrganization = [...schema.matchAll(/^model (\w+) \{([\s\S]*?)^\}/gm)]
      .filter(([, , body]) => /^\s+organizationId\s+String\b/m.test(body!))
      .map(([, name]) => name);
    expect([...TENANT_MODELS].sort()).toEqual(withOrganization.sort());
  });

  it("erkennt den Mandanten an der Spitze, in AND, in jedem OR-Zweig und im zusammengesetzten Schlüssel", () => {
    expect(hasOrganizationScope({ organizationId: ORG })).toBe(true);
    expect(hasOrganizationScope({ organizationId: { equals: ORG } })).toBe(true);
    expect(hasOrganizationScope({ organizationId: { in: [ORG] } })).toBe(true);
    expect(hasOrganizationScope({ AND: [{ status: "PUBLISHED" }, { organizationId: ORG }] })).toBe(true);
    expect(hasOrganizationScope({ AND: { organizationId: ORG } })).toBe(true);
    expect(hasOrganizationScope({ OR: [{ organizationId: ORG }, { organizationId: ORG, id: "x" }] })).toBe(true);
    expect(hasOrganizationScope({ organizationId_name: { organizationId: ORG, name: "Bürgeramt" } })).toBe(true);
  });

  it("lässt ungefilterte, leere und nur scheinbar gefilterte Abfragen nicht gelten", () => {
    expect(hasOrganizationScope(undefined)).toBe(false);
    expect(hasOrganizationScope({})).toBe(false);
    expect(hasOrganizationScope({ id: "a" })).toBe(false);
    expect(hasOrganizationScope({ organizationId: "" })).toBe(false);
    expect(hasOrganizationScope({ organizationId: undefined })).toBe(false);
    expect(hasOrganizationScope({ organizationId: { not: ORG } })).toBe(false);
    expect(hasOrganizationScope({ OR: [{ organizationId: ORG }, { status: "PUBLISHED" }] })).toBe(false);
    expect(hasOrganizationScope({ OR: [] })).toBe(false);
    expect(hasOrganizationScope({ organization: { slug: "musterhausen" } })).toBe(false);
    expect(hasOrganizationScope({ NOT: { organizationId: ORG } })).toBe(false);
  });

  it("prüft Lese-, Änderungs- und Löschabfragen von Mandantenmodellen, nicht aber Anlegen und Modelle ohne Mandant", () => {
    for (const operation of [
      "findMany",
      "findUnique",
      "findFirst",
      "count",
      "updateMany",
      "update",
      "delete",
      "deleteMany",
      "upsert",
      "groupBy",
      "aggregate",
    ]) {
      expect(() => assertTenantScope("Article", operation, { where: { id: "a" } }), operation).toThrow(TenantScopeError);
      expect(() => assertTenantScope("Article", operation, { where: { id: "a", organizationId: ORG } }), operation).not.toThrow();
    }
    expect(() => assertTenantScope("Article", "findMany", {})).toThrow(/Article\.findMany ohne organizationId/);
    expect(() => assertTenantScope("Article", "create", { data: {} })).not.toThrow();
    expect(() => assertTenantScope("Organization", "findMany", {})).not.toThrow();
    expect(() => assertTenantScope("ArticleUnit", "deleteMany", { where: { articleId: "a" } })).not.toThrow();
  });
});
