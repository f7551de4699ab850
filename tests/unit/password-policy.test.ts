import { describe, expect, it } from "vitest";
import { passwordProblem } from "@/lib/accounts/password-policy";

describe("Passwortregeln (BSI ORP.4 / NIST 800-63B)", () => {
  it("verlangt mindestens 12 Zeichen", () => {
    expect(passwordProblem("Kurz-1!")).toBe("Das Passwort muss mindestens 12 Zeichen lang sein.");
  });

  it.each(["password1234", "qwertyuiop12", "123456789012", "Passwort1234", "hallohallo12"])(
    "lehnt %j als zu bekannt oder erratbar ab",
    (password) => {
      expect(passwordProblem(password)).not.toBeNull();
    },
  );

  it("lehnt ein Passwort aus dem eigenen Namen ab", () => {
    expect(passwordProblem("Brinkmann2027!", ["klaus.brinkmann@musterhausen.example", "Klaus Brinkmann"])).not.toBeNull();
  });

  it.each(["Tafel Wolke Gießkanne sieben", "vR7#qL2m!xW9zP", "Ampel-Fahrrad-Kaktus-Nebel"])("nimmt %j an", (password) => {
    expect(passwordProblem(password)).toBeNull();
  });
});
