/**
 * Comparing written sheets cell by cell, whichever adapter wrote them: value, number format, fill and bold.
 * Used by the test that both adapters render the same SheetModels and by the tests that the task pane's
 * national sheets equal the command line's.
 */
import type ExcelJS from "exceljs";
import { rawValue } from "./exceljs-reference";
import { a1 } from "../../src/core/grid";
import type { CellView } from "../fake-excel/fake-excel";

export interface Seen {
  value: string | number | null;
  fmt: string;
  fill: string | null;
  bold: boolean;
}

/** A cell of a workbook read back with ExcelJS, as the command line reads (dates become Excel serials). */
export function seenExcelJs(cell: ExcelJS.Cell): Seen {
  const argb = (cell.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;
  return {
    value: rawValue(cell.value) as string | number | null,
    fmt: cell.numFmt || "General",
    fill: argb ? argb.slice(2).toUpperCase() : null,
    bold: cell.font?.bold === true,
  };
}

/** A cell of the fake Excel (Office.js adapter). */
export function seenOffice(cell: CellView): Seen {
  return {
    value: cell.value === "" ? null : (cell.value as string | number | null),
    fmt: cell.numberFormat,
    fill: cell.fill ? cell.fill.replace("#", "").toUpperCase() : null,
    bold: cell.bold,
  };
}

/** Every cell of the first `rows` × `cols` of an ExcelJS sheet, keyed `Sheet!A1`. */
export function excelJsCells(
  ws: ExcelJS.Worksheet,
  rows: number,
  cols: number,
  into = new Map<string, Seen>(),
) {
  for (let r = 1; r <= rows; r++)
    for (let c = 1; c <= cols; c++) into.set(`${ws.name}!${a1(r, c)}`, seenExcelJs(ws.getCell(r, c)));
  return into;
}

/** The same from a grid of fake Excel cells (row by row from A1). */
export function officeCells(sheet: string, grid: CellView[][], into = new Map<string, Seen>()) {
  grid.forEach((row, r) => row.forEach((c, ci) => into.set(`${sheet}!${a1(r + 1, ci + 1)}`, seenOffice(c))));
  return into;
}

/** Differences between two cell maps (at most `max`), as readable lines; also cells present on one side only. */
export function diffCells(
  expected: Map<string, Seen>,
  actual: Map<string, Seen>,
  labels: [string, string] = ["ExcelJS", "Office.js"],
  max = 10,
): string[] {
  const out: string[] = [];
  for (const [addr, x] of expected) {
    const o = actual.get(addr);
    if (JSON.stringify(o) !== JSON.stringify(x))
      out.push(`${addr}: ${labels[0]} ${JSON.stringify(x)} ≠ ${labels[1]} ${JSON.stringify(o)}`);
    if (out.length >= max) return out;
  }
  for (const addr of actual.keys()) if (!expected.has(addr)) out.push(`${addr}: only in ${labels[1]}`);
  return out.slice(0, max);
}
