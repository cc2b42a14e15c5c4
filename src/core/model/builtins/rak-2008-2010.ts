/**
 * "Regiomonitor RAK 2008–2010" in the one model, exactly as in the domain reference
 * (`../shared/domain/README.md`): 37 regions return a workbook with a fields table (Regio), the fixed
 * milestones (Mijlpalen, judged against norm date + tolerated delay) and the questionnaire (Vragenlijst).
 */
import type { MonitorInput } from "../schema";
import { STANDARD_RAG } from "./common";
import { QUESTIONS, REGIOS } from "./rak-2008-2010-items";

const EINDFOTO = [{ waarde: "veld:Meetmoment", is: ["Eindfoto"] }];
const NORM = "2010-12-31";
const DELAY = 12;
const GEREED = "Gereed / in uitvoering";

const MILESTONES: [string, string][] = [
  ["M1", "Intentieverklaring en regionale projectstructuur met stuurgroep"],
  ["M2", "Regiocoördinator aangesteld"],
  ["M3", "Startfoto gemaakt"],
  ["M4", "Regionaal werkplan bestuurlijk goedgekeurd"],
  ["M5", "Regionaal handelingsprotocol in uitvoering"],
  ["M6", "Regionaal scholingsplan in uitvoering"],
  ["M7", "Eindfoto gemaakt"],
];

const u = (x: string) => ({ label: x, onbekend: true });

type FieldsInput = Extract<MonitorInput["tabellen"][number], { vorm: "velden" }>;

/** The Regio sheet of a regional monitor: the region, Meetmoment (scale `meetmoment`), Peildatum, who filled it in. */
export function regioTable(meetmoment: string): FieldsInput {
  return {
    id: "regio",
    vorm: "velden",
    blad: "Regio",
    tabel: "tblRegio",
    kolommen: { veld: "Veld", waarde: "Waarde" },
    velden: [
      { naam: "Regio", type: "eenheid", verplicht: true, rol: "eenheid" },
      {
        naam: "Meetmoment",
        type: "keuze",
        schaal: "meetmoment",
        verplicht: true,
        rol: "meetmoment",
        standaard: meetmoment,
      },
      { naam: "Peildatum", type: "datum", verplicht: true, rol: "peildatum" },
      { naam: "Ingevuld door", type: "tekst", verplicht: true },
      { naam: "Functie", type: "tekst", verplicht: false },
      { naam: "E-mail", type: "email", verplicht: false },
    ],
  };
}

