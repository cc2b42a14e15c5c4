/**
 * When a command that needs a national round (`rapport`, `compare`, `reeks`, `--vorige`) is given another
 * file the tool writes (a comparison, a series, a definition, a return, the result of `check --json`), it
 * says in one Dutch sentence what the file is and what it needs instead, rather than listing the schema
 * paths the file lacks. A file that may be a damaged national round (it has `definitie`) is not named here:
 * its own messages say what is wrong in it.
 */
import { SERIES_SHEET } from "../layout/series";
import { COMPARE_SHEET } from "../layout/compare";
import { META_SHEET } from "../template-model";
import { CHOICES_SHEET } from "../model/xlsform/guide";
import { noticeText, type WrongKind } from "../issues";

export type { WrongKind };

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === "object" && x !== null;

/** What a parsed JSON file is, when it is clearly no national round; null when it may be one. */
export function jsonKind(raw: unknown): WrongKind | null {
  if (!isObject(raw) || Array.isArray(raw)) return "json";
  if ("oud" in raw && "nieuw" in raw) return "vergelijking";
  if ("rondes" in raw && "monitor" in raw) return "reeks";
  if ("tabellen" in raw && "eenheden" in raw) return "definitie";
  if ("meldingen" in raw && "bestand" in raw) return "controle";
  if ("definitie" in raw) return null;
  return "json";
}

/** What a workbook without the round sheet is, by its sheet names. */
export function workbookKind(sheets: readonly string[]): WrongKind {
  const has = (name: string) => sheets.some((s) => s.toLowerCase() === name.toLowerCase());
  if (has(COMPARE_SHEET)) return "vergelijking";
  if (has(SERIES_SHEET)) return "reeks";
  if (has(META_SHEET)) return "retour";
  if (has("instellingen") || has(CHOICES_SHEET)) return "definitie";
  return "werkmap";
}

/** The one sentence: what the file is and what to give instead (the catalogue's `geen_landelijke_meting`). */
export function wrongInputMessage(bestand: string, kind: WrongKind): string {
  return noticeText("geen_landelijke_meting", { soort: kind }, bestand);
}
