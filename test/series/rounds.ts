/**
 * Explicit small rounds of the Taskforce format (`taskforce-2013-format`, 25 actions, no units) for the
 * series tests: per round one letter per action gives its status; every other cell is filled so that the
 * judgement follows from the status alone (the decision list of the definition: Vervallen is Grijs,
 * Vertraagd Oranje, every other status Groen when all SMART elements are there).
 */
import path from "node:path";
import { findMonitor, rowsTable, type Monitor } from "../../src/core/model";
import { buildTemplate, type FillValue, type UnitFill } from "../../src/core/engine/template";
import { isoToSerial } from "../../src/core/cells/dates";
import { templateWorkbook } from "../../src/xlsx/write-template";
import { writeWorkbookFile } from "../../src/xlsx/files";

export const TASKFORCE: Monitor = findMonitor("taskforce-2013-format")!;

/** The letters of the rounds' status strings. */
export const STATUS_OF: Record<string, string> = {
  N: "Niet gestart",
  G: "Gestart",
  C: "Conform planning",
  V: "Vertraagd",
  K: "Voltooid",
  X: "Vervallen",
};

export interface TaskforceRound {
  meetmoment: string;
  /** JJJJ-MM-DD */
  peildatum: string;
  /** One letter per action, in the definition's order (key → letter with `keys`). */
  statussen: string;
}

/** The fill of one round: every action with all A and B texts, a date, and its status from the letter. */
export function roundFill(def: Monitor, r: TaskforceRound): UnitFill {
  const t = rowsTable(def, "acties")!;
  const keys = t.rijen.map((row) => row.waarden[t.sleutel]);
  if (keys.length !== r.statussen.length)
    throw new Error(`${r.meetmoment}: ${r.statussen.length} letters voor ${keys.length} acties`);
  const rows: Record<string, Record<string, FillValue>> = {};
  keys.forEach((k, i) => {
    rows[k] = {
      probleem: `Probleem ${k}`,
      doelstelling: `Doel ${k}`,
      resultaat: `Resultaat ${k}`,
      opleverdatum: isoToSerial("2014-06-30"),
      partijen: `Partijen ${k}`,
      kwaliteitseisen: `Eisen ${k}`,
      kosten: "Binnen de begroting",
      status: STATUS_OF[r.statussen[i]],
      bevindingen: "Testinvoer.",
    };
  });
  return {
    velden: { Meetmoment: r.meetmoment, Peildatum: isoToSerial(r.peildatum), "Ingevuld door": "Test" },
    rijen: { [t.id]: rows },
  };
}

/** Writes the round's one workbook into `dir` and returns its path. */
export async function writeTaskforceRound(dir: string, def: Monitor, r: TaskforceRound): Promise<string> {
  const file = path.join(dir, "Regiomonitor-taskforce.xlsx");
  await writeWorkbookFile(templateWorkbook(buildTemplate(def, { vul: roundFill(def, r) })), file);
  return file;
}
