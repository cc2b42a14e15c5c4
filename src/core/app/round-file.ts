/**
 * A national round from a file a host picked: the JSON export of `regiomonitor aggregate --json` as it is, or
 * the very hidden round sheet (core/layout/round-sheet.ts) of a national workbook that the pane or `aggregate`
 * wrote. The host only hands over the bytes and a way to read tables of a workbook (the pane: its lazy .xlsx
 * reader chunk, loaded only for a workbook); what the file is and every message about it are decided here.
 */
import type { WantedSource, WorkbookInput } from "../grid";
import { formatDefinitionIssue, makeIssue } from "../issues";
import { noRoundSheetMessage, readRoundSheet, ROUND_SHEET } from "../layout/round-sheet";

/** What reading tables of a workbook gave: the input, or the Dutch reason the file cannot be read. */
export type TablesRead = { ok: true; input: WorkbookInput } | { ok: false; reden: string };

/** A host's reader of workbook bytes (the pane's lazy .xlsx reader chunk has this method). */
export interface TablesReader {
  readReturnedWorkbook(
    bytes: Uint8Array,
    wanted: readonly WantedSource[],
    bestand: string,
  ): Promise<TablesRead>;
}

/** The JSON text of a round, or Dutch messages that each start with the file name. */
export type RoundText = { ok: true; text: string } | { ok: false; fouten: string[] };

/** Whether the bytes are a zip (an .xlsx workbook) rather than text. */
export function isZipBytes(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x50 && bytes[1] === 0x4b;
}

/** "start.xlsx: Het bestand is niet gelezen: …": a picked file that could not be read at all. */
export function unreadableRoundFile(bestand: string, e: unknown): string {
  const reden = e instanceof Error ? e.message.slice(0, 120) : String(e);
  return formatDefinitionIssue(makeIssue("bestand_onleesbaar", { bestand }, { reden }));
}

/**
 * The JSON text of a round from a picked file: a JSON export as it is (without a byte order mark), or from a
 * national workbook (.xlsx, or any zip) the round sheet. `reader` is asked for only for a workbook.
 */
export async function readRoundText(
  bytes: Uint8Array,
  bestand: string,
  reader: () => Promise<TablesReader>,
): Promise<RoundText> {
  if (!isZipBytes(bytes) && !/\.xlsx$/i.test(bestand))
    return { ok: true, text: new TextDecoder("utf-8").decode(bytes).replace(/^\uFEFF/, "") };
  const read = await (
    await reader()
  ).readReturnedWorkbook(bytes, [{ sheet: ROUND_SHEET, table: ROUND_SHEET }], bestand);
  if (!read.ok) return { ok: false, fouten: [`${bestand}: ${read.reden}.`] };
  const grid = read.input.grids.find((g) => g.sheet === ROUND_SHEET);
  if (!grid) return { ok: false, fouten: [noRoundSheetMessage(bestand)] };
  const r = readRoundSheet(grid, bestand);
  return r.ok ? r : { ok: false, fouten: [r.fout] };
}
