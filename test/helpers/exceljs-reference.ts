/**
 * TEST ONLY: the former ExcelJS reading path, kept as a reference reader for the parity tests (where ExcelJS
 * reads a file right, the one reader `src/xlsx/read-xlsx.ts` must give the same WorkbookInput).
 */
import ExcelJS from "exceljs";
import type { Grid, RawValue, WantedSource, WorkbookInput } from "../../src/core/grid";
import { fold } from "../../src/core/cells/text";
import { definitionFromMeta, META_SHEET } from "../../src/core/template-model";
import { guardXlsx, NOT_A_WORKBOOK_REASON } from "../../src/xlsx/zip-guard";
import { UnreadableFileError } from "../../src/xlsx/unreadable";
import { MAX_TABLE_ROWS } from "../../src/core/limits";
import {
  cellNumberFormat,
  FILL_COLOURS,
  headerFooterCodes,
  isOwnedSheet,
  PRINT_MARGINS,
  PRINT_PAGE,
  printAreaRef,
  printOrientation,
  printTitleRows,
  SHEET_FONT,
  sheetNameTakenMessage,
  type PrintSettings,
  type SheetModel,
} from "../../src/core/sheet-model";

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const DAY_MS = 86400000;

export { UnreadableFileError } from "../../src/xlsx/unreadable";

/** One ExcelJS cell value as the core's RawValue. */
export function rawValue(v: ExcelJS.CellValue): RawValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  if (v instanceof Date) return (v.getTime() - EXCEL_EPOCH) / DAY_MS;
  if (typeof v === "object") {
    if ("error" in v) return { error: String(v.error) };
    if ("richText" in v) return v.richText.map((t) => t.text).join("");
    if ("formula" in v || "sharedFormula" in v) {
      const result = (v as { result?: ExcelJS.CellValue }).result;
      return result === undefined ? null : rawValue(result as ExcelJS.CellValue);
    }
    if ("text" in v) return rawValue((v as { text: ExcelJS.CellValue }).text);
  }
  return String(v);
}

function sheetGrid(
  ws: ExcelJS.Worksheet,
  table: string | null,
  top: number,
  left: number,
  last: number,
  right: number,
): Grid {
  // Never more than one row past the limit: enough for the core to refuse the table with its message.
  const bottom = Math.min(last, top + MAX_TABLE_ROWS);
  const values: RawValue[][] = [];
  for (let r = top; r <= bottom; r++) {
    const row = ws.getRow(r);
    const out: RawValue[] = [];
    for (let c = left; c <= right; c++) {
      const cell = row.getCell(c);
      // A merged area's value belongs to its first cell only (as in Excel); ExcelJS repeats it.
      out.push(cell.isMerged && cell.master !== cell ? null : rawValue(cell.value));
    }
    values.push(out);
  }
  const merged = mergedRanges(ws)
    .filter((m) => m.top <= bottom && m.bottom >= top && m.left <= right && m.right >= left)
    .map((m) => m.ref);
  return { sheet: ws.name, table, top, left, values, ...(merged.length > 0 ? { merged } : {}) };
}

/** Merged areas of a sheet (ExcelJS keeps them as `A1:B2` strings in its model). */
function mergedRanges(
  ws: ExcelJS.Worksheet,
): { ref: string; top: number; left: number; bottom: number; right: number }[] {
  const merges = (ws.model as unknown as { merges?: string[] }).merges ?? [];
  return merges.flatMap((ref) => {
    const r = parseRef(ref);
    return r ? [{ ref, ...r }] : [];
  });
}

function parseRef(ref: string): { top: number; left: number; bottom: number; right: number } | null {
  const m = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/.exec(ref.toUpperCase());
  if (!m) return null;
  const col = (s: string) => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return { left: col(m[1]), top: Number(m[2]), right: col(m[3] ?? m[1]), bottom: Number(m[4] ?? m[2]) };
}

interface TableModel {
  name: string;
  ref?: string;
  tableRef?: string;
}

/** ExcelJS keeps a table's model (name and range) in `table.table`; its typings do not say so. */
function tableModels(ws: ExcelJS.Worksheet): TableModel[] {
  return (ws.getTables() as unknown as { table: TableModel }[])
    .map((t) => t.table)
    .filter((t) => t && t.name);
}

/** The grids for the wanted sources from a loaded ExcelJS workbook. */
export function workbookInput(wb: ExcelJS.Workbook, wanted: WantedSource[], bestand: string): WorkbookInput {
  const grids: Grid[] = [];
  const bladen = wb.worksheets.map((w) => w.name);
  for (const w of wanted) {
    let found: Grid | null = null;
    for (const ws of wb.worksheets) {
      const model = tableModels(ws).find((x) => fold(x.name) === fold(w.table));
      const ref = model ? parseRef(model.tableRef ?? model.ref ?? "") : null;
      if (model && ref) {
        found = sheetGrid(ws, model.name, ref.top, ref.left, ref.bottom, ref.right);
        break;
      }
    }
    if (!found) {
      const ws = wb.worksheets.find((x) => fold(x.name) === fold(w.sheet));
      if (ws) found = sheetGrid(ws, null, 1, 1, Math.max(ws.rowCount, 1), Math.max(ws.columnCount, 1));
    }
    if (found) grids.push(found);
  }
  const meta = wb.worksheets.find((x) => x.name === META_SHEET);
  const definitie = meta ? definitionFromMeta(sheetGrid(meta, null, 1, 1, meta.rowCount, 2).values) : null;
  return { bestand, definitie, bladen, grids };
}

