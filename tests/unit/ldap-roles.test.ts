import { describe, expect, it } from "vitest";
import { roleFromGroups } from "@/lib/auth/ldap";

describe("Gruppen aus dem Verzeichnis → Rolle", () => {
  const mapping = [
    { group: "cn=wissen-redaktion,ou=groups,dc=k,dc=example", role: "EDITOR" as const },
    { group: "cn=leitung-buergeramt,ou=groups,dc=k,dc=example", role: "LEAD" as const, leadUnitIds: ["u1"] },
    { group: "cn=leitung-standesamt,ou=groups,dc=k,dc=example", role: "LEAD" as const, leadUnitIds: ["u2"] },
  ];
  it("die höchste passende Rolle gewinnt; Führungskräfte bekommen die Einheiten aller passenden Gruppen", () => {
    expect(roleFromGroups(["CN=Wissen-Redaktion, OU=groups, DC=k, DC=example"], mapping)).toEqual({ role: "EDITOR", leadUnitIds: [] });
    expect(
      roleFromGroups(
        [
          "cn=wissen-redaktion,ou=groups,dc=k,dc=example",
          "cn=leitung-buergeramt,ou=groups,dc=k,dc=example",
          "cn=leitung-standesamt,ou=groups,dc=k,dc=example",
        ],
        mapping,
      ),
    ).toEqual({ role: "LEAD", leadUnitIds: ["u1", "u2"] });
  });
  it("ohne passende Gruppe gibt es keine Zuordnung", () => {
    expect(roleFromGroups(["cn=andere,dc=k,dc=example"], mapping)).toBeNull();
    expect(roleFromGroups([], mapping)).toBeNull();
  });
});
