/**
 * "Geweld hoort nergens thuis — regionale startfoto 2018" in the one model: a return from each of the 30
 * regions of the programme (data/ghnt-regios-2018.csv; seeds 004_510e18e9a9d5bdcc.txt l. 132–135), each
 * region with its municipalities as data (Bijlage 2, l. 856–975, cleaned by `cleanAnnex`), with the items
 * the programme asks of a region.
 *
 * The questionnaire itself is not in the document (its Bijlage 3 "wordt separaat verzonden", l. 976–978).
 * The items below were written for this monitor, as a policy officer would, from what the document says a
 * region must have or do (line numbers in file 004 beside each item); docs/definitions.md says so too.
 */
import type { MonitorInput } from "../schema";
import { fieldsTable, meetmomentField, PEILDATUM_FIELD, questionTable, unitField } from "../xlsform/defaults";
import { ANNEX_2, cleanAnnex } from "./ghnt-2018-gemeenten";

const u = (x: string) => ({ label: x, onbekend: true });

type Item = {
  nr: string;
  onderdeel: string;
  vraag: string;
  type: "keuze" | "datum" | "tekst";
  schaal?: string;
  verplicht: boolean;
  /** Only when another item has this answer. */
  als?: { rij: string; is: string[] };
};

const INRICHTING = "Inrichting regionale aanpak";
const ACTIELIJN1 = "Actielijn 1: Eerder en beter in beeld";
const ACTIELIJN2 = "Actielijn 2: Stoppen en duurzaam oplossen";
const ACTIELIJN3 = "Actielijn 3: Aandacht voor specifieke groepen";
const LEERKRING = "Leerkringen";

export const STARTFOTO_ITEMS: Item[] = [
  // l. 139–147: in every region a regional projectleider is appointed.
  {
    nr: "S1",
    onderdeel: INRICHTING,
    vraag: "Is in de regio een regionaal projectleider aangesteld?",
    type: "keuze",
    schaal: "aanstelling",
    verplicht: true,
  },
  {
    nr: "S1a",
    onderdeel: INRICHTING,
    vraag: "Zo ja: sinds welke datum?",
    type: "datum",
    verplicht: true,
    als: { rij: "S1", is: ["Ja"] },
  },
  // l. 205–213, 221–223: the integral steering of the approach is explicitly assigned.
  {
    nr: "S2",
    onderdeel: INRICHTING,
    vraag: "Is de integrale aansturing van de aanpak van huiselijk geweld en kindermishandeling belegd?",
    type: "keuze",
    schaal: "deels",
    verplicht: true,
  },
  // l. 206–213, 225–227, 291–293: a regional administrative network with care and justice partners.
  {
    nr: "S3",
    onderdeel: INRICHTING,
    vraag: "Is er een regionaal bestuurlijk netwerk waarin ook zorg- en justitiële partners zitten?",
    type: "keuze",
    schaal: "deels",
    verplicht: true,
  },
  // l. 229–233, 294: a current regiovisie or regional plan van aanpak.
  {
    nr: "S4",
    onderdeel: INRICHTING,
    vraag: "Heeft de regio een actuele regiovisie of een regionaal plan van aanpak?",
    type: "keuze",
    schaal: "plan",
    verplicht: true,
  },
  // l. 231–233: worked out in an uitvoeringsplan.
  {
    nr: "S5",
    onderdeel: INRICHTING,
    vraag: "Is de regiovisie of het plan van aanpak uitgewerkt in een uitvoeringsplan?",
    type: "keuze",
    schaal: "plan",
    verplicht: true,
  },
  // l. 215–216, 229–230: the programme's speerpunten have a place in the regiovisie.
  {
    nr: "S6",
    onderdeel: INRICHTING,
    vraag: "Hebben de speerpunten van Geweld hoort nergens thuis een plek in de regiovisie?",
    type: "keuze",
    schaal: "deels",
    verplicht: true,
  },
  // l. 236–242: Veilig Thuis and the local teams; schools, GPs and childcare know how Veilig Thuis works.
  {
    nr: "S7",
    onderdeel: ACTIELIJN1,
    vraag: "Zijn er afspraken over de samenwerking tussen Veilig Thuis en de lokale teams?",
    type: "keuze",
    schaal: "deels",
    verplicht: true,
  },
  {
    nr: "S7a",
    onderdeel: ACTIELIJN1,
    vraag: "Waar ziet de regio verbetering nodig in die samenwerking?",
    type: "tekst",
    verplicht: false,
  },
  // l. 334–345: multidisciplinary, system-oriented working (MDA++) named as a speerpunt.
  {
    nr: "S8",
    onderdeel: ACTIELIJN2,
    vraag:
      "Is multidisciplinair en systeemgericht samenwerken (MDA++) als speerpunt benoemd in de regiovisie of het plan van aanpak?",
    type: "keuze",
    schaal: "speerpunt",
    verplicht: true,
  },
  // l. 302–303: the regional uitwerking of the ontwikkelagenda of Veilig Thuis, politie, OM, RvdK and 3RO.
  {
    nr: "S9",
    onderdeel: ACTIELIJN2,
    vraag:
      "Is de ontwikkelagenda van Veilig Thuis, politie, OM, Raad voor de Kinderbescherming en 3RO regionaal uitgewerkt?",
    type: "keuze",
    schaal: "deels",
    verplicht: true,
  },
  // l. 272–278: the specific groups have a place in the regiovisie.
  {
    nr: "S10",
    onderdeel: ACTIELIJN3,
    vraag:
      "Heeft de aanpak voor specifieke groepen (zoals kinderen in complexe scheidingen, slachtoffers van mensenhandel) een plek in de regionale aanpak?",
    type: "keuze",
    schaal: "deels",
    verplicht: true,
  },
  // l. 308–309: steering on the use of the meldcode and the aandachtsfunctionarissen.
  {
    nr: "S11",
    onderdeel: ACTIELIJN3,
    vraag: "Sturen de gemeenten op het gebruik van de meldcode en de inzet van aandachtsfunctionarissen?",
    type: "keuze",
    schaal: "deels",
    verplicht: true,
  },
  // l. 177–179: which actions need priority nationally, and which knelpunten are most pressing.
  {
    nr: "S12",
    onderdeel: LEERKRING,
    vraag: "Welke acties van het programma moeten landelijk met voorrang worden uitgewerkt?",
    type: "tekst",
    verplicht: false,
  },
  {
    nr: "S13",
    onderdeel: LEERKRING,
    vraag: "Welke knelpunten ervaart de regio als het meest prangend?",
    type: "tekst",
    verplicht: false,
  },
];

