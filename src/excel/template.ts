/**
 * Office.js adapter: inserts the standard workbook (TemplateModel) into the open workbook, in two syncs.
 *
 * Sync 1 reads the sheet and table names; when one of the template's sheets or tables already exists the
 * insert is refused (TemplateExistsError) before anything is written. Sync 2 adds every sheet and writes
 * everything, the same as the ExcelJS template: one table per table sheet (header, rows, style, no filter
 * buttons), number formats (DATE_FORMAT for date columns and cells), column widths, wrapped top-aligned body,
 * unlocked editable columns, dropdown lists (one validation rule per run of cells with the same list), a
 * frozen header row and sheet protection without a password; then the lists sheet (hidden) and the meta sheet
 * (very hidden). Strings are written with a leading apostrophe so that Excel stores them as text whatever
 * they look like ("1.1", "2009-1", "=…"), while the cell keeps the model's number format. If sync 2 fails,
 * the sheets it added are deleted again.
 */
import { a1, columnLetters } from "../core/grid";
import type { TemplateModel, TemplateTable, TemplateValue } from "../core/template-model";
import { TemplateExistsError } from "./errors";
import { setPageLayout } from "./render";
import { charsToPoints, groupRects, rectAddress, type ExcelApi } from "./shared";

const LIST_ERROR: Excel.DataValidationErrorAlert = {
  showAlert: true,
  style: "Warning",
  title: "Regiomonitor",
  message: "Kies een antwoord uit de keuzelijst.",
};

/** A value as written: strings always as text (apostrophe prefix, which Excel drops), null as empty. */
function asText(v: TemplateValue): string | number {
  if (v === null) return "";
  return typeof v === "string" ? `'${v}` : v;
}

function writeTable(ws: Excel.Worksheet, t: TemplateTable, model: TemplateModel): void {
  const cols = t.header.length;
  const last = columnLetters(cols);
  const bodyRows = t.rows.length;
  const bottom = 1 + Math.max(bodyRows, 1);

  // Number formats first, then values: header row General, body per column, single cells from cellFormats.
  const formats: string[][] = [new Array<string>(cols).fill("General")];
  for (let r = 0; r < bodyRows; r++) formats.push(t.formats.map((f) => f ?? "General"));
  for (const f of model.cellFormats)
    if (f.sheet === t.sheet && f.row < bodyRows && f.col < cols) formats[f.row + 1][f.col] = f.format;
  const values: (string | number)[][] = [t.header.map(asText), ...t.rows.map((r) => r.map(asText))];
  const range = ws.getRange(`A1:${last}${1 + bodyRows}`);
  range.numberFormat = formats;
  range.values = values;
  if (bodyRows === 0) ws.getRange(`A2:${last}2`).numberFormat = [t.formats.map((f) => f ?? "General")];

  const table = ws.tables.add(ws.getRange(`A1:${last}${1 + bodyRows}`), true);
  table.name = t.table;
  table.style = "TableStyleMedium2";
  table.showFilterButton = false;

  const body = ws.getRange(`A2:${last}${bottom}`);
  body.format.wrapText = true;
  body.format.verticalAlignment = "Top";

  t.widths.forEach((w, c) => {
    ws.getRange(`${columnLetters(c + 1)}:${columnLetters(c + 1)}`).format.columnWidth = charsToPoints(w);
  });

  // Editable columns are unlocked over the body (contiguous editable columns in one write).
  for (const rect of groupRects(1, cols, (_r, c) => (t.editable[c] ? "e" : null)))
    ws.getRange(
      `${columnLetters(rect.left)}2:${columnLetters(rect.right)}${bottom}`,
    ).format.protection.locked = false;

  // One rule per rectangle of cells that share a list.
  const sourceAt = new Map<string, string>();
  for (const l of t.lists) sourceAt.set(`${l.row}:${l.col}`, l.source);
  for (const rect of groupRects(bodyRows, cols, (r, c) => sourceAt.get(`${r}:${c}`) ?? null)) {
    const cells = ws.getRange(rectAddress({ ...rect, top: rect.top + 1, bottom: rect.bottom + 1 }));
    cells.dataValidation.rule = { list: { inCellDropDown: true, source: rect.key } };
    cells.dataValidation.errorAlert = LIST_ERROR;
  }

  if (t.naast) writeBeside(ws, t, t.naast, bottom);
  ws.freezePanes.freezeRows(1);
  setPageLayout(ws, t.afdruk);
  if (t.protect)
    ws.protection.protect({
      allowFormatColumns: true,
      allowFormatRows: true,
      allowAutoFilter: false,
      allowSort: false,
      selectionMode: "Normal",
    });
}

