/**
 * Session tokens in next-auth 4's own format (JWE, "dir" + A256GCM, key derived
 * from the secret with HKDF), with the derived key computed once per secret.
 * next-auth derives it again on every encode and decode, i.e. up to three HKDF
 * runs per page request (proxy, then the page). Tokens stay interchangeable
 * with next-auth's default implementation.
 */
import { hkdfSync, randomUUID } from "node:crypto";
import { EncryptJWT, jwtDecrypt, type JWTPayload } from "jose";

const keys = new Map<string, Uint8Array>();

function encryptionKey(secret: string | Buffer, salt = ""): Uint8Array {
  const cacheKey = `${salt}\u0000${secret.toString()}`;
  let key = keys.get(cacheKey);
  if (!key) {
    const info = `NextAuth.js Generated Encryption Key${salt ? ` (${salt})` : ""}`;
    key = new Uint8Array(hkdfSync("sha256", secret, salt, info, 32));
    keys.set(cacheKey, key);
  }
  return key;
}

const DEFAULT_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

export async function encodeSessionJwt(params: {
  token?: JWTPayload;
  secret: string | Buffer;
  maxAge?: number;
  salt?: string;
}): Promise<string> {
  const issuedAt = Math.floor(Date.now() / 1000);
  return new EncryptJWT(params.token ?? {})
    .setProtectedHeader({ alg: "dir", enc: "A256GCM" })
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + (params.maxAge ?? DEFAULT_MAX_AGE_SECONDS))
    .setJti(randomUUID())
    .encrypt(encryptionKey(params.secret, params.salt));
}

/** The token's payload; throws on a forged, damaged or expired token (as next-auth's decode does). */
export async function decodeSessionJwt(params: { token?: string; secret: string | Buffer; salt?: string }): Promise<JWTPayload | null> {
  if (!params.token) return null;
  const { payload } = await jwtDecrypt(params.token, encryptionKey(params.secret, params.salt), { clockTolerance: 15 });
  return payload;
}
