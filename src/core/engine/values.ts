/**
 * What the engine reads from a returned workbook, for every monitor: the value of each cell (typed by its
 * column), each fixed row of each rows table, and the required cells for the completion score.
 */
import type { DateValue, IsoDate } from "../cells/dates";
import type { Option } from "../model/schema";
import type { SourceRef } from "../read/cells";

/**
 * A read cell. `zonder`: one of the column's "no date" texts (`Nog te bepalen`); `ongeldig`: something that
 * is not a valid value was typed (an issue names it).
 */
export type CellState = "leeg" | "waarde" | "ongeldig" | "zonder";

export interface CellValue {
  state: CellState;
  /** Canonical option label, the text, or the date as typed; null unless `waarde`. */
  tekst: string | null;
  /** What the cell showed (for invalid values and "no date" texts). */
  shown: string;
  datum: DateValue | null;
  /** The scale option, for a valid choice. */
  optie: Option | null;
  /** Where it was read; null when the row or field is missing. */
  bron: SourceRef | null;
}

export const EMPTY_CELL: CellValue = {
  state: "leeg",
  tekst: null,
  shown: "",
  datum: null,
  optie: null,
  bron: null,
};

export interface RowValue {
  /** Value of the key column. */
  sleutel: string;
  /** Value of the label column. */
  label: string;
  /** The fixed columns as the definition has them. */
  vast: Record<string, string>;
  /** False when the fixed row is missing from the workbook. */
  aanwezig: boolean;
  /** False when the row does not apply (its condition does not hold). */
  geldt: boolean;
  normdatum: IsoDate | null;
  /** The fill-in columns, by column id. */
  cellen: Record<string, CellValue>;
  /** The row's main cell (for "Ga naar bron"); the key cell when the main column is missing. */
  bron: SourceRef | null;
}

/** State of one required cell, for the invulgraad. */
export type RequiredState = "ingevuld" | "onbekend" | "leeg" | "ongeldig";

export interface RequiredCell {
  blad: string;
  cel: string | null;
  state: RequiredState;
}

/** One returned workbook, read with its definition. */
export interface UnitReturn {
  bestand: string;
  definitie: { id: string; versie: string };
  /** The unit (region, municipality, …) the workbook is from; null when the monitor has no units or it is empty. */
  eenheid: string | null;
  meetmoment: string | null;
  peildatum: DateValue | null;
  /** The fields of the fields table, by name. */
  velden: Record<string, CellValue>;
  /** The fixed rows of each rows table, by table id, in the definition's order. */
  tabellen: Record<string, RowValue[]>;
  /**
   * The open rows (rows the unit added) of each rows table with `open`, by table id, in sheet order. Their
   * `vast` holds the text of the fixed columns as typed; `cellen` every column, the key too (the unit typed
   * them all).
   */
  open: Record<string, RowValue[]>;
  vereist: RequiredCell[];
}

/** A cell's answer as read: the value (a date as typed), a "no date" text, else null. */
export function answerText(cell: CellValue | undefined): string | null {
  return cell?.state === "waarde" ? cell.tekst : cell?.state === "zonder" ? cell.shown : null;
}
