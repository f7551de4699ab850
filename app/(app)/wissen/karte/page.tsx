import type { Metadata } from "next";
import Link from "next/link";
import { requireViewer } from "@/lib/auth/current-viewer";
import { knowledgeMap } from "@/lib/knowledge/knowledge-map";
import { KnowledgeMapTree } from "@/components/knowledge/knowledge-map-tree";

export const metadata: Metadata = { title: "Wissenslandkarte" };

/** Fachbereich → Amt → Aufgabe → Artikel: where the organization's knowledge lives, and where it is missing. */
export default async function KnowledgeMapPage() {
  const viewer = await requireViewer();
  const nodes = await knowledgeMap(viewer);
  return (
    <>
      <p>
        <Link href="/wissen">Zur Artikelliste</Link>
      </p>
      <h1>Wissenslandkarte</h1>
      <p id="map-help">
        Die Verwaltung nach Organisationseinheiten, ihren Aufgaben und den veröffentlichten Artikeln dazu. Öffnen Sie einen Bereich per
        Klick oder mit den Pfeiltasten (→ öffnen, ← schließen, ↑/↓ wechseln, Eingabetaste öffnet einen Artikel).
      </p>
      <section className="card">
        <KnowledgeMapTree nodes={nodes} label="Wissenslandkarte" />
      </section>
    </>
  );
}
