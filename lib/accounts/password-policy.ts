import "server-only";
/**
 * Rules for a new password (BSI IT-Grundschutz ORP.4, NIST SP 800-63B 5.1.1):
 * at least 12 characters, no composition rules, and refused when it is a
 * known common password or trivially guessable. The lists ship with the app
 * (zxcvbn-ts: common passwords from breach corpora, German words and names),
 * so the check works offline.
 */
import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";
import * as german from "@zxcvbn-ts/language-de";

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 200;

let checker: ZxcvbnFactory | undefined;
let commonPasswords: Set<string> | undefined;

function zxcvbn(): ZxcvbnFactory {
  checker ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...german.dictionary },
    graphs: common.adjacencyGraphs,
    translations: german.translations,
  });
  return checker;
}

function isCommon(password: string): boolean {
  commonPasswords ??= new Set(common.dictionary["passwords-common"].map((entry) => entry.toLowerCase()));
  return commonPasswords.has(password.toLowerCase());
}

/**
 * A German reason why `password` may not be used, or null if it may.
 * `personal` are the account's own words (e-mail, name, municipality), which make a password guessable.
 */
export function passwordProblem(password: string, personal: string[] = []): string | null {
  if (password.length < PASSWORD_MIN_LENGTH) return `Das Passwort muss mindestens ${PASSWORD_MIN_LENGTH} Zeichen lang sein.`;
  if (password.length > PASSWORD_MAX_LENGTH) return `Das Passwort darf höchstens ${PASSWORD_MAX_LENGTH} Zeichen lang sein.`;
  if (isCommon(password)) return "Dieses Passwort steht auf einer Liste häufig verwendeter Passwörter. Bitte wählen Sie ein anderes.";
  const words = personal.flatMap((entry) => entry.toLowerCase().split(/[^a-zäöüß0-9]+/)).filter((word) => word.length >= 4);
  const result = zxcvbn().check(password, words);
  if (result.score < 3) {
    return "Dieses Passwort ist zu leicht zu erraten (z. B. ein Wort mit Jahreszahl oder Ihr Name). Tipp: mehrere zufällige Wörter aneinanderreihen.";
  }
  return null;
}
