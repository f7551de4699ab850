/**
 * The searchable fields of the article index, in ranking order (title first),
 * each whole-word field followed by its "…Parts" field. Shared by the settings
 * and the query builder.
 */
export const SEARCH_FIELDS_LIST = [
  "title",
  "titleParts",
  "headings",
  "headingParts",
  "taskNames",
  "text",
  "textParts",
  "unitNames",
  "positionNames",
];
/** Search as you type looks at titles only. */
export const TITLE_FIELDS_LIST = ["title", "titleParts"];
