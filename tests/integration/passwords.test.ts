import { describe, expect, it } from "vitest";
import { systemDb } from "@/lib/db/client";
import { authenticate } from "@/lib/auth/authenticate";
import { loadViewerForSession } from "@/lib/auth/load-viewer";
import {
  changeOwnPassword,
  requestPasswordReset,
  RESET_REQUESTED_MESSAGE,
  setPasswordWithLink,
  startPasswordReset,
} from "@/lib/accounts/passwords";
import { findLiveAccountToken, issueAccountToken, LINK_INVALID_MESSAGE } from "@/lib/accounts/account-tokens";
import { hashPassword } from "@/lib/auth/password";
import { addHours } from "@/lib/dates";
import { createTestOrganization } from "./helpers/test-organization";

const GOOD = "Ampel Fahrrad Kaktus Nebel";
const tokenOf = (link: string | null) => link!.split("/").pop()!;

async function withPassword(userId: string, password: string) {
  await systemDb().user.update({ where: { id: userId }, data: { passwordHash: await hashPassword(password) } });
  return systemDb().user.findUniqueOrThrow({ where: { id: userId }, select: { email: true } });
}

describe("Passwörter: Link, Wechsel, Zurücksetzen", () => {
  it("ein Link gilt nur einmal und nur bis zum Ablauf; schwache Passwörter ändern nichts", async () => {
    const org = await createTestOrganization();
    const userId = org.viewers.READER.userId;
    const token = await systemDb().$transaction((tx) => issueAccountToken(tx, "INVITATION", { userId }));
    expect(await findLiveAccountToken(token)).toMatchObject({ purpose: "INVITATION" });

    await expect(setPasswordWithLink(token, { password: "kurz", confirm: "kurz" })).rejects.toMatchObject({
      fieldErrors: { password: ["Das Passwort muss mindestens 12 Zeichen lang sein."] },
    });
    await expect(setPasswordWithLink(token, { password: "password1234", confirm: "password1234" })).rejects.toMatchObject({
      code: "INVALID",
    });
    await expect(setPasswordWithLink(token, { password: GOOD, confirm: `${GOOD}x` })).rejects.toMatchObject({
      fieldErrors: { confirm: ["Die beiden Eingaben stimmen nicht überein."] },
    });
    // Nothing was used up by the refused tries.
    expect(await findLiveAccountToken(token)).not.toBeNull();

    await setPasswordWithLink(token, { password: GOOD, confirm: GOOD });
    await expect(setPasswordWithLink(token, { password: GOOD, confirm: GOOD })).rejects.toThrow(LINK_INVALID_MESSAGE);
    expect(await findLiveAccountToken(token)).toBeNull();

    const expired = await systemDb().$transaction((tx) => issueAccountToken(tx, "PASSWORD_RESET", { userId }, addHours(new Date(), -2)));
    await expect(setPasswordWithLink(expired, { password: GOOD, confirm: GOOD })).rejects.toThrow(LINK_INVALID_MESSAGE);
    await expect(setPasswordWithLink("../../etc/passwd", { password: GOOD, confirm: GOOD })).rejects.toThrow(LINK_INVALID_MESSAGE);
  });

  it("zwei gleichzeitige Nutzungen eines Links: genau eine gewinnt", async () => {
    const org = await createTestOrganization();
    const token = await systemDb().$transaction((tx) => issueAccountToken(tx, "PASSWORD_RESET", { userId: org.viewers.EDITOR.userId }));
    const results = await Promise.allSettled([1, 2, 3].map(() => setPasswordWithLink(token, { password: GOOD, confirm: GOOD })));
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
  });

  it("eigenes Passwort ändern braucht das bisherige; andere Sitzungen enden, diese bleibt", async () => {
    const org = await createTestOrganization();
    const viewer = org.viewers.EDITOR;
    const { email } = await withPassword(viewer.userId, "Bisheriges Passwort 2026");
    const here = await authenticate({ email, password: "Bisheriges Passwort 2026", address: "10.2.0.1" });
    const elsewhere = await authenticate({ email, password: "Bisheriges Passwort 2026", address: "10.2.0.2" });

    await expect(changeOwnPassword(viewer, here.sessionId, { current: "falsch", password: GOOD, confirm: GOOD })).rejects.toMatchObject({
      fieldErrors: { current: ["Das bisherige Passwort ist nicht richtig."] },
    });
    await changeOwnPassword(viewer, here.sessionId, { current: "Bisheriges Passwort 2026", password: GOOD, confirm: GOOD });
    expect(await loadViewerForSession(here.sessionId)).not.toBeNull();
    expect(await loadViewerForSession(elsewhere.sessionId)).toBeNull();
    await expect(authenticate({ email, password: "Bisheriges Passwort 2026", address: "10.2.0.3" })).rejects.toThrow("nicht richtig");
    expect(await authenticate({ email, password: GOOD, address: "10.2.0.3" })).toMatchObject({ id: viewer.userId });
  });

  it("Passwort vergessen verrät nicht, ob es das Konto gibt; die Administration kann ein Zurücksetzen starten", async () => {
    const org = await createTestOrganization();
    const other = await createTestOrganization();
    const { email } = await withPassword(org.viewers.READER.userId, "Irgendein Altes Passwort");
    expect(await requestPasswordReset({ email })).toMatchObject({ message: RESET_REQUESTED_MESSAGE });
    expect(await requestPasswordReset({ email: "gibt-es-nicht@test.example" })).toMatchObject({ message: RESET_REQUESTED_MESSAGE });
    await expect(requestPasswordReset({ email: "keine adresse" })).rejects.toMatchObject({ code: "INVALID" });

    for (const role of ["HR", "LEAD", "EDITOR", "READER"] as const) {
      await expect(startPasswordReset(org.viewers[role], org.viewers.READER.userId)).rejects.toThrow("Administration");
    }
    await expect(startPasswordReset(other.viewers.ADMIN, org.viewers.READER.userId)).rejects.toThrow("nicht gefunden");
    const started = await startPasswordReset(org.viewers.ADMIN, org.viewers.READER.userId);
    expect(started.mailed).toBe(false);
    await setPasswordWithLink(tokenOf(started.link), { password: GOOD, confirm: GOOD });
    expect(await authenticate({ email, password: GOOD, address: "10.3.0.1" })).toMatchObject({ id: org.viewers.READER.userId });
  });
});
