/**
 * Helpers for the tests of the BMC 2015 and GHNT 2018 startfoto monitors: real .xlsx files written through
 * the template path, read back with the xlsx reader and checked with the one pipeline; a round aggregated,
 * its national workbook written by the sheet writer and read back by openpyxl.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { findMonitor, type Monitor } from "../../src/core/model";
import { buildTemplate, type FillValue, type UnitFill } from "../../src/core/engine/template";
import { isoToSerial } from "../../src/core/cells/dates";
import { rowsTable } from "../../src/core/model";
import { checkWorkbook, type CheckResult } from "../../src/core/engine/pipeline";
import { wantedSources } from "../../src/core/engine/read";
import { aggregate } from "../../src/core/engine/national";
import { layoutNational } from "../../src/core/layout/national";
import { toNationalJson } from "../../src/core/engine/json";
import type { NationalReport } from "../../src/core/engine/national-types";
import type { ExampleReturn } from "../../src/examples/rounds";
import { readXlsx } from "../../src/xlsx/read-xlsx";
import { buildTemplateWorkbook } from "../../src/xlsx/writer";
import { sheetsXlsx } from "../../src/xlsx/sheet-writer";
import { safeFileName, writeWorkbookFile } from "../../src/xlsx/files";
import { runPython } from "../helpers/files";

export const def = (id: string): Monitor => {
  const d = findMonitor(id);
  if (!d) throw new Error(`${id} ontbreekt`);
  return d;
};

export async function checkFile(file: string, d: Monitor): Promise<CheckResult> {
  const input = await readXlsx(readFileSync(file), wantedSources(d), path.basename(file));
  return checkWorkbook(input, [d], null);
}

/** Writes the unit's workbook with `fill` as a real .xlsx file, reads it back and checks it. */
export async function writeAndCheck(
  d: Monitor,
  eenheid: string,
  fill: UnitFill,
  dir: string,
): Promise<{ file: string; res: CheckResult }> {
  const file = path.join(dir, `Regiomonitor-${safeFileName(eenheid)}.xlsx`);
  await writeWorkbookFile(await buildTemplateWorkbook(buildTemplate(d, { eenheid, vul: fill })), file);
  return { file, res: await checkFile(file, d) };
}

/** Writes and checks every return of a round, and aggregates them. */
export async function aggregateRound(
  d: Monitor,
  retouren: ExampleReturn[],
  dir: string,
): Promise<NationalReport> {
  const entries = [];
  for (const r of retouren) {
    const { file, res } = await writeAndCheck(d, r.eenheid ?? d.id, r.fill, dir);
    entries.push({ bestand: path.basename(file), result: res.result });
  }
  return aggregate(d, entries);
}

/** The national workbook of a report as a real .xlsx file; its JSON (validated by the schema on the way). */
export async function writeNational(d: Monitor, report: NationalReport, file: string) {
  await writeWorkbookFile(sheetsXlsx(layoutNational(d, report)), file);
  return toNationalJson(d, report);
}

/** The values of every sheet of an .xlsx file as openpyxl reads them: sheet name → rows of cells. */
export function openpyxlSheets(file: string): Record<string, (string | number | null)[][]> {
  const script = `
import json, sys, warnings
warnings.simplefilter("ignore")
import openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
out = {}
for ws in wb.worksheets:
    out[ws.title] = [[c if isinstance(c, (int, float, str)) or c is None else str(c) for c in row] for row in ws.iter_rows(values_only=True)]
print(json.dumps(out))
`;
  const run = runPython(script, [file]);
  if (run.code !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout) as Record<string, (string | number | null)[][]>;
}

/**
 * A filled GHNT startfoto of `regio` (peildatum 31-10-2018): every question its first option, a date
 * question 01-06-2018, except the answers given (null: left empty).
 */
export function startfotoFill(sf: Monitor, regio: string, answers: Record<string, FillValue> = {}): UnitFill {
  const rows: Record<string, Record<string, FillValue>> = {};
  for (const r of rowsTable(sf, "startfoto")!.rijen) {
    const nr = String(r.waarden.nr);
    const first = r.cel?.schaal ? sf.schalen[r.cel.schaal].opties[0].label : null;
    const v = nr in answers ? answers[nr] : r.cel?.type === "datum" ? isoToSerial("2018-06-01") : first;
    if (v !== null) rows[nr] = { antwoord: v };
  }
  return {
    velden: {
      Regio: regio,
      Meetmoment: "Startfoto",
      Peildatum: isoToSerial("2018-10-31"),
      "Ingevuld door": "Projectleider",
    },
    rijen: { startfoto: rows },
  };
}
