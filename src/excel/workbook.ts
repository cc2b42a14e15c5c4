/**
 * A new workbook with the given .xlsx contents: `Excel.createWorkbook(base64File)` (ExcelApi 1.8), which
 * creates and opens it in Excel. The open workbook is not touched. One call, no `Excel.run` batch.
 *
 * Microsoft's Excel library always defines `Excel.createWorkbook`. Where the host lacks it, the call fails the
 * way the library reports it: `ApiNotFound` (thrown by its requirement-set check before any request, "…is part
 * of the ExcelApi 1.8 requirement set, which is not available…") or, from the host, `NotImplemented` /
 * `UnsupportedFeature`. Those become NoNewWorkbookError, which says what to do instead.
 */
import type { ExcelApi } from "./shared";
import { ExcelRefusalError, officeErrorCode } from "./errors";

/** The error codes with which Microsoft's library or the host say that this Excel cannot create a workbook. */
const CANNOT_CREATE = new Set(["ApiNotFound", "NotImplemented", "UnsupportedFeature"]);

/** This Excel cannot create a workbook from the pane: the user can still write into the open workbook. */
export class NoNewWorkbookError extends ExcelRefusalError {
  /** `cause`: the library's or host's error, kept for support. */
  constructor(cause?: unknown) {
    super(
      "Deze Excel-versie kan vanuit het taakvenster geen nieuwe werkmap maken. Kies 'In deze werkmap' en importeer opnieuw, bij voorkeur in een nieuwe, lege werkmap.",
      cause === undefined ? undefined : { cause },
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
  // Only a namespace other than Microsoft's (a test double) can lack the function itself.
  if (typeof excelApi.createWorkbook !== "function") throw new NoNewWorkbookError();
  try {
    // The library's check throws synchronously; inside this try it is caught like a rejected request.
    await excelApi.createWorkbook(base64File);
  } catch (e) {
    const code = officeErrorCode(e);
    if (code && CANNOT_CREATE.has(code)) throw new NoNewWorkbookError(e);
    throw e;
  }
}
