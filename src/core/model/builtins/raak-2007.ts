/**
 * "RAAK-checklist 2007" in the one model: the points of the Actieplan aanpak kindermishandeling "Kinderen
 * veilig thuis" (2007), Bijlage 2 "Zorgcontinuüm en 35 punten RAAK" (`../shared/seeds/001_27f7e4397c35df91.txt`
 * lines 1913–2207; the points and their lines in raak-2007-items.ts), as a checklist that each region fills
 * in: per point whether it is in place (Aanwezig / Gedeeltelijk / Afwezig / Onbekend), the level of the
 * zorgcontinuüm as a fixed column, and optionally one row per municipality of the region (open rows).
 *
 * The units are the 37 regions of the RAK approach (the same list as rak-2008-2010): the plan's RAAK approach
 * is regional (seed lines 513–545: "Op lokaal niveau gebeurt het!", the RAAK proefregio's and a handbook for
 * the approach "op lokaal en regionaal niveau"), and the 2008–2010 monitor that followed it counted these
 * regions, so a round of this checklist can be set beside that monitor's rounds.
 */
import type { MonitorInput } from "../schema";
import { STANDARD_RAG } from "./common";
import { REGIOS } from "./rak-2008-2010-items";
import { regioTable } from "./rak-2008-2010";
import { NIVEAUS, PUNTEN } from "./raak-2007-items";

const u = (x: string) => ({ label: x, onbekend: true });

export const RAAK_2007: MonitorInput = {
  model: 2,
  id: "raak-2007",
  versie: "1.0",
  naam: "RAAK-checklist 2007 — Kinderen veilig thuis",
  eenheden: { soort: "regio", meervoud: "regio's", namen: REGIOS.map((naam) => ({ naam })) },
  schalen: {
    meetmoment: { opties: [{ label: "Nulmeting" }, { label: "Vervolgmeting" }] },
    aanwezigheid: {
      opties: [
        { label: "Aanwezig", aliassen: ["Ja"], gewicht: 1 },
        { label: "Gedeeltelijk", aliassen: ["Deels"], gewicht: 0.5 },
        { label: "Afwezig", aliassen: ["Nee"] },
        u("Onbekend"),
      ],
    },
    deelname: { opties: [{ label: "Ja" }, { label: "Gedeeltelijk" }, { label: "Nee" }, u("Onbekend")] },
  },
  tabellen: [
    regioTable("Nulmeting"),
    {
      id: "punten",
      vorm: "rijen",
      blad: "Checklist",
      tabel: "tblChecklist",
      rijNaam: "Punt",
      rijNaamMeervoud: "punten",
      sleutel: "nr",
      label: "punt",
      hoofdkolom: "stand",
      oordeelRegel:
        "Regel van Regiomonitor (het actieplan geeft geen kleuren). Per punt: Groen: aanwezig; Oranje: gedeeltelijk; Rood: afwezig; Grijs: onbekend, leeg of ongeldig (niet te beoordelen).",
      kolommen: [
        { id: "nr", kop: "Nr", vast: true, essentieel: true, breedte: 6 },
        { id: "niveau", kop: "Niveau zorgcontinuüm", vast: true, breedte: 24 },
        { id: "punt", kop: "Punt", vast: true, breedte: 70 },
        {
          id: "stand",
          kop: "Aanwezig in de regio",
          type: "keuze",
          schaal: "aanwezigheid",
          verplicht: true,
          essentieel: true,
          breedte: 20,
        },
        {
          id: "toelichting",
          kop: "Toelichting",
          breedte: 50,
          verplicht: { als: [{ waarde: "stand", is: ["Gedeeltelijk"] }] },
        },
      ],
      rijen: PUNTEN.map(([nr, niveau, punt]) => ({ waarden: { nr, niveau: NIVEAUS[niveau], punt } })),
      oordeel: [
        {
          regel: "rij_ontbreekt",
          als: [{ rij: "ontbreekt" }],
          rag: "grijs",
          uitleg: "{label}: punt {nr} ontbreekt in de werkmap — niet te beoordelen.",
        },
        {
          regel: "aanwezig",
          als: [{ waarde: "stand", is: ["Aanwezig"] }],
          rag: "groen",
          uitleg: "{label}: punt {nr} is aanwezig in de regio.",
          eigen: true,
        },
        {
          regel: "gedeeltelijk",
          als: [{ waarde: "stand", is: ["Gedeeltelijk"] }],
          rag: "oranje",
          uitleg: "{label}: punt {nr} is gedeeltelijk aanwezig[ ({toelichting})].",
          eigen: true,
        },
        {
          regel: "afwezig",
          als: [{ waarde: "stand", is: ["Afwezig"] }],
          rag: "rood",
          uitleg: "{label}: punt {nr} is afwezig in de regio.",
          eigen: true,
        },
        {
          regel: "niet_te_beoordelen",
          als: [],
          rag: "grijs",
          uitleg: "{label}: punt {nr} is {stand} — niet te beoordelen.",
        },
      ],
    },
    {
      id: "gemeenten",
      vorm: "rijen",
      blad: "Gemeenten",
      tabel: "tblGemeenten",
      rijNaam: "Gemeente",
      rijNaamMeervoud: "gemeenten",
      sleutel: "gemeente",
      label: "gemeente",
      hoofdkolom: "deelname",
      kolommen: [
        { id: "gemeente", kop: "Gemeente", verplicht: true, essentieel: true, breedte: 28 },
        {
          id: "deelname",
          kop: "Doet mee aan de regionale aanpak",
          type: "keuze",
          schaal: "deelname",
          verplicht: true,
          essentieel: true,
          breedte: 22,
        },
        {
          id: "meldcode",
          kop: "Meldcode in gemeentelijke voorzieningen",
          type: "keuze",
          schaal: "aanwezigheid",
          breedte: 22,
        },
        { id: "contactpersoon", kop: "Contactpersoon", breedte: 28 },
        {
          id: "toelichting",
          kop: "Toelichting",
          breedte: 50,
          verplicht: { als: [{ waarde: "deelname", is: ["Gedeeltelijk", "Nee"] }] },
        },
      ],
      open: { leeg: 20 },
    },
  ],
  scores: { invulling: { groen: 100, oranje: 80 }, voortgang: { tabel: "punten" } },
  landelijk: [
    { soort: "retouren", blad: "Retouren" },
    { soort: "antwoorden", blad: "Checklist landelijk", tabel: "punten" },
    {
      soort: "groepen",
      blad: "Per niveau",
      tabel: "punten",
      titel: "Per niveau van het zorgcontinuüm",
      kolom: "niveau",
    },
    { soort: "antwoorden", blad: "Gemeenten landelijk", tabel: "gemeenten" },
  ],
  // The plan asks whether each point is in place; what is in place is "aanwezig" (l. 1913 ff.).
  woorden: {
    gerealiseerd: "aanwezig",
    gedeeltelijk: "gedeeltelijk aanwezig",
    meting: "meting",
    metingen: "metingen",
  },
  totaaloordeel: true,
  rag: STANDARD_RAG,
};
