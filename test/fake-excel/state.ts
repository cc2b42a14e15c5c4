/**
 * The document behind the fake Excel object model: sheets, cells, tables, selection and event handlers.
 * Proxies (fake-excel.ts) only touch this state while `context.sync()` runs, like the real batch model.
 */
import { type Rect, parseRect, splitSheet, rectAddress, intersect, MAX_COLS } from "./address";

/** An error like `OfficeExtension.Error`: a `code`, a message and debug info. */
export class FakeOfficeError extends Error {
  readonly debugInfo: { code: string; message: string; errorLocation?: string };
  constructor(
    readonly code: string,
    message: string,
    errorLocation?: string,
  ) {
    super(message);
    this.name = "RichApi.Error";
    this.debugInfo = { code, message, errorLocation };
  }
}

export const ERROR_MESSAGES: Record<string, string> = {
  InvalidOperationInCellEditMode:
    "Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.",
  AccessDenied: "You cannot perform the requested operation.",
  ApiNotFound:
    "The API you are trying to use could not be found. It may be available in a newer version of Excel.",
  ItemNotFound: "The requested resource doesn't exist.",
  ItemAlreadyExists: "The resource already exists.",
  InvalidArgument: "The argument is invalid or missing or has an incorrect format.",
  InvalidOperation: "The operation is invalid for the object.",
  GeneralException: "There was an internal error while processing the request.",
  RequestPayloadSizeLimitExceeded: "The request payload size has exceeded the limit.",
  ResponsePayloadSizeLimitExceeded: "The response payload size has exceeded the limit.",
  NotImplemented: "The requested feature isn't implemented.",
  RangeExceedsLimit: "The cell count in the range has exceeded the maximum supported number.",
};

export function officeError(code: string, where?: string): FakeOfficeError {
  return new FakeOfficeError(code, ERROR_MESSAGES[code] ?? code, where);
}

export type Visibility = "Visible" | "Hidden" | "VeryHidden";

export interface CellState {
  /** Constant value (null = empty). For a formula cell: the cached result the fake knows (0 unless seeded). */
  value: string | number | boolean | null;
  error: string | null;
  formula: string | null;
  numberFormat: string;
  /** `format.fill.color`, e.g. `#C6EFCE`, or null. */
  fill: string | null;
  bold: boolean;
  locked: boolean;
  hyperlink: Record<string, unknown> | null;
  /** Other format properties written through the API, by path: `wrapText`, `font.color`, `verticalAlignment`. */
  format: Record<string, unknown>;
}

export interface ValidationState {
  rect: Rect;
  rule: unknown;
  errorAlert?: unknown;
  prompt?: unknown;
  ignoreBlanks?: unknown;
}

export interface ConditionalFormatState {
  rect: Rect;
  type: string;
  props: Record<string, unknown>;
}

export interface SheetState {
  id: string;
  name: string;
  visibility: Visibility;
  tabColor: string;
  cells: Map<number, CellState>;
  protected: boolean;
  protectionOptions: Record<string, unknown> | null;
  protectionPassword: string | null;
  freezeRows: number;
  /** Column widths in points, by 1-based column. */
  columnWidths: Map<number, number>;
  /** Row heights in points set by `format.rowHeight`, by 1-based row. */
  rowHeights: Map<number, number>;
  autofitColumns: number;
  validations: ValidationState[];
  conditionalFormats: ConditionalFormatState[];
  /** `worksheet.pageLayout` (ExcelApi 1.9). */
  pageLayout: PageLayoutState;
  /** `worksheet.charts` (ExcelApi 1.1; series formats 1.7). */
  charts: ChartState[];
}

export interface PageLayoutState {
  orientation: string;
  paperSize: string;
  zoom: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  printTitleRows: string | null;
  /** `setPrintArea` (ExcelApi 1.9): a sheet-local A1 rectangle, or null for the whole used range. */
  printArea: string | null;
  /** `worksheet.horizontalPageBreaks.add` (ExcelApi 1.9): the rows a new page begins at, in order added. */
  rowBreaks: number[];
  /** `headersFooters.defaultForAllPages`: leftHeader, centerHeader, …, rightFooter. */
  headerFooter: Record<string, string>;
}

