/**
 * "BMC 2015 — regierol van gemeenten" in the one model: per youth-care region (jeugdzorgregio) the 11
 * aandachtspunten of BMC (2015), "Regierol van gemeenten bij de aanpak van kindermishandeling: een jaar later"
 * (../shared/seeds/003_6a6d238cc2e6452a.txt), each with a judgement, bevindingen, knelpunten, mogelijke
 * oplossingen and document references, as the study's factsheet per region held them (lines 1432–1457:
 * "Per jeugdzorgregio is een factsheet opgesteld …", "Bevindingen zijn opgenomen in de factsheet, met
 * referentie naar de passage in het betreffende document"). Two rounds: the nulmeting of 2014 and the
 * vervolgmeting of 2015 (lines 99–115, 197–199).
 *
 * Sources of the texts (file 003, line numbers):
 * - themes: "2. Samenwerking" (l. 190), "3. Inzicht in problematiek en hulpaanbod" (l. 63), "4. Status
 *   Ontwikkeling Veilig Thuis" (l. 1040); the contents list groups points 1–5, 6–8 and 9–11 (l. 60–70);
 * - the aandachtspunt titles: l. 250, 346, 454, 546, 651, 776–778, 868, 961, 1085–1087, 1175, 1269–1271;
 * - the judgement scale follows the study's own counts (l. 314–316: a quarter of the regions has no
 *   agreements in the documents, half describes them in general terms, a quarter has worked them out
 *   concretely).
 * The `toetsvraag` of each point is NOT in the document: it was written for this monitor, in the manner of a
 * policy officer, from the research questions of each chapter (l. 201–213, 740–746, 1049–1060) and the
 * point's findings (docs/definitions.md says so too).
 *
 * The 42 jeugdzorgregio's of 2015 are not listed in the document; they follow the national division of
 * 2015 as published by RegioAtlas ("De 42 Jeugdzorgregio's",
 * https://www.regioatlas.nl/indelingen/indelingen_indeling/t/jeugdzorgregio_s_1).
 */
import type { MonitorInput } from "../schema";
import { fieldsTable, meetmomentField, PEILDATUM_FIELD, unitField } from "../xlsform/defaults";

export const JEUGDZORGREGIOS_2015 = [
  "Achterhoek",
  "Alblasserwaard-Vijfheerenlanden",
  "Alkmaar",
  "Amersfoort",
  "Amsterdam-Amstelland",
  "Centraal Gelderland",
  "Drechtsteden",
  "Drenthe",
  "Flevoland",
  "Food Valley",
  "Friesland",
  "Gooi en Vechtstreek",
  "Groningen",
  "Haaglanden",
  "Haarlemmermeer",
  "Hart van Brabant",
  "Holland Rijnland",
  "IJsselland",
  "Kop van Noord-Holland",
  "Lekstroom",
  "Midden-Holland",
  "Midden-IJssel/Oost-Veluwe",
  "Midden-Kennemerland",
  "Midden-Limburg Oost",
  "Midden-Limburg West",
  "Noord-Limburg",
  "Noord-Veluwe",
  "Noordoost-Brabant",
  "Rijk van Nijmegen",
  "Rijnmond",
  "Rivierenland",
  "Twente",
  "Utrecht Stad",
  "Utrecht West",
  "West-Brabant Oost",
  "West-Brabant West",
  "West-Friesland",
  "Zaanstreek-Waterland",
  "Zeeland",
  "Zuid-Kennemerland",
  "Zuid-Limburg",
  "Zuidoost-Brabant",
];

export const BMC_NULMETING = "Nulmeting 2014";
export const BMC_VERVOLGMETING = "Vervolgmeting 2015";

const SAMENWERKING = "Samenwerking";
const INZICHT = "Inzicht in problematiek en hulpaanbod";
const VEILIG_THUIS = "Veilig Thuis";

