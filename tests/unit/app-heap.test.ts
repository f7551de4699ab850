import { describe, expect, it } from "vitest";
import { appHeapMegabytes } from "../../scripts/stack/run-next";

describe("Heap-Grenze des Anwendungsservers", () => {
  it("ist ohne Einstellung 384 MB und folgt DIGICHECK_HEAP_MB", () => {
    expect(appHeapMegabytes({})).toBe(384);
    expect(appHeapMegabytes({ DIGICHECK_HEAP_MB: "" })).toBe(384);
    expect(appHeapMegabytes({ DIGICHECK_HEAP_MB: "1024" })).toBe(1024);
  });

  it("lehnt unsinnige Werte mit einer deutschen Meldung ab", () => {
    expect(() => appHeapMegabytes({ DIGICHECK_HEAP_MB: "viel" })).toThrow("DIGICHECK_HEAP_MB muss eine Zahl sein");
    expect(() => appHeapMegabytes({ DIGICHECK_HEAP_MB: "64" })).toThrow("mindestens 192");
    expect(() => appHeapMegabytes({ DIGICHECK_HEAP_MB: "500.5" })).toThrow("ganze Zahl");
  });
});
