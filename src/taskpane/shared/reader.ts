/**
 * The pane's .xlsx reader chunk (shared/lazy/xlsx-reader.ts), loaded once and only when a feature reads a
 * file, and the reading of a picked national round through the core (core/app/round-file.ts).
 */
import type { ReadPlan, WantedSource, WorkbookOutline } from "../../core/grid";
import type { SheetModel } from "../../core/sheet-model";
import { readRoundText, unreadableRoundFile, type RoundFile, type RoundText } from "../../core";
import type { ReadOutcome } from "./lazy/xlsx-reader";

/** The reader chunk's API (see lazy/xlsx-reader.ts). */
export interface XlsxReader {
  readReturnedWorkbook(
    buf: Uint8Array,
    wanted: readonly WantedSource[],
    bestand: string,
  ): Promise<ReadOutcome>;
  /** One file of a round, read in one pass with the core's plan. */
  readRoundFile(
    buf: Uint8Array,
    plan: (outline: WorkbookOutline) => ReadPlan,
    bestand: string,
  ): Promise<RoundFile>;
  /** A workbook read with a plan (tables and whole sheets), or the Dutch reason it cannot be read. */
  readPlanned(buf: Uint8Array, plan: ReadPlan, bestand: string): Promise<ReadOutcome>;
  /** The .xlsx bytes (Base64) of a new workbook holding these sheets, for `createWorkbook`. */
  workbookBase64(models: readonly SheetModel[]): string;
}

let readerPromise: Promise<XlsxReader> | null = null;

/** Loads the .xlsx reader chunk once, on first use (never in the initial bundle). */
export function loadXlsxReader(): Promise<XlsxReader> {
  readerPromise ??= import(/* webpackChunkName: "xlsx-reader" */ "./lazy/xlsx-reader").catch((e: unknown) => {
    readerPromise = null;
    throw e;
  });
  return readerPromise;
}

/** The JSON text of a picked national round (its JSON export, or a national workbook's round sheet). */
export async function readPickedRound(file: File): Promise<RoundText> {
  try {
    // The reader chunk is loaded only when the file is a workbook.
    return await readRoundText(
      new Uint8Array(await file.arrayBuffer()),
      file.name,
      async (bytes, plan, naam) => (await loadXlsxReader()).readPlanned(bytes, plan, naam),
    );
  } catch (e) {
    return { ok: false, fouten: [unreadableRoundFile(file.name, e)] };
  }
}
