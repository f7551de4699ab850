import { systemDb } from "@/lib/db/client";

/**
 * Lifts every sign-in block and failure count of one account (per account and
 * per account+address), as an operator would; tests/e2e/articles locks the
 * demo lead on purpose and later tests sign in as her.
 */
export async function clearLoginBlocks(email: string): Promise<void> {
  await systemDb().loginThrottle.deleteMany({ where: { OR: [{ key: `account:${email}` }, { key: { startsWith: `pair:${email}|` } }] } });
}
