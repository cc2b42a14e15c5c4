/**
 * What a host read from one sheet or table: a rectangle of raw cell values and where it sits.
 * Both adapters (Office.js and ExcelJS) produce Grids; the core never sees a host object.
 */

/** An Excel error value such as `#REF!` or `#N/A`. */
export interface CellError {
  error: string;
}

/**
 * A raw cell value as a host delivers it. Dates are Excel serial numbers (days since 1899-12-30),
 * exactly as Office.js `range.values` gives them; the ExcelJS adapter converts its Date objects.
 * Formulas arrive as their cached result.
 */
export type RawValue = string | number | boolean | null | CellError;

export interface Grid {
  /** The sheet name as it is in the workbook. */
  sheet: string;
  /** The Excel table (ListObject) name when the values came from a table, else null (a plain range). */
  table: string | null;
  /** 1-based sheet row of values[0]. */
  top: number;
  /** 1-based sheet column of values[r][0]. */
  left: number;
  /** Rows of values; the header row is somewhere in the first rows (for a table: values[0]). */
  values: RawValue[][];
  /**
   * Merged areas that overlap the grid, as A1 ranges (`B3:D3`). Hosts deliver only the first cell's value
   * of a merged area; the other cells are null.
   */
  merged?: string[];
}

/** What a host read from one workbook: just the sources a definition asks for. */
export interface WorkbookInput {
  /** File name (or workbook name inside Excel), used in every message. */
  bestand: string;
  /** The definition recorded in the workbook, or null when none was recorded. */
  definitie: { id: string; versie: string } | null;
  /** All sheet names, in workbook order. */
  bladen: string[];
  /** One grid per wanted source that was found (see `wantedSources`). */
  grids: Grid[];
  /** The names of all tables (ListObjects) in the workbook, when the host was asked for first cells. */
  tabellen?: string[];
  /** A1 of every sheet, by sheet name, when the host was asked for first cells (see ReadPlan). */
  eersteCellen?: Record<string, RawValue>;
}

/**
 * What a host reads from a workbook in its one pass: the tables (by name anywhere, else the sheet by name),
 * whole sheets by name, and A1 of every sheet.
 */
export interface ReadPlan {
  tables: readonly WantedSource[];
  /** Sheets read whole (from A1), by name; each found one gives a grid with `table: null`. */
  sheets?: readonly string[];
  /** Also give A1 of every sheet (`eersteCellen`) and the names of all tables (`tabellen`): what tells the
   * workbooks the tool writes and the workbooks of other programs from returns. */
  firstCells?: boolean;
}

/** What a host knows of a workbook before it reads its sheets, for choosing the plan in the same pass. */
export interface WorkbookOutline {
  definitie: WorkbookInput["definitie"];
  bladen: readonly string[];
  /** The names of all tables in the workbook. */
  tabellen: readonly string[];
}

/** Which table or sheet a host must read: the table by name anywhere, else the sheet by name. */
export interface WantedSource {
  sheet: string;
  table: string;
}

export function isCellError(v: RawValue): v is CellError {
  return typeof v === "object" && v !== null && "error" in v;
}

/** 1-based column number to letters: 1 → A, 28 → AB. */
export function columnLetters(col: number): string {
  let s = "";
  let n = col;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** A1 address of a 1-based row and column. */
export function a1(row: number, col: number): string {
  return `${columnLetters(col)}${row}`;
}

/** Parses `B12` into 1-based row and column; null when it is not an A1 address. */
export function parseA1(address: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!m) return null;
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]), col };
}
