/** ExcelJS adapter: the standard workbook (TemplateModel) as a .xlsx workbook. */
import ExcelJS from "exceljs";
import type { TemplateModel } from "../core/template-model";
import { a1 } from "../core/grid";
import { templateValidations } from "../excel/shared";
import { FILL_COLOURS, SHEET_FONT } from "../core/sheet-model";
import { setPrint } from "./render-sheet";

/** ExcelJS keeps a sheet's validations by address, ranges too; its typings leave `dataValidations` out. */
const FONT = { name: SHEET_FONT.name, size: SHEET_FONT.size, family: 2 };

interface SheetValidations {
  dataValidations: { add(address: string, validation: ExcelJS.DataValidation): void };
}

/**
 * One validation per rectangle of cells that share a list and an input prompt (as the Office.js adapter
 * writes them), never cell by cell: ExcelJS merges per-cell validations into overlapping ranges (rows sorted
 * as text: `D10` before `D5` gives `D10:D12` and `D5:D12`), and LibreOffice and Numbers then keep only one of
 * them. A cell with a prompt and no list gets a validation that allows anything (ECMA-376 type `none`).
 */
function addValidations(ws: ExcelJS.Worksheet, t: TemplateModel["tables"][number]): void {
  for (const v of templateValidations(t)) {
    const prompt = v.tekst !== "" ? { showInputMessage: true, promptTitle: v.titel, prompt: v.tekst } : {};
    (ws as unknown as SheetValidations).dataValidations.add(
      v.address,
      v.source !== null
        ? {
            type: "list",
            allowBlank: true,
            formulae: [v.source.replace(/^=/, "")],
            showErrorMessage: true,
            errorStyle: "warning",
            errorTitle: "Regiomonitor",
            error: "Kies een antwoord uit de keuzelijst.",
            ...prompt,
          }
        : ({ type: "any", formulae: [], ...prompt } as unknown as ExcelJS.DataValidation),
    );
  }
}

/** Grey of the previous answers' column: read-only, set apart from the table the unit fills in. */
const BESIDE_FILL = "FFEDEDED";

/**
 * The previous answers beside the table (one narrow empty column between, so that Excel never takes them into
 * the table): a bold header naming the round, the values locked, wrapped, as text.
 */
function writeBeside(
  ws: ExcelJS.Worksheet,
  t: TemplateModel["tables"][number],
  naast: NonNullable<TemplateModel["tables"][number]["naast"]>,
): void {
  const col = t.header.length + 2;
  ws.getColumn(col - 1).width = 2;
  ws.getColumn(col).width = naast.breedte;
  const font = { name: SHEET_FONT.name, size: SHEET_FONT.size, family: 2 };
  const fill: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: BESIDE_FILL } };
  const head = ws.getCell(1, col);
  head.value = naast.kop;
  head.font = { ...font, bold: true };
  head.fill = fill;
  head.alignment = { wrapText: true, vertical: "top" };
  head.protection = { locked: true };
  naast.waarden.forEach((v, r) => {
    const c = ws.getCell(r + 2, col);
    c.value = v;
    c.font = { ...font, italic: true };
    c.fill = fill;
    c.alignment = { wrapText: true, vertical: "top" };
    c.protection = { locked: true };
  });
}

/** The Toelichting sheet: one column of running text, each paragraph as tall as it wraps. */
function guideSheet(wb: ExcelJS.Workbook, g: TemplateModel["toelichting"]): void {
  const ws = wb.addWorksheet(g.name);
  ws.getColumn(1).width = g.breedte;
  setPrint(ws, g.afdruk);
  g.lines.forEach((line, i) => {
    const cell = ws.getCell(i + 1, 1);
    cell.value = line.tekst;
    cell.alignment = { wrapText: true, vertical: "top" };
    // Calibri 11 like every styled cell; the title and the headings are bold.
    cell.font = { ...FONT, bold: line.soort !== "tekst" };
    ws.getRow(i + 1).height = line.hoogte;
  });
}

export function templateWorkbook(model: TemplateModel): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Regiomonitor";
  guideSheet(wb, model.toelichting);
  for (const t of model.tables) {
    const ws = wb.addWorksheet(t.sheet, { views: [{ state: "frozen", ySplit: 1, xSplit: 0 }] });
    t.widths.forEach((w, i) => {
      ws.getColumn(i + 1).width = w;
    });
    setPrint(ws, t.afdruk);
    ws.addTable({
      name: t.table,
      ref: "A1",
      headerRow: true,
      style: { theme: "TableStyleMedium2", showRowStripes: true },
      columns: t.header.map((h) => ({ name: h, filterButton: false })),
      rows: t.rows.map((r) => r.map((v) => (v === null ? null : v))) as ExcelJS.CellValue[][],
    });
    // The header row wraps (long headers stay readable on paper) and names its font and fill, so that it
    // prints visibly where a program does not apply the table style (LibreOffice prints it white on white).
    t.header.forEach((_, c) => {
      const h = ws.getCell(1, c + 1);
      h.alignment = { wrapText: true, vertical: "top" };
      h.font = { ...FONT, bold: true, color: { argb: "FF000000" } };
      h.fill = { type: "pattern", pattern: "solid", fgColor: { argb: `FF${FILL_COLOURS.kop}` } };
    });
    for (const [r, height] of Object.entries(t.rijHoogtes)) ws.getRow(Number(r) + 1).height = height;
    t.rows.forEach((row, r) => {
      row.forEach((_, c) => {
        const cell = ws.getCell(r + 2, c + 1);
        const fmt =
          t.formats[c] ??
          model.cellFormats.find((f) => f.sheet === t.sheet && f.row === r && f.col === c)?.format;
        if (fmt) cell.numFmt = fmt;
        cell.protection = { locked: !t.editable[c] };
        cell.alignment = { wrapText: true, vertical: "top" };
        cell.font = FONT;
      });
    });
    if (t.naast) writeBeside(ws, t, t.naast);
    addValidations(ws, t);
    if (t.protect) {
      void ws.protect("", {
        selectLockedCells: true,
        selectUnlockedCells: true,
        formatColumns: true,
        formatRows: true,
        sort: false,
        autoFilter: false,
      });
    }
  }
  // The lists and the meta sheet print like the others (the monitor in the header, pages in the footer).
  const koptekst = model.tables[0]?.afdruk.koptekst ?? "Regiomonitor";
  const lists = wb.addWorksheet(model.listsSheet.name, { state: "hidden" });
  setPrint(lists, { titelRijen: 1, koptekst, voettekst: model.listsSheet.name });
  model.listsSheet.columns.forEach((col, c) => {
    lists.getCell(1, c + 1).value = col.header;
    col.values.forEach((v, r) => {
      lists.getCell(r + 2, c + 1).value = v;
    });
  });
  const meta = wb.addWorksheet(model.metaSheet.name, { state: "veryHidden" });
  setPrint(meta, { titelRijen: 0, koptekst, voettekst: model.metaSheet.name });
  model.metaSheet.rows.forEach(([k, v], r) => {
    meta.getCell(a1(r + 1, 1)).value = k;
    meta.getCell(a1(r + 1, 2)).value = v;
  });
  return wb;
}
