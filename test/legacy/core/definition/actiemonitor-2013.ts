/**
 * The built-in definition of the Taskforce monitor 2013 of the "Actieplan Kinderen veilig 2012–2016": one
 * national workbook with 25 fixed actions (from data/taskforce-acties-2013.csv). A stoplight is only given
 * where quality criteria (kwaliteitseisen) are set: without them an action is Grijs, never Groen.
 */
import type { ActionDefinitionInput } from "../actions/schema";

/** Kwaliteitseisen: only `Vastgesteld` allows a colour. Shared with ghnt-2018. */
export const KWALITEITSEISEN = {
  opties: ["Vastgesteld", "Nader te bepalen", "Niet van toepassing"],
  vastgesteld: "Vastgesteld",
};

/** Status scale and how each status is judged (docs/definitions.md, "Action monitors"). Shared with ghnt-2018. */
export const ACTIE_STATUSSEN: ActionDefinitionInput["statussen"] = [
  { label: "Niet gestart", oordeel: "op_datum" },
  { label: "Gestart", oordeel: "op_datum" },
  { label: "Conform planning", aliassen: ["Volgens planning", "Op schema"], oordeel: "groen" },
  { label: "Vertraagd", oordeel: "vertraagd", vereist: ["toelichting"] },
  { label: "Voltooid", aliassen: ["Gereed", "Afgerond"], oordeel: "groen", voltooid: true },
  { label: "Vervallen", oordeel: "grijs" },
];

export const ZONDER_EINDDATUM = ["Nog te bepalen", "Nader te bepalen"];

export const ACTIE_RAG_LABELS = { groen: "Groen", oranje: "Oranje", rood: "Rood", grijs: "Grijs" };

export const ACTIEMONITOR_2013: ActionDefinitionInput = {
  soort: "acties",
  id: "actiemonitor-2013",
  versie: "1.0",
  naam: "Taskforce-monitor 2013 — Actieplan Kinderen veilig 2012–2016",
  blad: "Acties",
  tabel: "tblActies",
  vasteKolommen: [
    { sleutel: "nr", kop: "Nr", breedte: 6 },
    { sleutel: "actie", kop: "Actie", breedte: 60 },
    { sleutel: "actiehouder", kop: "Actiehouder", breedte: 22 },
  ],
  sleutel: "nr",
  kolommen: {
    opleverdatum: "Opleverdatum",
    nulmeting: "Opleverdatum nulmeting",
    kwaliteitseisen: "Kwaliteitseisen",
    status: "Status",
    verschuiving: "Verschuiving t.o.v. nulmeting",
    toelichting: "Toelichting",
  },
  rijen: [
    { nr: "1", actie: "Multidisciplinaire aanpak ondersteunen en evalueren", actiehouder: "VWS" },
    { nr: "2", actie: "Evalueren regierol gemeenten kindermishandeling", actiehouder: "VWS" },
    { nr: "3", actie: "Internetdossier/handreiking gemeenten aanpak kindermishandeling", actiehouder: "VWS" },
    { nr: "4", actie: "Advies over gradaties in aanpak kindermishandeling", actiehouder: "VWS" },
    { nr: "5", actie: "Prevalentieonderzoek 2015", actiehouder: "VWS" },
    { nr: "6", actie: "Resultaten Signs of Safety inventariseren", actiehouder: "VWS" },
    { nr: "7", actie: "Ouders en kinderen digivaardig en digialert maken", actiehouder: "VWS" },
    { nr: "8", actie: "Helpdesk 'Stop it Now' ondersteunen", actiehouder: "VWS" },
    { nr: "9", actie: "Strafmaatrichtlijn kindermishandeling", actiehouder: "VenJ" },
    { nr: "10", actie: "Implementatie screeningsinstrument B-SAFER", actiehouder: "Reclassering Nederland" },
    { nr: "11", actie: "Stimuleren gedrags- en zorginterventies", actiehouder: "Reclassering Nederland" },
    { nr: "12", actie: "Verbetering zicht op voorgeschiedenis kindermishandeling", actiehouder: "VenJ" },
    { nr: "13", actie: "Publiekscampagne", actiehouder: "VWS" },
    {
      nr: "14",
      actie: "Implementatie Wet verplichte meldcode huiselijk geweld en kindermishandeling",
      actiehouder: "VWS",
    },
    { nr: "15", actie: "Aanscherpen van signalering- en risicotaxatie-instrumenten", actiehouder: "VWS" },
    {
      nr: "16",
      actie: "Vergroten digitale alertheid bij professionals in jeugdzorg",
      actiehouder: "Jeugdzorg Nederland",
    },
    { nr: "17", actie: "Verbeteren van informatie-uitwisseling zorg en jeugdzorg", actiehouder: "VWS" },
    { nr: "18", actie: "Inzicht in forensisch-medische expertise", actiehouder: "VenJ" },
    { nr: "19", actie: "Aanpak kindermishandeling in curriculum stimuleren", actiehouder: "VWS" },
    {
      nr: "20",
      actie: "Besluitvorming over werkwijze huisverbod bij kindermishandeling",
      actiehouder: "VenJ",
    },
    { nr: "21", actie: "Effectevaluatie tijdelijk huisverbod", actiehouder: "VenJ" },
    {
      nr: "22",
      actie: "Maatregel voor opgroeiondersteuning (kinderbeschermingswetgeving)",
      actiehouder: "VenJ",
    },
    { nr: "23", actie: "Intensiveren opsporingsonderzoek", actiehouder: "VenJ" },
    { nr: "24", actie: "Pilots Signs of Safety", actiehouder: "VenJ" },
    { nr: "25", actie: "Hulpaanbod slachtoffers inventariseren en verspreiden", actiehouder: "VWS" },
  ],
  kwaliteitseisen: KWALITEITSEISEN,
  statussen: ACTIE_STATUSSEN,
  zonderEinddatum: ZONDER_EINDDATUM,
  toegestaneVertragingMaanden: 6,
  groeperingen: [{ titel: "Per actiehouder", kolom: "actiehouder" }],
  rag: { labels: ACTIE_RAG_LABELS },
};
