import { describe, expect, it } from "vitest";
import { systemDb } from "@/lib/db/client";
import { authenticate } from "@/lib/auth/authenticate";
import { createAccount, listAccounts, updateAccount } from "@/lib/org/user-accounts";
import { loadViewer, loadViewerForSession } from "@/lib/auth/load-viewer";
import { setPasswordWithLink } from "@/lib/accounts/passwords";
import { createTestOrganization } from "./helpers/test-organization";

describe("Konten und Rollen", () => {
  it("Administration lädt Konten ein, ändert Rollen und sperrt (Sitzungen enden); sich selbst nicht", async () => {
    const org = await createTestOrganization();
    const other = await createTestOrganization();
    const admin = org.viewers.ADMIN;
    const email = `neu-${Date.now()}@test.example`;
    for (const role of ["HR", "LEAD", "EDITOR", "READER"] as const) {
      await expect(createAccount(org.viewers[role], { email, displayName: "Neu", role: "READER" })).rejects.toThrow("Administration");
      await expect(listAccounts(org.viewers[role])).rejects.toThrow("Administration");
    }
    await expect(createAccount(admin, { email: "kaputt", displayName: "N", role: "KÖNIG" })).rejects.toThrow("markierten");
    await expect(createAccount(admin, { email, displayName: "Neue Leitung", role: "LEAD", leadUnitIds: [] })).rejects.toThrow("markierten");
    await expect(createAccount(admin, { email, displayName: "Neue Leitung", role: "LEAD", leadUnitIds: [other.unitId] })).rejects.toThrow(
      "markierten",
    );
    expect(await systemDb().user.count({ where: { email } })).toBe(0);

    const { id, invitationLink, mailed } = await createAccount(admin, {
      email: email.toUpperCase(),
      displayName: "Neue Leitung",
      role: "LEAD",
      leadUnitIds: [org.otherUnitId],
    });
    // No SMTP in this test: the link is for the admin to pass on; nobody can sign in before it is used.
    expect(mailed).toBe(false);
    expect(invitationLink).toMatch(/\/konto\/passwort-setzen\/[A-Za-z0-9_-]{43}$/);
    await expect(authenticate({ email, password: "irgendwas-beliebiges", address: "127.0.0.1" })).rejects.toThrow("nicht richtig");
    await setPasswordWithLink(invitationLink!.split("/").pop(), { password: "Tafel Wolke Gießkanne", confirm: "Tafel Wolke Gießkanne" });
    const signedIn = await authenticate({ email, password: "Tafel Wolke Gießkanne", address: "127.0.0.1" });
    expect(signedIn).toMatchObject({ id });
    expect(await loadViewerForSession(signedIn.sessionId)).not.toBeNull();
    expect(await loadViewer(id)).toMatchObject({ role: "LEAD", leadUnitIds: [org.otherUnitId] });
    await expect(createAccount(admin, { email, displayName: "Doppelt", role: "READER" })).rejects.toThrow("markierten");

    await updateAccount(admin, { id, role: "EDITOR", active: false, leadUnitIds: [org.otherUnitId] });
    const stored = await systemDb().user.findUniqueOrThrow({ where: { id }, include: { unitScopes: true } });
    expect(stored).toMatchObject({ role: "EDITOR", active: false, unitScopes: [] });
    expect(await loadViewer(id)).toBeNull();
    expect(await systemDb().authSession.findUniqueOrThrow({ where: { id: signedIn.sessionId } })).toMatchObject({
      revokedAt: expect.any(Date),
    });
    await expect(updateAccount(admin, { id: admin.userId, role: "READER", active: true })).rejects.toThrow("eigenes Konto");
    await expect(updateAccount(admin, { id: admin.userId, role: "ADMIN", active: false })).rejects.toThrow("eigenes Konto");
    await expect(updateAccount(other.viewers.ADMIN, { id, role: "ADMIN", active: true })).rejects.toThrow("nicht gefunden");
    const actions = (
      await systemDb().auditEvent.findMany({ where: { entityId: id, action: { startsWith: "account." } }, orderBy: { createdAt: "asc" } })
    ).map((e) => e.action);
    expect(actions).toEqual(["account.invite", "account.invitation_accepted", "account.update"]);
    expect((await listAccounts(admin)).users.map((user) => user.email)).toContain(email);
    expect((await listAccounts(other.viewers.ADMIN)).users.map((user) => user.email)).not.toContain(email);
  });
});
