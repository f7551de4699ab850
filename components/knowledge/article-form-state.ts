export interface ArticleFormState {
  error?: string;
  fieldErrors: Record<string, string[]>;
  conflict?: boolean;
}

export const INITIAL_ARTICLE_FORM_STATE: ArticleFormState = { fieldErrors: {} };
