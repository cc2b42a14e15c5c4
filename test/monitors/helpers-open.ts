/**
 * (Helpers of the open-row monitors: RAAK 2007 and the Taskforce format.)
 * Helpers for the monitor tests: a built-in's template filled in memory (as grids) or written to a real
 * .xlsx and read back, a cell changed by sheet and address, the national workbook written and read by
 * openpyxl.
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import type { Monitor } from "../../src/core/model";
import type { RawValue, WorkbookInput } from "../../src/core/grid";
import { buildTemplate, type TemplateOptions } from "../../src/core/engine/template";
import { readReturn, wantedSources, type ReadResult } from "../../src/core/engine/read";
import { aggregate } from "../../src/core/engine/national";
import type { NationalReport } from "../../src/core/engine/national-types";
import { layoutNational } from "../../src/core/layout/national";
import { templateWorkbook } from "../../src/xlsx/write-template";
import { readXlsx } from "../../src/xlsx/read-xlsx";
import { sheetsXlsx } from "../../src/xlsx/sheet-writer";
import { inputFromModel } from "../helpers/inputs";
import { runPython } from "../helpers/files";

export function memoryInput(def: Monitor, opts: TemplateOptions, bestand = "retour.xlsx"): WorkbookInput {
  return inputFromModel(buildTemplate(def, opts), bestand);
}

/** The template with `opts` written by our writer and read back by the file reader. */
export async function fileInput(def: Monitor, opts: TemplateOptions, file: string): Promise<WorkbookInput> {
  const buf = new Uint8Array(templateWorkbook(buildTemplate(def, opts)));
  writeFileSync(file, buf);
  return readXlsx(buf, wantedSources(def), path.basename(file));
}

/** Sets a cell of a grid (the grids start at A1) by sheet and A1 address. */
export function setAt(input: WorkbookInput, sheet: string, address: string, value: RawValue): WorkbookInput {
  const g = input.grids.find((x) => x.sheet === sheet);
  if (!g) throw new Error(`no sheet ${sheet}`);
  const m = /^([A-Z])(\d+)$/.exec(address)!;
  const col = m[1].charCodeAt(0) - 65;
  const row = Number(m[2]) - 1;
  while (g.values.length <= row) g.values.push(g.values[0].map(() => null));
  g.values[row][col] = value;
  return input;
}

export function readOk(def: Monitor, input: WorkbookInput): Extract<ReadResult, { ok: true }> {
  const r = readReturn(def, input);
  if (!r.ok) throw new Error(`${input.bestand}: ${r.reden} ${r.issues.map((i) => i.bericht).join(" | ")}`);
  return r;
}

export function national(def: Monitor, inputs: WorkbookInput[]): NationalReport {
  return aggregate(
    def,
    inputs.map((i) => ({ bestand: i.bestand, result: readReturn(def, i) })),
  );
}

const OPENPYXL_SHEETS = `
import sys, json, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
print(json.dumps({ws.title: [[c.value for c in r] for r in ws.iter_rows()] for ws in wb.worksheets}, default=str))
`;

/** The national workbook written to `file` and every sheet's values as openpyxl reads them. */
export function nationalByOpenpyxl(
  def: Monitor,
  report: NationalReport,
  file: string,
): Record<string, unknown[][]> {
  writeFileSync(file, sheetsXlsx(layoutNational(def, report)));
  const py = runPython(OPENPYXL_SHEETS, [file]);
  if (py.code !== 0) throw new Error(py.stderr);
  return JSON.parse(py.stdout) as Record<string, unknown[][]>;
}

const OPENPYXL_TABLE = `
import sys, json, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb[sys.argv[2]]
print(json.dumps({"tables": {k: v for k, v in ws.tables.items()}, "protected": ws.protection.sheet,
  "validations": sorted(str(d.sqref) + " " + str(d.formula1) for d in ws.data_validations.dataValidation)}))
`;

/** A template sheet as openpyxl sees it: its tables, protection and data validations. */
export function templateSheetByOpenpyxl(
  file: string,
  sheet: string,
): { tables: Record<string, string>; protected: boolean; validations: string[] } {
  const py = runPython(OPENPYXL_TABLE, [file, sheet]);
  if (py.code !== 0) throw new Error(py.stderr);
  return JSON.parse(py.stdout) as {
    tables: Record<string, string>;
    protected: boolean;
    validations: string[];
  };
}
