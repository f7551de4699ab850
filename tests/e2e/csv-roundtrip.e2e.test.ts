/**
 * The demo municipality's own CSV export, imported again, changes nothing and
 * flags no row – the formula guard's apostrophe (=, +, -, @) is undone on
 * import, and every column the export writes is read back the same way.
 */
import { describe, expect, inject, it } from "vitest";
import { systemDb } from "@/lib/db/client";
import { loadViewer } from "@/lib/auth/load-viewer";
import { exportCsv } from "@/lib/org-import/export";
import { previewImport } from "@/lib/org-import/org-import";
import { IMPORT_KINDS } from "@/lib/org-import/formats";

const appUrl = inject("appUrl");

describe.skipIf(!appUrl)("CSV-Export und -Import der Demokommune", () => {
  it("der eigene Export jeder Art ergibt beim Import keine fehlerhafte und keine geänderte Zeile", async () => {
    const hr = await systemDb().user.findFirstOrThrow({ where: { email: "personalamt@musterhausen.example" }, select: { id: true } });
    const viewer = (await loadViewer(hr.id))!;
    const report: string[] = [];
    for (const kind of IMPORT_KINDS) {
      const exported = await exportCsv(viewer, kind);
      const plan = await previewImport(viewer, kind, exported);
      const faulty = plan.rows.filter((row) => row.errors.length > 0).map((row) => `${kind} Zeile ${row.line}: ${row.errors.join(" ")}`);
      report.push(`${kind}: ${plan.rows.length} Zeilen, ${plan.counts.fehlerhaft} fehlerhaft, ${plan.counts["geändert"]} geändert`);
      expect(plan.fileErrors).toEqual([]);
      expect(faulty).toEqual([]);
      expect(plan.counts["geändert"]).toBe(0);
    }
    console.log(report.join("\n"));
  });
});