export interface ChartSeriesState {
  name: string;
  /** Sheet-local rectangle of the values and the categories (A1 addresses). */
  values: string;
  xAxisValues: string | null;
  fill: string | null;
}

export interface ChartState {
  id: string;
  name: string;
  type: string;
  /** The source data's sheet-local address and how series run. */
  source: string;
  seriesBy: string;
  title: string | null;
  position: { start: string; end: string | null } | null;
  valueAxis: { minimum?: number; maximum?: number };
  series: ChartSeriesState[];
}

export interface TableState {
  id: string;
  name: string;
  sheetId: string;
  rect: Rect;
  showHeaders: boolean;
  showFilterButton: boolean;
  style: string;
}

export type HandlerKind = "worksheet" | "table" | "worksheets" | "tables" | "worksheetSelection";

export interface HandlerState {
  id: number;
  kind: HandlerKind;
  targetId: string | null;
  handler: (args: Record<string, unknown>) => unknown;
}

export const STANDARD_WIDTH = 48; // points: 8.43 characters

const key = (row: number, col: number) => row * (MAX_COLS + 1) + col;

export function emptyCell(): CellState {
  return {
    value: null,
    error: null,
    formula: null,
    numberFormat: "General",
    fill: null,
    bold: false,
    locked: true,
    hyperlink: null,
    format: {},
  };
}

const EXCEL_ERRORS = new Set([
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
  "#FIELD!",
  "#BLOCKED!",
  "#UNKNOWN!",
  "#CONNECT!",
  "#BUSY!",
]);

/**
 * What Excel makes of a value written through `range.values` into a cell with `numberFormat`, like a user
 * typing it: text format (`@`) or a leading apostrophe keep text; `=` (and `+`, `-`, `@` when the rest is not
 * a number) make a formula; numbers, TRUE/FALSE and error literals are converted.
 */
export function interpretInput(
  v: unknown,
  numberFormat: string,
): Pick<CellState, "value" | "error" | "formula"> {
  if (v === null || v === undefined || v === "") return { value: null, error: null, formula: null };
  if (typeof v === "number" || typeof v === "boolean") return { value: v, error: null, formula: null };
  if (typeof v !== "string") throw officeError("InvalidArgument", "Range.values");
  if (numberFormat === "@") return { value: v, error: null, formula: null };
  if (v.startsWith("'")) return { value: v.slice(1) === "" ? null : v.slice(1), error: null, formula: null };
  const t = v.trim();
  if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(t))
    return { value: Number(t), error: null, formula: null };
  if (/^[+-]?(\d+\.?\d*|\.\d+)%$/.test(t))
    return { value: Number(t.slice(0, -1)) / 100, error: null, formula: null };
  if (/^(true|false)$/i.test(t)) return { value: t.toLowerCase() === "true", error: null, formula: null };
  if (EXCEL_ERRORS.has(t.toUpperCase())) return { value: null, error: t.toUpperCase(), formula: null };
  if (v.startsWith("=") && v.length > 1) return { value: 0, error: null, formula: v };
  if (/^[+\-@]/.test(v) && v.length > 1) return { value: 0, error: null, formula: `=${v}` };
  return { value: v, error: null, formula: null };
}

/** Simplified display text of a cell (dates for `d`/`m`/`y` formats, percentages, else String). */
export function displayText(c: CellState | undefined): string {
  if (!c) return "";
  if (c.error) return c.error;
  const v = c.value;
  if (v === null) return "";
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (typeof v === "string") return v;
  const f = c.numberFormat;
  if (/y/i.test(f) && /d/i.test(f)) {
    const d = new Date(Date.UTC(1899, 11, 30) + Math.floor(v) * 86400000);
    const dd = String(d.getUTCDate()).padStart(2, "0");
    const mm = String(d.getUTCMonth() + 1).padStart(2, "0");
    return `${dd}-${mm}-${d.getUTCFullYear()}`;
  }
  const pct = /^0(\.(0+))?%$/.exec(f);
  if (pct) return `${(v * 100).toFixed(pct[2]?.length ?? 0)}%`;
  return String(v);
}

