const dateTimeFormat = new Intl.DateTimeFormat("de-DE", { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/Berlin" });
const dateFormat = new Intl.DateTimeFormat("de-DE", { dateStyle: "medium", timeZone: "Europe/Berlin" });

export const formatDateTime = (value: Date) => dateTimeFormat.format(value);
export const formatDate = (value: Date) => dateFormat.format(value);
