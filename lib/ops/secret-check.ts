import "server-only";
import { systemDb } from "../db/client";
import { decryptSecret } from "../crypto/secret-box";

/** How many stored secrets (bind passwords, client secrets) this installation's key cannot decrypt – e.g. after a restore with another key. */
export async function unreadableSecrets(): Promise<number> {
  const rows = await systemDb().organizationSignIn.findMany({ select: { ldapBindPasswordEnc: true, oidcClientSecretEnc: true } });
  let unreadable = 0;
  for (const secret of rows.flatMap((row) => [row.ldapBindPasswordEnc, row.oidcClientSecretEnc])) {
    if (!secret) continue;
    try {
      decryptSecret(secret);
    } catch {
      unreadable++;
    }
  }
  return unreadable;
}
