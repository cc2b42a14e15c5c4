/**
 * Office.js adapter: inserts the standard workbook (TemplateModel) into the open workbook, in two syncs.
 *
 * Sync 1 reads the sheet and table names; when one of the template's sheets or tables already exists the
 * insert is refused (TemplateExistsError) before anything is written. Sync 2 adds every sheet and writes
 * everything, the same as the ExcelJS template: one table per table sheet (header, rows, style, no filter
 * buttons), number formats (DATE_FORMAT for date columns and cells), column widths, wrapped top-aligned body,
 * unlocked editable columns, dropdown lists (one validation rule per run of cells with the same list), a
 * frozen header row and sheet protection without a password; then the lists sheet (hidden) and the meta sheet
 * (very hidden). Like the ExcelJS template it also writes the Toelichting sheet (first of the inserted sheets,
 * one column of running text, each row as tall as its text wraps), an input prompt on every cell to fill in
 * (ExcelApi 1.8 `DataValidation.prompt`, in the same rectangles as the lists), a header row with its own fill
 * and font (so that it prints visibly without the table style) and the model's row heights for wrapped text. Strings are written with a leading apostrophe so that Excel stores them as text whatever
 * they look like ("1.1", "2009-1", "=…"), while the cell keeps the model's number format. If sync 2 fails,
 * the sheets it added are deleted again.
 */
import { a1, columnLetters } from "../core/grid";
import { FILL_COLOURS, SHEET_FONT } from "../core/sheet-model";
import type { TemplateModel, TemplateTable, TemplateValue } from "../core/template-model";
import { TemplateExistsError } from "./errors";
import { setPageLayout } from "./render";
import { charsToPoints, groupRects, templateValidations, type ExcelApi } from "./shared";

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

/**
 * A prompt on a cell without a list needs a rule that lets every value through: Office.js has no "any value"
 * rule, so a custom rule whose formula is always true (Excel then shows the prompt and never an alert).
 */
const ANY_VALUE: Excel.DataValidationRule = { custom: { formula: "=TRUE" } };

/** Calibri 11, black, as every styled cell of the ExcelJS template. */
function setFont(f: Excel.RangeFont, bold: boolean): void {
  f.name = SHEET_FONT.name;
  f.size = SHEET_FONT.size;
  f.bold = bold;
  f.color = "#000000";
}

/** The model's row heights (0: the header row), runs of equal heights in one write. */
function setRowHeights(ws: Excel.Worksheet, heights: Record<number, number>): void {
  const rows = Object.keys(heights)
    .map(Number)
    .sort((a, b) => a - b);
  for (let i = 0; i < rows.length;) {
    let j = i;
    while (j + 1 < rows.length && rows[j + 1] === rows[j] + 1 && heights[rows[j + 1]] === heights[rows[i]])
      j++;
    ws.getRange(`A${rows[i] + 1}:A${rows[j] + 1}`).format.rowHeight = heights[rows[i]];
    i = j + 1;
  }
}

/** The list with its alert and the input prompt, per rectangle of cells that share them (as the ExcelJS template). */
function writeValidations(ws: Excel.Worksheet, t: TemplateTable): void {
  for (const v of templateValidations(t)) {
    const cells = ws.getRange(v.address);
    if (v.source !== null) {
      cells.dataValidation.rule = { list: { inCellDropDown: true, source: v.source } };
      cells.dataValidation.errorAlert = LIST_ERROR;
    } else cells.dataValidation.rule = ANY_VALUE;
    if (v.tekst !== "") cells.dataValidation.prompt = { showPrompt: true, title: v.titel, message: v.tekst };
  }
}

/** The Toelichting sheet: one wide column of running text, bold title and headings, every row as tall as it wraps. */
function writeGuide(ws: Excel.Worksheet, g: TemplateModel["toelichting"]): void {
  ws.getRange("A:A").format.columnWidth = charsToPoints(g.breedte);
  if (g.lines.length === 0) return;
  const all = ws.getRange(`A1:A${g.lines.length}`);
  all.values = g.lines.map((l) => [asText(l.tekst)]);
  all.format.wrapText = true;
  all.format.verticalAlignment = "Top";
  setFont(all.format.font, false);
  g.lines.forEach((l, i) => {
    if (l.soort !== "tekst") all.getCell(i, 0).format.font.bold = true;
  });
  setRowHeights(ws, Object.fromEntries(g.lines.map((l, i) => [i, l.hoogte])));
  setPageLayout(ws, g.afdruk);
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

  // The header names its own fill and font, so that it prints visibly where the table style is not applied.
  const head = ws.getRange(`A1:${last}1`);
  head.format.fill.color = `#${FILL_COLOURS.kop}`;
  setFont(head.format.font, true);
  head.format.wrapText = true;
  head.format.verticalAlignment = "Top";

  const body = ws.getRange(`A2:${last}${bottom}`);
  body.format.wrapText = true;
  body.format.verticalAlignment = "Top";
  setFont(body.format.font, false);
  setRowHeights(ws, t.rijHoogtes);

  t.widths.forEach((w, c) => {
    ws.getRange(`${columnLetters(c + 1)}:${columnLetters(c + 1)}`).format.columnWidth = charsToPoints(w);
  });

  // Editable columns are unlocked over the body (contiguous editable columns in one write).
  for (const rect of groupRects(1, cols, (_r, c) => (t.editable[c] ? "e" : null)))
    ws.getRange(
      `${columnLetters(rect.left)}2:${columnLetters(rect.right)}${bottom}`,
    ).format.protection.locked = false;

  writeValidations(ws, t);

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
    const wantedSheets = [
      model.toelichting.name,
      ...model.tables.map((t) => t.sheet),
      model.listsSheet.name,
      model.metaSheet.name,
    ];
    const clash = wantedSheets.find((n) => sheetNames.has(n.toLowerCase()));
    if (clash)
      throw new TemplateExistsError(
        sheets.items.find((s) => s.name.toLowerCase() === clash.toLowerCase())!.name,
        "blad",
      );
    const tableNames = new Set(tables.items.map((t) => t.name.toLowerCase()));
    const tableClash = model.tables.find((t) => tableNames.has(t.table.toLowerCase()));
    if (tableClash) throw new TemplateExistsError(tableClash.table, "tabel");

    // Add all sheets first (in workbook order: Toelichting, table sheets, lists, meta), so list sources refer to a
    // sheet that exists.
    const guide = wb.worksheets.add(model.toelichting.name);
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

    writeGuide(guide, model.toelichting);
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
