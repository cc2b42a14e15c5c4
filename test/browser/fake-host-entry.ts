/**
 * Browser entry for the task pane test, injected with page.addInitScript before the pane's bundle runs:
 * a fake Excel (test/fake-excel) as `window.Excel`, a minimal `window.Office` (onReady resolves
 * {host: "Excel"}, every requirement set is supported), and `window.__fakeExcelHost__`, the small API
 * the test uses to play the coordinator typing in Excel and to look at the document.
 */
import { createFakeExcel, type CellView, type SeedSheet, type SeedValue } from "../fake-excel/fake-excel";
import { a1 } from "../../src/core/grid";

export interface FakeHostApi {
  sheetNames(): string[];
  /** "Visible", "Hidden" or "VeryHidden". */
  visibility(sheet: string): string;
  /** Value of one cell (null when empty), or undefined when the sheet does not exist. */
  value(sheet: string, address: string): unknown;
  /** Types a value into a cell (as a user would, but without events; see `changed`). */
  setValue(sheet: string, address: string, v: string | number | null): void;
  /** Tells the add-in's change handlers that the user edited `address`; resolves with how many ran. */
  changed(sheet: string, address: string): Promise<number>;
  selection(): { sheet: string; address: string } | null;
  /** A user's own sheet with values from A1. */
  addSheet(name: string, rows: (string | number | null)[][]): void;
  deleteSheet(name: string): void;
  /** The next sync fails like Excel does, e.g. with InvalidOperationInCellEditMode. */
  failNextSyncWith(code: string): void;
  stats(): { syncs: number; largestPayloadBytes: number; largestResponseBytes: number };
  /** What one cell holds: value, number format, fill, bold. */
  cell(sheet: string, address: string): CellView;
  /** Every cell of a rectangle, row by row. */
  cells(sheet: string, top: number, left: number, rows: number, cols: number): CellView[][];
  /** Values of a rectangle (empty cells null). */
  valuesOf(sheet: string, address: string): CellView["value"][][];
  /** The user clicks a cell; resolves with how many selection handlers ran. */
  userSelects(sheet: string, address: string): Promise<number>;
  /** Distinct operation paths of every sync so far. */
  operations(): string[][];
  /** Puts a whole workbook (sheets with tables) into the document, as if the user opened it. */
  addWorkbook(sheets: SeedSheet[]): void;
  /** The workbooks the add-in made with Excel.createWorkbook: their base64 and sheets. */
  createdWorkbooks(): { base64: string; sheets: { name: string; state: string }[] }[];
}

const fake = createFakeExcel();
const info = { host: "Excel", platform: "PC" };

const api: FakeHostApi = {
  sheetNames: () => fake.state.sheetNames(),
  visibility: (sheet) => fake.state.sheet(sheet).visibility,
  value: (sheet, address) =>
    fake.state.hasSheet(sheet) ? fake.state.cellAt(sheet, address).value : undefined,
  setValue: (sheet, address, v) => fake.state.setCells(sheet, address, [[v as SeedValue]]),
  changed: (sheet, address) => fake.state.fireChanged(sheet, address),
  selection: () => fake.state.selection,
  addSheet: (name, rows) => {
    fake.state.addSheet({ name, cells: rows });
  },
  deleteSheet: (name) => fake.state.workbook.deleteSheet(fake.state.sheet(name)),
  failNextSyncWith: (code) => fake.state.failNextSyncWith(code),
  stats: () => ({
    syncs: fake.stats.syncs,
    largestPayloadBytes: fake.stats.largestPayloadBytes,
    largestResponseBytes: fake.stats.largestResponseBytes,
  }),
  cell: (sheet, address) => fake.state.cellAt(sheet, address),
  valuesOf: (sheet, address) => fake.state.valuesOf(sheet, address),
  cells: (sheet, top, left, rows, cols) =>
    Array.from({ length: rows }, (_, r) =>
      Array.from({ length: cols }, (_, c) => fake.state.cellAt(sheet, a1(top + r, left + c))),
    ),
  userSelects: (sheet, address) => fake.state.userSelects(sheet, address),
  operations: () => fake.stats.operations,
  addWorkbook: (sheets) => {
    for (const sh of sheets) fake.state.addSheet(sh);
  },
  createdWorkbooks: () => fake.created.map((c) => ({ base64: c.base64, sheets: c.sheets })),
};

const w = window as unknown as Record<string, unknown>;
w.Excel = fake.Excel;
w.Office = {
  onReady: (callback?: (i: typeof info) => void) => {
    callback?.(info);
    return Promise.resolve(info);
  },
  context: { requirements: { isSetSupported: () => true } },
  HostType: { Excel: "Excel" },
};
w.__fakeExcelHost__ = api;
