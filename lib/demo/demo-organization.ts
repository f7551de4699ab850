/**
 * The demo municipality "Stadt Musterhausen", written for this product. Keys
 * (unit keys, position numbers, personnel numbers) tie the records together.
 */
import type { ExitReason } from "../db/generated/enums";
export const DEMO_UNITS = [
  { key: "FB1", name: "Fachbereich 1 – Bürgerdienste und Ordnung", shortName: "FB 1", parent: null },
  { key: "FB2", name: "Fachbereich 2 – Finanzen, Personal und Bauen", shortName: "FB 2", parent: null },
  { key: "BA", name: "Bürgeramt", shortName: "32.1", parent: "FB1" },
  { key: "OA", name: "Ordnungsamt", shortName: "32.2", parent: "FB1" },
  { key: "SA", name: "Standesamt", shortName: "34", parent: "FB1" },
  { key: "KA", name: "Kämmerei", shortName: "20", parent: "FB2" },
  { key: "BAU", name: "Bauamt", shortName: "60", parent: "FB2" },
  { key: "PA", name: "Personalamt", shortName: "11", parent: "FB2" },
] as const;

export const DEMO_POSITIONS = [
  { number: "32.1-01", unit: "BA", title: "Leitung Bürgeramt" },
  { number: "32.1-02", unit: "BA", title: "Sachbearbeitung Melde- und Passwesen" },
  { number: "32.1-03", unit: "BA", title: "Sachbearbeitung Gewerbe" },
  { number: "32.2-01", unit: "OA", title: "Leitung Ordnungsamt" },
  { number: "32.2-02", unit: "OA", title: "Sachbearbeitung Verkehrsangelegenheiten" },
  { number: "32.2-03", unit: "OA", title: "Sachbearbeitung Gefahrenabwehr und Fundsachen" },
  { number: "34-01", unit: "SA", title: "Standesbeamtin / Standesbeamter" },
  { number: "34-02", unit: "SA", title: "Sachbearbeitung Personenstandswesen" },
  { number: "20-01", unit: "KA", title: "Kämmerin / Kämmerer" },
  { number: "20-02", unit: "KA", title: "Sachbearbeitung Steuern und Abgaben" },
  { number: "20-03", unit: "KA", title: "Sachbearbeitung Haushalt und Buchhaltung" },
  { number: "60-01", unit: "BAU", title: "Leitung Bauamt" },
  { number: "60-02", unit: "BAU", title: "Sachbearbeitung Bauordnung" },
  { number: "11-01", unit: "PA", title: "Leitung Personalamt" },
  { number: "11-02", unit: "PA", title: "Sachbearbeitung Personal und Entgelt" },
] as const;

/** exitIn: months from today until the planned exit. */
export const DEMO_PEOPLE: {
  number: string;
  first: string;
  last: string;
  positions: string[];
  entry: string;
  exitIn?: number;
  reason?: ExitReason;
}[] = [
  { number: "P1001", first: "Renate", last: "Albers", positions: ["32.1-01"], entry: "1991-04-01", exitIn: 14, reason: "RETIREMENT" },
  { number: "P1002", first: "Klaus", last: "Brinkmann", positions: ["32.1-02"], entry: "1989-08-01", exitIn: 5, reason: "RETIREMENT" },
  { number: "P1003", first: "Aylin", last: "Demir", positions: ["32.1-02"], entry: "2019-09-01" },
  { number: "P1004", first: "Jonas", last: "Engel", positions: ["32.1-03"], entry: "2021-02-15" },
  { number: "P1005", first: "Sabine", last: "Fischer", positions: ["32.1-03"], entry: "1995-01-01", exitIn: 27, reason: "RETIREMENT" },
  { number: "P1006", first: "Lea", last: "Hoffmann", positions: ["32.1-02"], entry: "2026-10-01" },
  { number: "P2001", first: "Thomas", last: "Jansen", positions: ["32.2-01"], entry: "1993-06-01", exitIn: 20, reason: "RETIREMENT" },
  { number: "P2002", first: "Petra", last: "Krüger", positions: ["32.2-02"], entry: "1990-03-01", exitIn: 9, reason: "RETIREMENT" },
  { number: "P2003", first: "Mehmet", last: "Kaya", positions: ["32.2-02"], entry: "2016-05-01" },
  { number: "P2004", first: "Birgit", last: "Lange", positions: ["32.2-03"], entry: "2002-11-01", exitIn: 33, reason: "JOB_CHANGE" },
  { number: "P2005", first: "Niklas", last: "Lorenz", positions: ["32.2-03"], entry: "2022-07-01" },
  { number: "P3001", first: "Gabriele", last: "Meyer", positions: ["34-01"], entry: "1988-10-01", exitIn: 3, reason: "RETIREMENT" },
  { number: "P3002", first: "Stefan", last: "Neumann", positions: ["34-01"], entry: "2010-01-01" },
  { number: "P3003", first: "Julia", last: "Otto", positions: ["34-02"], entry: "2018-04-01", exitIn: 8, reason: "PARENTAL_LEAVE" },
  { number: "P4001", first: "Heinz", last: "Peters", positions: ["20-01"], entry: "1987-09-01", exitIn: 11, reason: "RETIREMENT" },
  { number: "P4002", first: "Monika", last: "Richter", positions: ["20-02"], entry: "1992-02-01", exitIn: 18, reason: "RETIREMENT" },
  { number: "P4003", first: "David", last: "Schäfer", positions: ["20-02"], entry: "2020-08-01" },
  { number: "P4004", first: "Ursula", last: "Schmitz", positions: ["20-03"], entry: "1994-05-01", exitIn: 30, reason: "RETIREMENT" },
  { number: "P4005", first: "Kevin", last: "Schulz", positions: ["20-03"], entry: "2023-03-01" },
  { number: "P5001", first: "Wolfgang", last: "Schwarz", positions: ["60-01"], entry: "1990-07-01", exitIn: 22, reason: "RETIREMENT" },
  { number: "P5002", first: "Andrea", last: "Simon", positions: ["60-02"], entry: "1996-01-01", exitIn: 6, reason: "RETIREMENT" },
  { number: "P5003", first: "Felix", last: "Vogel", positions: ["60-02"], entry: "2021-10-01" },
  { number: "P5004", first: "Karin", last: "Wagner", positions: ["60-02"], entry: "2005-04-01" },
  { number: "P6001", first: "Elke", last: "Weber", positions: ["11-01"], entry: "1992-01-01", exitIn: 35, reason: "RETIREMENT" },
  { number: "P6002", first: "Marco", last: "Wolf", positions: ["11-02"], entry: "2014-09-01" },
  { number: "P6003", first: "Silke", last: "Zimmermann", positions: ["11-02"], entry: "1998-06-01", exitIn: 16, reason: "RETIREMENT" },
  { number: "P6004", first: "Tobias", last: "Becker", positions: ["11-02"], entry: "2024-01-01" },
  { number: "P1007", first: "Hannah", last: "Schröder", positions: ["32.1-03"], entry: "2025-05-01" },
  { number: "P2006", first: "Frank", last: "Koch", positions: ["32.2-01"], entry: "2008-02-01" },
  { number: "P4006", first: "Miriam", last: "Braun", positions: ["20-01"], entry: "2012-11-01" },
];
