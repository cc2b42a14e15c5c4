/**
 * Office.js adapter, reading: the wanted tables (or the sheets they should be on) of the open workbook as
 * the core's WorkbookInput, in two `context.sync()` calls whatever the size, using only documented behaviour.
 *
 * Sync 1 loads which sheets and tables exist (the two collections' names). The wanted sources are then matched
 * against those names: Excel's own spelling first (case-insensitive, as `getItem` is), then names that differ
 * beyond case (accents, spaces, dashes; see `fold`). Sync 2 reads only what exists, through `getItem` on names
 * that sync 1 returned, so no call is ever made on a possibly-null object: per table its range (capped at
 * MAX_TABLE_ROWS + 1 rows, like the ExcelJS adapter), per sheet the used range of its first MAX_TABLE_ROWS + 1
 * rows (`Range.getUsedRangeOrNullObject`, ExcelApi 1.4, whose result is only loaded and checked with
 * `isNullObject`), and the meta sheet. Values come with `valueTypes` (ExcelApi 1.1), so an error value is an
 * error and a text that looks like one ('#N/A' typed as text) stays text.
 */
import type { Grid, RawValue, WantedSource, WorkbookInput } from "../core/grid";
import { fold } from "../core/cells/text";
import { MAX_TABLE_ROWS } from "../core/limits";
import { definitionFromMeta, META_SHEET } from "../core/template-model";
import { rawValue, type ExcelApi } from "./shared";

const CELLS = "values,valueTypes,rowIndex,columnIndex";

interface TableRead {
  table: Excel.Table;
  sheet: Excel.Worksheet;
  range: Excel.Range;
}

interface SheetRead {
  name: string;
  /** The used cells of rows 1 to MAX_TABLE_ROWS + 1; a null object for an empty sheet. */
  used: Excel.Range;
}

/** Queues the read of a table that sync 1 showed exists. */
function queueTable(wb: Excel.Workbook, name: string): TableRead {
  const table = wb.tables.getItem(name).load("name");
  const sheet = table.worksheet.load("name");
  const full = table.getRange();
  // The table's first MAX_TABLE_ROWS + 1 rows: enough for the core to refuse a table that is too long. The
  // intersection always holds the header row; it is only loaded and checked with isNullObject.
  const range = full.getIntersectionOrNullObject(full.getRow(0).getResizedRange(MAX_TABLE_ROWS, 0));
  range.load(CELLS);
  return { table, sheet, range };
}

/** Queues the read of a sheet that sync 1 showed exists. */
function queueSheet(wb: Excel.Workbook, name: string): SheetRead {
  const used = wb.worksheets
    .getItem(name)
    .getRange(`1:${MAX_TABLE_ROWS + 1}`)
    .getUsedRangeOrNullObject(true);
  used.load(`${CELLS},rowCount,columnCount`);
  return { name, used };
}

function cells(range: Excel.Range): RawValue[][] {
  const types = range.valueTypes as string[][];
  return (range.values as unknown[][]).map((row, i) => row.map((v, j) => rawValue(v, types[i][j])));
}

function tableGrid(t: TableRead): Grid | null {
  if (t.range.isNullObject) return null;
  return {
    sheet: t.sheet.name,
    table: t.table.name,
    top: t.range.rowIndex + 1,
    left: t.range.columnIndex + 1,
    values: cells(t.range),
  };
}

/**
 * The sheet from A1 to the end of its used range (at most MAX_TABLE_ROWS + 1 rows), like the ExcelJS adapter:
 * cells before the used range are null. An empty sheet gives one null cell.
 */
function sheetGrid(s: SheetRead): Grid {
  if (s.used.isNullObject) return { sheet: s.name, table: null, top: 1, left: 1, values: [[null]] };
  const top = s.used.rowIndex;
  const left = s.used.columnIndex;
  const bottom = top + s.used.rowCount;
  const right = left + s.used.columnCount;
  const values: RawValue[][] = Array.from({ length: bottom }, () => new Array<RawValue>(right).fill(null));
  cells(s.used).forEach((row, i) =>
    row.forEach((v, j) => {
      values[top + i][left + j] = v;
    }),
  );
  return { sheet: s.name, table: null, top: 1, left: 1, values };
}

/** The workbook's spelling of `wanted`: equal ignoring case (as Excel looks up), else equal after `fold`. */
function exact(names: readonly string[], wanted: string): string | undefined {
  const w = wanted.toLowerCase();
  return names.find((n) => n.toLowerCase() === w);
}
function folded(names: readonly string[], wanted: string): string | undefined {
  const w = fold(wanted);
  return names.find((n) => fold(n) === w);
}

/** Reads the wanted sources of the open workbook. Two syncs (one when none of them and no meta sheet exists). */
export async function readWorkbook(
  api: ExcelApi,
  wanted: readonly WantedSource[],
  bestand: string,
): Promise<WorkbookInput> {
  return api.run(async (context) => {
    const wb = context.workbook;
    const sheets = wb.worksheets.load("items/name");
    const tables = wb.tables.load("items/name");
    await context.sync();

    const bladen = sheets.items.map((s) => s.name);
    const tableNames = tables.items.map((t) => t.name);
    // A table by its name first, else the sheet it should be on; names that differ beyond case come last.
    const reads: (TableRead | SheetRead | null)[] = wanted.map((w) => {
      const table = exact(tableNames, w.table);
      if (table) return queueTable(wb, table);
      const sheet = exact(bladen, w.sheet);
      if (sheet) return queueSheet(wb, sheet);
      const tableFolded = folded(tableNames, w.table);
      if (tableFolded) return queueTable(wb, tableFolded);
      const sheetFolded = folded(bladen, w.sheet);
      return sheetFolded ? queueSheet(wb, sheetFolded) : null;
    });
    const metaName = exact(bladen, META_SHEET);
    const meta = metaName ? queueSheet(wb, metaName) : null;
    if (meta || reads.some((r) => r !== null)) await context.sync();

    const grids = reads.map((r) => (r === null ? null : "table" in r ? tableGrid(r) : sheetGrid(r)));
    return {
      bestand,
      definitie: meta ? definitionFromMeta(sheetGrid(meta).values) : null,
      bladen,
      grids: grids.filter((g): g is Grid => g !== null),
    };
  });
}
