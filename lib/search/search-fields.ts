/** Field groups of the article index (shared by the settings and the query builder). */
export const GERMAN_FIELDS_LIST = ["title", "headings", "taskNames", "text", "unitNames", "positionNames"];
export const PLAIN_FIELDS_LIST = ["titlePlain", "headingsPlain"];