/** The definition; the annex is cleaned when it is asked for (not when the module loads). */
export function ghnt2018Startfoto(): MonitorInput {
  const regions = cleanAnnex(ANNEX_2).regios;
  return {
    model: 2,
    id: "ghnt-2018-startfoto",
    versie: "1.0",
    naam: "Geweld hoort nergens thuis — regionale startfoto 2018",
    eenheden: {
      soort: "regio",
      meervoud: "regio's",
      ledenNaam: "gemeenten",
      namen: regions.map((r) => ({ naam: r.naam, leden: r.gemeenten })),
    },
    schalen: {
      meetmoment: { opties: [{ label: "Startfoto" }, { label: "Voortgangsrapportage" }] },
      aanstelling: {
        opties: [{ label: "Ja" }, { label: "Nog niet, volgt dit jaar" }, { label: "Nee" }, u("Onbekend")],
      },
      deels: { opties: [{ label: "Ja" }, { label: "Gedeeltelijk" }, { label: "Nee" }, u("Onbekend")] },
      plan: {
        opties: [
          { label: "Ja, vastgesteld" },
          { label: "In voorbereiding" },
          { label: "Nee" },
          u("Onbekend"),
        ],
      },
      speerpunt: {
        opties: [{ label: "Ja, benoemd" }, { label: "Wordt benoemd" }, { label: "Nee" }, u("Onbekend")],
      },
    },
    tabellen: [
      fieldsTable("regio", [
        unitField("Regio"),
        meetmomentField("Startfoto"),
        PEILDATUM_FIELD,
        // l. 158–159: filled in by the projectleider, or by a representative the region appoints.
        { naam: "Ingevuld door", type: "tekst", verplicht: true },
        { naam: "Functie", type: "tekst", verplicht: false },
        { naam: "E-mail", type: "email", verplicht: false },
      ]),
      questionTable(
        STARTFOTO_ITEMS.map((q) => ({
          waarden: { nr: q.nr, onderdeel: q.onderdeel, vraag: q.vraag },
          ...(q.als ? { geldtAls: [{ waarde: `rij:${q.als.rij}`, is: q.als.is }] } : {}),
          cel: {
            type: q.type,
            ...(q.schaal ? { schaal: q.schaal } : {}),
            verplicht: q.verplicht ? "ja" : "nee",
          },
        })),
        { id: "startfoto", blad: "Startfoto", onderdeelBreedte: 30, antwoordBreedte: 30 },
      ),
    ],
    scores: { invulling: { groen: 100, oranje: 80 } },
    landelijk: [
      { soort: "retouren", blad: "Retouren" },
      { soort: "antwoorden", blad: "Startfoto landelijk", tabel: "startfoto" },
      { soort: "open", blad: "Open antwoorden", tabel: "startfoto" },
    ],
    // A startfoto of questions: nothing in it is done or not done; `woorden` keeps its defaults.
    rag: {
      volgorde: ["rood", "oranje", "grijs", "groen"],
      labels: { groen: "Groen", oranje: "Oranje", rood: "Rood", grijs: "Grijs" },
    },
  };
}
