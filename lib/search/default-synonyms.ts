/**
 * Abbreviations common in German municipal administration, each with what it stands
 * for. Every term of a group finds articles that use any other term of the group.
 * Organizations add their own groups on the admin page (Verwaltung → Suchbegriffe).
 */
export const DEFAULT_SYNONYM_GROUPS: readonly (readonly string[])[] = [
  ["Kfz", "Kraftfahrzeug"],
  ["BauGB", "Baugesetzbuch"],
  ["BauO", "Bauordnung", "Landesbauordnung"],
  ["GewO", "Gewerbeordnung"],
  ["EWO", "Einwohnermeldeamt", "Einwohnermeldewesen"],
  ["BMG", "Bundesmeldegesetz"],
  ["Kita", "Kindertagesstätte", "Kindergarten"],
  ["Az", "Aktenzeichen"],
  ["OWiG", "Ordnungswidrigkeitengesetz"],
  ["OWi", "Ordnungswidrigkeit"],
  ["VwVfG", "Verwaltungsverfahrensgesetz"],
  ["VwGO", "Verwaltungsgerichtsordnung"],
  ["SGB", "Sozialgesetzbuch"],
  ["KAG", "Kommunalabgabengesetz"],
  ["GO", "Gemeindeordnung"],
  ["StVO", "Straßenverkehrsordnung"],
  ["StVG", "Straßenverkehrsgesetz"],
  ["DSGVO", "Datenschutz-Grundverordnung", "Datenschutzgrundverordnung"],
  ["TVöD", "Tarifvertrag für den öffentlichen Dienst"],
  ["ÖPNV", "öffentlicher Personennahverkehr"],
  ["BGB", "Bürgerliches Gesetzbuch"],
  ["AO", "Abgabenordnung"],
  ["HGB", "Handelsgesetzbuch"],
  ["USt", "Umsatzsteuer"],
  ["Gst", "Grundsteuer"],
  ["FB", "Fachbereich"],
  ["SG", "Sachgebiet"],
  ["Wv", "Wiedervorlage"],
  ["i. V.", "in Vertretung"],
  ["Ausweis", "Personalausweis"],
  ["Perso", "Personalausweis"],
  ["Führerschein", "Fahrerlaubnis"],
];
