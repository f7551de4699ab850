import { describe, expect, it } from "vitest";
import { routeLabel } from "../../scripts/stack/route-label.mjs";

describe("Routen als Metrik-Reihen", () => {
  it("fasst Kennungen, Zahlen und Tokens zusammen", () => {
    expect(routeLabel("/wissen/3f2b8c1e-9a4d-4e2f-8b1a-0c9d8e7f6a5b?tab=1")).toBe("/wissen/:id");
    expect(routeLabel("/anhang/12345")).toBe("/anhang/:id");
    expect(routeLabel(`/konto/passwort-setzen/${"a".repeat(43)}`)).toBe("/konto/passwort-setzen/:id");
    expect(routeLabel("/_next/static/chunks/abc.js")).toBe("/_next/*");
    expect(routeLabel("/")).toBe("/");
    expect(routeLabel("/suche")).toBe("/suche");
  });
});
