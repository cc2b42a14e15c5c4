/**
 * What a host reads from a workbook in its one pass, decided by the core: once the host knows the recorded
 * definition, the sheet names and the table names (the workbook's outline), which tables and sheets it reads.
 * And what the core concludes from the outline alone: whether the workbook is any known monitor's return.
 */
import type { Grid, ReadPlan, WantedSource, WorkbookInput, WorkbookOutline } from "../grid";
import type { Monitor } from "../model/schema";
import { fold } from "../cells/text";
import { wantedSources } from "../engine/read";

/** The known definition a workbook recorded (exactly that id and version), or null. */
export function recordedDefinition(
  rec: WorkbookOutline["definitie"],
  available: readonly Monitor[],
): Monitor | null {
  return (rec && available.find((d) => d.id === rec.id && d.versie === rec.versie)) || null;
}

/** The sources of every definition, once each (a sheet and table pair asked by two definitions is read once). */
export function allSources(defs: readonly Monitor[]): WantedSource[] {
  const seen = new Set<string>();
  return defs.flatMap(wantedSources).filter((s) => {
    const key = `${fold(s.sheet)}\u0000${fold(s.table)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * What `check` reads: the sources of the definition the workbook recorded (any known one), else those of
 * `fallback`; and A1 of every sheet, to recognise the workbooks the tool itself writes.
 */
export function checkPlan(
  available: readonly Monitor[],
  fallback: Monitor,
): (o: WorkbookOutline) => ReadPlan {
  return (o) => ({
    tables: wantedSources(recordedDefinition(o.definitie, available) ?? fallback),
    firstCells: true,
  });
}

/**
 * What a round (`aggregate`) reads from one of its files before the round's definition is known: the
 * recorded definition's sources; else the chosen one's; else every known definition's, so that whichever
 * definition the round turns out to have, its sources were read (see `inputFor`).
 */
export function roundPlan(
  available: readonly Monitor[],
  chosen: Monitor | null,
): (o: WorkbookOutline) => ReadPlan {
  return (o) => {
    const def = recordedDefinition(o.definitie, available) ?? chosen;
    return { tables: def ? wantedSources(def) : allSources(available) };
  };
}

/** The sheet or table a grid is for a source: the table by name, or the sheet read whole by its name. */
function answers(g: Grid, s: WantedSource): boolean {
  return g.table !== null ? fold(g.table) === fold(s.table) : fold(g.sheet) === fold(s.sheet);
}

/** The workbook as read for `def` alone: only the grids that answer one of its sources. */
export function inputFor(input: WorkbookInput, def: Monitor): WorkbookInput {
  const sources = wantedSources(def);
  return { ...input, grids: input.grids.filter((g) => sources.some((s) => answers(g, s))) };
}

/**
 * Whether a workbook can be a return of one of `available`: it recorded a definition, or it holds a table or
 * a sheet one of them asks for (a hand-made copy of a standard workbook). Anything else (a workbook made by
 * another program for another purpose) is no monitor's return.
 */
export function isAnyReturn(o: WorkbookOutline, available: readonly Monitor[]): boolean {
  if (o.definitie) return true;
  const tables = new Set(o.tabellen.map(fold));
  const sheets = new Set(o.bladen.map(fold));
  return allSources(available).some((s) => tables.has(fold(s.table)) || sheets.has(fold(s.sheet)));
}

/** The outline of a workbook that was read (the table names from the grids when the host gave none). */
export function outlineOf(input: WorkbookInput): WorkbookOutline {
  return {
    definitie: input.definitie,
    bladen: input.bladen,
    tabellen: input.tabellen ?? input.grids.flatMap((g) => (g.table ? [g.table] : [])),
  };
}
