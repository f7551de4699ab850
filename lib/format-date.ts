const dateTimeFormat = new Intl.DateTimeFormat("de-DE", { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/Berlin" });
const dateFormat = new Intl.DateTimeFormat("de-DE", { dateStyle: "medium", timeZone: "Europe/Berlin" });

export const formatDateTime = (value: Date) => dateTimeFormat.format(value);
export const formatDate = (value: Date) => dateFormat.format(value);

const monthFormat = new Intl.DateTimeFormat("de-DE", { month: "long", year: "numeric", timeZone: "UTC" });
/** A month stored as its first day (UTC), e.g. a planned exit: "Mai 2027". */
export const formatMonth = (value: Date) => monthFormat.format(value);