/**
 * The unit's previous answers beside the table (one empty column between), outside the Excel table: the
 * header names the round; wrapped, top-aligned and locked (the sheet is protected), as the ExcelJS template.
 */
function writeBeside(
  ws: Excel.Worksheet,
  t: TemplateTable,
  naast: NonNullable<TemplateTable["naast"]>,
  bottom: number,
): void {
  const col = columnLetters(t.header.length + 2);
  const column = ws.getRange(`${col}1:${col}${1 + naast.waarden.length}`);
  column.values = [[asText(naast.kop)], ...naast.waarden.map((v) => [asText(v)])];
  ws.getRange(`${col}1`).format.font.bold = true;
  const body = ws.getRange(`${col}2:${col}${Math.max(bottom, 1 + naast.waarden.length)}`);
  body.format.wrapText = true;
  body.format.verticalAlignment = "Top";
  ws.getRange(`${col}:${col}`).format.columnWidth = charsToPoints(naast.breedte);
}

/** Inserts the standard sheets and tables. Refuses (changing nothing) when one of them exists. */
export async function insertTemplate(api: ExcelApi, model: TemplateModel): Promise<void> {
  await api.run(async (context) => {
    const wb = context.workbook;
    const sheets = wb.worksheets.load("items/name");
    const tables = wb.tables.load("items/name");
    await context.sync();

    const sheetNames = new Set(sheets.items.map((s) => s.name.toLowerCase()));
    const wantedSheets = [...model.tables.map((t) => t.sheet), model.listsSheet.name, model.metaSheet.name];
    const clash = wantedSheets.find((n) => sheetNames.has(n.toLowerCase()));
    if (clash)
      throw new TemplateExistsError(
        sheets.items.find((s) => s.name.toLowerCase() === clash.toLowerCase())!.name,
        "blad",
      );
    const tableNames = new Set(tables.items.map((t) => t.name.toLowerCase()));
    const tableClash = model.tables.find((t) => tableNames.has(t.table.toLowerCase()));
    if (tableClash) throw new TemplateExistsError(tableClash.table, "tabel");

    // Add all sheets first (in workbook order: table sheets, lists, meta), so list sources refer to a sheet that exists.
    const tableSheets = model.tables.map((t) => wb.worksheets.add(t.sheet));
    const lists = wb.worksheets.add(model.listsSheet.name);
    const meta = wb.worksheets.add(model.metaSheet.name);

    const listCols = model.listsSheet.columns;
    if (listCols.length > 0) {
      const height = 1 + Math.max(0, ...listCols.map((c) => c.values.length));
      const grid: (string | number)[][] = Array.from({ length: height }, (_, r) =>
        listCols.map((c) => asText(r === 0 ? c.header : (c.values[r - 1] ?? null))),
      );
      lists.getRange(`A1:${columnLetters(listCols.length)}${height}`).values = grid;
    }
    if (model.metaSheet.rows.length > 0)
      meta.getRange(`A1:B${model.metaSheet.rows.length}`).values = model.metaSheet.rows.map(([k, v]) => [
        asText(k),
        asText(v),
      ]);

    model.tables.forEach((t, i) => writeTable(tableSheets[i], t, model));

    lists.visibility = "Hidden";
    meta.visibility = "VeryHidden";
    if (tableSheets.length > 0) {
      tableSheets[0].activate();
      tableSheets[0].getRange(a1(2, 1)).select();
    }

    try {
      await context.sync();
    } catch (e) {
      try {
        const probes = wantedSheets.map((n) => wb.worksheets.getItemOrNullObject(n).load("name,visibility"));
        await context.sync();
        for (const p of probes) {
          if (p.isNullObject) continue;
          // Excel refuses to delete a very hidden sheet (documented): make it hidden first.
          if (p.visibility === "VeryHidden") p.visibility = "Hidden";
          p.delete();
        }
        await context.sync();
      } catch {
        // Excel still refuses; the original error says what to do.
      }
      throw e;
    }
  });
}
