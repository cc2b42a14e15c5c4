/**
 * The round sheet: the national JSON export of a round (the same data as `regiomonitor aggregate --json`, see
 * docs/json-export.md) kept in a very hidden sheet of the national workbook, so that the next round can be
 * compared straight from that workbook, on every platform (no download needed).
 *
 * Layout (column A keys, column B values; the text from row 7 down, in column A):
 *
 * | row | A                                   | B                              |
 * |-----|-------------------------------------|--------------------------------|
 * | 1   | Regiomonitor · meting (…)           |                                |
 * | 2   | formaat                             | regiomonitor-landelijk-json 1  |
 * | 3   | tekens                              | length of the text             |
 * | 4   | controlegetal                       | FNV-1a (32 bits, hex) of it    |
 * | 5   | delen                               | number of text cells           |
 * | 7…  | the text, at most ROUND_CHUNK_CHARS characters per cell (Excel allows 32,767)  |
 *
 * The text is the compact JSON with every `_` written as `\u005f` (so no cell holds an `_xHHHH_` sequence,
 * which .xlsx readers decode) and U+FFFE/U+FFFF escaped (not allowed in XML); JSON.parse gives the same data.
 * Cells never start or end with a space (some writers trim them) and never split a surrogate pair. The count
 * and the check number catch a sheet that was changed by hand.
 */
import type { Grid, RawValue } from "../grid";
import type { NationalJson } from "../engine/json";
import { OWNED_MARKER, type ModelCell, type SheetModel } from "../sheet-model";

/** The name of the very hidden sheet with the round's JSON. */
export const ROUND_SHEET = "Regiomonitor meting";
/** Excel's limit of characters in one cell. */
export const MAX_CELL_CHARS = 32_767;
/** Characters per text cell: below Excel's limit, with room to move a boundary off a space. */
export const ROUND_CHUNK_CHARS = 32_000;
export const ROUND_FORMAT = "regiomonitor-landelijk-json 1";
const FIRST_TEXT_ROW = 7;

/** FNV-1a over the UTF-16 code units, as 8 hex digits. */
export function checkNumber(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, "0");
}

/** The JSON text as the sheet stores it (see the file comment). */
export function roundText(json: NationalJson): string {
  return JSON.stringify(json)
    .replace(/_/g, "\\u005f")
    .replace(/[\ufffe\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`);
}

/** Splits `text` into cells of at most `size` characters, boundaries never next to a space or inside a pair. */
export function chunkText(text: string, size = ROUND_CHUNK_CHARS): string[] {
  const out: string[] = [];
  let start = 0;
  const bad = (i: number) =>
    text[i - 1] === " " || text[i] === " " || /[\ud800-\udbff]/.test(text[i - 1] ?? "");
  while (start < text.length) {
    let end = Math.min(start + size, text.length);
    if (end < text.length) {
      let e = end;
      while (e > start + 1 && bad(e)) e--;
      // A run of spaces longer than a cell (only inside a long answer): cut inside it after all.
      if (e > start + 1) end = e;
    }
    out.push(text.slice(start, end));
    start = end;
  }
  return out;
}

/** The very hidden sheet that keeps this round's JSON in the national workbook. */
export function roundSheetModel(json: NationalJson): SheetModel {
  const text = roundText(json);
  const chunks = chunkText(text);
  const row = (a: ModelCell["v"], b: ModelCell["v"] = null): ModelCell[] => [{ v: a }, { v: b }];
  return {
    name: ROUND_SHEET,
    rows: [
      row(
        `${OWNED_MARKER} meting (de gegevens van deze landelijke meting voor 'Vergelijk met vorige meting'; niet bewerken)`,
      ),
      row("formaat", ROUND_FORMAT),
      row("tekens", text.length),
      row("controlegetal", checkNumber(text)),
      row("delen", chunks.length),
      row(null),
      ...chunks.map((c) => row(c)),
    ],
    widths: [60, 30],
    freezeRows: 0,
    dataBars: [],
    afdruk: {
      titelRijen: 1,
      koptekst: `Gegevens van de meting (${json.definitie.id}, versie ${json.definitie.versie})`,
      voettekst: ROUND_SHEET,
    },
    visibility: "veryHidden",
  };
}

export type RoundRead = { ok: true; text: string } | { ok: false; fout: string };

/**
 * The JSON text of the round sheet as a host read it (a Grid of the sheet, any origin), or a Dutch message
 * naming the file, sheet and cell.
 */
export function readRoundSheet(grid: Grid, bestand: string): RoundRead {
  const at = (row: number, col: number): RawValue => grid.values[row - grid.top]?.[col - grid.left] ?? null;
  const where = (cell: string) => `${bestand}, blad '${grid.sheet}', cel ${cell}`;
  const redo =
    "Maak de landelijke werkmap opnieuw (importeer de werkmappen van die meting, of 'regiomonitor aggregate'), of kies het JSON-bestand van die meting.";
  const fail = (cell: string, what: string): RoundRead => ({
    ok: false,
    fout: `${where(cell)}: ${what} Het verborgen blad met de meting is gewijzigd of beschadigd. ${redo}`,
  });
  if (at(2, 1) !== "formaat" || at(2, 2) !== ROUND_FORMAT)
    return fail("B2", `hier hoort '${ROUND_FORMAT}' te staan.`);
  const length = at(3, 2);
  const check = at(4, 2);
  const parts = at(5, 2);
  if (typeof length !== "number" || !Number.isInteger(length) || length < 0)
    return fail("B3", "hier hoort het aantal tekens te staan.");
  if (typeof check !== "string" || !/^[0-9a-f]{8}$/.test(check))
    return fail("B4", "hier hoort het controlegetal te staan.");
  if (typeof parts !== "number" || !Number.isInteger(parts) || parts < 0)
    return fail("B5", "hier hoort het aantal delen te staan.");
  let text = "";
  for (let i = 0; i < parts; i++) {
    const v = at(FIRST_TEXT_ROW + i, 1);
    if (typeof v !== "string")
      return fail(`A${FIRST_TEXT_ROW + i}`, "deze cel hoort tekst van de meting te bevatten.");
    text += v;
  }
  if (text.length !== length)
    return fail("B3", `de tekst is ${text.length} tekens lang, er horen er ${length} te zijn.`);
  if (checkNumber(text) !== check) return fail("B4", "het controlegetal klopt niet met de tekst.");
  return { ok: true, text };
}