export const RAK_2008_2010: MonitorInput = {
  model: 2,
  id: "rak-2008-2010",
  versie: "1.0",
  naam: "Regiomonitor RAK 2008–2010",
  eenheden: { soort: "regio", meervoud: "regio's", namen: REGIOS.map((naam) => ({ naam })) },
  schalen: {
    meetmoment: { opties: [{ label: "Startfoto" }, { label: "Eindfoto" }] },
    bereik: { opties: [{ label: "Alle" }, { label: "Een deel" }, { label: "Geen" }, u("Onbekend")] },
    scholing: {
      opties: [{ label: "Regelmatig" }, { label: "Incidenteel" }, { label: "Niet" }, u("Onbekend")],
    },
    janee: { opties: [{ label: "Ja" }, { label: "Nee" }, u("Onbekend")] },
    deels: { opties: [{ label: "Ja" }, { label: "Gedeeltelijk" }, { label: "Nee" }, u("Onbekend")] },
    dekking: {
      opties: [
        { label: "Regiobreed" },
        { label: "In een deel van de regio" },
        { label: "Niet" },
        u("Onbekend"),
      ],
    },
    coordinator: {
      opties: [
        { label: "Ja, regiocoördinator aangesteld" },
        { label: "Ja, werkzaamheden bij iemand anders ondergebracht" },
        { label: "Nee" },
        u("Onbekend"),
      ],
    },
    mijlpaalstatus: {
      opties: [
        { label: GEREED, aliassen: ["X", "Gereed", "In uitvoering"], gewicht: 1 },
        { label: "Gedeeltelijk", aliassen: ["X (gedeeltelijk)"], gewicht: 0.5 },
        { label: "In voorbereiding" },
        { label: "Niet gestart" },
        u("Onbekend"),
      ],
    },
  },
  tabellen: [
    regioTable("Startfoto"),
    {
      id: "mijlpalen",
      vorm: "rijen",
      blad: "Mijlpalen",
      tabel: "tblMijlpalen",
      rijNaam: "Mijlpaal",
      rijNaamMeervoud: "mijlpalen",
      sleutel: "code",
      label: "mijlpaal",
      hoofdkolom: "status",
      oordeelRegel:
        "Op de peildatum: Groen = gereed; Oranje = gedeeltelijk, of in voorbereiding met een verwachte datum binnen normdatum + 12 maanden; Rood = niet gestart, geen of een verstreken verwachte datum, of een verwachte datum na normdatum + 12 maanden; Grijs = onbekend of leeg (niet te beoordelen).",
      kolommen: [
        { id: "code", kop: "Code", vast: true, essentieel: true, breedte: 8 },
        { id: "mijlpaal", kop: "Mijlpaal", vast: true, breedte: 60 },
        {
          id: "status",
          kop: "Status",
          type: "keuze",
          schaal: "mijlpaalstatus",
          verplicht: true,
          essentieel: true,
          breedte: 24,
        },
        { id: "datumGereed", kop: "Datum gereed", type: "datum", breedte: 16 },
        {
          id: "verwachteDatum",
          kop: "Verwachte datum",
          type: "datum",
          breedte: 18,
          verplicht: { als: [{ waarde: "status", is: ["Gedeeltelijk", "In voorbereiding"] }] },
        },
        {
          id: "toelichting",
          kop: "Toelichting",
          breedte: 50,
          verplicht: { als: [{ waarde: "status", is: ["Gedeeltelijk"] }] },
        },
      ],
      rijen: MILESTONES.map(([code, mijlpaal]) => ({
        waarden: { code, mijlpaal },
        normdatum: NORM,
        ...(code === "M7" ? { geldtAls: EINDFOTO } : {}),
      })),
      controles: [
        {
          code: "datum_na_peildatum",
          kolom: "datumGereed",
          als: [
            { waarde: "status", is: [GEREED] },
            { datum: "datumGereed", na: { waarde: "veld:Peildatum" } },
          ],
        },
        {
          code: "verwachte_datum_verstreken",
          kolom: "verwachteDatum",
          als: [
            { waarde: "status", ingevuld: true },
            { waarde: "status", niet: [GEREED] },
            { datum: "verwachteDatum", voor: { waarde: "veld:Peildatum" } },
          ],
        },
      ],
      oordeel: [
        {
          regel: "status_leeg",
          als: [{ waarde: "status", leeg: true }],
          rag: "grijs",
          uitleg: "{label}: status is leeg, niet te beoordelen.",
        },
        {
          regel: "status_ongeldig",
          als: [{ waarde: "status", ongeldig: true }],
          rag: "grijs",
          uitleg: "{label}: status {status} is ongeldig, niet te beoordelen.",
        },
        {
          regel: "gereed",
          als: [{ waarde: "status", is: [GEREED] }],
          rag: "groen",
          uitleg: "{label}: status {status}.",
        },
        {
          regel: "gedeeltelijk",
          als: [{ waarde: "status", is: ["Gedeeltelijk"] }],
          rag: "oranje",
          uitleg: "{label}: status {status}[; rest verwacht {verwachteDatum}].",
        },
        {
          regel: "niet_gestart",
          als: [{ waarde: "status", is: ["Niet gestart"] }],
          rag: "rood",
          uitleg: "{label}: status {status}.",
        },
        {
          regel: "onbekend",
          als: [{ waarde: "status", is: ["Onbekend"] }],
          rag: "grijs",
          uitleg: "{label}: status {status}, niet te beoordelen.",
        },
        {
          regel: "geen_verwachte_datum",
          als: [{ datum: "verwachteDatum", ontbreekt: true }],
          rag: "rood",
          uitleg: "{label}: status {status} zonder geldige verwachte datum.",
        },
        {
          regel: "verwachte_datum_verstreken",
          als: [{ datum: "verwachteDatum", voor: { waarde: "veld:Peildatum" } }],
          rag: "rood",
          uitleg:
            "{label}: status {status}, verwachte datum {verwachteDatum} is verstreken op peildatum {veld:Peildatum}.",
        },
        {
          regel: "na_normdatum",
          als: [{ datum: "verwachteDatum", na: { waarde: "normdatum", plusMaanden: DELAY } }],
          rag: "rood",
          uitleg:
            "{label}: status {status}, verwachte datum {verwachteDatum} ligt na normdatum {normdatum} + {maanden} maanden ({grens}).",
        },
        {
          regel: "binnen_normdatum",
          als: [{ datum: "verwachteDatum", uiterlijk: { waarde: "normdatum", plusMaanden: DELAY } }],
          rag: "oranje",
          uitleg:
            "{label}: status {status}, verwachte datum {verwachteDatum} valt binnen normdatum {normdatum} + {maanden} maanden ({grens}).",
        },
      ],
    },
    {
      id: "vragenlijst",
      vorm: "rijen",
      blad: "Vragenlijst",
      tabel: "tblVragenlijst",
      rijNaam: "Vraag",
      rijNaamMeervoud: "vragen",
      sleutel: "nr",
      label: "vraag",
      hoofdkolom: "antwoord",
      kolommen: [
        { id: "nr", kop: "Nr", vast: true, essentieel: true, breedte: 7 },
        { id: "onderdeel", kop: "Onderdeel", vast: true, breedte: 22 },
        { id: "vraag", kop: "Vraag", vast: true, breedte: 70 },
        { id: "antwoord", kop: "Antwoord", essentieel: true, breedte: 36 },
        { id: "toelichting", kop: "Toelichting", breedte: 50 },
      ],
      rijen: QUESTIONS.map((q) => ({
        waarden: { nr: q.nr, onderdeel: q.onderdeel, vraag: q.vraag },
        ...(q.geldtAls === "eindfoto"
          ? { geldtAls: EINDFOTO }
          : q.geldtAls
            ? { geldtAls: [{ waarde: `rij:${q.geldtAls.rij}`, is: [q.geldtAls.is] }] }
            : {}),
        cel: {
          type: q.type,
          ...(q.schaal ? { schaal: q.schaal } : {}),
          verplicht: q.groep ? { groep: q.groep } : q.verplicht ? "ja" : "nee",
        },
      })),
    },
  ],
  scores: {
    invulling: { groen: 100, oranje: 80 },
    eenheid: { tabel: "mijlpalen" },
    voortgang: { tabel: "mijlpalen" },
  },
  landelijk: [
    { soort: "retouren", blad: "Retouren" },
    { soort: "rijverdeling", blad: "Mijlpalen landelijk", tabel: "mijlpalen" },
    {
      soort: "matrix",
      blad: "Regio × mijlpaal",
      tabel: "mijlpalen",
      titel: "X = gereed, X (gedeeltelijk), of de verwachte datum zoals ingevuld",
      weergave: { [GEREED]: "X", Gedeeltelijk: "X (gedeeltelijk)", "In voorbereiding": "[{verwachteDatum}]" },
    },
    { soort: "antwoorden", blad: "Vragenlijst landelijk", tabel: "vragenlijst" },
    { soort: "open", blad: "Open antwoorden", tabel: "vragenlijst" },
  ],
  rag: STANDARD_RAG,
};
