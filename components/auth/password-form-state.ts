/** State of the password forms (set through a link, change, forgot). */
export interface PasswordFormState {
  error?: string;
  fieldErrors: Record<string, string[]>;
  done?: string;
}
