/**
 * Office.js adapter, reading: the wanted tables (or the sheets they should be on) of the open workbook as
 * the core's WorkbookInput, in one `context.sync()` whatever the size.
 *
 * Everything is queued before the one sync: the sheet names, the meta sheet's used range, and for each wanted
 * source both the table (by name, anywhere) and the sheet's used range. Missing objects come back as null
 * objects (`*OrNullObject`), so nothing fails when a table or sheet is not there. Reads are capped at
 * MAX_TABLE_ROWS + 1 rows (like the ExcelJS adapter), which also bounds the response size.
 *
 * A second sync happens only when a source was not found by name but a table or sheet has a name that differs
 * in more than case (accents, spaces, dashes; see `fold`): Excel's own lookup already ignores case.
 */
import type { Grid, RawValue, WantedSource, WorkbookInput } from "../core/grid";
import { fold } from "../core/cells/text";
import { MAX_TABLE_ROWS } from "../core/limits";
import { definitionFromMeta, META_SHEET } from "../core/template-model";
import { rawValue, type ExcelApi } from "./shared";

interface TableRead {
  table: Excel.Table;
  range: Excel.Range;
}

interface SheetRead {
  sheet: Excel.Worksheet;
  used: Excel.Range;
  capped: Excel.Range;
}

function queueTable(wb: Excel.Workbook, name: string): TableRead {
  const table = wb.tables.getItemOrNullObject(name);
  table.load("name");
  table.worksheet.load("name");
  const full = table.getRange();
  // The table's first MAX_TABLE_ROWS + 1 rows: enough for the core to refuse a table that is too long.
  const range = full.getIntersectionOrNullObject(full.getRow(0).getResizedRange(MAX_TABLE_ROWS, 0));
  range.load("values,rowIndex,columnIndex");
  return { table, range };
}

function queueSheet(wb: Excel.Workbook, name: string): SheetRead {
  const sheet = wb.worksheets.getItemOrNullObject(name);
  sheet.load("name");
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load("rowIndex,columnIndex,rowCount,columnCount");
  const capped = used.getIntersectionOrNullObject(`1:${MAX_TABLE_ROWS + 1}`);
  capped.load("values,rowIndex,columnIndex");
  return { sheet, used, capped };
}

function tableGrid(t: TableRead): Grid | null {
  if (t.table.isNullObject || t.range.isNullObject) return null;
  return {
    sheet: t.table.worksheet.name,
    table: t.table.name,
    top: t.range.rowIndex + 1,
    left: t.range.columnIndex + 1,
    values: (t.range.values as unknown[][]).map((row) => row.map(rawValue)),
  };
}

/**
 * The sheet from A1 to the end of its used range (at most MAX_TABLE_ROWS + 1 rows), like the ExcelJS adapter:
 * cells before the used range are null. An empty sheet gives one null cell.
 */
function sheetGrid(s: SheetRead): Grid | null {
  if (s.sheet.isNullObject) return null;
  const name = s.sheet.name;
  if (s.used.isNullObject) return { sheet: name, table: null, top: 1, left: 1, values: [[null]] };
  const bottom = Math.min(s.used.rowIndex + s.used.rowCount, MAX_TABLE_ROWS + 1);
  const right = s.used.columnIndex + s.used.columnCount;
  const values: RawValue[][] = Array.from({ length: bottom }, () => new Array<RawValue>(right).fill(null));
  if (!s.capped.isNullObject) {
    const top = s.capped.rowIndex;
    const left = s.capped.columnIndex;
    (s.capped.values as unknown[][]).forEach((row, i) =>
      row.forEach((v, j) => {
        values[top + i][left + j] = rawValue(v);
      }),
    );
  }
  return { sheet: name, table: null, top: 1, left: 1, values };
}

/** Reads the wanted sources of the open workbook. One sync; two only for names that differ beyond case. */
export async function readWorkbook(
  api: ExcelApi,
  wanted: readonly WantedSource[],
  bestand: string,
): Promise<WorkbookInput> {
  return api.run(async (context) => {
    const wb = context.workbook;
    const sheets = wb.worksheets.load("items/name,items/visibility");
    const tables = wb.tables.load("items/name");
    const meta = queueSheet(wb, META_SHEET);
    const reads = wanted.map((w) => ({ table: queueTable(wb, w.table), sheet: queueSheet(wb, w.sheet) }));
    await context.sync();

    const bladen = sheets.items.map((s) => s.name);
    const found: (Grid | null)[] = reads.map((r) => tableGrid(r.table) ?? sheetGrid(r.sheet));

    // Names that differ from the wanted ones in more than case: look again under the workbook's spelling.
    const retry: { index: number; read: { table: TableRead | null; sheet: SheetRead | null } }[] = [];
    wanted.forEach((w, i) => {
      if (found[i]) return;
      const tableName = tables.items.map((t) => t.name).find((n) => fold(n) === fold(w.table));
      const sheetName = bladen.find((n) => fold(n) === fold(w.sheet));
      if (!tableName && !sheetName) return;
      retry.push({
        index: i,
        read: {
          table: tableName ? queueTable(wb, tableName) : null,
          sheet: sheetName ? queueSheet(wb, sheetName) : null,
        },
      });
    });
    if (retry.length > 0) {
      await context.sync();
      for (const r of retry)
        found[r.index] =
          (r.read.table && tableGrid(r.read.table)) ?? (r.read.sheet && sheetGrid(r.read.sheet)) ?? null;
    }

    const metaGrid = sheetGrid(meta);
    return {
      bestand,
      definitie: metaGrid ? definitionFromMeta(metaGrid.values) : null,
      bladen,
      grids: found.filter((g): g is Grid => g !== null),
    };
  });
}
