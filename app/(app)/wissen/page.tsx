import type { Metadata } from "next";
import Link from "next/link";
import { requireViewer } from "@/lib/auth/current-viewer";
import { canCreateArticle } from "@/lib/auth/policy";
import { listArticles } from "@/lib/knowledge/list-articles";
import { listLinkOptions } from "@/lib/org/list-link-options";
import { ARTICLE_KINDS, ARTICLE_KIND_LABELS } from "@/lib/knowledge/labels";
import { ArticleList } from "@/components/knowledge/article-list";

export const metadata: Metadata = { title: "Wissen" };

export default async function ArticleListPage({ searchParams }: { searchParams: Promise<{ einheit?: string; art?: string }> }) {
  const viewer = await requireViewer();
  const params = await searchParams;
  const [articles, options] = await Promise.all([
    listArticles(viewer, { unitId: params.einheit || undefined, kind: params.art || undefined }),
    listLinkOptions(viewer),
  ]);
  return (
    <>
      <h1>Wissensartikel</h1>
      <p>
        <Link href="/wissen/karte">Wissenslandkarte: alle Einheiten, Aufgaben und Artikel als Baum</Link>
      </p>
      <form method="get" className="card filters" aria-label="Artikel filtern">
        <div className="field">
          <label htmlFor="filter-unit">Organisationseinheit</label>
          <select id="filter-unit" name="einheit" defaultValue={params.einheit ?? ""}>
            <option value="">Alle Einheiten</option>
            {options.units.map((unit) => (
              <option key={unit.id} value={unit.id}>
                {unit.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-kind">Wissensart</label>
          <select id="filter-kind" name="art" defaultValue={params.art ?? ""}>
            <option value="">Alle Arten</option>
            {ARTICLE_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {ARTICLE_KIND_LABELS[kind]}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button">
          Filter anwenden
        </button>
        {canCreateArticle(viewer) && (
          <Link className="button button--secondary" href="/wissen/neu">
            Neuer Artikel
          </Link>
        )}
      </form>
      <p role="status">{articles.length === 1 ? "1 Artikel" : `${articles.length} Artikel`}</p>
      <ArticleList articles={articles} showUpdated />
    </>
  );
}
