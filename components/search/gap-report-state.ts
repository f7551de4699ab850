export interface GapReportState {
  done?: boolean;
  error?: string;
  fieldErrors: Record<string, string[]>;
  description?: string;
}
