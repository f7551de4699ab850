import { z } from "zod";

/** Review interval in months, as typed into the article form and the organization settings. */
export const reviewIntervalSchema = z.coerce
  .number({ error: "Bitte ein Prüfintervall in Monaten angeben." })
  .int("Das Prüfintervall muss eine ganze Zahl von Monaten sein.")
  .min(1, "Das Prüfintervall muss mindestens 1 Monat betragen.")
  .max(60, "Das Prüfintervall darf höchstens 60 Monate (5 Jahre) betragen.");
