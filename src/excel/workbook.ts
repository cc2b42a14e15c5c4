/**
 * A new workbook with the given .xlsx contents: `Excel.createWorkbook(base64File)` (ExcelApi 1.8), which
 * creates and opens it in Excel. The open workbook is not touched. One call, no `Excel.run` batch.
 */
import type { ExcelApi } from "./shared";
import { ExcelRefusalError } from "./errors";

/** This Excel has no `Excel.createWorkbook` (ExcelApi 1.8): the user can still write into the open workbook. */
export class NoNewWorkbookError extends ExcelRefusalError {
  constructor() {
    super(
      "Deze Excel-versie kan vanuit het taakvenster geen nieuwe werkmap maken. Kies 'In deze werkmap' en importeer opnieuw, bij voorkeur in een nieuwe, lege werkmap.",
    );
    this.name = "NoNewWorkbookError";
  }
}

/** Base64 of `bytes`, in chunks (no call-stack limit on large workbooks). */
export function toBase64(bytes: Uint8Array): string {
  let text = "";
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK)
    text += String.fromCharCode(...bytes.subarray(i, Math.min(i + CHUNK, bytes.length)));
  return btoa(text);
}

export async function createWorkbook(excelApi: ExcelApi, base64File: string): Promise<void> {
  if (typeof excelApi.createWorkbook !== "function") throw new NoNewWorkbookError();
  await excelApi.createWorkbook(base64File);
}
