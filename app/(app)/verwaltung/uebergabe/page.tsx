import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/current-viewer";
import { canHandOverOwnership, transferScope } from "@/lib/auth/policy";
import { handoverCandidates } from "@/lib/knowledge/ownership-handover";
import { handOverAction } from "./actions";

export const metadata: Metadata = { title: "Artikel übertragen" };

/** Ownership handover, e.g. when someone leaves (admins: all articles; leads: those of their units). */
export default async function HandoverPage({ searchParams }: { searchParams: Promise<{ uebertragen?: string; fehler?: string }> }) {
  const viewer = await requireViewer();
  if (!canHandOverOwnership(viewer)) notFound();
  const { uebertragen, fehler } = await searchParams;
  const users = await handoverCandidates(viewer);
  const moved = uebertragen !== undefined ? Number(uebertragen) : null;
  return (
    <>
      <h1>Artikel übertragen</h1>
      <p>
        Überträgt die Verantwortung für alle Artikel einer Person in einem Schritt – etwa wenn sie die Verwaltung verlässt. Mit übertragen
        werden die Pflicht, die Artikel regelmäßig als aktuell zu bestätigen, und offene Rückmeldungen.
        {transferScope(viewer) === "units" && " Als Leitung übertragen Sie die Artikel Ihrer Organisationseinheiten."}
      </p>
      {moved !== null && Number.isInteger(moved) && (
        <p className="alert alert--success" role="status">
          {moved === 0
            ? "Diese Person ist für keinen Artikel verantwortlich – es wurde nichts geändert."
            : `${moved} ${moved === 1 ? "Artikel wurde" : "Artikel wurden"} übertragen.`}
        </p>
      )}
      {fehler && (
        <p className="alert alert--error" role="alert">
          {fehler.slice(0, 400)}
        </p>
      )}
      <form action={handOverAction} className="card">
        <div className="field-row">
          <div className="field">
            <label htmlFor="fromUserId">Von (bisher verantwortlich)</label>
            <select id="fromUserId" name="fromUserId" required defaultValue="">
              <option value="" disabled>
                Bitte wählen …
              </option>
              {users.map((user) => (
                <option key={user.id} value={user.id}>
                  {user.displayName}
                  {user.active ? "" : " (gesperrt)"}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="toUserId">An (künftig verantwortlich)</label>
            <select id="toUserId" name="toUserId" required defaultValue="">
              <option value="" disabled>
                Bitte wählen …
              </option>
              {users
                .filter((user) => user.active)
                .map((user) => (
                  <option key={user.id} value={user.id}>
                    {user.displayName}
                  </option>
                ))}
            </select>
          </div>
        </div>
        <button type="submit" className="button">
          Artikel übertragen
        </button>
      </form>
    </>
  );
}
