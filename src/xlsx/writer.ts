/**
 * Writing .xlsx files. ExcelJS is loaded here, lazily, only when a workbook is written: the command line's
 * help, usage errors and reading paths start without it (it takes about half a second to load).
 */
import type ExcelJS from "exceljs";
import type { TemplateModel } from "../core/template-model";

/** The ExcelJS module, loaded on first use. */
export async function loadExcelJs(): Promise<typeof ExcelJS> {
  return (await import("exceljs")).default;
}

/** A new, empty workbook made by Regiomonitor. */
export async function newWorkbook(): Promise<ExcelJS.Workbook> {
  const wb = new (await loadExcelJs()).Workbook();
  wb.creator = "Regiomonitor";
  return wb;
}

/**
 * A new workbook holding only the sheets of `models` (national report, comparison), as .xlsx bytes. Written
 * without ExcelJS (see sheet-writer.ts); `addSheets` (add-sheets.ts) adds the same sheets to a returned workbook.
 */
export { sheetsXlsx } from "./sheet-writer";

/** The standard workbook of a template model (regional or action monitor). */
export async function buildTemplateWorkbook(model: TemplateModel): Promise<ExcelJS.Workbook> {
  const { templateWorkbook } = await import("./write-template");
  return templateWorkbook(model);
}

/** The .xlsx bytes of a workbook ExcelJS holds (the standard workbook: it has no links). */
export async function workbookBytes(wb: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}
