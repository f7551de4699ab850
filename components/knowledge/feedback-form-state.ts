export interface FeedbackFormState {
  done?: boolean;
  error?: string;
  fieldErrors: Record<string, string[]>;
  kind?: string;
  message?: string;
}
