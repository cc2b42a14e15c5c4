/**
 * Writing .xlsx files. ExcelJS is loaded here, lazily, only when a workbook is written: the command line's
 * help, usage errors and reading paths start without it (it takes about half a second to load).
 */
import type ExcelJS from "exceljs";
import type { TemplateModel } from "../core/template-model";
import { withInternalLinks, workbookLinks } from "./internal-links";

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
 * without ExcelJS (see sheet-writer.ts); `renderSheets` adds the same sheets to a workbook ExcelJS loaded.
 */
export { sheetsXlsx } from "./sheet-writer";

/** The standard workbook of a template model (regional or action monitor). */
export async function buildTemplateWorkbook(model: TemplateModel): Promise<ExcelJS.Workbook> {
  const { templateWorkbook } = await import("./write-template");
  return templateWorkbook(model);
}

/** The .xlsx bytes of a workbook, with its links to cells inside the workbook written as locations. */
export async function workbookBytes(wb: ExcelJS.Workbook): Promise<Buffer> {
  const pkg = (await wb.xlsx.writeBuffer()) as unknown as Uint8Array;
  return withInternalLinks(
    pkg,
    workbookLinks(wb, (name) => wb.getWorksheet(name) !== undefined),
  );
}
