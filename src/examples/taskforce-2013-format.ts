/**
 * The three rounds of `taskforce-2013-format` (the Taskforce 2013 action format A–D) as fills.
 *
 * Published (data/taskforce-acties-2013.csv, the voorjaarsmonitor 2013): per action its opleverdatum, whether
 * its quality criteria were set (`kwaliteitseisen`) and its stand van zaken. Everything else is GENERATED,
 * deterministically (a hash of the action number), and says so in its text:
 *
 * - Voorjaar 2013 (peildatum 31-05-2013): opleverdatum and status as published (a stand van zaken that is no
 *   status, e.g. "Monitoringsinstrument vastgesteld", becomes Gestart and is quoted in Bevindingen); where
 *   the criteria were not published as 'Vastgesteld' the criteria cell has the published text ('Nader te
 *   bepalen': not yet measurable, Rood); the six actions published as postponed (seeds 000 l. 787, 1168,
 *   1438, 1604, 1850, 2084) are Vertraagd, with the published sentence and its line under Aandachtspunten;
 *   the other A texts are generated; a planning of two steps. The
 *   example has no errors, as every example of the demo.
 * - Nulmeting november 2012 (peildatum 30-11-2012): the format of the nulmeting did not yet have probleem,
 *   doelstelling, resultaat, kwaliteitseisen, kosten and planning (seed 000_d876a32d589fb301.txt lines
 *   124–127), so these stay empty; the status is the published one set back (Gestart becomes Niet gestart
 *   for about half of the actions).
 * - Najaar 2013 (peildatum 30-11-2013): the criteria are set for every action (the Taskforce asked for them
 *   by 1 July 2013, lines 183–186); a started action moves on to Conform planning,
 *   Vertraagd or Voltooid; one not started becomes Gestart; the planning steps are updated.
 */
import { isoToSerial } from "../core/cells/dates";
import { fold } from "../core/cells/text";
import { parseCsv } from "../core/examples/csv";
import { scaleOf } from "../core/model";
import type { Monitor } from "../core/model/schema";
import { GENERATED_NOTE, hash, table } from "./fills";
import type { FillValue, UnitFill } from "../core/engine/template";

export type TaskforceRound = "Nulmeting november 2012" | "Voorjaar 2013" | "Najaar 2013";

export const TASKFORCE_PEILDATUM: Record<TaskforceRound, string> = {
  "Nulmeting november 2012": "2012-11-30",
  "Voorjaar 2013": "2013-05-31",
  "Najaar 2013": "2013-11-30",
};

const NEXT = ["Conform planning", "Vertraagd", "Voltooid"];

export function taskforceFormatFill(def: Monitor, csvText: string, round: TaskforceRound): UnitFill {
  const acties = table(def, "acties");
  const planning = table(def, "planning");
  const statusCol = acties.kolommen.find((c) => c.id === acties.hoofdkolom);
  const statuses = scaleOf(def, statusCol?.schaal)?.opties.map((o) => o.label) ?? [];
  const rows: Record<string, Record<string, FillValue>> = {};
  const steps: Record<string, FillValue>[] = [];
  const gen = (what: string, nr: string) => `${GENERATED_NOTE} ${what} van actie ${nr}.`;
  for (const row of parseCsv(csvText)) {
    const nr = row.nr.trim();
    const h = hash(`taskforce-format|${nr}`);
    const stand = row.stand_van_zaken.trim();
    const published = statuses.find((s) => fold(s) === fold(stand));
    let status = published ?? "Gestart";
    const notes = published ? [] : [`Stand van zaken voorjaar 2013: '${stand}'.`];
    const opleverdatum = row.opleverdatum.trim() || null;
    const setCriteria = row.kwaliteitseisen.trim() === "Vastgesteld";
    if (round === "Nulmeting november 2012") {
      if (status === "Gestart" && h % 2 === 0) status = "Niet gestart";
      rows[nr] = { opleverdatum, status, bevindingen: GENERATED_NOTE };
      continue;
    }
    if (round === "Najaar 2013")
      status = status === "Gestart" ? NEXT[h % 3] : status === "Niet gestart" ? "Gestart" : status;
    // Published: the postponement under Aandachtspunten (CSV columns uitstel, uitstel_bron, uitstel_regel).
    const postponed = round === "Voorjaar 2013" && (row.uitstel ?? "").trim() !== "";
    if (postponed && status === "Gestart") status = "Vertraagd";
    rows[nr] = {
      probleem: gen("Probleem", nr),
      doelstelling: gen("Doelstelling", nr),
      resultaat: gen("Resultaat", nr),
      opleverdatum,
      partijen: gen("Betrokken partijen", nr),
      kwaliteitseisen:
        setCriteria || round === "Najaar 2013" ? gen("Kwaliteitseisen", nr) : row.kwaliteitseisen.trim(),
      kosten: gen("Kosten", nr),
      status,
      bevindingen: [...notes, GENERATED_NOTE].join(" "),
      borging: gen("Borging", nr),
      aandachtspunten: postponed
        ? `${row.uitstel_bron.trim()} (Taskforce-monitor voorjaar 2013, regel ${row.uitstel_regel.trim()})`
        : null,
      advies: null,
    };
    steps.push(
      { actie: nr, stap: "Plan van aanpak vastgesteld", datum: "Januari 2013", gereed: "Ja" },
      {
        actie: nr,
        stap: "Resultaat opgeleverd",
        datum: opleverdatum ?? "Nog te bepalen",
        gereed: status === "Voltooid" ? "Ja" : "Nee",
      },
    );
  }
  for (const r of acties.rijen) {
    const key = r.waarden[acties.sleutel];
    if (!rows[key]) throw new Error(`taskforce-acties-2013.csv: actie ${key} ontbreekt`);
  }
  return {
    velden: {
      Meetmoment: round,
      Peildatum: isoToSerial(TASKFORCE_PEILDATUM[round]),
      "Ingevuld door": GENERATED_NOTE,
    },
    rijen: { [acties.id]: rows },
    open: { [planning.id]: steps },
  };
}
