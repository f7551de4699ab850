import { describe, expect, it } from "vitest";
import { readFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { emptyDatabase } from "./helpers/empty-database";
import { applyMigrations } from "@/lib/db/migrate";
import { expectedUdtName, parsePrismaSchema } from "./schema-parser";

const root = path.resolve(import.meta.dirname, "..", "..");
const migrationsDir = path.join(root, "prisma", "migrations");

async function query<T extends pg.QueryResultRow>(url: string, sql: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, values)).rows;
  } finally {
    await client.end();
  }
}

describe("Migrationen", () => {
  it("ergeben auf einer leeren Datenbank genau die Tabellen, Spalten und Enums aus schema.prisma", async () => {
    const url = await emptyDatabase("migtest");
    const { applied } = await applyMigrations(url, { migrationsDir });
    expect(applied.length).toBeGreaterThan(0);
    const schema = parsePrismaSchema(await readFile(path.join(root, "prisma", "schema.prisma"), "utf8"));

    const columns = await query<{ table_name: string; column_name: string; is_nullable: string; udt_name: string }>(
      url,
      `SELECT table_name, column_name, is_nullable, udt_name FROM information_schema.columns
       WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'`,
    );
    const actual = new Map<string, Map<string, { nullable: boolean; udt: string }>>();
    for (const column of columns) {
      if (!actual.has(column.table_name)) actual.set(column.table_name, new Map());
      actual.get(column.table_name)!.set(column.column_name, { nullable: column.is_nullable === "YES", udt: column.udt_name });
    }
    expect([...actual.keys()].sort()).toEqual([...schema.models.keys()].sort());
    for (const [model, fields] of schema.models) {
      const table = actual.get(model)!;
      expect([...table.keys()].sort(), `Spalten von ${model}`).toEqual(fields.map((field) => field.name).sort());
      for (const field of fields) {
        const column = table.get(field.name)!;
        // Prisma creates scalar lists (String[]) as nullable array columns.
        expect(column.nullable, `${model}.${field.name} nullable`).toBe(field.optional || field.list);
        expect(column.udt, `${model}.${field.name} Typ`).toBe(expectedUdtName(field, schema.enums));
      }
    }
    const enumRows = await query<{ name: string; value: string }>(
      url,
      `SELECT t.typname AS name, e.enumlabel AS value FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid ORDER BY t.typname, e.enumsortorder`,
    );
    const actualEnums = new Map<string, string[]>();
    for (const row of enumRows) actualEnums.set(row.name, [...(actualEnums.get(row.name) ?? []), row.value]);
    expect(Object.fromEntries(actualEnums)).toEqual(Object.fromEntries(schema.enums));
  });

  it("führt Buch in _prisma_migrations, ist wiederholbar und sicher bei gleichzeitigen Läufen", async () => {
    const url = await emptyDatabase("migtest");
    const results = await Promise.all([applyMigrations(url, { migrationsDir }), applyMigrations(url, { migrationsDir })]);
    const appliedCounts = results.map((result) => result.applied.length).sort();
    expect(appliedCounts[0]).toBe(0);
    expect(appliedCounts[1]).toBeGreaterThan(0);
    const rows = await query<{ migration_name: string; checksum: string; finished_at: Date | null; applied_steps_count: number }>(
      url,
      `SELECT migration_name, checksum, finished_at, applied_steps_count FROM "_prisma_migrations"`,
    );
    expect(rows.length).toBe(appliedCounts[1]);
    expect(rows.every((row) => row.finished_at !== null && row.applied_steps_count === 1 && /^[0-9a-f]{64}$/.test(row.checksum))).toBe(
      true,
    );
    expect((await applyMigrations(url, { migrationsDir })).applied).toEqual([]);
  });

  it("verweigert die Arbeit, wenn eine angewendete Migration nachträglich verändert wurde", async () => {
    const url = await emptyDatabase("migtest");
    await applyMigrations(url, { migrationsDir });
    await query(
      url,
      `UPDATE "_prisma_migrations" SET checksum = repeat('0', 64) WHERE migration_name = (SELECT min(migration_name) FROM "_prisma_migrations")`,
    );
    await expect(applyMigrations(url, { migrationsDir })).rejects.toThrow(/wurde nach dem Anwenden verändert/);
  });
});
