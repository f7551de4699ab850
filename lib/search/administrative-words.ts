/**
 * Words that municipal texts build their compounds from, written for the
 * product so that compound splitting works even where the system word list is
 * not installed (lower case, base form and common plural or inflected forms).
 */
export const ADMINISTRATIVE_WORDS: readonly string[] = `
abfall abfälle abgabe abgaben abmeldung abrechnung abschluss absicht abwasser adresse akte akten amt ämter
änderung angabe angebot angelegenheit angelegenheiten anhörung anlage anlagen anmeldung anordnung anschrift
antrag anträge anzeige arbeit arbeiten archiv aufenthalt aufgabe aufgaben aufsicht auftrag aufträge ausbildung
ausgabe ausgaben auskunft ausländer ausschuss ausweis auszahlung bahn bank bau bauten beamte beamter bedarf
befreiung behörde behörden beihilfe beitrag beiträge bericht beratung bereich berechtigung bescheid bescheide
bescheinigung beschluss beschwerde besoldung bestattung betreuung betrieb betriebe bewerbung bewilligung bezug
bildung brand brief bücherei bürger bürgerin bürgerinnen bürgschaft daten datei datenschutz dienst dienste
dokument dokumente eingabe einheit einkommen einnahme einnahmen einrichtung einsatz einwohner einwohnerin
eintrag eintragung einzug eltern empfang ende energie entgelt entscheidung entschädigung erhebung erklärung
erlaubnis ermäßigung ersatz erstattung fahrzeug fahrzeuge fall familie feier feuer feuerwehr finanzen fläche
flächen förderung form formular formulare frage fragen frist fristen friedhof führung fund fundsache gaststätte
gebäude gebühr gebühren geburt geld gemeinde gemeinden genehmigung gericht gesetz gesundheit gewerbe grab
grenze grund grundstück grundstücke gruppe hafen halter haltung handel haus haushalt häuser heim hilfe hinweis
hund hunde jahr jahre jugend kasse kataster kind kinder kindergarten kirche klage kosten kraft kredit kultur
kurs land lage leistung leistungen leitung liste lohn mahnung mangel markt maßnahme meldung miete mittel
nachweis name namen nutzung ordnung ort person personal personen pflege plan planung platz pflicht post
prüfung rat raum recht rechnung regelung register reinigung reise rente rückgabe sache sachen satzung schaden
schein schule schulen schutz senioren sicherheit sitzung sozial sperre stadt stand stelle stellen steuer steuern
straße straßen strafe tag tarif teil termin umwelt unterhalt unterkunft unterlage unterlagen unterstützung
urkunde urkunden urlaub verband verbot verein verfahren verfügung vergabe vergütung verkauf verkehr verlust
vermögen versicherung versorgung vertrag verträge vertretung verwaltung verzeichnis vollstreckung vorlage
vorschrift wahl wahlen wald wasser wechsel weg wege werk wert wesen widerspruch wirtschaft wohnung wohnungen
wohnsitz zahlung zeit zeugnis ziel zins zulassung zuschuss zuständigkeit zweck
`
  .split(/\s+/)
  .filter(Boolean);
