/** Locating a defined table in a grid: header row, columns by name (case/spacing-tolerant), data rows. */
import { a1, type Grid, type RawValue, isCellError } from "../grid";
import { fold } from "../cells/text";
import { makeIssue, type Issue } from "../issues";
import { HEADER_SEARCH_ROWS, MAX_TABLE_ROWS } from "../limits";

export interface ColumnSpec<K extends string> {
  key: K;
  header: string;
  /** Without this column the table cannot be read. */
  essential: boolean;
}

export interface TableRow {
  /** 1-based sheet row. */
  sheetRow: number;
  values: RawValue[];
}

export interface LocatedTable<K extends string> {
  grid: Grid;
  /** 0-based index in the grid row of each found column. */
  columns: Partial<Record<K, number>>;
  rows: TableRow[];
}

export interface LocateResult<K extends string> {
  table: LocatedTable<K> | null;
  issues: Issue[];
}

function headerText(v: RawValue): string {
  if (v === null || isCellError(v)) return "";
  return fold(String(v));
}

export function isBlank(v: RawValue): boolean {
  return v === null || (typeof v === "string" && v.trim() === "");
}

/** Finds the header row, maps columns, and reports structural problems. */
export function locateTable<K extends string>(
  grid: Grid,
  specs: ColumnSpec<K>[],
  bestand: string,
  tableName: string,
): LocateResult<K> {
  const issues: Issue[] = [];
  const where = { bestand, blad: grid.sheet };
  const wanted = new Map(specs.map((s) => [fold(s.header), s]));

  let best = -1;
  let bestCount = 0;
  const searchRows = Math.min(grid.values.length, grid.table ? 1 : HEADER_SEARCH_ROWS);
  for (let r = 0; r < searchRows; r++) {
    const count = new Set(grid.values[r].map(headerText).filter((h) => wanted.has(h))).size;
    if (count > bestCount) {
      best = r;
      bestCount = count;
    }
  }
  if (best < 0) {
    issues.push(makeIssue("kop_ontbreekt", where, { kolommen: specs.map((s) => s.header) }));
    return { table: null, issues };
  }

  if (grid.table === null) {
    issues.push(makeIssue("tabel_als_bereik", { ...where, rij: grid.top + best }, { tabel: tableName }));
  }

  const header = grid.values[best];
  const columns: Partial<Record<K, number>> = {};
  let unreadable = false;
  header.forEach((cell, c) => {
    const h = headerText(cell);
    const spec = wanted.get(h);
    const addr = a1(grid.top + best, grid.left + c);
    if (spec) {
      if (columns[spec.key] === undefined) {
        columns[spec.key] = c;
      } else {
        issues.push(
          makeIssue("kolom_dubbel", { ...where, rij: grid.top + best, kolom: spec.header, cel: addr }, {}),
        );
      }
    } else if (h !== "") {
      issues.push(
        makeIssue(
          "kolom_extra",
          { ...where, rij: grid.top + best, kolom: String(cell).trim(), cel: addr },
          {},
        ),
      );
    }
  });
  for (const s of specs) {
    if (columns[s.key] === undefined) {
      if (s.essential) unreadable = true;
      issues.push(makeIssue("kolom_ontbreekt", { ...where, rij: grid.top + best, kolom: s.header }, {}));
    }
  }

  for (const range of grid.merged ?? []) {
    issues.push(makeIssue("cellen_samengevoegd", { ...where, cel: range }, {}));
  }

  const body = grid.values.slice(best + 1);
  if (body.length + 1 > MAX_TABLE_ROWS) {
    issues.push(makeIssue("te_veel_rijen", where, { max: MAX_TABLE_ROWS - 1 }));
    return { table: null, issues };
  }
  if (unreadable) return { table: null, issues };
  const rows: TableRow[] = [];
  body.forEach((values, i) => {
    if (values.every(isBlank)) return;
    rows.push({ sheetRow: grid.top + best + 1 + i, values });
  });
  return { table: { grid, columns, rows }, issues };
}

/** A1 address of a column in a table row. */
export function cellAddress<K extends string>(t: LocatedTable<K>, row: TableRow, key: K): string | null {
  const c = t.columns[key];
  return c === undefined ? null : a1(row.sheetRow, t.grid.left + c);
}

export function cellValue<K extends string>(t: LocatedTable<K>, row: TableRow, key: K): RawValue {
  const c = t.columns[key];
  return c === undefined ? null : (row.values[c] ?? null);
}
