/**
 * `check` recognises the workbooks the tool itself writes (by their sheets: the very hidden round sheet, the
 * comparison sheet, the owned-sheet marker in A1) and says what they are and what to do with them.
 */
import { ROUND_SHEET } from "../core/layout/round-sheet";
import { COMPARE_SHEET } from "../core/layout/compare";
import { isOwnedSheet } from "../core/sheet-model";
import { META_SHEET } from "../core/template-model";

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
  switch (r.soort) {
    case "landelijk":
      return `${bestand} is een landelijke werkmap van Regiomonitor, geen ingevulde werkmap. Er is niets te controleren. Gebruik 'regiomonitor compare' om hem met een vorige meting te vergelijken, of open hem in Excel.`;
    case "vergelijking":
      return `${bestand} is een vergelijking van twee metingen, gemaakt door Regiomonitor. Er is niets te controleren. Open hem in Excel, of maak een nieuwe met 'regiomonitor compare OUD NIEUW -o BESTAND.xlsx'.`;
    case "geen-retour":
      return `${bestand} is geen ingevulde werkmap van een monitor die Regiomonitor kent: er staat geen monitor in vermeld, en geen van de bladen en tabellen van een monitor. Er is niets te controleren. Maak een werkmap om in te vullen met 'regiomonitor template'. Is dit een eigen kopie van een werkmap, kies dan de monitor met --definitie-id.`;
    default:
      return null;
  }
}

/** The line `check` adds for a copy with summary sheets. */
export function summaryNote(r: Recognised): string | null {
  if (r.soort !== "samenvatting") return null;
  const names = r.bladen.map((b) => `'${b}'`).join(", ");
  return `Deze werkmap is een kopie met ${r.bladen.length === 1 ? "het blad" : "de bladen"} ${names} van Regiomonitor. Die ${r.bladen.length === 1 ? "is" : "zijn"} niet gecontroleerd; de werkmap is gecontroleerd als gewone werkmap.`;
}
