import { describe, expect, it } from "vitest";
import { clientAddress, trustedProxies } from "@/lib/http/client-address";

const request = (peer: string | undefined, forwardedFor?: string) => ({
  ...(peer === undefined ? {} : { "x-digicheck-peer": peer }),
  ...(forwardedFor === undefined ? {} : { "x-forwarded-for": forwardedFor }),
});

describe("Adresse des Clients für Drosselung und Protokoll", () => {
  it("glaubt X-Forwarded-For nicht, wenn der direkte Partner kein vertrauenswürdiger Proxy ist", () => {
    expect(clientAddress(request("203.0.113.7", "198.51.100.1"), "")).toBe("203.0.113.7");
    expect(clientAddress(request("203.0.113.7", "198.51.100.1"), "10.0.0.0/8")).toBe("203.0.113.7");
  });

  it("nimmt hinter einem vertrauenswürdigen Proxy den ersten nicht vertrauenswürdigen Hop von rechts", () => {
    // nginx appends the real address; what the client sent itself stands further left.
    expect(clientAddress(request("10.0.0.5", "1.2.3.4, 198.51.100.9"), "10.0.0.5")).toBe("198.51.100.9");
    expect(clientAddress(request("127.0.0.1", "198.51.100.9, 10.0.0.5"), "loopback, 10.0.0.0/8")).toBe("198.51.100.9");
    expect(clientAddress(request("::1", "2001:db8::17"), "loopback")).toBe("2001:db8::17");
  });

  it("wechselnde gefälschte Köpfe ergeben immer dieselbe Adresse", () => {
    const seen = new Set(
      ["1.1.1.1", "2.2.2.2", "3.3.3.3"].map((fake) => clientAddress(request("10.0.0.5", `${fake}, 198.51.100.9`), "10.0.0.5")),
    );
    expect([...seen]).toEqual(["198.51.100.9"]);
  });

  it("ohne Partneradresse (nicht über den App-Server) ist die Adresse unbekannt, auch mit Kopfzeile", () => {
    expect(clientAddress(request(undefined, "198.51.100.1"), "loopback")).toBe("unbekannt");
    expect(clientAddress(new Headers({ "x-forwarded-for": "198.51.100.1" }), "")).toBe("unbekannt");
    expect(clientAddress(new Headers({ "x-digicheck-peer": "192.0.2.1" }), "")).toBe("192.0.2.1");
  });

  it("eine ungültige TRUSTED_PROXIES-Angabe fällt auf", () => {
    expect(() => trustedProxies("10.0.0.0/99")).toThrow();
  });
});
