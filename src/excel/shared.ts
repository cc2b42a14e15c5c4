/** Small helpers shared by the Office.js adapter's operations. No Office.js calls here. */
import { a1, type RawValue } from "../core/grid";
import type { TemplateTable } from "../core/template-model";

/**
 * What the adapter needs from the `Excel` namespace: `run` (enums are passed as their string values), and
 * `createWorkbook` (ExcelApi 1.8) where this Excel has it.
 */
export type ExcelApi = Pick<typeof Excel, "run"> & Partial<Pick<typeof Excel, "createWorkbook">>;

/**
 * One Office.js cell value as the core's RawValue, by its `valueTypes` entry (ExcelApi 1.1): an `Error` cell
 * becomes `{error}` (its value is the error's text, e.g. '#N/A'); any other string stays text, also one that
 * looks like an error; "" (an empty cell) becomes null.
 */
export function rawValue(v: unknown, valueType: string): RawValue {
  if (valueType === "Error") return { error: String(v) };
  if (v === null || v === undefined || v === "") return null;
  if (typeof v === "number" || typeof v === "boolean" || typeof v === "string") return v;
  return String(v);
}

/** A rectangle of cells, 1-based and inclusive, with the key its cells share. */
export interface KeyedRect<K> {
  key: K;
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/**
 * Groups cells with the same key into few rectangles: runs of equal keys in a row, merged with the run
 * directly above when it spans the same columns. `keyAt` gets 0-based row and column and returns null for
 * cells that need nothing. Result rectangles are 1-based (sheet rows and columns, starting at A1).
 */
export function groupRects<K extends string>(
  rows: number,
  cols: number,
  keyAt: (r: number, c: number) => K | null,
): KeyedRect<K>[] {
  const done: KeyedRect<K>[] = [];
  let open = new Map<string, KeyedRect<K>>();
  for (let r = 0; r < rows; r++) {
    const next = new Map<string, KeyedRect<K>>();
    let c = 0;
    while (c < cols) {
      const k = keyAt(r, c);
      if (k === null) {
        c++;
        continue;
      }
      let end = c;
      while (end + 1 < cols && keyAt(r, end + 1) === k) end++;
      const id = `${c}:${end}:${k}`;
      const above = open.get(id);
      if (above) {
        above.bottom = r + 1;
        open.delete(id);
        next.set(id, above);
      } else next.set(id, { key: k, top: r + 1, left: c + 1, bottom: r + 1, right: end + 1 });
      c = end + 1;
    }
    for (const rect of open.values()) done.push(rect);
    open = next;
  }
  for (const rect of open.values()) done.push(rect);
  return done.sort((a, b) => a.top - b.top || a.left - b.left);
}

/** One validation of a template table: a rectangle of body cells, its list (or null) and its input prompt. */
export interface TemplateValidation {
  /** The sheet's address of the cells (the body starts under the header in row 1). */
  address: string;
  /** The list's range as the model gives it (`=Keuzelijsten!$B$2:$B$5`), or null. */
  source: string | null;
  /** The input prompt's title and text; "" when the cells have no prompt. */
  titel: string;
  tekst: string;
}

/**
 * The validations of a template table, the same for both renderers (ExcelJS and Office.js): one per rectangle
 * of body cells that share a list and an input prompt, never cell by cell.
 */
export function templateValidations(t: TemplateTable): TemplateValidation[] {
  const sourceAt = new Map<string, string>();
  for (const l of t.lists) sourceAt.set(`${l.row}:${l.col}`, l.source);
  const keyAt = new Map<string, string>();
  for (const p of t.prompts)
    keyAt.set(
      `${p.row}:${p.col}`,
      JSON.stringify([sourceAt.get(`${p.row}:${p.col}`) ?? null, p.titel, p.tekst]),
    );
  for (const [at, source] of sourceAt) if (!keyAt.has(at)) keyAt.set(at, JSON.stringify([source, "", ""]));
  const cols = Math.max(t.header.length, ...t.lists.map((l) => l.col + 1));
  const rows = Math.max(t.rows.length, ...t.lists.map((l) => l.row + 1));
  return groupRects(rows, cols, (r, c) => keyAt.get(`${r}:${c}`) ?? null).map((rect) => {
    const [source, titel, tekst] = JSON.parse(rect.key) as [string | null, string, string];
    return {
      address: rectAddress({ ...rect, top: rect.top + 1, bottom: rect.bottom + 1 }),
      source,
      titel,
      tekst,
    };
  });
}

export function rectAddress(r: { top: number; left: number; bottom: number; right: number }): string {
  const a = a1(r.top, r.left);
  const b = a1(r.bottom, r.right);
  return a === b ? a : `${a}:${b}`;
}

/**
 * Column width in points for a width in characters (as ExcelJS and the SheetModel give it): Excel's
 * default font has 7-pixel digits plus 5 pixels padding; a point is 4/3 pixel.
 */
export function charsToPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

// The request-size model lives in request-cost.ts; the budget is re-exported for the adapter's users.
export { REQUEST_BUDGET_BYTES } from "./request-cost";

/** Sheet name as Excel writes it in a reference: quoted unless it is a plain name. */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name)
    ? name
    : `'${name.replace(/'/g, "''")}'`;
}
