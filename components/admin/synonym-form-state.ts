export interface SynonymFormState {
  error?: string;
  saved?: number;
  text?: string;
}
