import type { Metadata } from "next";
import Link from "next/link";
import { requireViewer } from "@/lib/auth/current-viewer";
import { ownReadConfirmations } from "@/lib/knowledge/read-confirmations";
import { formatDateTime } from "@/lib/format-date";

export const metadata: Metadata = { title: "Meine Kenntnisnahmen" };

/** Everyone's own read confirmations; nobody else's. */
export default async function OwnConfirmationsPage() {
  const viewer = await requireViewer();
  const confirmations = await ownReadConfirmations(viewer);
  return (
    <>
      <h1>Meine Kenntnisnahmen</h1>
      <p>Diese Liste sehen nur Sie. Verantwortliche eines Artikels sehen nur, wie viele ihn zur Kenntnis genommen haben.</p>
      {confirmations.length === 0 ? (
        <p>Sie haben noch keinen Artikel zur Kenntnis genommen.</p>
      ) : (
        <table className="data-table">
          <caption className="visually-hidden">Ihre Kenntnisnahmen, neueste zuerst</caption>
          <thead>
            <tr>
              <th scope="col">Artikel</th>
              <th scope="col">Zur Kenntnis genommen</th>
              <th scope="col">Stand</th>
            </tr>
          </thead>
          <tbody>
            {confirmations.map((row) => (
              <tr key={row.articleId}>
                <td>
                  <Link href={`/wissen/${row.articleId}`}>{row.title}</Link>
                </td>
                <td>{formatDateTime(row.confirmedAt)}</td>
                <td>{row.askedAgain ? <strong>Wesentlich geändert – bitte erneut lesen</strong> : "aktuell"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
