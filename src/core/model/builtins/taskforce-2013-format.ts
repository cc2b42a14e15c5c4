/**
 * "Taskforce 2013 — format A–D per actie" in the one model: the fixed format in which the Taskforce
 * kindermishandeling en seksueel misbruik described each of the 25 actions of the Actieplan Kinderen veilig
 * 2012–2016 in its voorjaarsmonitor 2013 (`../shared/seeds/000_d876a32d589fb301.txt`):
 *
 * - A Algemene informatie (lines 326–356, the format of action 1; described at lines 120–127): actiehouder,
 *   probleem, doelstelling, resultaat, opleverdatum, betrokken partijen, kwaliteitseisen, kosten, planning;
 * - B Stand van zaken (lines 358–369): bevindingen, borging, aandachtspunten (risico's, uitvoeringstoets,
 *   financiën), advies;
 * - C Achtergrondinformatie and D Bronnen (lines 375 ff., 128–133) are background texts and sources of the
 *   Taskforce's report, not something the action owner returns: they are not part of the return.
 *
 * The planning (a list of dated steps per action, lines 351–356) is a table of open rows: each step names its
 * action (one of the fixed actions, a dropdown), a step and a date.
 *
 * SMART (lines 22–24, 66–67, 172–175: probleem, doel en resultaat scherper, uitgewerkt in planningen) is
 * checked as data: each element is a required column while the action is not Vervallen — Specifiek:
 * probleem and doelstelling; Meetbaar: resultaat and kwaliteitseisen; Acceptabel: betrokken partijen;
 * Realistisch: kosten; Tijdgebonden: opleverdatum (a date). An empty element is a message naming its cell,
 * counts in the completion, and the decision list names the first missing element. The Taskforce's wish for
 * a red/amber/green judgement per action (lines 176–186) is that decision list.
 *
 * The rounds are the Meetmoment field: the nulmeting of November 2012 (line 19, 64), the voorjaarsmonitor
 * 2013 and the najaarsmonitor 2013 (line 186); `compare` compares two rounds' national JSON per action.
 */
import type { MonitorInput } from "../schema";
import { fieldsTable, meetmomentField, PEILDATUM_FIELD } from "../xlsform/defaults";
import { STANDARD_RAG } from "./common";
import { ACTION_WORDS, ACTIONS_TABLE, STATUS, STATUS_NOT_JUDGED } from "./action-monitor";
import { ACTIONS_2013 } from "./actions-rows";

export const MEETMOMENTEN_2013 = ["Nulmeting november 2012", "Voorjaar 2013", "Najaar 2013"];
const NOT_CANCELLED = { als: [{ waarde: "status", niet: ["Vervallen"] }] };
const ZONDER_DATUM = ["Nog te bepalen", "Nader te bepalen"];
/** Texts in Kwaliteitseisen that say the criteria are not set yet (lines 176–179: not clear everywhere). */
const NOT_YET = ["Nader te bepalen", "Nog te bepalen"];

/** The SMART elements: [rule code, column, the element and its verb in the explanation, RAG when missing]. */
const SMART: [string, string, string, "rood" | "oranje"][] = [
  ["niet_specifiek", "probleem", "S (specifiek): het probleem is", "rood"],
  ["niet_specifiek", "doelstelling", "S (specifiek): de doelstelling is", "rood"],
  ["niet_meetbaar", "resultaat", "M (meetbaar): het resultaat is", "rood"],
  ["niet_meetbaar", "kwaliteitseisen", "M (meetbaar): de kwaliteitseisen zijn", "rood"],
  ["niet_acceptabel", "partijen", "A (acceptabel): de betrokken partijen zijn", "oranje"],
  ["niet_realistisch", "kosten", "R (realistisch): de kosten zijn", "oranje"],
];

const text = (id: string, kop: string, breedte: number, smart: boolean) => ({
  id,
  kop,
  breedte,
  ...(smart ? { verplicht: NOT_CANCELLED } : {}),
});

