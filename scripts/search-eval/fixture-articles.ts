/**
 * Fixture articles for the relevance suite: German municipal knowledge written for
 * this product. Abbreviations are deliberately spelled out in the text (and vice
 * versa) so the suite shows whether synonyms work, and several titles share words
 * so ranking matters.
 */
import type { ArticleKind } from "../../lib/db/generated/enums";
export interface FixtureArticle {
  key: string;
  title: string;
  kind: ArticleKind;
  status?: "DRAFT" | "PUBLISHED";
  /** Review date already passed (verification: abgelaufen). */
  expired?: boolean;
  sections: [heading: string, text: string][];
}

export const FIXTURE_ARTICLES: FixtureArticle[] = [
  {
    key: "hundesteuer",
    title: "Hundesteuer: An- und Abmeldung eines Hundes",
    kind: "PROCEDURE",
    sections: [
      [
        "Anmeldung",
        "Wer einen Hund hält, meldet ihn innerhalb von zwei Wochen bei der Steuerabteilung an. Die Steuermarke wird sofort ausgegeben.",
      ],
      ["Abmeldung", "Bei Tod oder Abgabe des Tieres endet die Steuerpflicht mit Ablauf des Monats. Die Marke ist zurückzugeben."],
      ["Ermäßigungen", "Für Rettungshunde und Assistenzhunde gilt nach der Satzung eine Befreiung auf Antrag."],
    ],
  },
  {
    key: "gewerbe",
    title: "Gewerbeanmeldung entgegennehmen",
    kind: "PROCEDURE",
    sections: [
      ["Rechtsgrundlage", "Die Anzeige richtet sich nach § 14 der Gewerbeordnung. Sie ist vor Beginn der Tätigkeit zu erstatten."],
      [
        "Ablauf",
        "Das Formular wird im Fachverfahren erfasst, die Empfangsbestätigung innerhalb von drei Tagen ausgestellt. Datenübermittlung an Finanzamt, Handwerkskammer und IHK.",
      ],
    ],
  },
  {
    key: "gewerbeab",
    title: "Gewerbeabmeldung und Betriebsaufgabe",
    kind: "PROCEDURE",
    sections: [
      [
        "Wann abmelden?",
        "Wird der Betrieb aufgegeben, ist die Abmeldung binnen eines Monats abzugeben. Eine rückwirkende Abmeldung ist möglich, wenn Nachweise vorliegen.",
      ],
    ],
  },
  {
    key: "wohnsitz",
    title: "Wohnsitzanmeldung nach Umzug",
    kind: "PROCEDURE",
    sections: [
      [
        "Zuständigkeit",
        "Die Anmeldung einer Wohnung nimmt das Einwohnermeldeamt im Bürgerbüro entgegen. Erforderlich sind Ausweis und die Wohnungsgeberbestätigung.",
      ],
      ["Frist", "Die Anmeldung muss binnen zwei Wochen nach dem Einzug erfolgen; Verstöße werden als Ordnungswidrigkeit verfolgt."],
    ],
  },
  {
    key: "melde",
    title: "Melderegisterauskunft erteilen",
    kind: "PROCEDURE",
    sections: [
      ["Einfache Auskunft", "Auf Antrag werden Name, Doktorgrad und Anschrift mitgeteilt, sofern keine Auskunftssperre eingetragen ist."],
      ["Erweiterte Auskunft", "Nur bei berechtigtem Interesse nach dem Bundesmeldegesetz; Gebühr laut Verwaltungsgebührensatzung."],
    ],
  },
  {
    key: "strassenreinigung",
    title: "Straßenreinigungsgebühren festsetzen",
    kind: "PROCEDURE",
    sections: [
      ["Berechnung", "Die Gebühr richtet sich nach der Frontmeterlänge des Grundstücks und der Reinigungsklasse der Straße."],
      ["Bescheid", "Die Festsetzung erfolgt jährlich zusammen mit dem Grundbesitzabgabenbescheid zum 15. Februar."],
    ],
  },
  {
    key: "sondernutzung",
    title: "Sondernutzungserlaubnis für öffentliche Verkehrsflächen",
    kind: "PROCEDURE",
    sections: [
      [
        "Wann nötig?",
        "Wer Gehwege oder Parkstreifen über den Gemeingebrauch hinaus nutzt, etwa für Baugerüste, Container oder Außengastronomie, braucht eine Erlaubnis.",
      ],
      ["Gebühren", "Die Gebühr bemisst sich nach Fläche und Dauer laut Sondernutzungssatzung."],
    ],
  },
  {
    key: "kita",
    title: "Platzvergabe in Kindertagesstätten und Elternbeiträge",
    kind: "PROCEDURE",
    sections: [
      ["Vormerkung", "Eltern melden ihr Kind über das Onlineportal an; die Vergabe erfolgt zum 1. März nach den Kriterien der Satzung."],
      ["Elternbeiträge", "Die Beiträge sind einkommensabhängig gestaffelt; Geschwisterkinder sind beitragsfrei."],
    ],
  },
  {
    key: "kfz",
    title: "Abmeldung eines Kraftfahrzeugs",
    kind: "PROCEDURE",
    sections: [
      [
        "Unterlagen",
        "Vorzulegen sind Zulassungsbescheinigung Teil I und die Kennzeichenschilder. Die Außerbetriebsetzung wird an die Versicherung gemeldet.",
      ],
    ],
  },
  {
    key: "bauantrag",
    title: "Bauantrag auf Vollständigkeit prüfen",
    kind: "PROCEDURE",
    sections: [
      [
        "Planungsrecht",
        "Innerhalb im Zusammenhang bebauter Ortsteile richtet sich die Zulässigkeit nach § 34 Baugesetzbuch; im Außenbereich nach § 35.",
      ],
      ["Beteiligung", "Die Gemeinde erteilt oder versagt ihr Einvernehmen innerhalb von zwei Monaten."],
    ],
  },
  {
    key: "ausweis",
    title: "Personalausweis beantragen",
    kind: "PROCEDURE",
    sections: [
      [
        "Ablauf",
        "Die antragstellende Person erscheint persönlich mit biometrischem Lichtbild. Die Bearbeitungszeit der Bundesdruckerei beträgt etwa drei Wochen.",
      ],
      ["Vorläufiger Ausweis", "Bei Eilbedürftigkeit kann ein vorläufiges Dokument ausgestellt werden."],
    ],
  },
  {
    key: "fahrerlaubnis",
    title: "Fahrerlaubnis umtauschen",
    kind: "PROCEDURE",
    sections: [
      [
        "Pflichtumtausch",
        "Alte Papierdokumente sind je nach Geburtsjahrgang bis zu festen Stichtagen in den EU-Kartendokument umzutauschen.",
      ],
    ],
  },
  {
    key: "bussgeld",
    title: "Bußgeldverfahren einleiten",
    kind: "PROCEDURE",
    sections: [
      ["Grundlage", "Verstöße werden nach dem Ordnungswidrigkeitengesetz verfolgt. Vor dem Bescheid wird die betroffene Person angehört."],
      ["Verjährung", "Die Verfolgungsverjährung beträgt bei den meisten Verstößen drei Monate."],
    ],
  },
  {
    key: "aktenzeichen",
    title: "Aktenzeichen vergeben und nach Aktenplan ablegen",
    kind: "ENTRY",
    sections: [
      [
        "Aufbau",
        "Jedes Schriftstück erhält das Aktenzeichen aus Aktenplankennzahl, laufender Nummer und Jahrgang, zum Beispiel 32.4/117/2024.",
      ],
      ["Ablage", "Die elektronische Akte wird im DMS unter dem Aktenzeichen geführt; Papierpost wird gescannt."],
    ],
  },
  {
    key: "haushalt",
    title: "Haushaltsplan aufstellen: Fristen und Termine",
    kind: "PROCEDURE",
    sections: [
      [
        "Zeitplan",
        "Die Fachbereiche melden ihre Ansätze bis 30. Juni, die Kämmerei stellt den Entwurf bis Oktober auf. Für das Haushaltsjahr 2026 gilt ein Doppelhaushalt.",
      ],
    ],
  },
  {
    key: "grundsteuer",
    title: "Grundsteuerbescheide nach der Reform",
    kind: "PROCEDURE",
    sections: [
      ["Messbetrag", "Grundlage ist der Messbescheid des Finanzamts; die Gemeinde wendet den Hebesatz an."],
      ["Widerspruch", "Einwände gegen den Messbetrag sind beim Finanzamt vorzubringen, nicht bei der Gemeinde."],
    ],
  },
  {
    key: "eheschliessung",
    title: "Eheschließung anmelden",
    kind: "PROCEDURE",
    sections: [
      [
        "Unterlagen",
        "Benötigt werden Ausweise, beglaubigte Abschriften aus dem Geburtenregister und gegebenenfalls Nachweise über frühere Ehen. Eine Geburtsurkunde ist nicht mehr erforderlich, wenn das Register elektronisch abrufbar ist.",
      ],
    ],
  },
  {
    key: "geburt",
    title: "Geburtsurkunde ausstellen",
    kind: "PROCEDURE",
    sections: [
      [
        "Beurkundung",
        "Nach Anzeige der Geburt durch die Klinik wird der Eintrag im Geburtenregister angelegt und die Urkunde gebührenfrei für Kindergeld und Elterngeld ausgestellt.",
      ],
    ],
  },
  {
    key: "fundsachen",
    title: "Fundsachen annehmen und verwahren",
    kind: "PROCEDURE",
    sections: [
      ["Annahme", "Fundstücke werden mit Fundort und Funddatum im Fundbuch erfasst."],
      [
        "Aufbewahrung",
        "Nach sechs Monaten erwirbt der Finder das Eigentum, wenn er es beantragt hat; sonst fällt die Sache an die Gemeinde.",
      ],
    ],
  },
  {
    key: "briefwahl",
    title: "Briefwahl organisieren",
    kind: "PROCEDURE",
    sections: [
      ["Wahlschein", "Anträge auf Wahlschein und Briefwahlunterlagen werden bis zum zweiten Tag vor der Wahl 18 Uhr angenommen."],
      ["Auszählung", "Die Briefwahlvorstände treten am Wahltag um 15 Uhr zusammen."],
    ],
  },
  {
    key: "stadtkasse",
    title: "Vertretung in der Stadtkasse: Tagesabschluss",
    kind: "DEPUTY",
    sections: [
      [
        "Tagesabschluss",
        "Der Kassenbestand wird täglich um 15:30 Uhr gezählt, im Kassenbuch abgestimmt und vom Vier-Augen-Prinzip bestätigt.",
      ],
      ["Ansprechpartner", "Bei Differenzen ist die Kassenaufsicht in der Kämmerei zu informieren."],
    ],
  },
  {
    key: "einarbeitung",
    title: "Einarbeitung im Bürgerbüro: die erste Woche",
    kind: "ENTRY",
    sections: [
      ["Tag 1", "Zugänge zum Fachverfahren und zum Kassensystem beantragen, Hospitation am Schalter."],
      ["Tag 2 bis 5", "Einfache Vorgänge selbst bearbeiten: Meldebescheinigungen, Fundsachen, Beglaubigungen."],
    ],
  },
  {
    key: "friedhof",
    title: "Übergabe Friedhofsverwaltung: Grabnutzungsrechte",
    kind: "EXIT",
    sections: [
      [
        "Nutzungsrechte",
        "Grabnutzungsrechte werden für 25 Jahre vergeben und können verlängert werden. Die Verlängerung wird im Friedhofsprogramm vermerkt.",
      ],
      [
        "Warum machen wir das so?",
        "Die Ruhezeit ist in der Friedhofssatzung festgelegt; Verlängerungen sichern die Pflege der Grabstätte.",
      ],
    ],
  },
  {
    key: "datenschutz",
    title: "Auskunftsersuchen nach Art. 15 Datenschutz-Grundverordnung beantworten",
    kind: "PROCEDURE",
    sections: [
      ["Frist", "Die Auskunft ist binnen eines Monats zu erteilen; eine Verlängerung um zwei Monate ist zu begründen."],
      ["Umfang", "Mitzuteilen sind Zwecke, Empfänger, Speicherdauer und eine Kopie der Daten."],
    ],
  },
  {
    key: "vergabe",
    title: "Vergabe von Aufträgen unterhalb der EU-Schwellenwerte",
    kind: "PROCEDURE",
    sections: [
      [
        "Verfahren",
        "Bis zur Wertgrenze genügt ein Direktauftrag, darüber ist eine beschränkte Ausschreibung mit mindestens drei Angeboten durchzuführen.",
      ],
    ],
  },
  {
    key: "widerspruch",
    title: "Widerspruchsverfahren: Abhilfe prüfen",
    kind: "PROCEDURE",
    sections: [
      [
        "Abhilfe",
        "Die Ausgangsbehörde prüft, ob sie dem Widerspruch abhilft. Andernfalls wird er der Widerspruchsbehörde vorgelegt (§ 73 Verwaltungsgerichtsordnung).",
      ],
    ],
  },
  {
    key: "tarif",
    title: "Stufenzuordnung bei Neueinstellung",
    kind: "PROCEDURE",
    sections: [
      [
        "Regel",
        "Nach dem Tarifvertrag für den öffentlichen Dienst wird einschlägige Berufserfahrung bei der Stufenzuordnung berücksichtigt.",
      ],
    ],
  },
  {
    key: "gaststaette",
    title: "Gaststättenerlaubnis und vorübergehende Gestattung",
    kind: "PROCEDURE",
    sections: [["Gestattung", "Für Vereinsfeste mit Ausschank wird eine vorübergehende Gestattung erteilt; Antrag zwei Wochen vorher."]],
  },
  {
    key: "maengel",
    title: "Mängelmeldungen zu Straßenschäden bearbeiten",
    kind: "PROCEDURE",
    sections: [
      ["Eingang", "Meldungen aus dem Bürgerportal werden dem Bauhof zugewiesen; Schlaglöcher mit Verkehrsgefährdung sofort sichern."],
    ],
  },
  {
    key: "winterdienst",
    title: "Winterdienst: Räumpflicht der Anlieger",
    kind: "PROCEDURE",
    sections: [
      [
        "Pflichten",
        "Anlieger räumen Gehwege werktags bis 7 Uhr und sonntags bis 9 Uhr. Verstöße werden nach der Straßenreinigungssatzung geahndet.",
      ],
    ],
  },
  {
    key: "winterdienst-entwurf",
    title: "Winterdienst: Räumpflicht der Anlieger",
    kind: "PROCEDURE",
    status: "DRAFT",
    sections: [["Pflichten (Entwurf)", "Anlieger räumen Gehwege werktags bis 7 Uhr. Neufassung in Abstimmung."]],
  },
  {
    key: "spielplatz",
    title: "Spielplatzkontrolle nach DIN EN 1176",
    kind: "PROCEDURE",
    sections: [["Intervalle", "Sichtkontrolle wöchentlich, operative Inspektion monatlich, Hauptinspektion jährlich."]],
  },
  {
    key: "spielplatz-alt",
    title: "Spielplatzkontrolle nach DIN EN 1176",
    kind: "PROCEDURE",
    expired: true,
    sections: [["Intervalle (alte Fassung)", "Sichtkontrolle wöchentlich, Hauptinspektion jährlich."]],
  },
  {
    key: "bekanntmachung",
    title: "Öffentliche Bekanntmachung von Satzungen",
    kind: "PROCEDURE",
    sections: [["Form", "Satzungen werden durch öffentliche Bekanntmachung im Amtsblatt und auf der Internetseite in Kraft gesetzt."]],
  },
  {
    key: "ratssitzung",
    title: "Ratssitzung vorbereiten",
    kind: "PROCEDURE",
    sections: [["Einladung", "Die Tagesordnung ist öffentlich; die Bekanntmachung der Sitzung erfolgt eine Woche vorher im Schaukasten."]],
  },
];
