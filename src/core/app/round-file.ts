/**
 * A national round from a file, for both hosts (`compare`, `reeks`, `rapport` and `--vorige` on the command
 * line; "Vergelijk met vorige meting", "Reeks van metingen" and the previous round in the task pane): the
 * file's bytes → the round's JSON text (a JSON export as it is, or the very hidden round sheet of a national
 * workbook) → the round, or Dutch messages naming the file. A file the tool writes for another purpose (a
 * comparison, a series, a definition, a return) is named as such. The host only reads the bytes, and lends
 * its .xlsx reader.
 */
import type { ReadPlan, WorkbookInput } from "../grid";
import { formatDefinitionIssue, makeIssue, noticeText } from "../issues";
import { parseNationalExport } from "../compare/compare";
import type { NationalJson } from "../engine/json";
import { readRoundSheet, ROUND_SHEET } from "../layout/round-sheet";
import { jsonKind, workbookKind, wrongInputMessage } from "./wrong-input";

/** A host's .xlsx reader: the workbook as planned, or the Dutch reason it cannot be read. */
export type PlannedRead = (
  bytes: Uint8Array,
  plan: ReadPlan,
  bestand: string,
) => Promise<{ ok: true; input: WorkbookInput } | { ok: false; reden: string }>;

export type RoundText = { ok: true; text: string } | { ok: false; fouten: string[] };
export type RoundOfFile = { ok: true; json: NationalJson } | { ok: false; fouten: string[] };

/** The file name without its folders, as messages inside a file name it. */
function baseName(file: string): string {
  return file.replace(/^.*[\\/]/, "");
}

/** Whether the bytes are a zip (an .xlsx workbook) rather than text. */
function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x50 && bytes[1] === 0x4b;
}

/**
 * The JSON text of a national round from a file's bytes: a JSON export as it is (without a byte-order mark),
 * or from a workbook (a zip, or named .xlsx) its round sheet, read whole. `file` is how messages name the
 * file (the path as given on the command line, the name in the pane).
 */
export async function readRoundText(bytes: Uint8Array, file: string, read: PlannedRead): Promise<RoundText> {
  if (!isZip(bytes) && !/\.xlsx$/i.test(file))
    return { ok: true, text: new TextDecoder("utf-8").decode(bytes).replace(/^\uFEFF/, "") };
  const naam = baseName(file);
  const r = await read(bytes, { tables: [], sheets: [ROUND_SHEET] }, naam);
  if (!r.ok) return { ok: false, fouten: [`${file}: ${r.reden}.`] };
  const grid = r.input.grids.find((g) => g.sheet.toLowerCase() === ROUND_SHEET.toLowerCase());
  if (!grid) return { ok: false, fouten: [wrongInputMessage(file, workbookKind(r.input.bladen))] };
  const sheet = readRoundSheet(grid, naam);
  return sheet.ok ? sheet : { ok: false, fouten: [sheet.fout] };
}

/** What a JSON text is when it is clearly no national round; null when it may be one, or is no JSON at all
 * (then `parseNationalExport` says so). */
function textKind(text: string) {
  try {
    return jsonKind(JSON.parse(text));
  } catch {
    return null;
  }
}

/** The national round in a file's bytes (see `readRoundText`), or Dutch messages naming the file. */
export async function readRoundFile(
  bytes: Uint8Array,
  file: string,
  read: PlannedRead,
): Promise<RoundOfFile> {
  const t = await readRoundText(bytes, file, read);
  if (!t.ok) return t;
  const kind = textKind(t.text);
  if (kind) return { ok: false, fouten: [wrongInputMessage(file, kind)] };
  const r = parseNationalExport(t.text, baseName(file));
  if (r.ok) return r;
  return {
    ok: false,
    fouten: [noticeText("geen_landelijke_export", {}, file), ...r.fouten.map((f) => `  ${f}`)],
  };
}

/** "start.xlsx: Het bestand is niet gelezen: …": a picked file that could not be read at all. */
export function unreadableRoundFile(bestand: string, e: unknown): string {
  const reden = e instanceof Error ? e.message.slice(0, 120) : String(e);
  return formatDefinitionIssue(makeIssue("bestand_onleesbaar", { bestand }, { reden }));
}