export const TASKFORCE_2013_FORMAT: MonitorInput = {
  model: 2,
  id: "taskforce-2013-format",
  versie: "1.0",
  naam: "Taskforce 2013 — format A–D per actie",
  schalen: {
    meetmoment: { opties: MEETMOMENTEN_2013.map((label) => ({ label })) },
    actiestatus: STATUS,
    janee: { opties: [{ label: "Ja" }, { label: "Nee" }] },
  },
  tabellen: [
    fieldsTable("monitor", [
      meetmomentField("Voorjaar 2013"),
      PEILDATUM_FIELD,
      { naam: "Ingevuld door", type: "tekst", verplicht: true },
    ]),
    {
      ...ACTIONS_TABLE,
      sleutel: "nr",
      label: "actie",
      hoofdkolom: "status",
      oordeelRegel:
        "Regel van Regiomonitor (de Taskforce-monitor 2013 geeft nog geen kleuren: de kwaliteitseisen zijn niet overal duidelijk). Per actie: Grijs: status leeg, ongeldig of Vervallen; Rood: een SMART-element ontbreekt (probleem, doelstelling, resultaat, kwaliteitseisen), de kwaliteitseisen zijn nog niet bepaald of de opleverdatum is geen datum; Oranje: betrokken partijen of kosten ontbreken, of de actie is vertraagd; Groen: alle SMART-elementen ingevuld en niet vertraagd.",
      kolommen: [
        { id: "nr", kop: "Nr", vast: true, essentieel: true, breedte: 6 },
        { id: "actie", kop: "Actie", vast: true, breedte: 50 },
        { id: "actiehouder", kop: "Actiehouder", vast: true, breedte: 20 },
        text("probleem", "A Probleem", 40, true),
        text("doelstelling", "A Doelstelling", 40, true),
        text("resultaat", "A Resultaat", 40, true),
        {
          id: "opleverdatum",
          kop: "A Opleverdatum",
          type: "datum",
          zonderDatum: ZONDER_DATUM,
          verplicht: NOT_CANCELLED,
          breedte: 16,
        },
        text("partijen", "A Betrokken partijen", 36, true),
        text("kwaliteitseisen", "A Kwaliteitseisen", 36, true),
        text("kosten", "A Kosten", 20, true),
        {
          id: "status",
          kop: "B Status",
          type: "keuze",
          schaal: "actiestatus",
          verplicht: true,
          essentieel: true,
          breedte: 18,
        },
        text("bevindingen", "B Bevindingen", 40, false),
        text("borging", "B Borging", 30, false),
        text("aandachtspunten", "B Aandachtspunten", 30, false),
        text("advies", "B Advies", 30, false),
      ],
      rijen: ACTIONS_2013.map((waarden) => ({ waarden })),
      oordeel: [
        {
          regel: "rij_ontbreekt",
          als: [{ rij: "ontbreekt" }],
          rag: "grijs",
          uitleg: "{label}: de actie ontbreekt in de werkmap — niet te beoordelen.",
        },
        ...STATUS_NOT_JUDGED,
        ...SMART.map(([regel, kolom, element, rag]) => ({
          regel,
          als: [{ waarde: kolom, leeg: true as const }],
          rag,
          uitleg: `{label}: niet SMART — ${element} niet ingevuld (status {status}).`,
          eigen: true,
        })),
        {
          regel: "niet_meetbaar",
          als: [{ waarde: "kwaliteitseisen", is: NOT_YET }],
          rag: "rood",
          uitleg:
            "{label}: niet SMART — M (meetbaar): de kwaliteitseisen zijn nog niet bepaald ({kwaliteitseisen}).",
          eigen: true,
        },
        {
          regel: "niet_tijdgebonden",
          als: [{ datum: "opleverdatum", ontbreekt: true }],
          rag: "rood",
          uitleg: "{label}: niet SMART — T (tijdgebonden): opleverdatum {opleverdatum} is geen datum.",
          eigen: true,
        },
        {
          regel: "niet_tijdgebonden",
          als: [{ waarde: "opleverdatum", ongeldig: true }],
          rag: "rood",
          uitleg: "{label}: niet SMART — T (tijdgebonden): opleverdatum {opleverdatum} is geen datum.",
          eigen: true,
        },
        {
          regel: "vertraagd",
          als: [{ waarde: "status", is: ["Vertraagd"] }],
          rag: "oranje",
          uitleg:
            "{label}: alle SMART-elementen ingevuld, maar status {status} (opleverdatum {opleverdatum}).",
          eigen: true,
        },
        {
          regel: "smart",
          als: [],
          rag: "groen",
          uitleg: "{label}: alle SMART-elementen ingevuld; status {status}, opleverdatum {opleverdatum}.",
          eigen: true,
        },
      ],
    },
    {
      id: "planning",
      vorm: "rijen",
      blad: "Planning",
      tabel: "tblPlanning",
      rijNaam: "Planningsstap",
      rijNaamMeervoud: "planningsstappen",
      sleutel: "actie",
      label: "stap",
      hoofdkolom: "gereed",
      kolommen: [
        { id: "actie", kop: "Actie nr", verplicht: true, essentieel: true, breedte: 10 },
        { id: "stap", kop: "Stap", verplicht: true, essentieel: true, breedte: 60 },
        {
          id: "datum",
          kop: "Datum",
          type: "datum",
          zonderDatum: ZONDER_DATUM,
          verplicht: true,
          essentieel: true,
          breedte: 16,
        },
        { id: "gereed", kop: "Gereed", type: "keuze", schaal: "janee", verplicht: true, breedte: 10 },
      ],
      open: { leeg: 60, sleutelUit: "acties", uniek: ["actie", "stap"] },
      controles: [
        {
          code: "verwachte_datum_verstreken",
          kolom: "datum",
          als: [
            { waarde: "gereed", is: ["Nee"] },
            { datum: "datum", voor: { waarde: "veld:Peildatum" } },
          ],
        },
      ],
    },
  ],
  scores: {
    invulling: { groen: 100, oranje: 80 },
    eenheid: { tabel: "acties" },
    voortgang: { tabel: "acties" },
  },
  landelijk: [
    {
      soort: "groepen",
      blad: "Overzicht acties",
      tabel: "acties",
      titel: "Per actiehouder",
      kolom: "actiehouder",
    },
    { soort: "antwoorden", blad: "Planning landelijk", tabel: "planning" },
  ],
  woorden: ACTION_WORDS,
  // The source says a total judgement at a glance is not possible yet (seeds 000 l. 176–180).
  totaaloordeel: false,
  rag: STANDARD_RAG,
};
