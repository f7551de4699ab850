import Link from "next/link";
import { formatDateTime } from "@/lib/format-date";
import { ARTICLE_STATUS_LABELS } from "@/lib/knowledge/labels";

/**
 * On the published article, for those who may see unpublished versions: a next
 * version is being worked on; readers keep seeing this one until it is approved.
 */
export function WorkingCopyNotice(props: {
  articleId: string;
  copy: { status: "DRAFT" | "IN_REVIEW" | "PUBLISHED" | "ARCHIVED"; updatedAt: Date; updatedByName: string; returnNote: string | null };
}) {
  return (
    <section className="card card--notice no-print" aria-labelledby="working-copy-heading">
      <h2 id="working-copy-heading">Überarbeitung: {ARTICLE_STATUS_LABELS[props.copy.status]}</h2>
      <p>
        Es gibt eine Arbeitskopie dieses Artikels, zuletzt geändert von {props.copy.updatedByName} am {formatDateTime(props.copy.updatedAt)}
        . Leserinnen und Leser sehen weiter diese veröffentlichte Fassung, bis die Arbeitskopie freigegeben ist.
      </p>
      {props.copy.returnNote && <p>Zurückgegeben mit dem Hinweis: „{props.copy.returnNote}“</p>}
      <p>
        <Link className="button button--secondary" href={`/wissen/${props.articleId}/arbeitskopie`}>
          Arbeitskopie ansehen
        </Link>
      </p>
    </section>
  );
}
