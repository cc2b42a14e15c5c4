/**
 * The .xlsx reader and writer of the Landelijk overzicht, loaded as its own chunk ("xlsx-reader") only when that
 * mode is used (a dynamic import with webpackChunkName "xlsx-reader", see logic/national.ts). It wraps the one
 * .xlsx reader (`src/xlsx/read-xlsx.ts`: fflate and saxes; no ExcelJS), the reader every command of
 * `regiomonitor` uses, so a file gives the same WorkbookInput in the pane as on the command line.
 */
import type { ReadPlan, WantedSource, WorkbookInput, WorkbookOutline } from "../../../core/grid";
import type { RoundFile } from "../../../core";
import { readWorkbook } from "../../../xlsx/read-xlsx";
import { UnreadableFileError } from "../../../xlsx/unreadable";
import { sheetsXlsx } from "../../../xlsx/sheet-writer";
import type { SheetModel } from "../../../core/sheet-model";
import { toBase64 } from "../../../excel/workbook";

export type ReadOutcome = { ok: true; input: WorkbookInput } | { ok: false; reden: string };

/** Reads one returned workbook; a file that cannot be read gives its Dutch reason instead of an exception. */
export async function readReturnedWorkbook(
  buf: Uint8Array,
  wanted: readonly WantedSource[],
  bestand: string,
): Promise<ReadOutcome> {
  return readPlanned(buf, { tables: wanted }, bestand);
}

/**
 * Reads one file of a round in its one pass, with the core's plan (the recorded definition's sources, see
 * core/app/read-plan.ts `roundPlan`); a file that cannot be read gives its Dutch reason.
 */
export async function readRoundFile(
  buf: Uint8Array,
  plan: (outline: WorkbookOutline) => ReadPlan,
  bestand: string,
): Promise<RoundFile> {
  const o = await readPlanned(buf, plan, bestand);
  return o.ok ? { bestand, input: o.input } : { bestand, reden: o.reden };
}

export async function readPlanned(
  buf: Uint8Array,
  plan: ReadPlan | ((outline: WorkbookOutline) => ReadPlan),
  bestand: string,
): Promise<ReadOutcome> {
  try {
    return { ok: true, input: await readWorkbook(buf, plan, bestand) };
  } catch (e) {
    if (e instanceof UnreadableFileError) return { ok: false, reden: e.reden };
    // Anything else (a reader limit of this browser, say) still only skips this one file.
    const detail = e instanceof Error ? e.message.slice(0, 120) : "onbekende fout";
    return {
      ok: false,
      reden: `het bestand kan in het taakvenster niet worden gelezen (${detail}). Open het in Excel, sla het op als .xlsx en lever het opnieuw aan`,
    };
  }
}

/**
 * The .xlsx bytes of a new workbook holding the national sheets, as Base64 for `Excel.createWorkbook`:
 * written by the one national workbook writer (src/xlsx/sheet-writer.ts), as `regiomonitor aggregate` does.
 */
export function workbookBase64(models: readonly SheetModel[]): string {
  return toBase64(sheetsXlsx([...models]));
}
