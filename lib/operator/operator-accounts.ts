import "server-only";
/**
 * Operator accounts (the provider's staff). The first one is created from the
 * command line (`npm run setup -- --betreiber <email>`); it gets a single-use
 * link to set its password, like every invited account.
 */
import { z } from "zod";
import { systemDb } from "../db/client";
import { invalid } from "../errors";
import { accountLink, issueAccountToken } from "../accounts/account-tokens";

const operatorSchema = z.object({
  email: z.email({ error: "Bitte eine gültige E-Mail-Adresse angeben." }).trim().toLowerCase().max(200),
  displayName: z.string().trim().min(3, "Der Name muss mindestens 3 Zeichen lang sein.").max(120),
});

export async function operatorCount(): Promise<number> {
  return systemDb().operator.count();
}

/** Creates an operator (or renews the link of one without a password) and returns the link to set the password. */
export async function createOperatorWithLink(raw: unknown): Promise<{ email: string; link: string; created: boolean }> {
  const parsed = operatorSchema.safeParse(raw);
  if (!parsed.success) throw invalid(parsed.error.issues.map((issue) => issue.message).join(" "));
  const { email, displayName } = parsed.data;
  if (await systemDb().user.findUnique({ where: { email }, select: { id: true } })) {
    throw invalid("Diese E-Mail-Adresse gehört schon zu einem Konto einer Kommune; bitte eine eigene Adresse für den Betrieb verwenden.");
  }
  return systemDb().$transaction(async (tx) => {
    const existing = await tx.operator.findUnique({ where: { email }, select: { id: true, passwordHash: true } });
    if (existing?.passwordHash) {
      throw invalid(
        "Dieses Betreiberkonto hat schon ein Passwort. Zum Zurücksetzen: „Passwort vergessen“ auf der Anmeldeseite des Betriebs.",
      );
    }
    const operator = existing ?? (await tx.operator.create({ data: { email, displayName }, select: { id: true } }));
    const token = await issueAccountToken(tx, "INVITATION", { operatorId: operator.id });
    await tx.operatorAuditEvent.create({
      data: { operatorId: operator.id, action: existing ? "operator.link_renewed" : "operator.created" },
    });
    return { email, link: accountLink(token), created: !existing };
  });
}
