/** Demo accounts printed by `npm start`. Only for the demo data, never for production use. */
export const DEMO_PASSWORD = "Musterhausen2026!";

export const DEMO_LOGINS = [
  { role: "ADMIN", email: "admin@musterhausen.example", description: "Administration (Stadt Musterhausen)" },
  { role: "HR", email: "personalamt@musterhausen.example", description: "Personalamt / Wissensmanagement" },
  { role: "LEAD", email: "leitung.buergeramt@musterhausen.example", description: "Leitung Bürgeramt" },
  { role: "EDITOR", email: "redaktion@musterhausen.example", description: "Redaktion (schreibt Artikel)" },
  { role: "READER", email: "lesen@musterhausen.example", description: "Neue Mitarbeiterin (liest)" },
  { role: "EDITOR", email: "redaktion@beispielstadt.example", description: "Gemeinde Beispielstadt (zweite Kommune)" },
] as const;
