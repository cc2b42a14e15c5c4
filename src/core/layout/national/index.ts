/**
 * The national sheets of the one engine: one layout per national table kind of the definition
 * (`landelijk`: retouren, rijverdeling, matrix, antwoorden, open, groepen; one file each) and, for a table
 * with judged rows in a monitor without units, the list of every judged row (`Actielijst`). Every RAG cell
 * and percentage carries its explanation (`uitleg`) with the source cells in the returned workbooks.
 */
import type { Monitor, NationalTable } from "../../model/schema";
import type { SheetModel } from "../../sheet-model";
import type { NationalJson } from "../../engine/json";
import type { NationalReport } from "../../engine/national-types";
import { layoutFactsheets } from "../factsheet";
import { layoutOverview, OVERVIEW_SHEET } from "../overview";
import { layoutRowList, listSheetName, listTables } from "./actielijst";
import { layoutAntwoorden } from "./antwoorden";
import { layoutGroups } from "./groepen";
import { layoutMatrix } from "./matrix";
import { layoutOpen } from "./open";
import { layoutRetouren } from "./retouren";
import { layoutRijverdeling } from "./rijverdeling";
import { counted, nationalPageHeader, subtitle, type Soort } from "./sheet";

export { ACTION_LIST_SHEET } from "./actielijst";

/** The layout of each kind of national table. */
const LAYOUTS: {
  [S in NationalTable["soort"]]: (def: Monitor, r: NationalReport, l: Soort<S>) => SheetModel;
} = {
  retouren: layoutRetouren,
  rijverdeling: layoutRijverdeling,
  matrix: layoutMatrix,
  antwoorden: layoutAntwoorden,
  open: layoutOpen,
  groepen: layoutGroups,
};

/** The sheet of one national table, by the layout of its kind. */
export function layoutTable<S extends NationalTable["soort"]>(
  def: Monitor,
  r: NationalReport,
  l: Soort<S>,
): SheetModel {
  const layout: (def: Monitor, r: NationalReport, l: Soort<S>) => SheetModel = LAYOUTS[l.soort];
  return layout(def, r, l);
}

/** `previous`: the previous national round, whose answers per unit stand in the factsheets (`aggregate --vorige`). */
export function layoutNational(def: Monitor, report: NationalReport, previous?: NationalJson): SheetModel[] {
  // The workbook opens on the overview with its charts.
  const out: SheetModel[] = [
    layoutOverview(def, report, nationalPageHeader(def, report), subtitle(def, report)),
  ];
  const lists = listTables(def);
  // Without units the national return is one workbook: its Actielijst points into the workbook itself.
  const here = !def.eenheden && counted(report).length === 1;
  // The groepen tables that share a sheet are laid out together, on the first of them.
  const groupSheets = new Set<string>();
  for (const l of def.landelijk) {
    if (l.soort === "groepen" && groupSheets.has(l.blad)) continue;
    if (l.soort === "groepen") groupSheets.add(l.blad);
    out.push(layoutTable(def, report, l));
  }
  // The shift table goes with the group overview; without one, under the list.
  for (const t of lists) {
    const grouped = def.landelijk.some((l) => l.soort === "groepen" && l.tabel === t.id);
    out.push(layoutRowList(def, report, t, listSheetName(lists, t), here, !grouped));
  }
  out.push(
    ...layoutFactsheets(
      def,
      report,
      out.map((m) => m.name),
      previous,
    ),
  );
  return out;
}

/**
 * The names of the sheets `layoutNational` writes for a definition, in order (for the task pane's texts);
 * with units, one factsheet per received unit follows them (named after the unit).
 */
export function nationalSheetNames(def: Monitor): string[] {
  const names: string[] = [OVERVIEW_SHEET];
  for (const l of def.landelijk) if (!names.includes(l.blad)) names.push(l.blad);
  const lists = listTables(def);
  for (const t of lists) names.push(listSheetName(lists, t));
  return names;
}

/**
 * The 1-based row of a unit (Retouren: first column) or a file (the file table) in a national sheet: the
 * first row under the frozen header whose first cell is `first`, or null.
 */
export function rowOfFirstCell(m: SheetModel, first: string, from = m.freezeRows): number | null {
  for (let r = from; r < m.rows.length; r++) if (m.rows[r][0]?.v === first) return r + 1;
  return null;
}
