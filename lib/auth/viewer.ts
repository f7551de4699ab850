import type { Role } from "../db/generated/enums";

export type { Role };

/** The signed-in user as domain functions see it. Built only from the database. */
export interface Viewer {
  userId: string;
  organizationId: string;
  role: Role;
  displayName: string;
  organizationName: string;
  /** Units a LEAD is responsible for (including their sub-units). */
  leadUnitIds: string[];
  /** The person record (tasks, planned exit) this account belongs to, if linked. */
  personId?: string | null;
  /** Someone else set the password: it must be replaced before anything else. */
  mustChangePassword?: boolean;
}
