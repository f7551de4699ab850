import coreWebVitals from "eslint-config-next/core-web-vitals";
import typescript from "eslint-config-next/typescript";

const config = [
  ...coreWebVitals,
  ...typescript,
  {
    ignores: ["node_modules/**", ".next/**", ".data/**", "lib/db/generated/**", "next-env.d.ts"],
  },
  {
    // Only lib/ domain modules may use the database client (DESIGN §4).
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["**/lib/db/**", "@/lib/db/**"], message: "Datenzugriff nur über lib/-Domänenfunktionen." }] },
      ],
    },
  },
];

export default config;
