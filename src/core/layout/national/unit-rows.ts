/**
 * One row of a table in one unit's return, as the explanations of the national sheets quote it: its value
 * and judgement, the input line ("Gouda: status …"), and its source cells.
 */
import type { Monitor, Rag, RowsTable } from "../../model/schema";
import type { SourceCell } from "../../sheet-model";
import type { UnitRow } from "../../engine/national-types";
import type { RowValue } from "../../engine/values";
import { rowsTable } from "../../model";
import { dateColumn, mainColumn, sourceOf } from "../rules";

export interface Judged {
  row: RowValue;
  rag: Rag;
  uitleg: string;
}

export function judgedOf(x: UnitRow, t: RowsTable, i: number): Judged | null {
  const c = x.counted;
  const row = c?.ret.tabellen[t.id]?.[i];
  const j = c?.score.oordelen[t.id]?.[i];
  return row && j ? { row, rag: j.rag, uitleg: j.uitleg } : null;
}

/** "Gouda: status In voorbereiding, verwachte datum 31-12-2011 → Oranje" */
export function rowInput(def: Monitor, t: RowsTable, x: UnitRow, i: number): string {
  const j = judgedOf(x, t, i);
  if (!j) return `${x.eenheid}: niet ontvangen`;
  const c = j.row.cellen[t.hoofdkolom];
  const status =
    c?.state === "waarde" ? c.tekst : c?.state === "ongeldig" ? `'${c.shown}' (ongeldig)` : "leeg";
  const dc = dateColumn(t);
  const d = dc ? j.row.cellen[dc.id] : undefined;
  const vd = d?.state === "waarde" && d.datum ? `, ${dc!.kop.toLowerCase()} ${d.datum.tekst}` : "";
  return `${x.eenheid}: ${mainColumn(t).kop.toLowerCase()} ${status}${vd} → ${def.rag.labels[j.rag]}`;
}

/** The row's main cell and its date cell in the unit's return. */
export function rowSources(t: RowsTable, x: UnitRow, i: number): SourceCell[] {
  const j = judgedOf(x, t, i);
  if (!j) return [];
  const dc = dateColumn(t);
  return [...sourceOf(x.eenheid, j.row.bron), ...(dc ? sourceOf(x.eenheid, j.row.cellen[dc.id]?.bron) : [])];
}

export function unitTable(def: Monitor): RowsTable | undefined {
  return def.scores.eenheid ? rowsTable(def, def.scores.eenheid.tabel) : undefined;
}

export function applicableSources(x: UnitRow, t: RowsTable | undefined): SourceCell[] {
  if (!t || !x.counted) return [];
  return (x.counted.ret.tabellen[t.id] ?? []).flatMap((r) => (r.geldt ? sourceOf(x.eenheid, r.bron) : []));
}
