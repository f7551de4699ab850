import coreWebVitals from "eslint-config-next/core-web-vitals";
import typescript from "eslint-config-next/typescript";

const config = [
  ...coreWebVitals,
  ...typescript,
  {
    ignores: ["node_modules/**", ".next/**", ".data/**", "lib/db/generated/**", "next-env.d.ts"],
  },
  {
    // Type-aware checks: a forgotten await or a promise handed where a void callback
    // is expected loses errors silently; type-only imports keep server code out of
    // client bundles.
    files: ["**/*.{ts,tsx}"],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: { attributes: false } }],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "separate-type-imports" }],
    },
  },
  {
    // Only lib/ domain modules may use the database client (docs/architecture.md).
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["**/lib/db/**", "@/lib/db/**"], message: "Datenzugriff nur über lib/-Domänenfunktionen." }] },
      ],
    },
  },
  {
    // Rules about who may do what live in lib/auth (policy per entity, docs/architecture.md).
    files: ["**/*.{ts,tsx}"],
    ignores: ["lib/auth/**"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "MemberExpression[object.name=/^viewer$/i][property.name=/^(role|leadUnitIds)$/]",
          message: "Rechte nur über lib/auth/policy ableiten (canX/xWhere), nicht aus viewer.role oder viewer.leadUnitIds.",
        },
        {
          selector: "VariableDeclarator[init.name=/^viewer$/i] > ObjectPattern > Property[key.name=/^(role|leadUnitIds)$/]",
          message: "Rechte nur über lib/auth/policy ableiten (canX/xWhere), nicht aus viewer.role oder viewer.leadUnitIds.",
        },
      ],
    },
  },
];

export default config;
