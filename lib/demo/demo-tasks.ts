/** About 60 tasks of Stadt Musterhausen with owners and ranked deputies. */
import type { TaskFrequency } from "../db/generated/enums";
type Frequency = TaskFrequency;

export interface DemoTask {
  key: string;
  position: string;
  title: string;
  criticality: 1 | 2 | 3 | 4 | 5;
  frequency: Frequency;
  legalBasis: string;
  systems: string[];
  owner: string;
  deputies: string[];
}

const t = (
  key: string,
  position: string,
  title: string,
  criticality: DemoTask["criticality"],
  frequency: Frequency,
  legalBasis: string,
  systems: string[],
  owner: string,
  deputies: string[] = [],
): DemoTask => ({ key, position, title, criticality, frequency, legalBasis, systems, owner, deputies });

export const DEMO_TASKS: DemoTask[] = [
  // Bürgeramt
  t("BA01", "32.1-02", "Anmeldung, Ummeldung und Abmeldung einer Wohnung", 4, "DAILY", "BMG §§ 17, 23", ["VOIS|MESO"], "P1002", [
    "P1003",
    "P1006",
  ]),
  t(
    "BA02",
    "32.1-02",
    "Personalausweis und Reisepass beantragen und aushändigen",
    4,
    "DAILY",
    "PAuswG § 9; PassG § 6",
    ["VOIS|MESO", "Digant"],
    "P1002",
    ["P1003"],
  ),
  t("BA03", "32.1-02", "Melderegisterauskünfte erteilen", 3, "DAILY", "BMG §§ 44–50", ["VOIS|MESO"], "P1003", ["P1002"]),
  t("BA04", "32.1-02", "Übermittlungssperren und Auskunftssperren eintragen", 4, "WEEKLY", "BMG § 51", ["VOIS|MESO"], "P1002"),
  t("BA05", "32.1-02", "Wählerverzeichnis zur Wahl erstellen", 5, "IRREGULAR", "BWO § 14; KWO", ["VOIS|MESO", "votemanager"], "P1002", [
    "P1001",
  ]),
  t("BA06", "32.1-03", "Gewerbeanmeldung, -ummeldung und -abmeldung bearbeiten", 3, "DAILY", "GewO § 14", ["VOIS|GEWAN"], "P1005", [
    "P1004",
  ]),
  t("BA07", "32.1-03", "Gewerbeuntersagung vorbereiten", 4, "IRREGULAR", "GewO § 35", ["VOIS|GEWAN"], "P1005"),
  t("BA08", "32.1-03", "Gaststättenerlaubnis erteilen", 3, "MONTHLY", "GastG § 2", ["VOIS|GEWAN"], "P1005", ["P1004"]),
  t("BA09", "32.1-03", "Reisegewerbekarte ausstellen", 2, "MONTHLY", "GewO § 55", ["VOIS|GEWAN"], "P1004", ["P1007"]),
  t("BA10", "32.1-01", "Dienstplan und Terminvergabe des Bürgeramts steuern", 3, "WEEKLY", "Dienstanweisung Bürgeramt", ["TEVIS"], "P1001"),
  // Ordnungsamt
  t(
    "OA01",
    "32.2-02",
    "Verkehrsrechtliche Anordnung für Baustellen erlassen",
    4,
    "WEEKLY",
    "StVO § 45",
    ["OWI21", "Baustellenatlas"],
    "P2002",
    ["P2003"],
  ),
  t("OA02", "32.2-02", "Parkausweise für Bewohner ausstellen", 2, "DAILY", "StVO § 45 Abs. 1b; VwV-StVO", ["OWI21"], "P2003", ["P2002"]),
  t("OA03", "32.2-02", "Bußgeldverfahren im ruhenden Verkehr bearbeiten", 3, "DAILY", "OWiG; StVO § 49", ["OWI21"], "P2002"),
  t("OA04", "32.2-02", "Sondernutzungserlaubnis für Straßenfeste erteilen", 3, "MONTHLY", "StrWG § 18", ["OWI21"], "P2002", ["P2003"]),
  t("OA05", "32.2-03", "Fundsachen annehmen, verwahren und herausgeben", 2, "DAILY", "BGB §§ 965–984", ["Fundinfo"], "P2005", ["P2004"]),
  t(
    "OA06",
    "32.2-03",
    "Gefahrenabwehrverordnung vollziehen (Hunde)",
    4,
    "WEEKLY",
    "Landeshundegesetz; GefahrenabwehrVO",
    ["OWI21"],
    "P2004",
  ),
  t(
    "OA07",
    "32.2-03",
    "Obdachlosenunterbringung veranlassen",
    5,
    "IRREGULAR",
    "Polizei- und Ordnungsbehördengesetz",
    ["Belegungsliste (Excel)"],
    "P2004",
    ["P2001"],
  ),
  t("OA08", "32.2-03", "Veranstaltungen und Märkte genehmigen", 3, "MONTHLY", "GewO §§ 60b, 69", ["OWI21"], "P2004", ["P2005"]),
  t(
    "OA09",
    "32.2-01",
    "Ordnungsbehördliche Verfügungen im Eilfall erlassen",
    5,
    "IRREGULAR",
    "Polizei- und Ordnungsbehördengesetz",
    ["DMS enaio"],
    "P2001",
    ["P2006"],
  ),
  t("OA10", "32.2-01", "Jahresplanung des Außendienstes", 2, "YEARLY", "Dienstanweisung Außendienst", ["Dienstplan-Tool"], "P2001", [
    "P2006",
  ]),
  // Standesamt
  t("SA01", "34-01", "Eheschließungen anmelden und durchführen", 5, "WEEKLY", "PStG §§ 12–16; BGB § 1310", ["AutiSta"], "P3001", ["P3002"]),
  t("SA02", "34-01", "Geburten beurkunden", 5, "DAILY", "PStG §§ 18–21", ["AutiSta"], "P3001", ["P3002"]),
  t("SA03", "34-01", "Sterbefälle beurkunden", 5, "DAILY", "PStG §§ 28–31", ["AutiSta"], "P3002", ["P3001"]),
  t("SA04", "34-02", "Namenserklärungen entgegennehmen", 3, "WEEKLY", "BGB §§ 1355, 1617; PStG § 45", ["AutiSta"], "P3003"),
  t("SA05", "34-02", "Personenstandsurkunden ausstellen", 3, "DAILY", "PStG § 55", ["AutiSta", "ePayBL"], "P3003", ["P3002"]),
  t("SA06", "34-02", "Kirchenaustritte beurkunden", 2, "WEEKLY", "Kirchenaustrittsgesetz des Landes", ["AutiSta"], "P3003"),
  t("SA07", "34-01", "Fortführung der Personenstandsregister", 4, "DAILY", "PStG §§ 5, 16", ["AutiSta"], "P3001"),
  t("SA08", "34-01", "Anerkennung ausländischer Entscheidungen vorbereiten", 4, "IRREGULAR", "FamFG § 107", ["AutiSta"], "P3001"),
  t(
    "SA09",
    "34-02",
    "Trautermine und Trauzimmer vergeben",
    2,
    "WEEKLY",
    "Dienstanweisung Standesamt",
    ["Outlook-Ressourcenkalender"],
    "P3003",
    ["P3001"],
  ),
  t("SA10", "34-01", "Jährliche Prüfung durch die Standesamtsaufsicht vorbereiten", 3, "YEARLY", "PStV § 4", ["AutiSta"], "P3001"),
  // Kämmerei
  t("KA01", "20-01", "Haushaltsplan aufstellen", 5, "YEARLY", "GemO; GemHVO", ["SAP", "Haushaltsplaner"], "P4001", ["P4006"]),
  t("KA02", "20-01", "Jahresabschluss erstellen", 5, "YEARLY", "GemO; GemHVO §§ 95 ff.", ["SAP"], "P4001"),
  t("KA03", "20-02", "Grundsteuerbescheide erstellen", 5, "YEARLY", "GrStG §§ 25–28", ["SAP", "KOMMBOSS"], "P4002", ["P4003"]),
  t("KA04", "20-02", "Hundesteuer veranlagen", 2, "MONTHLY", "Hundesteuersatzung der Stadt", ["KOMMBOSS"], "P4003", ["P4002"]),
  t("KA05", "20-02", "Gewerbesteuer festsetzen", 5, "QUARTERLY", "GewStG §§ 4, 16", ["KOMMBOSS"], "P4002"),
  t("KA06", "20-02", "Stundungen und Erlasse von Abgaben prüfen", 4, "MONTHLY", "AO §§ 222, 227", ["KOMMBOSS"], "P4002", ["P4003"]),
  t("KA07", "20-03", "Zahlungsverkehr und Tagesabschluss der Stadtkasse", 4, "DAILY", "GemKVO", ["SAP", "Bankportal"], "P4004", ["P4005"]),
  t("KA08", "20-03", "Mahnverfahren und Vollstreckung anstoßen", 3, "WEEKLY", "VwVG des Landes", ["SAP"], "P4004"),
  t("KA09", "20-03", "Umsatzsteuer-Voranmeldung der Stadt (§ 2b UStG)", 4, "MONTHLY", "UStG § 2b", ["SAP", "ELSTER"], "P4004", ["P4001"]),
  t(
    "KA10",
    "20-01",
    "Fördermittel abrufen und Verwendungsnachweise erstellen",
    4,
    "QUARTERLY",
    "Förderrichtlinien; LHO § 44",
    ["SAP"],
    "P4001",
  ),
  // Bauamt
  t("BAU01", "60-02", "Bauanträge auf Vollständigkeit prüfen", 4, "DAILY", "LBO; BauVorlVO", ["ProBauG"], "P5002", ["P5003", "P5004"]),
  t("BAU02", "60-02", "Baugenehmigungen erteilen", 5, "WEEKLY", "LBO; BauGB §§ 30–35", ["ProBauG"], "P5002", ["P5004"]),
  t("BAU03", "60-02", "Gemeindliches Einvernehmen vorbereiten", 4, "WEEKLY", "BauGB § 36", ["ProBauG", "Ratsinformationssystem"], "P5002"),
  t("BAU04", "60-02", "Bauüberwachung und Bauabnahmen", 4, "WEEKLY", "LBO", ["ProBauG"], "P5004", ["P5003"]),
  t("BAU05", "60-02", "Abgeschlossenheitsbescheinigung ausstellen", 2, "MONTHLY", "WEG § 7", ["ProBauG"], "P5004", ["P5002"]),
  t("BAU06", "60-01", "Bebauungsplanverfahren begleiten", 5, "IRREGULAR", "BauGB §§ 2–10", ["GIS", "Ratsinformationssystem"], "P5001"),
  t("BAU07", "60-01", "Vorkaufsrecht der Gemeinde prüfen", 4, "WEEKLY", "BauGB §§ 24–28", ["GIS"], "P5001", ["P5002"]),
  t("BAU08", "60-02", "Baulastenverzeichnis führen", 3, "WEEKLY", "LBO", ["ProBauG"], "P5002"),
  t("BAU09", "60-01", "Straßenaufbruchgenehmigungen erteilen", 3, "WEEKLY", "StrWG", ["GIS"], "P5001", ["P5004"]),
  t(
    "BAU10",
    "60-02",
    "Denkmalschutzrechtliche Genehmigung vorbereiten",
    3,
    "MONTHLY",
    "Denkmalschutzgesetz des Landes",
    ["ProBauG"],
    "P5004",
  ),
  // Personalamt
  t("PA01", "11-02", "Monatliche Entgeltabrechnung vorbereiten", 5, "MONTHLY", "TVöD; EStG", ["LOGA"], "P6003", ["P6002"]),
  t("PA02", "11-02", "Einstellungen durchführen (Vertrag, Anmeldung)", 4, "WEEKLY", "TVöD §§ 2, 3; SGB IV", ["LOGA"], "P6003", ["P6004"]),
  t("PA03", "11-02", "Stufenaufstiege und Höhergruppierungen prüfen", 3, "MONTHLY", "TVöD §§ 16, 17", ["LOGA"], "P6002", ["P6003"]),
  t("PA04", "11-02", "Beihilfe- und Zusatzversorgungsmeldungen", 3, "MONTHLY", "ATV-K", ["LOGA", "ZVK-Portal"], "P6003"),
  t("PA05", "11-01", "Stellenplan fortschreiben", 4, "YEARLY", "GemHVO; Stellenplan", ["LOGA", "Excel"], "P6001"),
  t("PA06", "11-01", "Stellenausschreibungen und Auswahlverfahren", 4, "MONTHLY", "GG Art. 33 Abs. 2; AGG", ["Interamt"], "P6001", [
    "P6002",
  ]),
  t("PA07", "11-02", "Arbeitszeugnisse erstellen", 2, "MONTHLY", "TVöD § 35", ["Word-Vorlagen"], "P6004", ["P6002"]),
  t("PA08", "11-01", "Beteiligung des Personalrats", 4, "WEEKLY", "Landespersonalvertretungsgesetz", ["DMS enaio"], "P6001"),
  t("PA09", "11-02", "Ruhestandseintritte und Versorgungsauskünfte vorbereiten", 4, "MONTHLY", "BeamtVG; TVöD § 33", ["LOGA"], "P6003", [
    "P6002",
  ]),
  t("PA10", "11-01", "Betriebliches Eingliederungsmanagement einleiten", 3, "IRREGULAR", "SGB IX § 167", ["BEM-Akte"], "P6001", ["P6004"]),
];
