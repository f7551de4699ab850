import { beforeAll, describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { systemDb } from "@/lib/db/client";
import { authenticate, LOGIN_LIMITS } from "@/lib/auth/authenticate";
import { hashPassword } from "@/lib/auth/password";

describe("Anmeldung", () => {
  let email: string;
  const password = "Richtiges-Passwort-1";

  beforeAll(async () => {
    const org = await systemDb().organization.create({ data: { slug: `auth-${randomUUID()}`, name: "Anmeldetest" } });
    email = `person-${randomUUID().slice(0, 8)}@test.example`;
    await systemDb().user.create({
      data: { organizationId: org.id, email, displayName: "Test", role: "READER", passwordHash: await hashPassword(password) },
    });
  });

  it("meldet mit richtigem Passwort an (E-Mail ohne Beachtung der Groß-/Kleinschreibung)", async () => {
    const user = await authenticate({ email: email.toUpperCase(), password, address: "10.0.0.1" });
    expect(user.email).toBe(email);
  });

  it("lehnt falsche Passwörter und unbekannte Konten mit derselben Meldung ab", async () => {
    await expect(authenticate({ email, password: "falsch", address: "10.0.0.2" })).rejects.toThrow(
      "E-Mail-Adresse oder Passwort ist nicht richtig.",
    );
    await expect(authenticate({ email: "niemand@test.example", password: "x", address: "10.0.0.2" })).rejects.toThrow(
      "E-Mail-Adresse oder Passwort ist nicht richtig.",
    );
    await expect(authenticate({ email: "", password: "", address: "10.0.0.2" })).rejects.toThrow(
      "Bitte geben Sie E-Mail-Adresse und Passwort ein.",
    );
  });

  it("sperrt ein Konto nach wiederholten Fehlversuchen vorübergehend – auch für das richtige Passwort", async () => {
    const target = `sperre-${randomUUID().slice(0, 8)}@test.example`;
    const org = await systemDb().organization.create({ data: { slug: `sperre-${randomUUID()}`, name: "Sperrtest" } });
    await systemDb().user.create({
      data: { organizationId: org.id, email: target, displayName: "S", role: "READER", passwordHash: await hashPassword(password) },
    });
    for (let attempt = 0; attempt < LOGIN_LIMITS.maxFailuresPerAccount; attempt++) {
      await expect(authenticate({ email: target, password: "falsch", address: `10.1.0.${attempt}` })).rejects.toMatchObject({
        code: "INVALID",
      });
    }
    await expect(authenticate({ email: target, password, address: "10.1.1.1" })).rejects.toMatchObject({
      code: "RATE_LIMITED",
      message: expect.stringMatching(/Zu viele fehlgeschlagene Anmeldeversuche\. Bitte warten Sie \d+ Minuten?/),
    });
  });
});
