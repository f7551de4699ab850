import "server-only";
/**
 * The bytes of attachments on disk under ATTACHMENTS_DIR/<organizationId>/<id>.
 * Both parts are UUIDs checked by the caller, so no user text reaches a path.
 */
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { getEnv } from "../env";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function fileOf(organizationId: string, id: string): string {
  if (!UUID.test(organizationId) || !UUID.test(id)) throw new Error("Ungültiger Speicherschlüssel");
  return path.join(path.resolve(getEnv().ATTACHMENTS_DIR), organizationId, id);
}

/** Writes the file completely under a temporary name first, so a crash never leaves half a file under the real name. */
export async function storeAttachment(organizationId: string, id: string, bytes: Uint8Array): Promise<void> {
  const target = fileOf(organizationId, id);
  await mkdir(path.dirname(target), { recursive: true });
  const temporary = `${target}.${process.pid}.tmp`;
  await writeFile(temporary, bytes, { flag: "wx" });
  await rename(temporary, target);
}

export function readAttachment(organizationId: string, id: string): Promise<Buffer> {
  return readFile(fileOf(organizationId, id));
}

export async function removeAttachment(organizationId: string, id: string): Promise<void> {
  await rm(fileOf(organizationId, id), { force: true });
}
