export interface ImportPreview {
  title: string;
  kind: string;
  /** Sanitized HTML of the converted document (as the reading view will show it). */
  html: string;
  /** Editor JSON, sent back on save and checked again by the server. */
  content: string;
  warnings: string[];
  fileName: string;
}

export interface ImportFormState {
  error?: string;
  preview?: ImportPreview;
}
