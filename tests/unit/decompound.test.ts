import { describe, expect, it } from "vitest";
import { bestSplit, compoundParts } from "@/lib/search/decompound";
import { dictionaryFrom } from "@/lib/search/word-list";
import { ADMINISTRATIVE_WORDS } from "@/lib/search/administrative-words";

const dictionary = dictionaryFrom([
  ...ADMINISTRATIVE_WORDS,
  "Kulturgut",
  "Kulturgüter",
  "Güter",
  "Straßenreinigung",
  "Reinigung",
  "Gewerbe",
  "Anmeldung",
  "Bürger",
  "Verkehr",
  "Beamte",
  "Hunde",
]);

describe("Komposita zerlegen", () => {
  it("zerlegt mit Fugenelementen, Kopf zuletzt, und liefert Zwischenstufen und Teile", () => {
    expect(bestSplit(dictionary, "gewerbeanmeldung")).toEqual(["gewerbe", "anmeldung"]);
    expect(bestSplit(dictionary, "kulturgüterverkehr")).toEqual(["kulturgüter", "verkehr"]);
    expect(compoundParts(dictionary, "Kulturgüterverkehr")).toEqual(["kulturgüter", "kultur", "güter", "verkehr"]);
    // Fugen-s between the parts.
    expect(compoundParts(dictionary, "Straßenreinigungsgebühren")).toEqual(["straßenreinigung", "straßen", "reinigung", "gebühren"]);
    expect(bestSplit(dictionary, "bürgeramt")).toEqual(["bürger", "amt"]);
  });

  it("lässt einfache Wörter und Zufallstreffer ganz", () => {
    expect(compoundParts(dictionary, "Anmeldung")).toEqual([]);
    expect(compoundParts(dictionary, "Beamte")).toEqual([]);
    // "xyzamt": the first piece is no word, so no split.
    expect(bestSplit(dictionary, "xyzabcamt")).toBeNull();
    expect(bestSplit(dictionary, "hundesteuer")).toEqual(["hunde", "steuer"]);
  });

  it("merkt sich Ergebnisse je Wort", () => {
    const cache = new Map<string, string[]>();
    compoundParts(dictionary, "Hundesteuer", cache);
    expect(cache.get("hundesteuer")).toEqual(["hunde", "steuer"]);
  });
});

describe("Komposita: Grenzfälle", () => {
  const words = dictionaryFrom([
    ...ADMINISTRATIVE_WORDS,
    "Landes",
    "Samt",
    "Prüfungsamt",
    "Regelungen",
    "Rege",
    "Lungen",
    "Bundestag",
    "Bundes",
  ]);
  it("nimmt das Fugen-s nach -ung und zerlegt Wörterbuchwörter nur in längere Teile", () => {
    expect(compoundParts(words, "Landesprüfungsamt")).toEqual(["landes", "prüfungsamt", "prüfung", "amt"]);
    expect(bestSplit(dictionaryFrom(["landes", "prüfung", "samt"]), "landesprüfungsamt")).toEqual(["landes", "prüfung", "amt"]);
    expect(bestSplit(words, "regelungen")).toBeNull();
    expect(bestSplit(words, "bundestag")).toEqual(["bundes", "tag"]);
  });
});

describe("Komposita mit Verbstamm", () => {
  it("nimmt einen Verbstamm als vorderen Teil", () => {
    const words = dictionaryFrom(["prüfen", "Verfahren", "wohnen", "Geld"]);
    expect(bestSplit(words, "prüfverfahren")).toEqual(["prüf", "verfahren"]);
    expect(bestSplit(words, "wohngeld")).toEqual(["wohn", "geld"]);
  });
});

describe("Komposita mit unbekanntem Vorderteil", () => {
  it("nimmt das bekannte Substantiv am Ende, wenn sich das Wort nicht ganz zerlegen lässt", () => {
    const words = dictionaryFrom(["Grenzwerte", "Grenze", "Werte"]);
    const nouns = dictionaryFrom(["Grenzwerte", "Werte"]);
    expect(bestSplit(words, "immissionsgrenzwerte")).toBeNull();
    expect(compoundParts(words, "Immissionsgrenzwerte", undefined, nouns)).toEqual(["grenzwerte"]);
    // Short words and short heads are left alone.
    expect(compoundParts(words, "Xywerte", undefined, nouns)).toEqual([]);
  });
});
