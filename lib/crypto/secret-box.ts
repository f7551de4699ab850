import "server-only";
/**
 * Encryption of stored secrets (LDAP bind passwords, OIDC client secrets):
 * AES-256-GCM with a key from the environment. SECRETS_KEY (32 bytes, base64
 * or hex) is the key; without it the key is derived from NEXTAUTH_SECRET with
 * HKDF, so a database copy alone never reveals a secret. Format:
 * "v1:<iv>:<tag>:<ciphertext>" (base64url).
 */
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { getEnv } from "../env";

let cachedKey: { source: string; key: Buffer } | undefined;

function key(): Buffer {
  const env = getEnv();
  const source = env.SECRETS_KEY ?? `derived:${env.NEXTAUTH_SECRET}`;
  if (cachedKey?.source === source) return cachedKey.key;
  const keyBytes = env.SECRETS_KEY
    ? Buffer.from(env.SECRETS_KEY, /^[0-9a-f]{64}$/i.test(env.SECRETS_KEY) ? "hex" : "base64")
    : Buffer.from(hkdfSync("sha256", env.NEXTAUTH_SECRET, "digicheck", "DigiCheck Wissen stored secrets", 32));
  if (keyBytes.length !== 32) throw new Error("SECRETS_KEY muss 32 Bytes lang sein (64 Hex-Zeichen oder Base64).");
  cachedKey = { source, key: keyBytes };
  return keyBytes;
}

export function encryptSecret(plain: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key(), iv);
  const data = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return ["v1", iv.toString("base64url"), cipher.getAuthTag().toString("base64url"), data.toString("base64url")].join(":");
}

/** The plain secret; throws when the value was changed or encrypted with another key. */
export function decryptSecret(stored: string): string {
  const [version, iv, tag, data] = stored.split(":");
  if (version !== "v1" || !iv || !tag || data === undefined) throw new Error("Unbekanntes Format eines gespeicherten Geheimnisses.");
  const decipher = createDecipheriv("aes-256-gcm", key(), Buffer.from(iv, "base64url"));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([decipher.update(Buffer.from(data, "base64url")), decipher.final()]).toString("utf8");
}