export class WorkbookState {
  sheets: SheetState[] = [];
  tables: TableState[] = [];
  handlers: HandlerState[] = [];
  activeSheetId: string | null = null;
  selection: { sheetId: string; rect: Rect } | null = null;
  private nextSheet = 1;
  private nextTable = 1;
  private nextHandler = 1;

  // ---- lookup ----

  sheetByName(name: string): SheetState | undefined {
    const k = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === k);
  }

  sheetById(id: string): SheetState | undefined {
    return this.sheets.find((s) => s.id === id);
  }

  requireSheet(name: string): SheetState {
    const s = this.sheetByName(name);
    if (!s) throw new Error(`fake Excel: no sheet '${name}'`);
    return s;
  }

  tableByName(name: string): TableState | undefined {
    const k = name.toLowerCase();
    return this.tables.find((t) => t.name.toLowerCase() === k);
  }

  // ---- sheets ----

  validateSheetName(name: string, except?: SheetState): void {
    if (
      typeof name !== "string" ||
      name.length === 0 ||
      name.length > 31 ||
      /[[\]:*?/\\]/.test(name) ||
      name.startsWith("'") ||
      name.endsWith("'") ||
      name.toLowerCase() === "history"
    )
      throw officeError("InvalidArgument", "Worksheet.name");
    const other = this.sheetByName(name);
    if (other && other !== except) throw officeError("ItemAlreadyExists", "Worksheet.name");
  }

  addSheet(name?: string, visibility: Visibility = "Visible"): SheetState {
    let n = name;
    if (n === undefined) {
      let i = this.sheets.length + 1;
      while (this.sheetByName(`Sheet${i}`)) i++;
      n = `Sheet${i}`;
    }
    this.validateSheetName(n);
    const s: SheetState = {
      id: `{sheet-${this.nextSheet++}}`,
      name: n,
      visibility,
      tabColor: "",
      cells: new Map(),
      protected: false,
      protectionOptions: null,
      protectionPassword: null,
      freezeRows: 0,
      columnWidths: new Map(),
      rowHeights: new Map(),
      autofitColumns: 0,
      validations: [],
      conditionalFormats: [],
      pageLayout: {
        orientation: "Portrait",
        paperSize: "Letter",
        zoom: { scale: 100 },
        printTitleRows: null,
        printArea: null,
        rowBreaks: [],
        headerFooter: {},
      },
      charts: [],
    };
    this.sheets.push(s);
    if (!this.activeSheetId && visibility === "Visible") {
      this.activeSheetId = s.id;
      this.selection = { sheetId: s.id, rect: { top: 1, left: 1, bottom: 1, right: 1 } };
    }
    return s;
  }

  visibleCount(): number {
    return this.sheets.filter((s) => s.visibility === "Visible").length;
  }

  deleteSheet(s: SheetState): void {
    if (s.visibility === "Visible" && this.visibleCount() <= 1)
      throw officeError("InvalidOperation", "Worksheet.delete");
    // Microsoft: deleting a very hidden sheet fails with InvalidOperation; make it hidden or visible first.
    if (s.visibility === "VeryHidden")
      throw officeError("InvalidOperation", "Worksheet.delete (very hidden: set visibility first)");
    this.sheets = this.sheets.filter((x) => x !== s);
    this.tables = this.tables.filter((t) => t.sheetId !== s.id);
    this.handlers = this.handlers.filter((h) => h.targetId !== s.id);
    if (this.activeSheetId === s.id) this.activateFallback();
  }

  setVisibility(s: SheetState, v: Visibility): void {
    if (v !== "Visible" && v !== "Hidden" && v !== "VeryHidden")
      throw officeError("InvalidArgument", "Worksheet.visibility");
    if (s.visibility === "Visible" && v !== "Visible" && this.visibleCount() <= 1)
      throw officeError("InvalidOperation", "Worksheet.visibility");
    s.visibility = v;
    if (v !== "Visible" && this.activeSheetId === s.id) this.activateFallback();
  }

  private activateFallback(): void {
    const next = this.sheets.find((x) => x.visibility === "Visible");
    this.activeSheetId = next?.id ?? null;
    this.selection = next ? { sheetId: next.id, rect: { top: 1, left: 1, bottom: 1, right: 1 } } : null;
  }

  moveSheet(s: SheetState, position: number): void {
    if (!Number.isInteger(position) || position < 0 || position >= this.sheets.length)
      throw officeError("InvalidArgument", "Worksheet.position");
    this.sheets = this.sheets.filter((x) => x !== s);
    this.sheets.splice(position, 0, s);
  }

  activate(s: SheetState): void {
    if (s.visibility !== "Visible") throw officeError("InvalidOperation", "Worksheet.activate");
    this.activeSheetId = s.id;
    if (this.selection?.sheetId !== s.id)
      this.selection = { sheetId: s.id, rect: { top: 1, left: 1, bottom: 1, right: 1 } };
  }

  // ---- cells ----

  cell(s: SheetState, row: number, col: number): CellState | undefined {
    return s.cells.get(key(row, col));
  }

  cellForWrite(s: SheetState, row: number, col: number): CellState {
    const k = key(row, col);
    let c = s.cells.get(k);
    if (!c) {
      c = emptyCell();
      s.cells.set(k, c);
    }
    return c;
  }

  /** Bounding rectangle of cells with a value or formula (valuesOnly) or also with any formatting. */
  /** Bounding box of the used cells of `s` (only those inside `within`, when given). */
  usedRect(s: SheetState, valuesOnly: boolean, within?: Rect): Rect | null {
    let r: Rect | null = null;
    for (const [k, c] of s.cells) {
      const hasValue = c.value !== null || c.error !== null || c.formula !== null;
      const hasFormat =
        c.numberFormat !== "General" ||
        c.fill !== null ||
        c.bold ||
        !c.locked ||
        c.hyperlink !== null ||
        Object.keys(c.format).length > 0;
      if (!hasValue && (valuesOnly || !hasFormat)) continue;
      const row = Math.floor(k / (MAX_COLS + 1));
      const col = k % (MAX_COLS + 1);
      if (within && (row < within.top || row > within.bottom || col < within.left || col > within.right))
        continue;
      if (!r) r = { top: row, left: col, bottom: row, right: col };
      else {
        r.top = Math.min(r.top, row);
        r.bottom = Math.max(r.bottom, row);
        r.left = Math.min(r.left, col);
        r.right = Math.max(r.right, col);
      }
    }
    return r;
  }

  /** Throws AccessDenied when a write touches a protected sheet (values may go into unlocked cells). */
  assertWritable(s: SheetState, rect: Rect | null, kind: "value" | "format" | "structure"): void {
    if (!s.protected) return;
    if (kind === "value" && rect) {
      for (let r = rect.top; r <= rect.bottom; r++)
        for (let c = rect.left; c <= rect.right; c++) {
          const cell = this.cell(s, r, c);
          if (!cell || cell.locked) throw officeError("AccessDenied", "Range.values");
        }
      return;
    }
    throw officeError("AccessDenied", kind === "format" ? "RangeFormat" : "Worksheet");
  }

  // ---- tables ----

  validateTableName(name: string, except?: TableState): void {
    if (typeof name !== "string" || !/^[\p{L}_\\][\p{L}\p{N}_.]*$/u.test(name) || name.length > 255)
      throw officeError("InvalidArgument", "Table.name");
    if (/^[A-Za-z]{1,3}\d+$/.test(name) || /^[rc]$/i.test(name))
      throw officeError("InvalidArgument", "Table.name");
    const other = this.tableByName(name);
    if (other && other !== except) throw officeError("ItemAlreadyExists", "Table.name");
  }

  addTable(s: SheetState, rect: Rect, hasHeaders: boolean): TableState {
    if (!hasHeaders)
      throw officeError("NotImplemented", "TableCollection.add(hasHeaders=false) is not modelled");
    this.assertWritable(s, rect, "structure");
    for (const t of this.tables)
      if (t.sheetId === s.id && intersect(t.rect, rect))
        throw officeError("InvalidOperation", "TableCollection.add");
    // Excel fills empty or duplicate header cells and makes them text.
    const seen = new Set<string>();
    for (let c = rect.left; c <= rect.right; c++) {
      const cell = this.cellForWrite(s, rect.top, c);
      let h = cell.value === null ? `Column${c - rect.left + 1}` : String(cell.value);
      let base = h;
      let i = 2;
      while (seen.has(h.toLowerCase())) h = `${base}${i++}`;
      base = h;
      seen.add(h.toLowerCase());
      cell.value = h;
      cell.formula = null;
      cell.error = null;
    }
    // A header-only table gets one empty body row.
    const r = { ...rect, bottom: rect.bottom === rect.top ? rect.top + 1 : rect.bottom };
    let n = this.nextTable;
    while (this.tableByName(`Table${n}`)) n++;
    this.nextTable = n + 1;
    const t: TableState = {
      id: `{table-${n}}`,
      name: `Table${n}`,
      sheetId: s.id,
      rect: r,
      showHeaders: true,
      showFilterButton: true,
      style: "TableStyleMedium2",
    };
    this.tables.push(t);
    return t;
  }

  // ---- events ----

  addHandler(
    kind: HandlerState["kind"],
    targetId: string | null,
    handler: HandlerState["handler"],
  ): HandlerState {
    const h: HandlerState = { id: this.nextHandler++, kind, targetId, handler };
    this.handlers.push(h);
    return h;
  }

  removeHandler(id: number): void {
    this.handlers = this.handlers.filter((h) => h.id !== id);
  }

  /** Test hook: the user changed `address` on `sheetName`. Calls matching handlers; returns how many ran. */
  async fireChanged(sheetName: string, address: string): Promise<number> {
    const s = this.requireSheet(sheetName);
    const rect = parseRect(splitSheet(address).local);
    if (!rect) throw new Error(`fake Excel: bad address ${address}`);
    const calls: unknown[] = [];
    for (const h of [...this.handlers]) {
      const base = { address: splitSheet(address).local, changeType: "RangeEdited", source: "Local" };
      if ((h.kind === "worksheet" && h.targetId === s.id) || h.kind === "worksheets") {
        calls.push(h.handler({ ...base, type: "WorksheetChanged", worksheetId: s.id }));
      } else if (h.kind === "table" || h.kind === "tables") {
        for (const t of this.tables) {
          if (t.sheetId !== s.id || !intersect(t.rect, rect)) continue;
          if (h.kind === "table" && h.targetId !== t.id) continue;
          if (h.kind === "tables" && h.targetId !== null && h.targetId !== s.id) continue;
          calls.push(h.handler({ ...base, type: "TableChanged", worksheetId: s.id, tableId: t.id }));
        }
      }
    }
    await Promise.all(calls);
    return calls.length;
  }

  /** Test hook: the user selected `address` on `sheetName`. Calls that sheet's selection handlers. */
  async userSelects(sheetName: string, address: string): Promise<number> {
    const s = this.requireSheet(sheetName);
    const local = splitSheet(address).local;
    const rect = parseRect(local);
    if (!rect) throw new Error(`fake Excel: bad address ${address}`);
    this.activate(s);
    this.selection = { sheetId: s.id, rect };
    const calls: unknown[] = [];
    for (const h of [...this.handlers]) {
      if (h.kind === "worksheetSelection" && h.targetId === s.id)
        calls.push(h.handler({ address: local, type: "WorksheetSelectionChanged", worksheetId: s.id }));
    }
    await Promise.all(calls);
    return calls.length;
  }

  addressOf(s: SheetState, r: Rect): string {
    return rectAddress(s.name, r);
  }
}
