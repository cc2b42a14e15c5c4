/** Test helpers: WorkbookInputs made from the standard template in memory, and ways to change cells. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { defaultMonitor, findMonitor, type Monitor } from "../../src/core/model";
import type { Grid, RawValue, WorkbookInput } from "../../src/core/grid";
import { buildTemplate, type UnitFill } from "../../src/core/engine/template";
import { annexFills } from "../../src/examples/fills";
import type { TemplateModel } from "../../src/core/template-model";

export const DEF: Monitor = defaultMonitor();
export const DEF_2013: Monitor = findMonitor("actiemonitor-2013")!;
export const DEF_2018: Monitor = findMonitor("ghnt-2018")!;
export const ANNEX_CSV_TEXT = readFileSync(
  path.join(__dirname, "..", "..", "data", "rak-regio-mijlpalen-2011-01-15.csv"),
  "utf8",
);

export interface ExampleFill {
  eenheid: string;
  fill: UnitFill;
}

export function exampleFills(): ExampleFill[] {
  return annexFills(DEF, ANNEX_CSV_TEXT);
}

export function exampleFill(regio: string): ExampleFill {
  const f = exampleFills().find((x) => x.eenheid === regio);
  if (!f) throw new Error(regio);
  return f;
}

/** The filled template model of a region of the annex; `velden` overrides fields (e.g. the Peildatum). */
export function filledModel(regio: string, velden: UnitFill["velden"] = {}): TemplateModel {
  const f = exampleFill(regio);
  return buildTemplate(DEF, {
    eenheid: f.eenheid,
    vul: { ...f.fill, velden: { ...f.fill.velden, ...velden } },
  });
}

/** The template's tables as grids starting at A1, like a host reads ListObjects. */
export function inputFromModel(model: TemplateModel, bestand = "test.xlsx"): WorkbookInput {
  const grids: Grid[] = model.tables.map((t) => ({
    sheet: t.sheet,
    table: t.table,
    top: 1,
    left: 1,
    values: [t.header as RawValue[], ...t.rows.map((r) => r.map((v) => v as RawValue))],
  }));
  return { bestand, definitie: model.definitie, bladen: model.tables.map((t) => t.sheet), grids };
}

/** A complete, valid Eindfoto of a region from the annex. */
export function validInput(regio = "Gouda", bestand = "test.xlsx"): WorkbookInput {
  return inputFromModel(filledModel(regio), bestand);
}

export function emptyInput(): WorkbookInput {
  return inputFromModel(buildTemplate(DEF));
}
function grid(input: WorkbookInput, sheet: string): Grid {
  const g = input.grids.find((x) => x.sheet === sheet);
  if (!g) throw new Error(`no grid ${sheet}`);
  return g;
}

/** Sets the cell in the row whose first column is `key` and the column headed `header`. */
export function setCell(
  input: WorkbookInput,
  sheet: string,
  key: string,
  header: string,
  value: RawValue,
): WorkbookInput {
  const g = grid(input, sheet);
  const c = g.values[0].indexOf(header);
  const r = g.values.findIndex((row) => row[0] === key);
  if (c < 0 || r < 0) throw new Error(`no cell ${sheet} ${key} ${header}`);
  g.values[r][c] = value;
  return input;
}

export const setStatus = (i: WorkbookInput, code: string, v: RawValue) =>
  setCell(i, "Mijlpalen", code, "Status", v);
export const setAnswer = (i: WorkbookInput, nr: string, v: RawValue) =>
  setCell(i, "Vragenlijst", nr, "Antwoord", v);
export const setField = (i: WorkbookInput, veld: string, v: RawValue) =>
  setCell(i, "Regio", veld, "Waarde", v);

export function gridOf(input: WorkbookInput, sheet: string): Grid {
  return grid(input, sheet);
}
