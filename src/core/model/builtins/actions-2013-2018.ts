/**
 * The two national action monitors in the one model: the Taskforce monitor 2013 of the "Actieplan Kinderen
 * veilig 2012–2016" (25 actions, data/taskforce-acties-2013.csv) and "Geweld hoort nergens thuis" 2018–2021
 * (95 actions, data/ghnt-acties-2018.csv).
 */
import { actionMonitor } from "./action-monitor";
import { ACTIONS_2013, ACTIONS_2018 } from "./actions-rows";

/** A fixed column of the actions table: its id, header and width. */
const fixed = (id: string, kop: string, breedte: number) => ({ id, kop, breedte });

export const ACTIEMONITOR_2013 = actionMonitor({
  id: "actiemonitor-2013",
  versie: "1.0",
  naam: "Taskforce-monitor 2013 — Actieplan Kinderen veilig 2012–2016",
  vasteKolommen: [fixed("nr", "Nr", 6), fixed("actie", "Actie", 60), fixed("actiehouder", "Actiehouder", 22)],
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
    fixed("id", "Id", 8),
    fixed("actielijn", "Actielijn", 26),
    fixed("bouwsteenId", "Bouwsteen nr", 9),
    fixed("bouwsteen", "Bouwsteen", 32),
    fixed("actie", "Actie", 70),
    // The phase of each action in the programme plan at publication (seeds 004_510e18e9a9d5bdcc.txt
    // line 979, "Bijlage 4 Fasering acties programmaplan"), not a planned phase.
    fixed("fase", "Fase bij publicatie (2018)", 22),
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
