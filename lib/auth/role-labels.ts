import type { Role } from "../db/generated/enums";
import type { Viewer } from "./viewer";

export const ROLE_LABELS: Record<Role, string> = {
  ADMIN: "Administration",
  HR: "Personalamt",
  LEAD: "Führungskraft",
  EDITOR: "Redaktion",
  READER: "Lesen",
};

/** The viewer's role as the header shows it (display only; rights come from the policies). */
export const roleLabelOf = (viewer: Viewer): string => ROLE_LABELS[viewer.role];
