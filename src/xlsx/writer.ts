/**
 * Writing .xlsx files, all through our own writer (sheet-writer.ts). The standard workbook's module is loaded
 * on first use, so that the command line's help, usage errors and reading paths start without it.
 */
import type { TemplateModel } from "../core/template-model";

/**
 * A new workbook holding only the sheets of `models` (national report, comparison), as .xlsx bytes;
 * `addSheets` (add-sheets.ts) adds the same sheets to a returned workbook.
 */
export { sheetsXlsx } from "./sheet-writer";

/** The .xlsx bytes of the standard workbook of a template model (regional or action monitor). */
export async function buildTemplateWorkbook(model: TemplateModel): Promise<Buffer> {
  const { templateWorkbook } = await import("./write-template");
  return templateWorkbook(model);
}
