/**
 * `check` recognises the workbooks the tool itself writes (by their sheets: the very hidden round sheet, the
 * comparison sheet, the owned-sheet marker in A1) and says what they are and what to do with them.
 */
import { ROUND_SHEET } from "../core/layout/round-sheet";
import { COMPARE_SHEET } from "../core/layout/compare";
import { isOwnedSheet } from "../core/sheet-model";
import { META_SHEET } from "../core/template-model";
import { noticeText } from "../core/issues";

export type Recognised =
  /** A national workbook (`aggregate`, or Landelijk overzicht in the pane). */
  | { soort: "landelijk" }
  /** A comparison of two rounds (`compare`). */
  | { soort: "vergelijking" }
  /** A return with sheets the tool added (`check --out`, Samenvatting in the pane): checked as a return. */
  | { soort: "samenvatting"; bladen: string[] }
  /** A workbook that is no known monitor's return (made by another program for another purpose). */
  | { soort: "geen-retour" }
  /** Anything else: checked as a return. */
  | { soort: "retour" };

export interface SheetsSeen {
  /** All sheet names, in workbook order. */
  bladen: readonly string[];
  /** The sheets the definition's tables were found on (the return's own sheets). */
  retourBladen: readonly string[];
  /** A1 of a sheet (only asked for sheets that are not the return's own). */
  a1: (blad: string) => unknown;
  /** Whether the workbook can be a return of a known monitor (see core/app/read-plan.ts `isAnyReturn`). */
  retour: boolean;
}

const lower = (s: string) => s.toLowerCase();

/** The sheets that are not the return's own, the definition's or the round's: candidates for owned sheets. */
export function otherSheets(bladen: readonly string[], retourBladen: readonly string[]): string[] {
  const own = new Set([...retourBladen, META_SHEET, ROUND_SHEET, "Keuzelijsten"].map(lower));
  return bladen.filter((b) => !own.has(lower(b)));
}

export function recogniseWorkbook(s: SheetsSeen): Recognised {
  if (s.bladen.some((b) => lower(b) === lower(ROUND_SHEET))) return { soort: "landelijk" };
  const owned = otherSheets(s.bladen, s.retourBladen).filter((b) => isOwnedSheet(s.a1(b)));
  if (owned.length === 0) return s.retour ? { soort: "retour" } : { soort: "geen-retour" };
  if (s.retourBladen.length > 0) return { soort: "samenvatting", bladen: owned };
  if (owned.some((b) => lower(b) === lower(COMPARE_SHEET))) return { soort: "vergelijking" };
  return { soort: "landelijk" };
}

/** What `check` says about a workbook that is not a return (null for a return). */
export function notAReturnMessage(r: Recognised, bestand: string): string | null {
  return r.soort === "landelijk" || r.soort === "vergelijking" || r.soort === "geen-retour"
    ? noticeText("check_geen_retour", { soort: r.soort }, bestand)
    : null;
}

/** The line `check` adds for a copy with summary sheets. */
export function summaryNote(r: Recognised): string | null {
  return r.soort === "samenvatting" ? noticeText("check_kopie_met_samenvatting", { bladen: r.bladen }) : null;
}