/** [nr, theme, title (from the document, line), toetsvraag (written for this monitor)]. */
export const AANDACHTSPUNTEN: [string, string, string, string][] = [
  // l. 250
  [
    "1",
    SAMENWERKING,
    "Afspraken rond informatie-uitwisseling",
    "Zijn afspraken over informatie-uitwisseling en privacy in de regio vastgelegd en uitgewerkt?",
  ],
  // l. 346
  [
    "2",
    SAMENWERKING,
    "Beschrijving taakverdeling ketenpartners",
    "Zijn de taken en verantwoordelijkheden van de ketenpartners per fase beschreven?",
  ],
  // l. 454
  [
    "3",
    SAMENWERKING,
    "Lokale uitwerking aanpak kindermishandeling",
    "Is de regionale aanpak vertaald naar een concrete lokale uitwerking?",
  ],
  // l. 546
  [
    "4",
    SAMENWERKING,
    "Aandacht voor de Wet meldcode",
    "Besteden de stukken aandacht aan de Wet meldcode en aan toezicht op het gebruik ervan?",
  ],
  // l. 651
  [
    "5",
    SAMENWERKING,
    "Uitwerking samenwerking politie",
    "Is de samenwerking met de politie uitgewerkt, ook buiten crisissituaties?",
  ],
  // l. 776–778
  [
    "6",
    INZICHT,
    "Doorvertaling beschrijving kindermishandeling naar gericht beleid",
    "Is de definitie van kindermishandeling gekoppeld aan cijfers en aan gericht beleid?",
  ],
  // l. 868
  [
    "7",
    INZICHT,
    "Lokale informatie over de problematiek",
    "Zijn lokale en specifieke cijfers over aard en omvang van de problematiek beschikbaar?",
  ],
  // l. 961
  [
    "8",
    INZICHT,
    "Effectieve hulp realiseren",
    "Is hulpaanbod voor kindermishandeling gericht ingekocht en is er zicht op de effectiviteit ervan?",
  ],
  // l. 1085–1087
  [
    "9",
    VEILIG_THUIS,
    "Praktische vertaling van de visies en inrichtingsplannen",
    "Zijn de visie en de inrichtingsplannen van Veilig Thuis praktisch vertaald naar de werkwijze?",
  ],
  // l. 1175
  [
    "10",
    VEILIG_THUIS,
    "Organisatie Veilig Thuis nog in ontwikkeling",
    "Is over de definitieve organisatievorm van Veilig Thuis besloten, met een ontwikkelagenda?",
  ],
  // l. 1269–1271
  [
    "11",
    VEILIG_THUIS,
    "Heldere afspraken over tijdig op- en afschalen Veilig Thuis",
    "Zijn er heldere afspraken tussen Veilig Thuis en het lokale veld over tijdig op- en afschalen?",
  ],
];

export const CONCREET = "Concreet uitgewerkt";
export const ALGEMEEN = "Algemeen beschreven";
export const NIET = "Niet gevonden";

/** A judged point needs its source: the documents the finding refers to (l. 1456–1457). */
const JUDGED = [{ waarde: "oordeel", is: [CONCREET, ALGEMEEN] }];

