import { describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "@/lib/auth/password";

describe("Passwörter", () => {
  it("speichert scrypt-Hashes mit Salz und prüft sie", async () => {
    const first = await hashPassword("Geheim-123");
    const second = await hashPassword("Geheim-123");
    expect(first).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(first).not.toBe(second);
    expect(await verifyPassword("Geheim-123", first)).toBe(true);
    expect(await verifyPassword("geheim-123", first)).toBe(false);
    expect(await verifyPassword("Geheim-123", "kaputt")).toBe(false);
  });
});
