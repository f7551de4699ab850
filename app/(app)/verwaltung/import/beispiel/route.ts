import { readFile } from "node:fs/promises";
import path from "node:path";
import { currentViewer } from "@/lib/auth/current-viewer";
import { canImportOrganizationData } from "@/lib/auth/policy";
import { IMPORT_KINDS } from "@/lib/org-import/formats";

/** The sample files of docs/import/ as downloads (admins and HR), so nobody has to look into the repository. */
export async function GET(request: Request) {
  const viewer = await currentViewer();
  if (!viewer) return new Response("Bitte melden Sie sich an.", { status: 401 });
  if (!canImportOrganizationData(viewer)) return new Response("Nicht gefunden.", { status: 404 });
  const kind = IMPORT_KINDS.find((candidate) => candidate === new URL(request.url).searchParams.get("art"));
  if (!kind) return new Response("Unbekannte Art.", { status: 400 });
  const csv = await readFile(path.join(process.cwd(), "docs", "import", `${kind}.csv`));
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="beispiel-${kind}.csv"`,
      "Cache-Control": "private, no-store",
    },
  });
}
