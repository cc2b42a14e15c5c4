/** The built-in definition "Regiomonitor RAK 2008–2010", exactly as in the domain reference. */
import type { DefinitionInput, QuestionInputRow } from "./types-input";

const REGIOS = [
  "Alkmaar", "Almere", "Amersfoort", "Amsterdam", "Apeldoorn", "Arnhem", "Arnhem-Achterhoek", "Breda",
  "Delft", "Den Bosch", "Den Haag", "Den Helder", "Dordrecht", "Ede", "Eindhoven", "Emmen", "Enschede",
  "Gouda", "Groningen", "Haarlem", "Heerlen", "Helmond", "Hilversum", "Leeuwarden", "Leiden", "Maastricht",
  "Nijmegen", "Rotterdam", "Spijkenisse", "Tilburg", "Utrecht", "Venlo", "Vlaardingen", "Vlissingen",
  "Zaanstad", "Zwolle IJsselland", "Zwolle Noord-Veluwe",
];

const EINDFOTO = { veld: "Meetmoment", is: "Eindfoto" };
const NORM = "2010-12-31";

const SECTOREN: [string, string][] = [
  ["a", "kinderopvang en peuterspeelzalen"],
  ["b", "primair onderwijs"],
  ["c", "voortgezet onderwijs en mbo"],
  ["d", "jeugdgezondheidszorg"],
  ["e", "huisartsen"],
  ["f", "maatschappelijk werk en CJG"],
  ["g", "jeugdzorg"],
  ["h", "GGZ en verslavingszorg volwassenen"],
];

const OPEN: [string, string][] = [
  ["O1", "De drie belangrijkste resultaten van de regionale aanpak"],
  ["O2", "De drie belangrijkste knelpunten"],
  ["O3", "Wat is nodig om de aanpak 'levend' te houden"],
];

const vragen: QuestionInputRow[] = [
  { nr: "V1", onderdeel: "Preventie", vraag: "Ouders voorgelicht over de norm van geweldloos opvoeden", type: "schaal", schaal: "bereik", verplicht: "ja" },
  { nr: "V2", onderdeel: "Preventie", vraag: "Ouders voorgelicht over het Shaken Baby Syndroom", type: "schaal", schaal: "bereik", verplicht: "ja" },
  { nr: "V3", onderdeel: "Preventie", vraag: "Vrouwen tijdens de zwangerschap of kort na de geboorte gescreend op risico's", type: "schaal", schaal: "bereik", verplicht: "ja" },
  ...SECTOREN.map(([letter, sector]): QuestionInputRow => ({
    nr: `V4${letter}`,
    onderdeel: "Signalering",
    vraag: `Professionals geschoold in signaleren en handelen: ${sector}`,
    type: "schaal",
    schaal: "scholing",
    verplicht: "ja",
  })),
  { nr: "V5", onderdeel: "Signalering", vraag: "Instellingen gebruiken een meldcode of protocol kindermishandeling", type: "schaal", schaal: "bereik", verplicht: "ja" },
  { nr: "V6", onderdeel: "Signalering", vraag: "Spoedeisende hulp screent kinderen met een checklist", type: "schaal", schaal: "bereik", verplicht: "ja" },
  { nr: "V7", onderdeel: "Signalering", vraag: "Spoedeisende hulp gebruikt een protocol bij een vermoeden", type: "schaal", schaal: "bereik", verplicht: "ja" },
  { nr: "V8", onderdeel: "Hulp en bescherming", vraag: "Capaciteit AMK aangepast aan de toename van adviesvragen en meldingen", type: "schaal", schaal: "janee", verplicht: "ja" },
  { nr: "V9", onderdeel: "Hulp en bescherming", vraag: "Calamiteitenplan voor (zeer) ernstige incidenten", type: "schaal", schaal: "janee", verplicht: "ja" },
  { nr: "V10", onderdeel: "Hulp en bescherming", vraag: "Normen 'Beter Beschermd' voor de doorlooptijd gehaald", type: "schaal", schaal: "deels", verplicht: "ja" },
  { nr: "V11", onderdeel: "Hulp en bescherming", vraag: "Overleg AMK, Bureau Jeugdzorg en Raad voor de Kinderbescherming over gemelde casuïstiek", type: "schaal", schaal: "janee", verplicht: "ja" },
  { nr: "V12", onderdeel: "Hulp en bescherming", vraag: "'Wrap around'-aanpak uitgevoerd", type: "schaal", schaal: "dekking", verplicht: "ja" },
  { nr: "V13", onderdeel: "Hulp en bescherming", vraag: "Bewezen effectieve interventies voor de behandeling van mishandelende ouders beschikbaar", type: "schaal", schaal: "janee", verplicht: "ja" },
  { nr: "C1", onderdeel: "Continuering na 2010", vraag: "Regionale stuurgroep gecontinueerd en/of aanpak zichtbaar ondergebracht bij een regionale stuurgroep", type: "schaal", schaal: "janee", verplicht: "ja", geldtAls: EINDFOTO },
  { nr: "C2", onderdeel: "Continuering na 2010", vraag: "Werkzaamheden van de regiocoördinator lopen door na 2010", type: "schaal", schaal: "coordinator", verplicht: "ja", geldtAls: EINDFOTO },
  { nr: "C3", onderdeel: "Continuering na 2010", vraag: "Zo ja: regiocoördinator aangesteld tot (datum)", type: "datum", verplicht: "nee", geldtAls: { vraag: "C2", is: "Ja, regiocoördinator aangesteld" } },
  ...OPEN.flatMap(([groep, vraag]) =>
    ["a", "b", "c"].map((letter, i): QuestionInputRow => ({
      nr: `${groep}${letter}`,
      onderdeel: "Slotrapportage",
      vraag: `${vraag} (${i + 1})`,
      type: "tekst",
      verplicht: "groep",
      groep,
      geldtAls: EINDFOTO,
    })),
  ),
];

