import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/current-viewer";
import { editablePositions } from "@/lib/journeys/onboarding-path";

export const metadata: Metadata = { title: "Einarbeitungswege" };

/** Leads (their units) and admins: the positions whose onboarding path they shape. */
export default async function OnboardingPathsPage() {
  const viewer = await requireViewer();
  const positions = await editablePositions(viewer);
  if (!positions) notFound();
  return (
    <>
      <h1>Einarbeitungswege der Stellen</h1>
      <p>
        Für jede Stelle gibt es einen Vorschlag: erst das Eintrittswissen, dann die Aufgaben der Stelle, die wichtigsten zuerst. Sie können
        die Reihenfolge ändern, Aufgaben, Artikel und Ansprechpersonen ergänzen oder entfernen und das Glossar Ihrer Einheit pflegen.
      </p>
      {positions.length === 0 ? (
        <p>Ihnen ist keine Stelle zugeordnet.</p>
      ) : (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">Stelle</th>
              <th scope="col">Organisationseinheit</th>
              <th scope="col">Weg</th>
              <th scope="col" className="number">
                Besetzt mit
              </th>
            </tr>
          </thead>
          <tbody>
            {positions.map((position) => (
              <tr key={position.id}>
                <th scope="row">
                  <Link href={`/einarbeitung/wege/${position.id}`}>
                    {position.title} ({position.positionNumber})
                  </Link>
                </th>
                <td>{position.unitName}</td>
                <td>{position.edited ? "angepasst" : "Vorschlag"}</td>
                <td className="number">{position.holders}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
