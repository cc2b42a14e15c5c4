/**
 * The shift of a date against another (action monitors: the opleverdatum against the nulmeting), from the
 * ends of the two dates; where they do not compare, the category stated in the optional column.
 */
import type { RowsTable } from "../model/schema";
import { EMPTY_CELL, type RowValue } from "./values";

export const SHIFT_CATEGORIES = [
  "eerder",
  "gelijk",
  "eerder of gelijk",
  "later",
  "zonder einddatum",
] as const;
export type Shift = (typeof SHIFT_CATEGORIES)[number];

export interface ShiftResult {
  /** null: not known (no comparable dates and no stated category). */
  categorie: Shift | null;
  /** `datums`: from the two dates; `opgegeven`: the stated category; `onbekend`. */
  bron: "datums" | "opgegeven" | "onbekend";
}

export function shiftOf(def: RowsTable, row: RowValue): ShiftResult {
  const s = def.verschuiving;
  if (!s) return { categorie: null, bron: "onbekend" };
  const o = row.cellen[s.datum] ?? EMPTY_CELL;
  const n = row.cellen[s.tov] ?? EMPTY_CELL;
  if (o.state === "leeg" || o.state === "zonder") return { categorie: "zonder einddatum", bron: "datums" };
  if (o.state === "waarde" && n.state === "waarde" && o.datum && n.datum) {
    const c = o.datum.end.localeCompare(n.datum.end);
    return { categorie: c < 0 ? "eerder" : c === 0 ? "gelijk" : "later", bron: "datums" };
  }
  const stated = s.opgegeven ? row.cellen[s.opgegeven] : undefined;
  if (stated?.state === "waarde" && (SHIFT_CATEGORIES as readonly string[]).includes(stated.tekst ?? ""))
    return { categorie: stated.tekst as Shift, bron: "opgegeven" };
  return { categorie: null, bron: "onbekend" };
}