export const BMC_2015: MonitorInput = {
  model: 2,
  id: "bmc-2015",
  versie: "1.0",
  naam: "BMC 2015 Regierol gemeenten",
  eenheden: {
    soort: "jeugdzorgregio",
    meervoud: "jeugdzorgregio's",
    namen: JEUGDZORGREGIOS_2015.map((naam) => ({ naam })),
  },
  schalen: {
    meetmoment: { opties: [{ label: BMC_NULMETING }, { label: BMC_VERVOLGMETING }] },
    stand: {
      opties: [
        { label: CONCREET, aliassen: ["Concreet"], gewicht: 1 },
        { label: ALGEMEEN, aliassen: ["Algemeen"], gewicht: 0.5 },
        { label: NIET, aliassen: ["Niet"] },
        { label: "Onbekend", onbekend: true },
      ],
    },
  },
  tabellen: [
    fieldsTable("regio", [
      unitField("Jeugdzorgregio"),
      meetmomentField(BMC_VERVOLGMETING),
      PEILDATUM_FIELD,
      // l. 1432–1441: the factsheet held the region, its centrumgemeente and one other municipality.
      { naam: "Centrumgemeente", type: "tekst", verplicht: true },
      { naam: "Onderzochte gemeente", type: "tekst", verplicht: false },
      { naam: "Ingevuld door", type: "tekst", verplicht: true },
      { naam: "E-mail", type: "email", verplicht: false },
    ]),
    {
      id: "aandachtspunten",
      vorm: "rijen",
      blad: "Aandachtspunten",
      tabel: "tblAandachtspunten",
      rijNaam: "Aandachtspunt",
      rijNaamMeervoud: "aandachtspunten",
      sleutel: "nr",
      label: "aandachtspunt",
      hoofdkolom: "oordeel",
      oordeelRegel: `Regel van Regiomonitor (het onderzoek geeft geen kleuren). Per aandachtspunt: Groen: ${CONCREET.toLowerCase()}; Oranje: ${ALGEMEEN.toLowerCase()}; Rood: ${NIET.toLowerCase()} in de stukken of gesprekken; Grijs: onbekend, leeg of ongeldig (niet te beoordelen).`,
      kolommen: [
        { id: "nr", kop: "Nr", vast: true, essentieel: true, breedte: 6 },
        { id: "thema", kop: "Thema", vast: true, breedte: 26 },
        { id: "aandachtspunt", kop: "Aandachtspunt", vast: true, breedte: 44 },
        { id: "toetsvraag", kop: "Toetsvraag", vast: true, breedte: 60 },
        {
          id: "oordeel",
          kop: "Oordeel",
          type: "keuze",
          schaal: "stand",
          verplicht: true,
          essentieel: true,
          breedte: 22,
        },
        { id: "bevindingen", kop: "Bevindingen", verplicht: true, breedte: 60 },
        { id: "knelpunten", kop: "Mogelijke knelpunten", breedte: 50 },
        { id: "oplossingen", kop: "Mogelijke oplossingen", breedte: 50 },
        { id: "documenten", kop: "Documentreferenties", verplicht: { als: JUDGED }, breedte: 40 },
      ],
      rijen: AANDACHTSPUNTEN.map(([nr, thema, aandachtspunt, toetsvraag]) => ({
        waarden: { nr, thema, aandachtspunt, toetsvraag },
      })),
      oordeel: [
        {
          regel: "oordeel_leeg",
          als: [{ waarde: "oordeel", leeg: true }],
          rag: "grijs",
          uitleg: "Aandachtspunt {nr} ({aandachtspunt}): oordeel is leeg, niet te beoordelen.",
        },
        {
          regel: "oordeel_ongeldig",
          als: [{ waarde: "oordeel", ongeldig: true }],
          rag: "grijs",
          uitleg: "Aandachtspunt {nr} ({aandachtspunt}): oordeel {oordeel} is ongeldig, niet te beoordelen.",
        },
        {
          regel: "concreet",
          als: [{ waarde: "oordeel", is: [CONCREET] }],
          rag: "groen",
          uitleg: "Aandachtspunt {nr} ({aandachtspunt}): {oordeel}.",
          eigen: true,
        },
        {
          regel: "algemeen",
          als: [{ waarde: "oordeel", is: [ALGEMEEN] }],
          rag: "oranje",
          uitleg: "Aandachtspunt {nr} ({aandachtspunt}): {oordeel}[; knelpunt: {knelpunten}].",
          eigen: true,
        },
        {
          regel: "niet_gevonden",
          als: [{ waarde: "oordeel", is: [NIET] }],
          rag: "rood",
          uitleg: "Aandachtspunt {nr} ({aandachtspunt}): {oordeel}[; knelpunt: {knelpunten}].",
          eigen: true,
        },
        {
          regel: "onbekend",
          als: [],
          rag: "grijs",
          uitleg: "Aandachtspunt {nr} ({aandachtspunt}): {oordeel}, niet te beoordelen.",
        },
      ],
    },
  ],
  scores: {
    invulling: { groen: 100, oranje: 80 },
    eenheid: { tabel: "aandachtspunten" },
    voortgang: { tabel: "aandachtspunten" },
  },
  landelijk: [
    { soort: "retouren", blad: "Retouren" },
    { soort: "antwoorden", blad: "Aandeel per aandachtspunt", tabel: "aandachtspunten" },
    { soort: "rijverdeling", blad: "Oordelen landelijk", tabel: "aandachtspunten" },
    {
      soort: "matrix",
      blad: "Regio × aandachtspunt",
      tabel: "aandachtspunten",
      titel: "het oordeel per aandachtspunt",
    },
  ],
  // The study counts points "concreet uitgewerkt" and "algemeen beschreven" (l. 311–313): both are
  // described in the documents, the second only in general terms. It has no colours: the colours are
  // Regiomonitor's (every colour rule below is marked `eigen`).
  woorden: {
    gerealiseerd: "beschreven",
    gedeeltelijk: "algemeen beschreven",
    meting: "meting",
    metingen: "metingen",
  },
  totaaloordeel: true,
  rag: {
    volgorde: ["rood", "oranje", "grijs", "groen"],
    labels: { groen: "Groen", oranje: "Oranje", rood: "Rood", grijs: "Grijs" },
  },
};
