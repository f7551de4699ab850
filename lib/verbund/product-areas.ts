/**
 * The 17 product areas of the NRW product framework (NKF), by which the
 * Verbund's task catalogue is grouped. Two-digit codes, as the framework
 * numbers them.
 */
export const PRODUCT_AREAS: Readonly<Record<string, string>> = {
  "01": "Innere Verwaltung",
  "02": "Sicherheit und Ordnung",
  "03": "Schulträgeraufgaben",
  "04": "Kultur und Wissenschaft",
  "05": "Soziale Leistungen",
  "06": "Kinder-, Jugend- und Familienhilfe",
  "07": "Gesundheitsdienste",
  "08": "Sportförderung",
  "09": "Räumliche Planung und Entwicklung, Geoinformationen",
  "10": "Bauen und Wohnen",
  "11": "Ver- und Entsorgung",
  "12": "Verkehrsflächen und -anlagen, ÖPNV",
  "13": "Natur- und Landschaftspflege",
  "14": "Umweltschutz",
  "15": "Wirtschaft und Tourismus",
  "16": "Allgemeine Finanzwirtschaft",
  "17": "Stiftungen",
};

export const PRODUCT_AREA_CODES = Object.keys(PRODUCT_AREAS);

/** "02 Sicherheit und Ordnung" */
export const productAreaLabel = (code: string) => `${code} ${PRODUCT_AREAS[code] ?? "Unbekannter Produktbereich"}`;
