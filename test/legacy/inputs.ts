/** Legacy test helpers (for the parity tests against the old engine in test/legacy/core): WorkbookInputs made from the standard template in memory, and ways to change cells. */
import { defaultDefinition, type Definition } from "./core/definition";
import type { Grid, RawValue, WorkbookInput } from "../../src/core/grid";
import { buildTemplate } from "./core/template";
import { annexFills, filledTemplate, type ExampleFill } from "./core/examples/annex";
import type { TemplateModel } from "../../src/core/template-model";
import { readFileSync } from "node:fs";
import path from "node:path";

export const DEF: Definition = defaultDefinition();
export const ANNEX_CSV_TEXT = readFileSync(
  path.join(__dirname, "..", "..", "data", "rak-regio-mijlpalen-2011-01-15.csv"),
  "utf8",
);

export function exampleFills(): ExampleFill[] {
  return annexFills(DEF, ANNEX_CSV_TEXT);
}

export function exampleFill(regio: string): ExampleFill {
  const f = exampleFills().find((x) => x.regio === regio);
  if (!f) throw new Error(regio);
  return f;
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
  return {
    bestand,
    definitie: model.definitie,
    bladen: model.tables.map((t) => t.sheet),
    grids,
  };
}

/** A complete, valid Eindfoto of a region from the annex. */
export function validInput(regio = "Gouda", bestand = "test.xlsx"): WorkbookInput {
  return inputFromModel(filledTemplate(DEF, exampleFill(regio)), bestand);
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
