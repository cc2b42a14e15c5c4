/**
 * Reading the sheets of a definition workbook as records: the first non-empty row is the header row
 * (headers match without regard to case, spaces, `_` or `-`), every later non-empty row is one record. Every
 * mistake is collected with its sheet, row and column, so that a workbook is checked in one go.
 */
import { fold, cleanText } from "../../cells/text";
import { a1, isCellError, type Grid, type RawValue } from "../../grid";
import {
  issueKind,
  placeIssue,
  type Issue,
  type IssueCode,
  type IssueData,
  type IssueKind,
  type IssueLocation,
} from "../../issues";

/** Where a value came from, for messages. */
export interface Spot {
  sheet: string;
  row?: number;
  column?: string;
}

/** The mistakes found so far, each an issue of the catalogue at its sheet, row and column (and cell). */
export class Problems {
  readonly list: Issue[] = [];
  private readonly spots = new Set<string>();
  private readonly sheets = new Map<string, RecordSheet>();
  constructor(private readonly bestand: string) {}
  /** A sheet read, so that a spot on it gets its cell address. */
  know(sheet: RecordSheet): void {
    this.sheets.set(sheet.name, sheet);
  }
  /** The place of a spot in the workbook; the cell (`C4`) when the column is in the sheet's header row. */
  location(s: Spot): IssueLocation {
    const sheet = this.sheets.get(s.sheet);
    const col =
      s.column === undefined ? -1 : (sheet?.headers.findIndex((h) => h.key === headerKey(s.column!)) ?? -1);
    return {
      bestand: this.bestand,
      blad: s.sheet,
      rij: s.row ?? null,
      kolom: s.column ?? null,
      cel: sheet && s.row !== undefined && col >= 0 ? a1(s.row, sheet.left + col) : null,
    };
  }
  add<C extends IssueCode>(at: Spot, code: C, data: IssueData<C>): void {
    this.place(at, issueKind(code, data));
  }
  /** A finding (a code and its data, e.g. from reading a cell) at its spot. */
  place(at: Spot, kind: IssueKind): void {
    this.spots.add(spotKey(at));
    this.list.push(placeIssue(kind, this.location(at)));
  }
  /** The issues in the order of the workbook: by sheet (as `order` lists them), then by row. */
  sorted(order: string[]): Issue[] {
    const rank = (s: string | null) => {
      const i = order.indexOf(s ?? "");
      return i < 0 ? order.length : i;
    };
    return [...this.list]
      .map((e, i) => ({ e, i }))
      .sort((a, b) => rank(a.e.blad) - rank(b.e.blad) || (a.e.rij ?? 0) - (b.e.rij ?? 0) || a.i - b.i)
      .map((x) => x.e);
  }
  /** A message was given for this cell (or row, or sheet). */
  has(at: Spot): boolean {
    return this.spots.has(spotKey(at));
  }
}

const spotKey = (s: Spot): string => `${s.sheet}|${s.row ?? ""}|${headerKey(s.column ?? "")}`;

/** Header comparison: `Geldt als`, `geldt_als` and `GeldtAls` are one header. */
export const headerKey = (h: string): string => fold(h).replace(/[\s_-]+/g, "");

export interface SheetRecord {
  /** 1-based sheet row. */
  row: number;
  /** By header key. */
  cells: Map<string, RawValue>;
}

export interface RecordSheet {
  /** The sheet's name as in the workbook. */
  name: string;
  /** 1-based row of the header (0 when the sheet is empty). */
  headerRow: number;
  /** 1-based sheet column of the first header. */
  left: number;
  /** Header keys in order, with the header as written. */
  headers: { key: string; text: string }[];
  records: SheetRecord[];
}

const isEmpty = (v: RawValue): boolean => v === null || (typeof v === "string" && v.trim() === "");

/** A grid as records; a sheet without a header row has no records. */
export function recordsOf(grid: Grid): RecordSheet {
  const rows = grid.values;
  const h = rows.findIndex((r) => r.some((v) => !isEmpty(v)));
  if (h < 0) return { name: grid.sheet, headerRow: 0, left: grid.left, headers: [], records: [] };
  const headers = rows[h].map((v) => {
    const text = isEmpty(v) || isCellError(v) ? "" : cleanText(String(v));
    return { key: headerKey(text), text };
  });
  const records: SheetRecord[] = [];
  for (let i = h + 1; i < rows.length; i++) {
    const r = rows[i];
    if (!r.some((v) => !isEmpty(v))) continue;
    const cells = new Map<string, RawValue>();
    headers.forEach((hd, c) => {
      if (hd.key !== "" && !cells.has(hd.key)) cells.set(hd.key, r[c] ?? null);
    });
    records.push({ row: grid.top + i, cells });
  }
  return { name: grid.sheet, headerRow: grid.top + h, left: grid.left, headers, records };
}

/**
 * A cell as trimmed text; empty → "". A number as its digits (1 → "1", a question number typed as 1.1 →
 * "1.1"): Excel stores what looks like a number as one.
 */
export function cellText(v: RawValue): string {
  if (v === null) return "";
  if (typeof v === "string") return cleanText(v);
  if (typeof v === "number") return String(v);
  if (typeof v === "boolean") return v ? "ja" : "nee";
  return v.error;
}
