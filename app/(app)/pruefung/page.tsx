import type { Metadata } from "next";
import { requireViewer } from "@/lib/auth/current-viewer";
import { listLinkOptions } from "@/lib/org/list-link-options";
import { dueArticlesOfUnit } from "@/lib/knowledge/review-lists";
import { DueArticleList } from "@/components/knowledge/due-article-list";

export const metadata: Metadata = { title: "Prüfung fällig" };

/** Per unit: published articles whose review is due within 30 days or overdue. */
export default async function DueReviewsPage({ searchParams }: { searchParams: Promise<{ einheit?: string }> }) {
  const viewer = await requireViewer();
  const { einheit } = await searchParams;
  const { units } = await listLinkOptions(viewer);
  const selected = units.find((unit) => unit.id === einheit);
  const articles = selected ? await dueArticlesOfUnit(viewer, selected.id) : [];
  return (
    <>
      <h1>Prüfung fällig</h1>
      <form method="get" action="/pruefung" className="card filters">
        <div className="field">
          <label htmlFor="due-unit">Organisationseinheit</label>
          <select id="due-unit" name="einheit" defaultValue={selected?.id ?? ""}>
            <option value="">Bitte wählen …</option>
            {units.map((unit) => (
              <option key={unit.id} value={unit.id}>
                {unit.name}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button">
          Anzeigen
        </button>
      </form>
      {selected && (
        <section aria-labelledby="due-heading">
          <h2 id="due-heading">
            {selected.name}:{" "}
            {articles.length === 0 ? "nichts fällig" : `${articles.length} ${articles.length === 1 ? "Artikel" : "Artikel"} zu prüfen`}
          </h2>
          {articles.length === 0 ? (
            <p>Alle veröffentlichten Artikel dieser Einheit sind aktuell (nächste Prüfung in mehr als 30 Tagen).</p>
          ) : (
            <DueArticleList articles={articles} showOwner />
          )}
        </section>
      )}
    </>
  );
}
