/**
 * The one place where configuration is read. Every setting is validated with zod;
 * a missing or malformed value stops the process with a message naming the setting.
 */
import { z } from "zod";
import { trustedProxies } from "./http/client-address";

const postgresUrl = z.string({ error: "fehlt" }).refine((value) => /^postgres(ql)?:\/\/[^\s]+$/.test(value), {
  message: "muss eine Adresse der Form postgresql://benutzer:passwort@host:5432/datenbank sein",
});

const httpUrl = z.string({ error: "fehlt" }).refine((value) => /^https?:\/\/[^\s]+$/.test(value), {
  message: "muss eine Adresse der Form http://host:7700 sein",
});

/** Old-generation heap limit of the app server in MB (scripts/stack/run-next.ts passes it to node). */
export const heapMegabytesSchema = z.coerce
  .number({ error: "muss eine Zahl sein" })
  .int("muss eine ganze Zahl sein")
  .min(192, "muss mindestens 192 sein")
  .max(16384, "darf höchstens 16384 sein")
  .default(384);

const envSchema = z.object({
  DATABASE_URL: postgresUrl,
  MEILI_URL: httpUrl,
  MEILI_MASTER_KEY: z.string({ error: "fehlt" }).min(16, "muss mindestens 16 Zeichen lang sein"),
  MEILI_INDEX_PREFIX: z
    .string()
    .regex(/^[a-z0-9_-]{1,40}$/, "darf nur Kleinbuchstaben, Ziffern, - und _ enthalten")
    .default("digicheck"),
  NEXTAUTH_SECRET: z.string({ error: "fehlt" }).min(32, "muss mindestens 32 Zeichen lang sein"),
  NEXTAUTH_URL: httpUrl.optional(),
  SESSION_MAX_AGE_HOURS: z.coerce
    .number({ error: "muss eine Zahl sein" })
    .int("muss eine ganze Zahl sein")
    .min(1, "muss mindestens 1 sein")
    .max(168, "darf höchstens 168 (eine Woche) sein")
    .default(8),
  /** Minutes without a request after which a session ends (the absolute limit is SESSION_MAX_AGE_HOURS). */
  SESSION_IDLE_MINUTES: z.coerce
    .number({ error: "muss eine Zahl sein" })
    .int("muss eine ganze Zahl sein")
    .min(5, "muss mindestens 5 sein")
    .max(24 * 60, "darf höchstens 1440 (ein Tag) sein")
    .default(60),
  /** Proxies whose X-Forwarded-For is believed: addresses, CIDR ranges, "loopback", "private"; comma-separated. */
  TRUSTED_PROXIES: z
    .string()
    .default("")
    .refine(
      (value) => {
        try {
          trustedProxies(value);
          return true;
        } catch {
          return false;
        }
      },
      { message: "muss eine durch Komma getrennte Liste von Adressen oder Bereichen sein, z. B. 10.0.0.0/8, loopback" },
    ),
  /** Key for stored secrets (LDAP bind passwords): 32 bytes as 64 hex characters or base64; default derived from NEXTAUTH_SECRET. */
  SECRETS_KEY: z
    .string()
    .refine((value) => /^[0-9a-f]{64}$/i.test(value) || Buffer.from(value, "base64").length === 32, {
      message: "muss 32 Bytes lang sein (64 Hex-Zeichen oder Base64)",
    })
    .optional(),
  /** Bearer token for /api/metrics (Prometheus); without it the endpoint does not exist. */
  METRICS_TOKEN: z.string().min(16, "muss mindestens 16 Zeichen lang sein").optional(),
  /** "json": one JSON object per log line (for log collectors); otherwise plain text. */
  LOG_FORMAT: z.enum(["text", "json"], { error: "muss text oder json sein" }).default("text"),
  /** Demo installation: seeds the demo municipality into an empty database and labels the header. */
  DIGICHECK_DEMO: z
    .enum(["0", "1"], { error: "muss 0 oder 1 sein" })
    .default("0")
    .transform((value) => value === "1"),
  /** Where uploaded images and attachments are stored (outside the database). */
  ATTACHMENTS_DIR: z.string().min(1).default(".data/anhaenge"),
  ATTACHMENT_MAX_MB: z.coerce
    .number({ error: "muss eine Zahl sein" })
    .int("muss eine ganze Zahl sein")
    .min(1, "muss mindestens 1 sein")
    .max(10, "darf höchstens 10 sein (Grenze der Formular-Uploads)")
    .default(10),
  /** E-mail reminders about due reviews; without it, reminders are shown in the app only. */
  SMTP_URL: z
    .string()
    .refine((value) => /^smtps?:\/\/[^\s]+$/.test(value), {
      message: "muss eine Adresse der Form smtp://benutzer:passwort@mail.intern:587 sein",
    })
    .optional(),
  MAIL_FROM: z.string().min(3).default("DigiCheck Wissen <wissen@localhost>"),
  /** Months after the exit month until a person's data is anonymised. */
  EXIT_DATA_GRACE_MONTHS: z.coerce
    .number({ error: "muss eine Zahl sein" })
    .int("muss eine ganze Zahl sein")
    .min(0, "darf nicht negativ sein")
    .max(24, "darf höchstens 24 sein")
    .default(3),
  DIGICHECK_HEAP_MB: heapMegabytesSchema,
  /** German word list for splitting compounds in the search index (Debian package wngerman). */
  DIGICHECK_WORDLIST: z.string().min(1).default("/usr/share/dict/ngerman"),
  SEARCH_DRAIN_INTERVAL_MS: z.coerce
    .number({ error: "muss eine Zahl sein" })
    .int("muss eine ganze Zahl sein")
    .min(200, "muss mindestens 200 sein")
    .default(5000),
});

export type Env = z.infer<typeof envSchema>;

export class ConfigError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Konfigurationsfehler:\n${problems.map((line) => `  - ${line}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

/** Validates a set of environment variables; empty strings count as unset. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== undefined && value !== ""));
  const result = envSchema.safeParse(cleaned);
  if (!result.success) {
    throw new ConfigError(result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`));
  }
  return result.data;
}

let cached: Env | undefined;

/** The validated configuration of this process (parsed once). */
export function getEnv(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
