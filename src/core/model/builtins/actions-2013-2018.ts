/**
 * The two national action monitors in the one model: the Taskforce monitor 2013 of the "Actieplan Kinderen
 * veilig 2012–2016" (25 actions, data/taskforce-acties-2013.csv) and "Geweld hoort nergens thuis" 2018–2021
 * (95 actions, data/ghnt-acties-2018.csv).
 */
import { actionMonitor } from "./action-monitor";
import { ACTIONS_2013, ACTIONS_2018 } from "./actions-rows";

export const ACTIEMONITOR_2013 = actionMonitor({
  id: "actiemonitor-2013",
  versie: "1.0",
  naam: "Taskforce-monitor 2013 — Actieplan Kinderen veilig 2012–2016",
  vasteKolommen: [
    { id: "nr", kop: "Nr", breedte: 6 },
    { id: "actie", kop: "Actie", breedte: 60 },
    { id: "actiehouder", kop: "Actiehouder", breedte: 22 },
  ],
  label: "actie",
  rijen: ACTIONS_2013,
  groeperingen: [{ titel: "Per actiehouder", kolom: "actiehouder" }],
  verschuiving: true,
  // The monitor itself says a total judgement at a glance is not possible yet (seeds 000 l. 176–180).
  totaaloordeel: false,
});

export const GHNT_2018 = actionMonitor({
  id: "ghnt-2018",
  versie: "1.0",
  naam: "Geweld hoort nergens thuis 2018–2021",
  vasteKolommen: [
    { id: "id", kop: "Id", breedte: 8 },
    { id: "actielijn", kop: "Actielijn", breedte: 26 },
    { id: "bouwsteenId", kop: "Bouwsteen nr", breedte: 9 },
    { id: "bouwsteen", kop: "Bouwsteen", breedte: 32 },
    { id: "actie", kop: "Actie", breedte: 70 },
    // The phase of each action in the programme plan at publication (seeds 004_510e18e9a9d5bdcc.txt
    // line 979, "Bijlage 4 Fasering acties programmaplan"), not a planned phase.
    { id: "fase", kop: "Fase bij publicatie (2018)", breedte: 22 },
  ],
  label: "actie",
  rijen: ACTIONS_2018,
  groeperingen: [
    { titel: "Per actielijn", kolom: "actielijn" },
    { titel: "Per bouwsteen", kolom: "bouwsteenId", labelKolommen: ["bouwsteenId", "bouwsteen"] },
    { titel: "Per fase bij publicatie (2018)", kolom: "fase", volgorde: "waarde" },
  ],
  verschuiving: false,
  // The programme gives no stoplight of its own; the colours are Regiomonitor's and say so.
  totaaloordeel: true,
});
