import { describe, expect, it } from "vitest";
import { safeRedirectPath } from "@/lib/auth/safe-redirect";

describe("Weiterleitung nach der Anmeldung", () => {
  it("folgt eigenen Pfaden mit Suche und Anker", () => {
    expect(safeRedirectPath("/wissen/abc?tab=verlauf#x")).toBe("/wissen/abc?tab=verlauf#x");
    expect(safeRedirectPath("/suche?q=Meldebescheinigung")).toBe("/suche?q=Meldebescheinigung");
    expect(safeRedirectPath("https://wissen.example/cockpit", "https://wissen.example")).toBe("/cockpit");
  });

  it.each([
    "//evil.example",
    "/\\evil.example",
    "/\\/evil.example",
    "/\t/evil.example",
    "/\n/evil.example",
    "\\\\evil.example",
    "https://evil.example/",
    "javascript:alert(1)",
    "http:evil.example",
    " //evil.example",
  ])("führt %j nicht auf einen anderen Host", (target) => {
    const path = safeRedirectPath(target, "https://wissen.example");
    expect(new URL(path, "https://wissen.example").origin).toBe("https://wissen.example");
    expect(path.startsWith("/")).toBe(true);
    expect(path.startsWith("//")).toBe(false);
  });

  it("ohne brauchbares Ziel geht es zur Startseite", () => {
    expect(safeRedirectPath(undefined)).toBe("/");
    expect(safeRedirectPath("")).toBe("/");
    expect(safeRedirectPath("/api/auth/signout")).toBe("/");
    expect(safeRedirectPath("x".repeat(3000))).toBe("/");
  });
});
