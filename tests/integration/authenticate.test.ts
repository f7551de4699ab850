import { beforeAll, describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { systemDb } from "@/lib/db/client";
import { ACCOUNT_LOCKED_MESSAGE, authenticate, LOGIN_LIMITS, ORGANIZATION_INACTIVE_MESSAGE } from "@/lib/auth/authenticate";
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

  async function freshAccount(options: { active?: boolean; organizationActive?: boolean } = {}) {
    const target = `konto-${randomUUID().slice(0, 8)}@test.example`;
    const org = await systemDb().organization.create({
      data: { slug: `sperre-${randomUUID()}`, name: "Sperrtest", active: options.organizationActive ?? true },
    });
    const user = await systemDb().user.create({
      data: {
        organizationId: org.id,
        email: target,
        displayName: "S",
        role: "READER",
        active: options.active ?? true,
        passwordHash: await hashPassword(password),
      },
    });
    return { email: target, userId: user.id, organizationId: org.id };
  }

  it("Fehlversuche sperren das Konto nur von dieser Adresse – die Inhaberin meldet sich anderswo an", async () => {
    const account = await freshAccount();
    for (let attempt = 0; attempt < LOGIN_LIMITS.maxFailuresPerAccountAndAddress; attempt++) {
      await expect(authenticate({ email: account.email, password: "falsch", address: "10.9.9.9" })).rejects.toMatchObject({
        code: "INVALID",
      });
    }
    // From the guessing address even the right password is blocked for a while …
    await expect(authenticate({ email: account.email, password, address: "10.9.9.9" })).rejects.toMatchObject({
      code: "RATE_LIMITED",
      message: expect.stringMatching(/Zu viele fehlgeschlagene Anmeldeversuche\. Bitte warten Sie \d+ Minuten?/),
    });
    // … but the owner at her own address is not locked out.
    await expect(authenticate({ email: account.email, password, address: "10.1.2.3" })).resolves.toMatchObject({ id: account.userId });
  });

  it("eine Adresse mit sehr vielen Fehlversuchen wird gesperrt, für alle Konten", async () => {
    const address = `10.7.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
    for (let attempt = 0; attempt < LOGIN_LIMITS.maxFailuresPerAddress; attempt++) {
      await expect(authenticate({ email: `niemand-${attempt}@test.example`, password: "x", address })).rejects.toMatchObject({
        code: "INVALID",
      });
    }
    await expect(authenticate({ email, password, address })).rejects.toMatchObject({ code: "RATE_LIMITED" });
    await expect(authenticate({ email, password, address: "10.7.255.1" })).resolves.toMatchObject({ email });
  });

  it("viele Fehlversuche von vielen Adressen sperren nicht, benachrichtigen aber die Inhaberin (Protokoll)", async () => {
    const account = await freshAccount();
    for (let attempt = 0; attempt < LOGIN_LIMITS.accountNoticeFailures; attempt++) {
      await expect(authenticate({ email: account.email, password: "falsch", address: `10.8.0.${attempt}` })).rejects.toMatchObject({
        code: "INVALID",
      });
    }
    const notices = await systemDb().auditEvent.findMany({
      where: { organizationId: account.organizationId, action: "auth.many_failures", entityId: account.userId },
    });
    expect(notices).toHaveLength(1);
    await expect(authenticate({ email: account.email, password, address: "10.8.1.1" })).resolves.toMatchObject({ id: account.userId });
  });

  it("ein gesperrtes Konto und eine abgeschaltete Kommune erfahren es erst nach dem richtigen Passwort", async () => {
    const locked = await freshAccount({ active: false });
    await expect(authenticate({ email: locked.email, password: "falsch", address: "10.6.0.1" })).rejects.toThrow(
      "E-Mail-Adresse oder Passwort ist nicht richtig.",
    );
    await expect(authenticate({ email: locked.email, password, address: "10.6.0.1" })).rejects.toThrow(ACCOUNT_LOCKED_MESSAGE);
    const inactive = await freshAccount({ organizationActive: false });
    await expect(authenticate({ email: inactive.email, password: "falsch", address: "10.6.0.2" })).rejects.toThrow(
      "E-Mail-Adresse oder Passwort ist nicht richtig.",
    );
    await expect(authenticate({ email: inactive.email, password, address: "10.6.0.2" })).rejects.toThrow(ORGANIZATION_INACTIVE_MESSAGE);
    expect(await systemDb().authSession.count({ where: { userId: { in: [locked.userId, inactive.userId] } } })).toBe(0);
  });
});
