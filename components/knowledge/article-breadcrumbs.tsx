import Link from "next/link";

/**
 * Where an article belongs: Wissen › Fachbereich › Amt › Aufgabe › Artikel
 * (the first linked unit with its parent, and the first linked task).
 */
export function ArticleBreadcrumbs(props: {
  title: string;
  units: { orgUnit: { id: string; name: string; parent: { id: string; name: string } | null } }[];
  tasks: { task: { id: string; title: string } }[];
}) {
  const unit = props.units[0]?.orgUnit;
  const task = props.tasks[0]?.task;
  return (
    <nav aria-label="Brotkrümelpfad" className="breadcrumbs no-print">
      <ol>
        <li>
          <Link href="/wissen">Wissen</Link>
        </li>
        {unit?.parent && (
          <li>
            <Link href={`/wissen?einheit=${unit.parent.id}`}>{unit.parent.name}</Link>
          </li>
        )}
        {unit && (
          <li>
            <Link href={`/wissen?einheit=${unit.id}`}>{unit.name}</Link>
          </li>
        )}
        {task && <li>{task.title}</li>}
        <li aria-current="page">{props.title}</li>
      </ol>
    </nav>
  );
}