/** Loads a .xlsx buffer after the guards; throws UnreadableFileError with a Dutch reason. */
export async function loadXlsx(buf: Uint8Array, bestand: string): Promise<ExcelJS.Workbook> {
  const g = guardXlsx(buf);
  if (!g.ok) throw new UnreadableFileError(bestand, g.reden);
  if (!g.entries.has("xl/workbook.xml")) throw new UnreadableFileError(bestand, NOT_A_WORKBOOK_REASON);
  const wb = new ExcelJS.Workbook();
  try {
    // Copy: ExcelJS must never hold (or change) the caller's buffer.
    await wb.xlsx.load(Buffer.from(buf) as unknown as ExcelJS.Buffer);
  } catch (e) {
    throw new UnreadableFileError(
      bestand,
      `het bestand kan niet als Excel-werkmap worden gelezen (${e instanceof Error ? e.message.slice(0, 120) : "onbekende fout"}). Open het in Excel, sla het op als .xlsx en lever het opnieuw aan`,
    );
  }
  return wb;
}

export async function readWorkbookBuffer(
  buf: Uint8Array,
  wanted: WantedSource[],
  bestand: string,
): Promise<WorkbookInput> {
  const wb = await loadXlsx(buf, bestand);
  return workbookInput(wb, wanted, bestand);
}

/**
 * Bytes our writer made, opened in ExcelJS: a test that changes cells as another program would (formulas,
 * errors, merged cells, dates) before the file is read.
 */
export async function openInExcelJs(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return wb;
}

// ---------------------------------------------------------------------------------------------------------
// The former ExcelJS writer of SheetModels, kept as an independent reference that tests compare our writer
// (src/xlsx/sheet-writer.ts) with. Links inside the workbook are left out: ExcelJS 4 writes every hyperlink
// as an External relationship.
/** Adds (or replaces, when owned) one sheet per model. Refuses before changing anything when a user sheet has a wanted name. */
export function renderSheetsExcelJs(wb: ExcelJS.Workbook, models: SheetModel[]): void {
  for (const m of models) {
    const existing = wb.getWorksheet(m.name);
    if (existing && !isOwnedSheet(existing.getCell(1, 1).value))
      throw new Error(sheetNameTakenMessage(m.name));
  }
  for (const m of models) {
    const existing = wb.getWorksheet(m.name);
    if (existing) wb.removeWorksheet(existing.id);
    renderSheet(wb, m);
  }
}

/**
 * A4, one page wide, the title rows on every page, header and footer, the print area and the page breaks
 * (ExcelJS's page setup). `area`: the print area, when the sheet does not print every column.
 */
function setPrint(ws: ExcelJS.Worksheet, a: PrintSettings, area: string | null = null): void {
  const titles = printTitleRows(a);
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: PRINT_PAGE.paperSizeCode as ExcelJS.PageSetup["paperSize"],
    orientation: printOrientation(a),
    fitToPage: true,
    fitToWidth: PRINT_PAGE.fitToWidth,
    fitToHeight: PRINT_PAGE.fitToHeight,
    margins: { ...PRINT_MARGINS },
    ...(titles ? { printTitlesRow: titles.replace(/\$/g, "") } : {}),
    ...(area ? { printArea: area.replace(/\$/g, "") } : {}),
  };
  const hf = headerFooterCodes(a);
  ws.headerFooter = { ...ws.headerFooter, oddHeader: hf.header, oddFooter: hf.footer };
  // ExcelJS breaks the page after the row it is given.
  for (const r of a.paginaEinden ?? []) if (r > 1) ws.getRow(r - 1).addPageBreak();
}

function renderSheet(wb: ExcelJS.Workbook, m: SheetModel): void {
  const ws = wb.addWorksheet(m.name, {
    views: m.freezeRows > 0 ? [{ state: "frozen", ySplit: m.freezeRows, xSplit: 0 }] : [],
    state: m.visibility === "veryHidden" ? "veryHidden" : "visible",
  });
  m.widths.forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
  setPrint(ws, m.afdruk, printAreaRef(m));
  for (const [row, height] of Object.entries(m.rijHoogtes ?? {})) ws.getRow(Number(row)).height = height;
  m.rows.forEach((row, r) => {
    const xrow = ws.getRow(r + 1);
    row.forEach((c, ci) => {
      if (c.v === null && !c.fill && !c.bold) return;
      const cell = xrow.getCell(ci + 1);
      // Strings are plain strings: ExcelJS writes them as text, never as formulas.
      cell.value = c.v;
      const fmt = cellNumberFormat(c);
      if (fmt !== "General") cell.numFmt = fmt;
      if (c.fill)
        cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: `FF${FILL_COLOURS[c.fill]}` } };
      // Every styled cell names its font (a bold cell without a font name prints in the reader's default).
      if (c.bold || c.link || c.fill || c.wrap || fmt !== "General")
        cell.font = {
          name: SHEET_FONT.name,
          size: SHEET_FONT.size,
          family: 2,
          bold: c.bold ?? false,
          ...(c.link ? { underline: true, color: { argb: "FF0563C1" } } : {}),
        };
      if (c.wrap || c.rechts)
        cell.alignment = {
          ...(c.wrap ? { wrapText: true, vertical: "top" as const } : {}),
          ...(c.rechts ? { horizontal: "right" as const } : {}),
        };
    });
  });
  for (const ref of m.dataBars) {
    ws.addConditionalFormatting({
      ref,
      rules: [
        {
          type: "dataBar",
          priority: 1,
          cfvo: [
            { type: "num", value: 0 },
            { type: "num", value: 1 },
          ],
          color: { argb: "FF5B9BD5" },
          gradient: false,
        } as unknown as ExcelJS.ConditionalFormattingRule,
      ],
    });
  }
}
