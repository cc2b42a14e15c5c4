/**
 * Browser entry for the task pane test, injected with page.addInitScript before the pane's bundle runs: the
 * simulated host behind Microsoft's client library. The page loads Microsoft's `office.js` and the Excel
 * library of Microsoft 365 on Windows (the harness serves them offline from the development build's copy of
 * `@microsoft/office-js`); right after, `window.__connectOfficeJs__()` connects the library to a `RichApiHost`
 * over the fake workbook (test/fake-excel), so every `Excel.run` of the pane goes through Microsoft's code and
 * the host answers the request messages the library sends. office.js starts as it does in a page outside
 * Office ("loaded outside of Office client"): `Office.onReady` resolves without a host, and the pane runs on
 * the library's `Excel`. Requirement sets per host are tested in node (test/excel/office-js-host.test.ts). `window.__fakeExcelHost__` is the small API the
 * test uses to play the coordinator typing in Excel and to look at the document; its sync counts are the
 * host's count of the library's requests.
 */
import { createFakeExcel, type CellView, type SeedSheet, type SeedValue } from "../fake-excel/fake-excel";
import { connectHost, handOverContext } from "../fake-excel/connect-office-js";
import { BROWSER_PROFILE_ID, hostProfile } from "../fake-excel/host-profiles";
import { RichApiHost } from "../fake-excel/rich-api-host";
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
  /**
   * The next sync fails like Excel does, e.g. with InvalidOperationInCellEditMode: the library's next request of
   * a batch (not the reference clean-up `Excel.run` sends after one) is answered with that error.
   */
  failNextSyncWith(code: string): void;
  /**
   * The library's requests: `syncs` counts those of the batches (`context.sync()`), not the reference clean-up
   * `Excel.run` sends after a batch that kept objects; `cleanups` counts those. Bytes are the UTF-8 JSON bodies.
   */
  stats(): {
    syncs: number;
    cleanups: number;
    largestRequestBytes: number;
    /** The same as `largestRequestBytes` (the name the old fake used). */
    largestPayloadBytes: number;
    largestResponseBytes: number;
  };
  /** What one cell holds: value, number format, fill, bold. */
  cell(sheet: string, address: string): CellView;
  /** Every cell of a rectangle, row by row. */
  cells(sheet: string, top: number, left: number, rows: number, cols: number): CellView[][];
  /** Values of a rectangle (empty cells null). */
  valuesOf(sheet: string, address: string): CellView["value"][][];
  /** The user clicks a cell; resolves with how many selection handlers ran. */
  userSelects(sheet: string, address: string): Promise<number>;
  /**
   * Per sync (clean-ups left out), what its actions did, without arguments and without the library's
   * bookkeeping: `workbook.worksheets.getItemOrNullObject().load`, `workbook.worksheets.getItem().onSelectionChanged.add`…
   */
  operations(): string[][];
  /** Per failed request, in order: the error code the host answered, its message and location. */
  requestErrors(): string[];
  /** Puts a whole workbook (sheets with tables) into the document, as if the user opened it. */
  addWorkbook(sheets: SeedSheet[]): void;
  /** The workbooks the add-in made with Excel.createWorkbook: their base64 and sheets. */
  createdWorkbooks(): { base64: string; sheets: { name: string; state: string }[] }[];
  /**
   * The add-in's selection handlers (`Worksheet.onSelectionChanged.add`) now registered: the sheet's name and
   * the handler's id. Ids only grow, so a handler with an id above one seen before was registered later.
   */
  selectionListeners(): { sheet: string; id: number }[];
}

const fake = createFakeExcel();
const host = new RichApiHost(fake);

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
  failNextSyncWith: (code) => host.failNextSync(code),
  stats: () => ({
    syncs: host.syncs,
    cleanups: host.requests.length - host.syncs,
    largestRequestBytes: host.largestRequestBytes,
    largestPayloadBytes: host.largestRequestBytes,
    largestResponseBytes: Math.max(0, ...host.requests.map((r) => r.responseBytes)),
  }),
  cell: (sheet, address) => fake.state.cellAt(sheet, address),
  valuesOf: (sheet, address) => fake.state.valuesOf(sheet, address),
  cells: (sheet, top, left, rows, cols) =>
    Array.from({ length: rows }, (_, r) =>
      Array.from({ length: cols }, (_, c) => fake.state.cellAt(sheet, a1(top + r, left + c))),
    ),
  userSelects: (sheet, address) => fake.state.userSelects(sheet, address),
  operations: () => host.requests.filter((r) => !r.cleanup).map((r) => r.operations),
  requestErrors: () => host.requests.flatMap((r) => (r.error ? [`${r.error}: ${r.errorMessage ?? ""}`] : [])),
  addWorkbook: (sheets) => {
    for (const sh of sheets) fake.state.addSheet(sh);
  },
  createdWorkbooks: () => host.created.map((c) => ({ base64: c.base64, sheets: c.sheets })),
  selectionListeners: () =>
    fake.state.workbook.handlers.flatMap((h) => {
      const sheet = fake.state.workbook.sheets.find((x) => x.id === h.targetId);
      return h.kind === "worksheetSelection" && sheet ? [{ sheet: sheet.name, id: h.id }] : [];
    }),
};

const w = window as unknown as Record<string, unknown>;
w.__fakeExcelHost__ = api;
/** Called by the page right after Microsoft's office.js and Excel library have loaded (see harness.ts). */
w.__connectOfficeJs__ = () => {
  handOverContext(window, hostProfile(BROWSER_PROFILE_ID));
  connectHost(window, host);
};
