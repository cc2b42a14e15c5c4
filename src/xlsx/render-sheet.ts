/**
 * SheetModels into an ExcelJS workbook: no longer a writer of the tool (sheet-writer.ts writes every sheet
 * model, add-sheets.ts grafts them), kept as an independent reference that tests compare our writer with.
 * Links inside the workbook are left out: ExcelJS 4 writes every hyperlink as an External relationship.
 * Also the print settings of the standard workbook (`setPrint`) and the refusal of a user's sheet name.
 */
import type ExcelJS from "exceljs";
import {
  cellNumberFormat,
  FILL_COLOURS,
  headerFooterCodes,
  isOwnedSheet,
  PRINT_PAGE,
  SHEET_FONT,
  sheetNameTakenMessage,
  type PrintSettings,
  type SheetModel,
} from "../core/sheet-model";

export class SheetNameTakenError extends Error {
  constructor(readonly sheet: string) {
    super(sheetNameTakenMessage(sheet));
  }
}

/** Adds (or replaces, when owned) one sheet per model. Refuses before changing anything when a user sheet has a wanted name. */
export function renderSheets(wb: ExcelJS.Workbook, models: SheetModel[]): void {
  for (const m of models) {
    const existing = wb.getWorksheet(m.name);
    if (existing && !isOwnedSheet(existing.getCell(1, 1).value)) throw new SheetNameTakenError(m.name);
  }
  for (const m of models) {
    const existing = wb.getWorksheet(m.name);
    if (existing) wb.removeWorksheet(existing.id);
    renderSheet(wb, m);
  }
}

/** A4 landscape, one page wide, the title rows on every page, header and footer (ExcelJS's page setup). */
export function setPrint(ws: ExcelJS.Worksheet, a: PrintSettings): void {
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: PRINT_PAGE.paperSizeCode as ExcelJS.PageSetup["paperSize"],
    orientation: PRINT_PAGE.orientation,
    fitToPage: true,
    fitToWidth: PRINT_PAGE.fitToWidth,
    fitToHeight: PRINT_PAGE.fitToHeight,
    margins: { left: 0.5, right: 0.5, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
    ...(a.titelRijen > 0 ? { printTitlesRow: `1:${a.titelRijen}` } : {}),
  };
  const hf = headerFooterCodes(a);
  ws.headerFooter = { ...ws.headerFooter, oddHeader: hf.header, oddFooter: hf.footer };
}

function renderSheet(wb: ExcelJS.Workbook, m: SheetModel): void {
  const ws = wb.addWorksheet(m.name, {
    views: m.freezeRows > 0 ? [{ state: "frozen", ySplit: m.freezeRows, xSplit: 0 }] : [],
    state: m.visibility === "veryHidden" ? "veryHidden" : "visible",
  });
  m.widths.forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
  setPrint(ws, m.afdruk);
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
      if (c.wrap) cell.alignment = { wrapText: true, vertical: "top" };
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