export const RAK_2008_2010: DefinitionInput = {
  id: "rak-2008-2010",
  versie: "1.0",
  naam: "Regiomonitor RAK 2008–2010",
  regios: REGIOS,
  schalen: {
    meetmoment: { opties: ["Startfoto", "Eindfoto"], onbekend: null },
    bereik: { opties: ["Alle", "Een deel", "Geen", "Onbekend"], onbekend: "Onbekend" },
    scholing: { opties: ["Regelmatig", "Incidenteel", "Niet", "Onbekend"], onbekend: "Onbekend" },
    janee: { opties: ["Ja", "Nee", "Onbekend"], onbekend: "Onbekend" },
    deels: { opties: ["Ja", "Gedeeltelijk", "Nee", "Onbekend"], onbekend: "Onbekend" },
    dekking: { opties: ["Regiobreed", "In een deel van de regio", "Niet", "Onbekend"], onbekend: "Onbekend" },
    coordinator: {
      opties: [
        "Ja, regiocoördinator aangesteld",
        "Ja, werkzaamheden bij iemand anders ondergebracht",
        "Nee",
        "Onbekend",
      ],
      onbekend: "Onbekend",
    },
  },
  regio: {
    blad: "Regio",
    tabel: "tblRegio",
    kolommen: { veld: "Veld", waarde: "Waarde" },
    velden: [
      { naam: "Regio", type: "regio", verplicht: true, rol: "regio" },
      { naam: "Meetmoment", type: "keuze", schaal: "meetmoment", verplicht: true, rol: "meetmoment" },
      { naam: "Peildatum", type: "datum", verplicht: true, rol: "peildatum" },
      { naam: "Ingevuld door", type: "tekst", verplicht: true },
      { naam: "Functie", type: "tekst", verplicht: false },
      { naam: "E-mail", type: "email", verplicht: false },
    ],
  },
  mijlpalen: {
    blad: "Mijlpalen",
    tabel: "tblMijlpalen",
    kolommen: {
      code: "Code",
      mijlpaal: "Mijlpaal",
      status: "Status",
      datumGereed: "Datum gereed",
      verwachteDatum: "Verwachte datum",
      toelichting: "Toelichting",
    },
    statussen: [
      { label: "Gereed / in uitvoering", aliassen: ["X", "Gereed", "In uitvoering"], soort: "gereed", gewicht: 1, rag: "groen" },
      { label: "Gedeeltelijk", aliassen: ["X (gedeeltelijk)"], soort: "gedeeltelijk", gewicht: 0.5, vereist: ["toelichting", "verwachteDatum"], rag: "oranje" },
      { label: "In voorbereiding", soort: "voorbereiding", gewicht: 0, vereist: ["verwachteDatum"], rag: "verwachte_datum" },
      { label: "Niet gestart", soort: "niet_gestart", gewicht: 0, rag: "rood" },
      { label: "Onbekend", soort: "onbekend", gewicht: 0, rag: "grijs" },
    ],
    rijen: [
      { code: "M1", label: "Intentieverklaring en regionale projectstructuur met stuurgroep", normdatum: NORM },
      { code: "M2", label: "Regiocoördinator aangesteld", normdatum: NORM },
      { code: "M3", label: "Startfoto gemaakt", normdatum: NORM },
      { code: "M4", label: "Regionaal werkplan bestuurlijk goedgekeurd", normdatum: NORM },
      { code: "M5", label: "Regionaal handelingsprotocol in uitvoering", normdatum: NORM },
      { code: "M6", label: "Regionaal scholingsplan in uitvoering", normdatum: NORM },
      { code: "M7", label: "Eindfoto gemaakt", normdatum: NORM, geldtAls: EINDFOTO },
    ],
    toegestaneVertragingMaanden: 12,
  },
  vragenlijst: {
    blad: "Vragenlijst",
    tabel: "tblVragenlijst",
    kolommen: { nr: "Nr", onderdeel: "Onderdeel", vraag: "Vraag", antwoord: "Antwoord", toelichting: "Toelichting" },
    vragen,
  },
  rag: {
    volgorde: ["rood", "oranje", "grijs", "groen"],
    labels: { groen: "Groen", oranje: "Oranje", rood: "Rood", grijs: "Grijs" },
    invullingGroen: 100,
    invullingOranje: 80,
  },
};
