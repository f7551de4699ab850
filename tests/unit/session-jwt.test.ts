import { describe, expect, it } from "vitest";
import { decode as nextAuthDecode, encode as nextAuthEncode } from "next-auth/jwt";
import { decodeSessionJwt, encodeSessionJwt } from "@/lib/auth/session-jwt";

const secret = "ein-geheimnis-nur-fuer-diesen-test-0123456789";

describe("Sitzungstoken (zwischengespeicherter Schlüssel)", () => {
  it("liest Tokens von next-auth und erzeugt Tokens, die next-auth liest", async () => {
    const fromNextAuth = await nextAuthEncode({ token: { uid: "u-1", name: "Erika" }, secret, maxAge: 3600 });
    expect(await decodeSessionJwt({ token: fromNextAuth, secret })).toMatchObject({ uid: "u-1", name: "Erika" });

    const ours = await encodeSessionJwt({ token: { uid: "u-2" }, secret, maxAge: 3600 });
    const payload = await nextAuthDecode({ token: ours, secret });
    expect(payload).toMatchObject({ uid: "u-2" });
    expect(Number(payload?.exp) - Number(payload?.iat)).toBe(3600);
    expect(typeof payload?.jti).toBe("string");
  });

  it("weist fremde, veränderte und abgelaufene Tokens ab", async () => {
    const token = await encodeSessionJwt({ token: { uid: "u-3" }, secret, maxAge: 3600 });
    await expect(decodeSessionJwt({ token, secret: `${secret}-anders` })).rejects.toThrow();
    const tampered = token.slice(0, -6) + (token.endsWith("AAAAAA") ? "BBBBBB" : "AAAAAA");
    await expect(decodeSessionJwt({ token: tampered, secret })).rejects.toThrow();
    // Expired beyond the 15 s clock tolerance.
    const expired = await encodeSessionJwt({ token: { uid: "u-4" }, secret, maxAge: -60 });
    await expect(decodeSessionJwt({ token: expired, secret })).rejects.toThrow();
    expect(await decodeSessionJwt({ token: undefined, secret })).toBeNull();
  });
});
