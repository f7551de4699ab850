import { inject } from "vitest";
import pg from "pg";

/** Creates an empty database on the test stack's PostgreSQL server and returns its URL. */
export async function emptyDatabase(prefix = "leer"): Promise<string> {
  const adminUrl = inject("stack").env.DATABASE_URL;
  const name = `${prefix}_${Date.now()}_${Math.floor(Math.random() * 1e6)}`;
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  await client.query(`CREATE DATABASE "${name}"`);
  await client.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}
