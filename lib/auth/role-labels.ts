import type { Role } from "./viewer";

export const ROLE_LABELS: Record<Role, string> = {
  ADMIN: "Administration",
  HR: "Personalamt",
  LEAD: "Führungskraft",
  EDITOR: "Redaktion",
  READER: "Lesen",
};
