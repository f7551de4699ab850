/**
 * Relevance queries over FIXTURE_ARTICLES: each names the article(s) that must come
 * first. Groups are what German administrative search gets wrong elsewhere.
 */
export interface RelevanceQuery {
  group: string;
  query: string;
  expected: string[];
}

export const FIXTURE_QUERIES: RelevanceQuery[] = [
  // Wortteile: a part of a compound finds the compound.
  { group: "Wortteil", query: "reinigung", expected: ["strassenreinigung"] },
  { group: "Wortteil", query: "urkunde", expected: ["geburt"] },
  { group: "Wortteil", query: "erlaubnis gaststätte", expected: ["gaststaette"] },
  { group: "Wortteil", query: "nutzung verkehrsflächen", expected: ["sondernutzung"] },
  { group: "Wortteil", query: "beiträge eltern", expected: ["kita"] },
  { group: "Wortteil", query: "anmeldung gewerbe", expected: ["gewerbe"] },
  { group: "Wortteil", query: "steuer hund", expected: ["hundesteuer"] },
  { group: "Wortteil", query: "bescheid grundsteuer", expected: ["grundsteuer"] },
  // Tippfehler: one or two wrong letters, also inside long compounds.
  { group: "Tippfehler", query: "Gewerbeanmedlung", expected: ["gewerbe"] },
  { group: "Tippfehler", query: "Hundestuer", expected: ["hundesteuer"] },
  { group: "Tippfehler", query: "Melderegisterauskunf", expected: ["melde"] },
  { group: "Tippfehler", query: "Sondernutzungserlaubniss", expected: ["sondernutzung"] },
  { group: "Tippfehler", query: "Personalausweiss", expected: ["ausweis"] },
  { group: "Tippfehler", query: "Briefwhal", expected: ["briefwahl"] },
  { group: "Tippfehler", query: "Widerspruchsverfaren", expected: ["widerspruch"] },
  { group: "Tippfehler", query: "Grabnutzungsrecht", expected: ["friedhof"] },
  // Schreibweise: ß/ss and ä/ae, ö/oe, ü/ue are the same word.
  { group: "Schreibweise", query: "Strassenreinigungsgebuehren", expected: ["strassenreinigung"] },
  { group: "Schreibweise", query: "Eheschliessung", expected: ["eheschliessung"] },
  { group: "Schreibweise", query: "Gaststaettenerlaubnis", expected: ["gaststaette"] },
  { group: "Schreibweise", query: "Maengelmeldungen", expected: ["maengel"] },
  { group: "Schreibweise", query: "Uebergabe Friedhofsverwaltung", expected: ["friedhof"] },
  { group: "Schreibweise", query: "Bussgeldverfahren", expected: ["bussgeld"] },
  { group: "Schreibweise", query: "strasse schäden", expected: ["maengel"] },
  { group: "Schreibweise", query: "Raeumpflicht", expected: ["winterdienst"] },
  // Abkürzungen: the abbreviation finds the written-out word and back.
  { group: "Abkürzung", query: "Kfz abmelden", expected: ["kfz"] },
  { group: "Abkürzung", query: "BauGB", expected: ["bauantrag"] },
  { group: "Abkürzung", query: "GewO", expected: ["gewerbe"] },
  { group: "Abkürzung", query: "EWO", expected: ["wohnsitz"] },
  { group: "Abkürzung", query: "Kita", expected: ["kita"] },
  { group: "Abkürzung", query: "Az. vergeben", expected: ["aktenzeichen"] },
  { group: "Abkürzung", query: "OWiG", expected: ["bussgeld"] },
  { group: "Abkürzung", query: "DSGVO Auskunft", expected: ["datenschutz"] },
  { group: "Abkürzung", query: "Führerschein umtauschen", expected: ["fahrerlaubnis"] },
  { group: "Abkürzung", query: "TVöD Stufe", expected: ["tarif"] },
  // Mehrere Wörter: everyday questions.
  { group: "Mehrere Wörter", query: "Hund abmelden Steuer", expected: ["hundesteuer"] },
  { group: "Mehrere Wörter", query: "Tagesabschluss Kasse Vertretung", expected: ["stadtkasse"] },
  { group: "Mehrere Wörter", query: "erste Woche Bürgerbüro", expected: ["einarbeitung"] },
  { group: "Mehrere Wörter", query: "Fundsachen sechs Monate", expected: ["fundsachen"] },
  { group: "Mehrere Wörter", query: "Haushaltsplan Termine", expected: ["haushalt"] },
  { group: "Mehrere Wörter", query: "Vergabe unterhalb Schwellenwerte", expected: ["vergabe"] },
  { group: "Mehrere Wörter", query: "Wahlschein bis wann", expected: ["briefwahl"] },
  // Rangfolge: title before body, published and verified before draft or expired, exact phrase before scattered words.
  { group: "Rangfolge", query: "Räumpflicht Anlieger", expected: ["winterdienst"] },
  { group: "Rangfolge", query: "Spielplatzkontrolle", expected: ["spielplatz"] },
  { group: "Rangfolge", query: "öffentliche Bekanntmachung", expected: ["bekanntmachung"] },
  { group: "Rangfolge", query: "Fundsachen", expected: ["fundsachen"] },
  { group: "Rangfolge", query: "Geburtsurkunde", expected: ["geburt"] },
  // Normen und Zahlen: § references, articles, years.
  { group: "Normen und Zahlen", query: "§ 34 BauGB", expected: ["bauantrag"] },
  { group: "Normen und Zahlen", query: "Art. 15", expected: ["datenschutz"] },
  { group: "Normen und Zahlen", query: "Haushaltsjahr 2026", expected: ["haushalt"] },
  { group: "Normen und Zahlen", query: "DIN EN 1176", expected: ["spielplatz"] },
];
