export interface SettingsFormState {
  error?: string;
  fieldErrors: Record<string, string[]>;
  saved?: boolean;
  /** What the admin sent, shown again after a refused save. */
  values?: {
    requireFourEyes: boolean;
    defaultReviewIntervalMonths: string;
    readConfirmationsEnabled: boolean;
    leadsSeeOnboardingProgress: boolean;
  };
}
