/**
 * An in-memory fake of the part of the Excel JavaScript API (Office.js) the Regiomonitor adapter uses,
 * faithful where it matters for correctness and speed:
 *
 * - proxy objects: a property can be read only after `load()` and `context.sync()` (else a
 *   `PropertyNotLoaded` error, also when it was loaded but not yet synced); `isNullObject` likewise;
 * - the batch model: writes, method calls and loads are queued and run in order at `sync()`; an error stops
 *   the batch there (earlier operations stay applied, like Excel), and no loaded value is delivered;
 * - `stats`: number of syncs, the request payload of each sync (JSON of the queued operations' arguments)
 *   and the response payload (JSON of loaded values); over 5 MB either way fails like Excel on the web;
 * - what Excel does with a string written to `values`: `=…` (and `+`, `-`, `@` unless a number follows) is a
 *   formula, numbers and TRUE/FALSE are converted, unless the cell's number format is text (`@`) at that
 *   moment or the string starts with an apostrophe (dropped, text kept);
 * - null objects as Microsoft documents them, and no further: an object returned by an `*OrNullObject` method
 *   may only be loaded until a sync has told whether it exists; after that, a null object allows only
 *   `isNullObject` (any other property, method or navigation throws), an existing one allows everything;
 * - `Range.valueTypes` (`Error` for an error value, `String` for text such as '#N/A' typed as text);
 * - protected sheets refuse writes to locked cells and formats (`AccessDenied`); invalid sheet and table names,
 *   duplicate names, deleting or hiding the last visible sheet, activating a hidden sheet all fail.
 *
 * Not modelled: formula calculation (a formula cell's value is 0 unless seeded), number-format rendering
 * beyond dates and percentages in `text`, merged cells, tables growing when typed next to,
 * workbook-structure protection, names, chart rendering (charts are kept as their calls set them), and
 * anything not listed in the classes below.
 */
import { strFromU8, unzipSync } from "fflate";
import {
  type Rect,
  cellCount,
  intersect,
  parseRect,
  rectAddress,
  rectLocal,
  splitSheet,
  MAX_COLS,
  MAX_ROWS,
} from "./address";
import {
  type CellState,
  type ConditionalFormatState,
  type ChartState,
  type ChartSeriesState,
  type SheetState,
  type TableState,
  type HandlerKind,
  type ValidationState,
  type Visibility,
  FakeOfficeError,
  WorkbookState,
  displayText,
  interpretInput,
  officeError,
  STANDARD_WIDTH,
} from "./state";

export { FakeOfficeError } from "./state";

/** Excel on the web refuses requests and responses over 5 MB. */
export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;
/** Excel's specifications and limits: characters in a cell, points of a row's height, a row's default height. */
export const MAX_CELL_CHARS = 32_767;
const MAX_ROW_HEIGHT = 409;
const STANDARD_ROW_HEIGHT = 15;
/** A range read is limited to five million cells. */
const MAX_READ_CELLS = 5_000_000;
/** The fake does not iterate more cells than this for one format write (a whole-column fill, say). */
const MAX_WRITE_CELLS = 2_000_000;

export interface FakeStats {
  syncs: number;
  /** Request payload (bytes of JSON of the queued operations' arguments) of each sync, in order. */
  payloads: number[];
  largestPayloadBytes: number;
  /** Response payload (bytes of JSON of the loaded values) of each sync, in order. */
  responses: number[];
  largestResponseBytes: number;
  /** The distinct operation paths of each sync, in order (e.g. `worksheets.add()`), to tell what a sync did. */
  operations: string[][];
  reset(): void;
}

type RangeTarget = { sheet: SheetState; rect: Rect };

interface Op {
  path: string;
  args: unknown[];
  /** Runs the operation against the document; may return a commit step for loaded values. */
  run: () => (() => void) | void;
}

interface Failure {
  atSync: number | null;
  code: string;
  afterOps: number;
}

/** A workbook made with `Excel.createWorkbook(base64)`: its bytes and the sheets its workbook.xml lists. */
export interface CreatedWorkbook {
  base64: string;
  /** Sheet names in order, with their state (`visible` unless workbook.xml says otherwise). */
  sheets: { name: string; state: string }[];
}

class Internals {
  readonly state: WorkbookState;
  readonly stats: FakeStats;
  failures: Failure[] = [];
  readonly created: CreatedWorkbook[] = [];
  constructor(state: WorkbookState) {
    this.state = state;
    const stats: FakeStats = {
      syncs: 0,
      payloads: [],
      largestPayloadBytes: 0,
      responses: [],
      largestResponseBytes: 0,
      operations: [],
      reset() {
        stats.syncs = 0;
        stats.payloads = [];
        stats.largestPayloadBytes = 0;
        stats.responses = [];
        stats.largestResponseBytes = 0;
        stats.operations = [];
      },
    };
    this.stats = stats;
  }
}

function notLoaded(prop: string, pending: boolean): FakeOfficeError {
  return new FakeOfficeError(
    "PropertyNotLoaded",
    pending
      ? `The property '${prop}' is not available yet: it was loaded, but context.sync() has not run since.`
      : `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

// ------------------------------------------------------------------------------------------------------
// Context

export class FakeRequestContext {
  readonly workbook: FakeWorkbook;
  queue: Op[] = [];
  responseBytes = 0;
  readonly trackedObjects = { add: (): void => undefined, remove: (): void => undefined };
  constructor(readonly _fx: Internals) {
    this.workbook = new FakeWorkbook(this, () => _fx.state, "workbook");
  }

  _enqueue(op: Op): void {
    this.queue.push(op);
  }

  /** Host side (rich-api-host.ts): runs what is queued now, in order, as one action of a request. */
  _runNow(): void {
    const ops = this.queue;
    this.queue = [];
    for (const op of ops) {
      const commit = op.run();
      if (commit) commit();
    }
  }

  async sync(): Promise<void> {
    const ops = this.queue;
    this.queue = [];
    const stats = this._fx.stats;
    stats.syncs++;
    const payload = ops.reduce((n, op) => n + (JSON.stringify(op.args)?.length ?? 0), 0);
    stats.payloads.push(payload);
    stats.operations.push([...new Set(ops.map((op) => op.path.replace(/\(.*?\)/g, "()")))]);
    stats.largestPayloadBytes = Math.max(stats.largestPayloadBytes, payload);
    await Promise.resolve();
    const i = this._fx.failures.findIndex((f) => f.atSync === null || f.atSync === stats.syncs);
    if (i >= 0) {
      const f = this._fx.failures[i];
      this._fx.failures.splice(i, 1);
      // The failing operation is one of this batch: at most all but the last one ran.
      for (const op of ops.slice(0, Math.min(f.afterOps, ops.length - 1))) op.run();
      stats.responses.push(0);
      throw officeError(f.code);
    }
    if (payload > PAYLOAD_LIMIT_BYTES) {
      stats.responses.push(0);
      throw officeError("RequestPayloadSizeLimitExceeded");
    }
    this.responseBytes = 0;
    const commits: (() => void)[] = [];
    try {
      for (const op of ops) {
        const c = op.run();
        if (c) commits.push(c);
      }
    } finally {
      stats.responses.push(this.responseBytes);
      stats.largestResponseBytes = Math.max(stats.largestResponseBytes, this.responseBytes);
    }
    if (this.responseBytes > PAYLOAD_LIMIT_BYTES) throw officeError("ResponsePayloadSizeLimitExceeded");
    for (const c of commits) c();
  }
}

// ------------------------------------------------------------------------------------------------------
// Proxy base

type LoadArg = string | string[] | Record<string, unknown> | undefined;

/** Load paths from the forms `load("a,b/c")`, `load(["a"])`, `load({select, expand})`, `load({a: true, b: {c: true}})`. */
function loadPaths(arg: LoadArg): string[] | null {
  if (arg === undefined || arg === null) return null;
  if (typeof arg === "string")
    return arg
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean);
  if (Array.isArray(arg)) return arg.flatMap((s) => s.split(",").map((x) => x.trim())).filter(Boolean);
  if ("select" in arg || "expand" in arg) {
    const sel = typeof arg.select === "string" ? arg.select.split(",") : [];
    const exp = typeof arg.expand === "string" ? arg.expand.split(",") : [];
    return [...sel, ...exp].map((s) => s.trim()).filter(Boolean);
  }
  const out: string[] = [];
  for (const [k, v] of Object.entries(arg)) {
    if (k === "$all") return null;
    if (v === true) out.push(k);
    else if (v && typeof v === "object") {
      const sub = loadPaths(v as Record<string, unknown>);
      if (sub === null) out.push(k);
      else out.push(...sub.map((s) => `${k}/${s}`));
    }
  }
  return out;
}

abstract class Obj<T> {
  private _cache: { t: T | null } | null = null;
  private _pending = new Set<string>();
  private _data = new Map<string, unknown>();
  private _isNull: boolean | undefined = undefined;

  constructor(
    readonly context: FakeRequestContext,
    private readonly _resolver: () => T | null,
    readonly _path: string,
  ) {}

  protected get _state(): WorkbookState {
    return this.context._fx.state;
  }

  /** Scalar properties that `load()` without arguments loads. */
  protected abstract _props(): readonly string[];
  protected abstract _read(t: T, prop: string): unknown;
  protected _write(t: T, prop: string, value: unknown): void {
    void t;
    void value;
    throw officeError("InvalidArgument", `${this._path}.${prop} is read-only`);
  }
  /** Navigation properties usable in load paths (`worksheet/name`). */
  protected _nav(name: string): Obj<unknown> | null {
    void name;
    return null;
  }
  /** False when the object was deleted since it was resolved. */
  protected _alive(t: T): boolean {
    void t;
    return true;
  }

  _target(): T | null {
    if (!this._cache) this._cache = { t: this._resolver() };
    const t = this._cache.t;
    if (t !== null && !this._alive(t)) throw officeError("ItemNotFound", this._path);
    return t;
  }

  _require(): T {
    const t = this._target();
    if (t === null) throw officeError("ItemNotFound", `${this._path} (null object)`);
    return t;
  }

  get isNullObject(): boolean {
    if (this._isNull === undefined) throw notLoaded("isNullObject", false);
    return this._isNull;
  }

  /** undefined until a sync delivered a load of this object; then whether it is a null object. */
  _nullState(): boolean | undefined {
    return this._isNull;
  }

  load(arg?: LoadArg): this {
    const paths = loadPaths(arg);
    const direct: string[] = [];
    for (const p of paths ?? this._props()) {
      const slash = p.indexOf("/");
      const head = slash < 0 ? p : p.slice(0, slash);
      const nav = this._nav(head);
      if (nav) nav.load(slash < 0 ? undefined : p.slice(slash + 1));
      else direct.push(p);
    }
    for (const p of direct) this._pending.add(p);
    this.context._enqueue({
      path: `${this._path}.load`,
      args: [direct],
      run: () => {
        const t = this._target();
        const snap = new Map<string, unknown>();
        if (t !== null) for (const p of direct) snap.set(p, this._read(t, p));
        this.context.responseBytes += JSON.stringify([...snap.values()]).length;
        return () => {
          this._isNull = t === null;
          for (const p of direct) {
            this._pending.delete(p);
            this._data.set(p, t === null ? null : snap.get(p));
          }
        };
      },
    });
    return this;
  }

  /** Marks values as loaded without a sync (used for items of a loaded collection). */
  _deliver(values: Map<string, unknown>): void {
    this._isNull = false;
    for (const [k, v] of values) this._data.set(k, v);
  }

  _snapshot(props: readonly string[]): Map<string, unknown> {
    const t = this._require();
    return new Map(props.map((p) => [p, this._read(t, p)]));
  }

  protected _get(prop: string): unknown {
    if (this._data.has(prop)) return this._data.get(prop);
    throw notLoaded(prop, this._pending.has(prop));
  }

  protected _set(prop: string, value: unknown): void {
    this.context._enqueue({
      path: `${this._path}.${prop}`,
      args: [value],
      run: () => this._write(this._require(), prop, value),
    });
  }

  protected _call(method: string, args: unknown[], fn: (t: T) => void): void {
    this.context._enqueue({ path: `${this._path}.${method}()`, args, run: () => fn(this._require()) });
  }

  toJSON(): unknown {
    return { path: this._path };
  }

  // --- Host side (rich-api-host.ts): the interpreter of Microsoft's request messages uses these. ---

  /** The object itself, past the null-object guard of `orNull` (the host knows whether it exists). */
  get _raw(): this {
    return this;
  }

  /** The resolved target, or null for a missing `*OrNullObject` (throws ItemNotFound for a missing item). */
  _hostTarget(): T | null {
    return this._target();
  }

  /** What a Query action returns: the selected properties (nested for `nav/prop`), or null for a null object. */
  _hostQuery(select: readonly string[] | undefined): Record<string, unknown> | null {
    const t = this._target();
    if (t === null) return null;
    const out: Record<string, unknown> = {};
    for (const p of select && select.length > 0 ? select : this._props()) {
      const slash = p.indexOf("/");
      const head = slash < 0 ? p : p.slice(0, slash);
      const nav = this._nav(head);
      const key = head[0].toUpperCase() + head.slice(1);
      if (nav) {
        const sub = nav._raw._hostQuery(slash < 0 ? undefined : [p.slice(slash + 1)]);
        out[key] = sub === null ? null : { ...((out[key] as object | undefined) ?? {}), ...sub };
      } else out[key] = this._read(t, p);
    }
    return out;
  }
}

/** Members that any proxy allows, also a possibly-null one (internals start with `_`). */
const ALWAYS_ALLOWED = new Set(["context", "toJSON", "then", "constructor", "isNullObject"]);

function nullObjectMisuse(o: Obj<unknown>, member: string, known: boolean): Error {
  return new Error(
    known
      ? `fake Excel: ${o._path}.${member} on a null object. Microsoft documents only isNullObject for a null object; check isNullObject first and leave it alone.`
      : `fake Excel: ${o._path}.${member} on an object that may be a null object (from an *OrNullObject method). Microsoft documents no calls on it before a sync has told whether it exists: load it, sync, check isNullObject, and only then use it.`,
  );
}

/**
 * Wraps the result of an `*OrNullObject` method: before a sync has told whether the object exists, only
 * `load()` and `isNullObject` are allowed; after it, a null object allows only `isNullObject`.
 */
function orNull<O extends Obj<unknown>>(o: O): O {
  const proxy: O = new Proxy(o, {
    get(target, prop) {
      const value: unknown = Reflect.get(target, prop, target);
      const bind = (v: unknown) => (typeof v === "function" ? (v as () => unknown).bind(target) : v);
      if (typeof prop === "symbol" || prop.startsWith("_") || ALWAYS_ALLOWED.has(prop)) return bind(value);
      const state = target._nullState();
      if (state === false) return bind(value);
      if (state === undefined && prop === "load")
        return (...args: unknown[]) => {
          (target.load as (...a: unknown[]) => unknown).apply(target, args);
          return proxy;
        };
      throw nullObjectMisuse(target, prop, state === true);
    },
    set(target, prop, value) {
      if (typeof prop === "string" && !prop.startsWith("_") && target._nullState() !== false)
        throw nullObjectMisuse(target, prop, target._nullState() === true);
      return Reflect.set(target, prop, value, target);
    },
  });
  return proxy;
}

/** Defines getters/setters that go through `_get`/`_set` for the named properties. */
function props(cls: { prototype: object }, readOnly: string[], readWrite: string[]): void {
  for (const p of readOnly)
    Object.defineProperty(cls.prototype, p, {
      get(this: { _get(p: string): unknown }) {
        return this._get(p);
      },
      set() {
        throw new TypeError(`${p} is read-only`);
      },
      configurable: true,
    });
  for (const p of readWrite)
    Object.defineProperty(cls.prototype, p, {
      get(this: { _get(p: string): unknown }) {
        return this._get(p);
      },
      set(this: { _set(p: string, v: unknown): void }, v: unknown) {
        this._set(p, v);
      },
      configurable: true,
    });
}

// ------------------------------------------------------------------------------------------------------
// Events

export class FakeEventHandlerResult {
  _id: number | null = null;
  constructor(
    readonly context: FakeRequestContext,
    private readonly _remove: (r: FakeEventHandlerResult) => void,
  ) {}
  remove(): void {
    this._remove(this);
  }
}

class FakeEventHandlers {
  constructor(
    private readonly owner: Obj<unknown>,
    private readonly kind: HandlerKind,
    private readonly targetId: (t: unknown) => string | null,
    private readonly event = "onChanged",
  ) {}
  add(handler: (args: Record<string, unknown>) => unknown): FakeEventHandlerResult {
    const ctx = this.owner.context;
    const result = new FakeEventHandlerResult(ctx, (r) =>
      r.context._enqueue({
        path: `${this.owner._path}.${this.event}.remove()`,
        args: [],
        run: () => {
          if (r._id !== null) r.context._fx.state.removeHandler(r._id);
        },
      }),
    );
    ctx._enqueue({
      path: `${this.owner._path}.${this.event}.add()`,
      args: [],
      run: () => {
        const t = this.owner._require();
        result._id = ctx._fx.state.addHandler(this.kind, this.targetId(t), handler).id;
      },
    });
    return result;
  }
}

// ------------------------------------------------------------------------------------------------------
// Workbook and collections

export class FakeWorkbook extends Obj<WorkbookState> {
  readonly worksheets: FakeWorksheetCollection;
  readonly tables: FakeTableCollection;
  declare readonly name: string;
  constructor(ctx: FakeRequestContext, r: () => WorkbookState, path: string) {
    super(ctx, r, path);
    this.worksheets = new FakeWorksheetCollection(ctx, r, "workbook.worksheets");
    this.tables = new FakeTableCollection(ctx, "workbook.tables", null);
  }
  protected _props() {
    return ["name"];
  }
  protected _read(_t: WorkbookState, prop: string): unknown {
    if (prop === "name") return "Werkmap.xlsx";
    throw officeError("InvalidArgument", `Workbook.${prop}`);
  }
  protected override _nav(name: string): Obj<unknown> | null {
    if (name === "worksheets") return this.worksheets as Obj<unknown>;
    if (name === "tables") return this.tables as Obj<unknown>;
    return null;
  }
  getSelectedRange(): FakeRange {
    return new FakeRange(
      this.context,
      () => {
        const sel = this._state.selection;
        const s = sel && this._state.sheetById(sel.sheetId);
        if (!sel || !s) throw officeError("InvalidSelection", "Workbook.getSelectedRange");
        return { sheet: s, rect: sel.rect };
      },
      "workbook.getSelectedRange()",
    );
  }
  getActiveCell(): FakeRange {
    const r = this.getSelectedRange();
    return r.getCell(0, 0);
  }
}
props(FakeWorkbook, ["name"], []);

abstract class FakeCollection<I extends Obj<unknown>, T> extends Obj<T> {
  private _items: I[] | null = null;
  private _itemsPending = false;
  protected abstract _itemIds(t: T): string[];
  protected abstract _itemProxy(id: string): I;
  protected abstract _itemProps(): readonly string[];

  get items(): I[] {
    if (this._items) return this._items;
    throw notLoaded("items", this._itemsPending);
  }

  /** Host side: the items as a Query action returns them (`_Items`, each with its `Id`). */
  _hostItems(select: readonly string[] | undefined): Record<string, unknown>[] {
    const t = this._require();
    return this._itemIds(t).map((id) => ({
      ...this._itemProxy(id)._hostQuery(select && select.length > 0 ? select : this._itemProps()),
      Id: id,
    }));
  }

  protected _props(): readonly string[] {
    return ["count"];
  }

  override load(arg?: LoadArg): this {
    const paths = loadPaths(arg);
    const itemProps = new Set<string>();
    let own: string[] = [];
    let wantItems = paths === null;
    if (paths === null) for (const p of this._itemProps()) itemProps.add(p);
    for (const p of paths ?? []) {
      if (p === "count") own.push(p);
      else if (p === "items") {
        wantItems = true;
        for (const x of this._itemProps()) itemProps.add(x);
      } else {
        wantItems = true;
        itemProps.add(p.startsWith("items/") ? p.slice(6) : p);
      }
    }
    own = own.filter((p) => p === "count");
    if (own.length) super.load(own);
    if (!wantItems) return this;
    this._itemsPending = true;
    const list = [...itemProps];
    this.context._enqueue({
      path: `${this._path}.load`,
      args: [list.map((p) => `items/${p}`)],
      run: () => {
        const t = this._require();
        const proxies = this._itemIds(t).map((id) => this._itemProxy(id));
        const direct = list.filter((p) => !p.includes("/"));
        const nested = list.filter((p) => p.includes("/"));
        const snaps = proxies.map((x) => x._snapshot(direct));
        this.context.responseBytes += JSON.stringify(snaps.map((m) => [...m.values()])).length;
        return () => {
          proxies.forEach((x, i) => x._deliver(snaps[i]));
          this._items = proxies;
          this._itemsPending = false;
          // Nested item paths (`items/worksheet/name`) need another sync in the fake; Regiomonitor does not use them.
          if (nested.length)
            throw new Error(`fake Excel: nested item loads not modelled: ${nested.join(",")}`);
        };
      },
    });
    return this;
  }
}

export class FakeWorksheetCollection extends FakeCollection<FakeWorksheet, WorkbookState> {
  readonly onChanged = new FakeEventHandlers(this as Obj<unknown>, "worksheets", () => null);
  protected _itemIds(t: WorkbookState): string[] {
    return t.sheets.map((s) => s.id);
  }
  protected _itemProxy(id: string): FakeWorksheet {
    return new FakeWorksheet(this.context, () => this._state.sheetById(id) ?? null, `worksheet(${id})`);
  }
  protected _itemProps() {
    return WORKSHEET_PROPS;
  }
  protected _read(t: WorkbookState, prop: string): unknown {
    if (prop === "count") return t.sheets.length;
    throw officeError("InvalidArgument", `WorksheetCollection.${prop}`);
  }
  getItem(key: string): FakeWorksheet {
    return new FakeWorksheet(
      this.context,
      () => {
        const s = this._state.sheetByName(key) ?? this._state.sheetById(key);
        if (!s) throw officeError("ItemNotFound", `WorksheetCollection.getItem(${key})`);
        return s;
      },
      `worksheets.getItem(${key})`,
    );
  }
  getItemOrNullObject(key: string): FakeWorksheet {
    return orNull(
      new FakeWorksheet(
        this.context,
        () => this._state.sheetByName(key) ?? this._state.sheetById(key) ?? null,
        `worksheets.getItemOrNullObject(${key})`,
      ),
    );
  }
  add(name?: string): FakeWorksheet {
    let created: SheetState | null = null;
    this.context._enqueue({
      path: "worksheets.add()",
      args: [name ?? null],
      run: () => {
        created = this._state.addSheet(name);
      },
    });
    return new FakeWorksheet(
      this.context,
      () => {
        if (!created) throw officeError("InvalidOperation", "worksheets.add() not run");
        return created;
      },
      `worksheets.add(${name ?? ""})`,
    );
  }
  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(
      this.context,
      () => {
        const s = this._state.activeSheetId ? this._state.sheetById(this._state.activeSheetId) : undefined;
        if (!s) throw officeError("ItemNotFound", "getActiveWorksheet");
        return s;
      },
      "worksheets.getActiveWorksheet()",
    );
  }
}

type TableScope = { sheet: SheetState | null };

export class FakeTableCollection extends FakeCollection<FakeTable, TableScope> {
  readonly onChanged: FakeEventHandlers;
  /** `sheetProxy` null: the workbook's collection (all tables); else that worksheet's tables. */
  constructor(ctx: FakeRequestContext, path: string, sheetProxy: FakeWorksheet | null) {
    super(
      ctx,
      () => {
        if (!sheetProxy) return { sheet: null };
        const s = sheetProxy._target();
        return s ? { sheet: s } : null;
      },
      path,
    );
    this.onChanged = new FakeEventHandlers(
      this as Obj<unknown>,
      "tables",
      (t) => (t as TableScope).sheet?.id ?? null,
    );
  }
  private scoped(): TableState[] {
    const s = this._require().sheet;
    return this._state.tables.filter((t) => !s || t.sheetId === s.id);
  }
  protected _itemIds(): string[] {
    return this.scoped().map((t) => t.id);
  }
  protected _itemProxy(id: string): FakeTable {
    return new FakeTable(
      this.context,
      () => this._state.tables.find((t) => t.id === id) ?? null,
      `table(${id})`,
    );
  }
  protected _itemProps() {
    return TABLE_PROPS;
  }
  protected _read(_t: TableScope, prop: string): unknown {
    if (prop === "count") return this.scoped().length;
    throw officeError("InvalidArgument", `TableCollection.${prop}`);
  }
  private find(key: string): TableState | null {
    const k = key.toLowerCase();
    return this.scoped().find((t) => t.name.toLowerCase() === k || t.id === key) ?? null;
  }
  getItem(key: string): FakeTable {
    return new FakeTable(
      this.context,
      () => {
        const t = this.find(key);
        if (!t) throw officeError("ItemNotFound", `TableCollection.getItem(${key})`);
        return t;
      },
      `${this._path}.getItem(${key})`,
    );
  }
  getItemOrNullObject(key: string): FakeTable {
    return orNull(
      new FakeTable(this.context, () => this.find(key), `${this._path}.getItemOrNullObject(${key})`),
    );
  }
  add(address: string | FakeRange, hasHeaders: boolean): FakeTable {
    let created: TableState | null = null;
    this.context._enqueue({
      path: `${this._path}.add()`,
      args: [address, hasHeaders],
      run: () => {
        let target: RangeTarget;
        if (typeof address === "string") {
          const { sheet, local } = splitSheet(address);
          const scope = this._require().sheet;
          const active = this._state.activeSheetId
            ? this._state.sheetById(this._state.activeSheetId)
            : undefined;
          const s = sheet !== null ? this._state.sheetByName(sheet) : (scope ?? active);
          const rect = parseRect(local);
          if (!s || !rect || (scope && s !== scope))
            throw officeError("InvalidArgument", "TableCollection.add");
          target = { sheet: s, rect };
        } else target = address._require();
        created = this._state.addTable(target.sheet, target.rect, hasHeaders);
      },
    });
    return new FakeTable(
      this.context,
      () => {
        if (!created) throw officeError("InvalidOperation", "tables.add() not run");
        return created;
      },
      `${this._path}.add()`,
    );
  }
}

// ------------------------------------------------------------------------------------------------------
// Worksheet

const WORKSHEET_PROPS = ["name", "position", "visibility", "id", "tabColor", "standardWidth"];

export class FakeWorksheet extends Obj<SheetState> {
  declare name: string;
  declare position: number;
  declare visibility: Visibility;
  declare readonly id: string;
  declare tabColor: string;
  declare readonly standardWidth: number;
  readonly protection: FakeWorksheetProtection;
  readonly freezePanes: FakeFreezePanes;
  readonly tables: FakeTableCollection;
  /** ExcelApi 1.9. */
  readonly pageLayout: FakePageLayout;
  /** ExcelApi 1.9. */
  readonly horizontalPageBreaks: FakePageBreakCollection;
  /** ExcelApi 1.1. */
  readonly charts: FakeChartCollection;
  readonly onChanged: FakeEventHandlers;
  /** ExcelApi 1.7: the user selected cells on this sheet (test hook: `FakeExcelState.userSelects`). */
  readonly onSelectionChanged: FakeEventHandlers;
  constructor(ctx: FakeRequestContext, r: () => SheetState | null, path: string) {
    super(ctx, r, path);
    this.protection = new FakeWorksheetProtection(ctx, () => this._target(), `${path}.protection`);
    this.freezePanes = new FakeFreezePanes(ctx, () => this._target(), `${path}.freezePanes`);
    this.tables = new FakeTableCollection(ctx, `${path}.tables`, this);
    this.pageLayout = new FakePageLayout(ctx, () => this._target(), `${path}.pageLayout`);
    this.horizontalPageBreaks = new FakePageBreakCollection(
      ctx,
      () => this._target(),
      `${path}.horizontalPageBreaks`,
    );
    this.charts = new FakeChartCollection(ctx, () => this._target(), `${path}.charts`);
    this.onChanged = new FakeEventHandlers(this as Obj<unknown>, "worksheet", (t) => (t as SheetState).id);
    this.onSelectionChanged = new FakeEventHandlers(
      this as Obj<unknown>,
      "worksheetSelection",
      (t) => (t as SheetState).id,
      "onSelectionChanged",
    );
  }
  protected _props() {
    return WORKSHEET_PROPS;
  }
  protected override _alive(t: SheetState): boolean {
    return this._state.sheets.includes(t);
  }
  protected override _nav(name: string): Obj<unknown> | null {
    if (name === "protection") return this.protection as Obj<unknown>;
    if (name === "tables") return this.tables as Obj<unknown>;
    return null;
  }
  protected _read(t: SheetState, prop: string): unknown {
    switch (prop) {
      case "name":
        return t.name;
      case "position":
        return this._state.sheets.indexOf(t);
      case "visibility":
        return t.visibility;
      case "id":
        return t.id;
      case "tabColor":
        return t.tabColor;
      case "standardWidth":
        return 8.43;
    }
    throw officeError("InvalidArgument", `Worksheet.${prop}`);
  }
  protected override _write(t: SheetState, prop: string, v: unknown): void {
    switch (prop) {
      case "name":
        this._state.validateSheetName(v as string, t);
        t.name = v as string;
        return;
      case "position":
        this._state.moveSheet(t, v as number);
        return;
      case "visibility":
        this._state.setVisibility(t, v as Visibility);
        return;
      case "tabColor":
        t.tabColor = String(v);
        return;
    }
    super._write(t, prop, v);
  }
  getRange(address?: string): FakeRange {
    return new FakeRange(
      this.context,
      () => {
        const s = this._target();
        if (s === null) return null;
        if (address === undefined)
          return { sheet: s, rect: { top: 1, left: 1, bottom: MAX_ROWS, right: MAX_COLS } };
        const { sheet, local } = splitSheet(address);
        const rect = parseRect(local);
        if (!rect || (sheet !== null && sheet.toLowerCase() !== s.name.toLowerCase()))
          throw officeError("InvalidArgument", `Worksheet.getRange(${address})`);
        return { sheet: s, rect };
      },
      `${this._path}.getRange(${address ?? ""})`,
    );
  }
  getCell(row: number, column: number): FakeRange {
    return this.getRange().getCell(row, column);
  }
  getUsedRange(valuesOnly?: boolean): FakeRange {
    return new FakeRange(
      this.context,
      () => {
        const s = this._target();
        if (s === null) return null;
        return {
          sheet: s,
          rect: this._state.usedRect(s, !!valuesOnly) ?? { top: 1, left: 1, bottom: 1, right: 1 },
        };
      },
      `${this._path}.getUsedRange()`,
    );
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    return orNull(
      new FakeRange(
        this.context,
        () => {
          const s = this._target();
          if (s === null) return null;
          const rect = this._state.usedRect(s, !!valuesOnly);
          return rect ? { sheet: s, rect } : null;
        },
        `${this._path}.getUsedRangeOrNullObject()`,
      ),
    );
  }
  activate(): void {
    this._call("activate", [], (t) => this._state.activate(t));
  }
  delete(): void {
    this._call("delete", [], (t) => this._state.deleteSheet(t));
  }
}
props(FakeWorksheet, ["id", "standardWidth"], ["name", "position", "visibility", "tabColor"]);

export class FakeWorksheetProtection extends Obj<SheetState> {
  declare readonly protected: boolean;
  declare readonly options: Record<string, unknown>;
  protected _props() {
    return ["protected", "options"];
  }
  protected _read(t: SheetState, prop: string): unknown {
    if (prop === "protected") return t.protected;
    if (prop === "options") return t.protectionOptions ?? {};
    throw officeError("InvalidArgument", `WorksheetProtection.${prop}`);
  }
  protect(options?: Record<string, unknown>, password?: string): void {
    this._call("protect", [options ?? null, password ?? null], (t) => {
      if (t.protected)
        throw officeError("InvalidOperation", "WorksheetProtection.protect (already protected)");
      t.protected = true;
      t.protectionOptions = options ?? {};
      t.protectionPassword = password ?? null;
    });
  }
  unprotect(password?: string): void {
    this._call("unprotect", [password ?? null], (t) => {
      if (t.protectionPassword && t.protectionPassword !== password)
        throw officeError("InvalidArgument", "WorksheetProtection.unprotect");
      t.protected = false;
      t.protectionOptions = null;
      t.protectionPassword = null;
    });
  }
}
props(FakeWorksheetProtection, ["protected", "options"], []);

export class FakeFreezePanes extends Obj<SheetState> {
  protected _props() {
    return [];
  }
  protected _read(): unknown {
    throw officeError("InvalidArgument", "FreezePanes");
  }
  freezeRows(count?: number): void {
    this._call("freezeRows", [count ?? 1], (t) => {
      t.freezeRows = count ?? 1;
    });
  }
  unfreeze(): void {
    this._call("unfreeze", [], (t) => {
      t.freezeRows = 0;
    });
  }
}

// ------------------------------------------------------------------------------------------------------
// Range

const RANGE_PROPS = [
  "values",
  "text",
  "formulas",
  "numberFormat",
  "address",
  "addressLocal",
  "rowIndex",
  "columnIndex",
  "rowCount",
  "columnCount",
  "cellCount",
  "valueTypes",
  "hyperlink",
];

function grid<X>(
  t: RangeTarget,
  f: (c: CellState | undefined, row: number, col: number) => X,
  st: WorkbookState,
): X[][] {
  if (cellCount(t.rect) > MAX_READ_CELLS) throw officeError("RangeExceedsLimit", "Range read");
  const out: X[][] = [];
  for (let r = t.rect.top; r <= t.rect.bottom; r++) {
    const row: X[] = [];
    for (let c = t.rect.left; c <= t.rect.right; c++) row.push(f(st.cell(t.sheet, r, c), r, c));
    out.push(row);
  }
  return out;
}

function check2d(t: RangeTarget, v: unknown, what: string): unknown[][] {
  const rows = t.rect.bottom - t.rect.top + 1;
  const cols = t.rect.right - t.rect.left + 1;
  if (!Array.isArray(v) || v.length !== rows || v.some((r) => !Array.isArray(r) || r.length !== cols))
    throw officeError("InvalidArgument", `Range.${what}: dimensions do not match ${rows}×${cols}`);
  return v as unknown[][];
}

export class FakeRange extends Obj<RangeTarget> {
  declare values: unknown[][];
  declare readonly text: string[][];
  declare formulas: unknown[][];
  declare numberFormat: unknown[][];
  declare readonly address: string;
  declare readonly addressLocal: string;
  declare readonly rowIndex: number;
  declare readonly columnIndex: number;
  declare readonly rowCount: number;
  declare readonly columnCount: number;
  declare readonly cellCount: number;
  declare readonly valueTypes: string[][];
  declare hyperlink: Record<string, unknown>;
  readonly format: FakeRangeFormat;
  readonly dataValidation: FakeDataValidation;
  readonly conditionalFormats: FakeConditionalFormatCollection;
  constructor(ctx: FakeRequestContext, r: () => RangeTarget | null, path: string) {
    super(ctx, r, path);
    this.format = new FakeRangeFormat(ctx, () => this._target(), `${path}.format`);
    this.dataValidation = new FakeDataValidation(ctx, () => this._target(), `${path}.dataValidation`);
    this.conditionalFormats = new FakeConditionalFormatCollection(
      ctx,
      () => this._target(),
      `${path}.conditionalFormats`,
    );
  }
  private _ws: FakeWorksheet | null = null;
  get worksheet(): FakeWorksheet {
    this._ws ??= new FakeWorksheet(
      this.context,
      () => this._target()?.sheet ?? null,
      `${this._path}.worksheet`,
    );
    return this._ws;
  }
  protected _props() {
    return RANGE_PROPS;
  }
  protected override _alive(t: RangeTarget): boolean {
    return this._state.sheets.includes(t.sheet);
  }
  protected override _nav(name: string): Obj<unknown> | null {
    if (name === "format") return this.format as Obj<unknown>;
    if (name === "worksheet") return this.worksheet as Obj<unknown>;
    if (name === "dataValidation") return this.dataValidation as Obj<unknown>;
    return null;
  }
  protected _read(t: RangeTarget, prop: string): unknown {
    const st = this._state;
    switch (prop) {
      case "values":
        return grid(t, (c) => (!c ? "" : c.error ? c.error : c.value === null ? "" : c.value), st);
      case "text":
        return grid(t, (c) => displayText(c), st);
      case "formulas":
        return grid(t, (c) => (!c ? "" : (c.formula ?? c.error ?? (c.value === null ? "" : c.value))), st);
      case "numberFormat":
        return grid(t, (c) => c?.numberFormat ?? "General", st);
      case "valueTypes":
        return grid(
          t,
          (c) =>
            !c || (c.value === null && !c.error && !c.formula)
              ? "Empty"
              : c.error
                ? "Error"
                : typeof c.value === "number"
                  ? "Double"
                  : typeof c.value === "boolean"
                    ? "Boolean"
                    : "String",
          st,
        );
      case "address":
        return rectAddress(t.sheet.name, t.rect);
      case "addressLocal":
        return rectLocal(t.rect);
      case "rowIndex":
        return t.rect.top - 1;
      case "columnIndex":
        return t.rect.left - 1;
      case "rowCount":
        return t.rect.bottom - t.rect.top + 1;
      case "columnCount":
        return t.rect.right - t.rect.left + 1;
      case "cellCount":
        return cellCount(t.rect);
      case "hyperlink":
        return st.cell(t.sheet, t.rect.top, t.rect.left)?.hyperlink ?? null;
    }
    throw officeError("InvalidArgument", `Range.${prop}`);
  }
  protected override _write(t: RangeTarget, prop: string, v: unknown): void {
    const st = this._state;
    if (prop === "values" || prop === "formulas") {
      const vals = check2d(t, v, prop);
      st.assertWritable(t.sheet, t.rect, "value");
      // Excel's specifications and limits: a cell holds at most 32,767 characters; the whole write is refused.
      const long = vals.flat().find((x) => typeof x === "string" && x.length > MAX_CELL_CHARS);
      if (typeof long === "string")
        throw officeError("InvalidArgument", `Range.${prop}: ${long.length} characters in one cell`);
      vals.forEach((row, i) =>
        row.forEach((x, j) => {
          if (x === null || x === undefined) return; // null leaves the cell as it is
          const c = st.cellForWrite(t.sheet, t.rect.top + i, t.rect.left + j);
          const parsed = interpretInput(
            x,
            prop === "formulas" && typeof x === "string" && x.startsWith("=") ? "" : c.numberFormat,
          );
          c.value = parsed.value;
          c.error = parsed.error;
          c.formula = parsed.formula;
        }),
      );
      return;
    }
    if (prop === "numberFormat") {
      const fm = check2d(t, v, prop);
      st.assertWritable(t.sheet, t.rect, "format");
      fm.forEach((row, i) =>
        row.forEach((x, j) => {
          if (x === null || x === undefined) return;
          if (typeof x !== "string") throw officeError("InvalidArgument", "Range.numberFormat");
          st.cellForWrite(t.sheet, t.rect.top + i, t.rect.left + j).numberFormat = x;
        }),
      );
      return;
    }
    if (prop === "hyperlink") {
      st.assertWritable(t.sheet, t.rect, "format");
      const h = v as Record<string, unknown> | null;
      for (let r = t.rect.top; r <= t.rect.bottom; r++)
        for (let c = t.rect.left; c <= t.rect.right; c++) {
          const cell = st.cellForWrite(t.sheet, r, c);
          cell.hyperlink = h ? { ...h } : null;
          if (h && typeof h.textToDisplay === "string") {
            cell.value = h.textToDisplay;
            cell.formula = null;
            cell.error = null;
          }
        }
      return;
    }
    super._write(t, prop, v);
  }
  select(): void {
    this._call("select", [], (t) => {
      this._state.activate(t.sheet);
      this._state.selection = { sheetId: t.sheet.id, rect: t.rect };
    });
  }
  private derived(path: string, f: (t: RangeTarget) => Rect | null): FakeRange {
    return new FakeRange(
      this.context,
      () => {
        const t = this._target();
        if (t === null) return null;
        const rect = f(t);
        return rect ? { sheet: t.sheet, rect } : null;
      },
      `${this._path}.${path}`,
    );
  }
  getCell(row: number, column: number): FakeRange {
    return this.derived(`getCell(${row},${column})`, (t) => {
      const r = {
        top: t.rect.top + row,
        left: t.rect.left + column,
        bottom: t.rect.top + row,
        right: t.rect.left + column,
      };
      if (r.top > MAX_ROWS || r.left > MAX_COLS || row < 0 || column < 0)
        throw officeError("InvalidArgument", "getCell");
      return r;
    });
  }
  getRow(row: number): FakeRange {
    return this.derived(`getRow(${row})`, (t) => ({
      ...t.rect,
      top: t.rect.top + row,
      bottom: t.rect.top + row,
    }));
  }
  getColumn(column: number): FakeRange {
    return this.derived(`getColumn(${column})`, (t) => ({
      ...t.rect,
      left: t.rect.left + column,
      right: t.rect.left + column,
    }));
  }
  /** The smallest range holding this one and `other` (same sheet, else `InvalidArgument`). */
  getBoundingRect(other: string | FakeRange): FakeRange {
    return this.derived("getBoundingRect()", (t) => {
      const o =
        typeof other === "string"
          ? { sheet: t.sheet, rect: parseRect(splitSheet(other).local) }
          : other._require();
      if (!o.rect || o.sheet !== t.sheet) throw officeError("InvalidArgument", "getBoundingRect");
      return {
        top: Math.min(t.rect.top, o.rect.top),
        left: Math.min(t.rect.left, o.rect.left),
        bottom: Math.max(t.rect.bottom, o.rect.bottom),
        right: Math.max(t.rect.right, o.rect.right),
      };
    });
  }
  /**
   * What Microsoft's library sends before it writes a large array in slices: the range must have exactly
   * `rows` × `columns` cells, else `InvalidArgument` (nothing is written).
   */
  _validateArraySize(rows: number, columns: number): void {
    this._call("_validateArraySize", [rows, columns], (t) => {
      const h = t.rect.bottom - t.rect.top + 1;
      const w = t.rect.right - t.rect.left + 1;
      if (h !== rows || w !== columns)
        throw officeError("InvalidArgument", `the range is ${h}×${w}, the array ${rows}×${columns}`);
    });
  }
  getResizedRange(deltaRows: number, deltaColumns: number): FakeRange {
    return this.derived(`getResizedRange(${deltaRows},${deltaColumns})`, (t) => {
      const r = { ...t.rect, bottom: t.rect.bottom + deltaRows, right: t.rect.right + deltaColumns };
      if (r.bottom < r.top || r.right < r.left || r.bottom > MAX_ROWS || r.right > MAX_COLS)
        throw officeError("InvalidArgument", "getResizedRange");
      return r;
    });
  }
  /** ExcelApi 1.4: the used cells within this range, a null object when none is used. */
  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    return orNull(
      this.derived("getUsedRangeOrNullObject()", (t) => this._state.usedRect(t.sheet, !!valuesOnly, t.rect)),
    );
  }
  getIntersectionOrNullObject(other: string | FakeRange): FakeRange {
    return orNull(
      this.derived("getIntersectionOrNullObject()", (t) => {
        let o: RangeTarget | null;
        if (typeof other === "string") {
          const rect = parseRect(splitSheet(other).local);
          if (!rect) throw officeError("InvalidArgument", "getIntersectionOrNullObject");
          o = { sheet: t.sheet, rect };
        } else o = other._target();
        if (!o || o.sheet !== t.sheet) return null;
        return intersect(t.rect, o.rect);
      }),
    );
  }
}
props(
  FakeRange,
  [
    "text",
    "address",
    "addressLocal",
    "rowIndex",
    "columnIndex",
    "rowCount",
    "columnCount",
    "cellCount",
    "valueTypes",
  ],
  ["values", "formulas", "numberFormat", "hyperlink"],
);

/** Writes a cell property over a range (bounded), after the protection check. */
function eachCell(st: WorkbookState, t: RangeTarget, f: (c: CellState) => void): void {
  st.assertWritable(t.sheet, t.rect, "format");
  if (cellCount(t.rect) > MAX_WRITE_CELLS)
    throw officeError("NotImplemented", "fake: format write on a huge range");
  for (let r = t.rect.top; r <= t.rect.bottom; r++)
    for (let c = t.rect.left; c <= t.rect.right; c++) f(st.cellForWrite(t.sheet, r, c));
}

const FORMAT_PROPS = ["columnWidth", "rowHeight", "wrapText", "verticalAlignment", "horizontalAlignment"];

export class FakeRangeFormat extends Obj<RangeTarget> {
  declare columnWidth: number;
  declare rowHeight: number;
  declare wrapText: boolean;
  declare verticalAlignment: string;
  declare horizontalAlignment: string;
  readonly fill: FakeCellBag;
  readonly font: FakeCellBag;
  readonly protection: FakeCellBag;
  constructor(ctx: FakeRequestContext, r: () => RangeTarget | null, path: string) {
    super(ctx, r, path);
    this.fill = new FakeCellBag(ctx, r, `${path}.fill`, "fill", ["color"]);
    this.font = new FakeCellBag(ctx, r, `${path}.font`, "font", [
      "bold",
      "italic",
      "color",
      "underline",
      "name",
      "size",
    ]);
    this.protection = new FakeCellBag(ctx, r, `${path}.protection`, "protection", [
      "locked",
      "formulaHidden",
    ]);
  }
  protected _props() {
    return FORMAT_PROPS;
  }
  protected override _nav(name: string): Obj<unknown> | null {
    if (name === "fill" || name === "font" || name === "protection") return this[name] as Obj<unknown>;
    return null;
  }
  protected _read(t: RangeTarget, prop: string): unknown {
    if (prop === "columnWidth") {
      const ws = new Set<number>();
      for (let c = t.rect.left; c <= t.rect.right && ws.size < 2; c++)
        ws.add(t.sheet.columnWidths.get(c) ?? STANDARD_WIDTH);
      return ws.size === 1 ? [...ws][0] : null;
    }
    if (prop === "rowHeight") {
      const hs = new Set<number>();
      for (let r = t.rect.top; r <= t.rect.bottom && hs.size < 2; r++)
        hs.add(t.sheet.rowHeights.get(r) ?? STANDARD_ROW_HEIGHT);
      return hs.size === 1 ? [...hs][0] : null;
    }
    if (FORMAT_PROPS.includes(prop))
      return this._state.cell(t.sheet, t.rect.top, t.rect.left)?.format[prop] ?? null;
    throw officeError("InvalidArgument", `RangeFormat.${prop}`);
  }
  protected override _write(t: RangeTarget, prop: string, v: unknown): void {
    if (prop === "columnWidth") {
      if (typeof v !== "number" || v < 0) throw officeError("InvalidArgument", "RangeFormat.columnWidth");
      if (t.sheet.protected && !t.sheet.protectionOptions?.allowFormatColumns)
        throw officeError("AccessDenied", "RangeFormat.columnWidth");
      for (let c = t.rect.left; c <= t.rect.right; c++) t.sheet.columnWidths.set(c, v);
      return;
    }
    if (prop === "rowHeight") {
      // Excel's specifications and limits: a row is at most 409 points high.
      if (typeof v !== "number" || !(v >= 0 && v <= MAX_ROW_HEIGHT))
        throw officeError("InvalidArgument", "RangeFormat.rowHeight");
      if (t.sheet.protected && !t.sheet.protectionOptions?.allowFormatRows)
        throw officeError("AccessDenied", "RangeFormat.rowHeight");
      for (let r = t.rect.top; r <= t.rect.bottom; r++) t.sheet.rowHeights.set(r, v);
      return;
    }
    if (FORMAT_PROPS.includes(prop)) {
      eachCell(this._state, t, (c) => {
        c.format[prop] = v;
      });
      return;
    }
    super._write(t, prop, v);
  }
  autofitColumns(): void {
    this._call("autofitColumns", [], (t) => {
      t.sheet.autofitColumns++;
    });
  }
}
props(FakeRangeFormat, [], FORMAT_PROPS);

/** `format.fill`, `format.font`, `format.protection`: cell properties over a range. */
export class FakeCellBag extends Obj<RangeTarget> {
  [prop: string]: unknown;
  constructor(
    ctx: FakeRequestContext,
    r: () => RangeTarget | null,
    path: string,
    private readonly group: string,
    private readonly names: string[],
  ) {
    super(ctx, r, path);
    for (const p of names)
      Object.defineProperty(this, p, {
        get: () => this._get(p),
        set: (v: unknown) => this._set(p, v),
      });
  }
  protected _props() {
    return this.names;
  }
  private static field(c: CellState | undefined, key: string): unknown {
    if (key === "fill.color") return c?.fill ?? null;
    if (key === "font.bold") return c?.bold ?? false;
    if (key === "protection.locked") return c?.locked ?? true;
    return c?.format[key] ?? null;
  }
  protected _read(t: RangeTarget, prop: string): unknown {
    if (!this.names.includes(prop)) throw officeError("InvalidArgument", `${this.group}.${prop}`);
    return FakeCellBag.field(this._state.cell(t.sheet, t.rect.top, t.rect.left), `${this.group}.${prop}`);
  }
  protected override _write(t: RangeTarget, prop: string, v: unknown): void {
    if (!this.names.includes(prop)) return super._write(t, prop, v);
    const key = `${this.group}.${prop}`;
    eachCell(this._state, t, (c) => {
      if (key === "fill.color") c.fill = v === null ? null : String(v);
      else if (key === "font.bold") c.bold = !!v;
      else if (key === "protection.locked") c.locked = !!v;
      else c.format[key] = v;
    });
  }
  clear(): void {
    this._call("clear", [], (t) =>
      eachCell(this._state, t, (c) => {
        if (this.group === "fill") c.fill = null;
      }),
    );
  }
}

export class FakeDataValidation extends Obj<RangeTarget> {
  declare rule: unknown;
  declare errorAlert: unknown;
  declare prompt: unknown;
  declare ignoreBlanks: boolean;
  declare readonly type: string;
  protected _props() {
    return ["rule", "errorAlert", "prompt", "ignoreBlanks", "type"];
  }
  private find(t: RangeTarget): ValidationState | undefined {
    return t.sheet.validations.find(
      (v) =>
        v.rect.top <= t.rect.top &&
        v.rect.left <= t.rect.left &&
        v.rect.bottom >= t.rect.top &&
        v.rect.right >= t.rect.left,
    );
  }
  protected _read(t: RangeTarget, prop: string): unknown {
    const v = this.find(t);
    if (prop === "type") return v?.rule && typeof v.rule === "object" ? Object.keys(v.rule)[0] : "None";
    if (prop === "rule" || prop === "errorAlert" || prop === "prompt" || prop === "ignoreBlanks")
      return v?.[prop] ?? null;
    throw officeError("InvalidArgument", `DataValidation.${prop}`);
  }
  protected override _write(t: RangeTarget, prop: string, value: unknown): void {
    if (!["rule", "errorAlert", "prompt", "ignoreBlanks"].includes(prop)) return super._write(t, prop, value);
    this._state.assertWritable(t.sheet, t.rect, "format");
    if (prop === "rule") this.checkRule(value);
    let v = t.sheet.validations.find(
      (x) =>
        x.rect.top === t.rect.top &&
        x.rect.left === t.rect.left &&
        x.rect.bottom === t.rect.bottom &&
        x.rect.right === t.rect.right,
    );
    if (!v) {
      if (prop !== "rule") throw officeError("InvalidOperation", "DataValidation: set the rule first");
      // A new rule replaces the validation of the cells it covers.
      t.sheet.validations = t.sheet.validations.filter((x) => !intersect(x.rect, t.rect));
      v = { rect: { ...t.rect }, rule: null };
      t.sheet.validations.push(v);
    }
    (v as unknown as Record<string, unknown>)[prop] = value;
  }
  private checkRule(rule: unknown): void {
    const list = (rule as { list?: { source?: unknown; inCellDropDown?: unknown } } | null)?.list;
    if (!list) return;
    if (typeof list.source !== "string" || list.source === "")
      throw officeError("InvalidArgument", "DataValidation.rule");
    if (list.source.startsWith("=")) {
      const { sheet, local } = splitSheet(list.source.slice(1));
      if (!parseRect(local) || (sheet !== null && !this._state.sheetByName(sheet)))
        throw officeError("InvalidArgument", `DataValidation.rule source ${list.source}`);
    }
  }
  clear(): void {
    this._call("clear", [], (t) => {
      t.sheet.validations = t.sheet.validations.filter((x) => !intersect(x.rect, t.rect));
    });
  }
}
props(FakeDataValidation, ["type"], ["rule", "errorAlert", "prompt", "ignoreBlanks"]);

export class FakeConditionalFormatCollection extends Obj<RangeTarget> {
  declare readonly count: number;
  protected _props() {
    return ["count"];
  }
  protected _read(t: RangeTarget, prop: string): unknown {
    if (prop === "count") return t.sheet.conditionalFormats.filter((c) => intersect(c.rect, t.rect)).length;
    throw officeError("InvalidArgument", `ConditionalFormatCollection.${prop}`);
  }
  add(type: string): FakeConditionalFormat {
    let created: ConditionalFormatState | null = null;
    this._call("add", [type], (t) => {
      const known = [
        "DataBar",
        "ColorScale",
        "IconSet",
        "Custom",
        "CellValue",
        "TopBottom",
        "PresetCriteria",
        "ContainsText",
      ];
      if (!known.includes(type)) throw officeError("InvalidArgument", "ConditionalFormatCollection.add");
      this._state.assertWritable(t.sheet, t.rect, "format");
      created = { rect: { ...t.rect }, type, props: {} };
      t.sheet.conditionalFormats.push(created);
    });
    return new FakeConditionalFormat(
      this.context,
      () => {
        if (!created) throw officeError("InvalidOperation", "conditionalFormats.add() not run");
        return created;
      },
      `${this._path}.add(${type})`,
    );
  }
  clearAll(): void {
    this._call("clearAll", [], (t) => {
      t.sheet.conditionalFormats = t.sheet.conditionalFormats.filter((c) => !intersect(c.rect, t.rect));
    });
  }
}
props(FakeConditionalFormatCollection, ["count"], []);

export class FakeConditionalFormat extends Obj<ConditionalFormatState> {
  declare readonly type: string;
  readonly dataBar: FakePropsBag;
  constructor(ctx: FakeRequestContext, r: () => ConditionalFormatState | null, path: string) {
    super(ctx, r, path);
    const bar = () => {
      const cf = this._target();
      if (cf && cf.type !== "DataBar") throw officeError("InvalidOperation", "ConditionalFormat.dataBar");
      return cf;
    };
    this.dataBar = new FakePropsBag(ctx, bar, `${path}.dataBar`, "", [
      "lowerBoundRule",
      "upperBoundRule",
      "barDirection",
      "showDataBarOnly",
      "axisFormat",
      "axisColor",
    ]);
    this.dataBar.positiveFormat = new FakePropsBag(
      ctx,
      bar,
      `${path}.dataBar.positiveFormat`,
      "positiveFormat.",
      ["fillColor", "gradientFill", "borderColor"],
    );
    this.dataBar.negativeFormat = new FakePropsBag(
      ctx,
      bar,
      `${path}.dataBar.negativeFormat`,
      "negativeFormat.",
      ["fillColor", "borderColor", "matchPositiveFillColor"],
    );
  }
  protected _props() {
    return ["type"];
  }
  protected _read(t: ConditionalFormatState, prop: string): unknown {
    if (prop === "type") return t.type;
    throw officeError("InvalidArgument", `ConditionalFormat.${prop}`);
  }
}
props(FakeConditionalFormat, ["type"], []);

/** Plain properties of a conditional format (data bar), kept in its `props` under `prefix + name`. */
export class FakePropsBag extends Obj<ConditionalFormatState> {
  [prop: string]: unknown;
  constructor(
    ctx: FakeRequestContext,
    r: () => ConditionalFormatState | null,
    path: string,
    private readonly prefix: string,
    private readonly names: string[],
  ) {
    super(ctx, r, path);
    for (const p of names)
      Object.defineProperty(this, p, {
        get: () => this._get(p),
        set: (v: unknown) => this._set(p, v),
      });
  }
  protected _props() {
    return this.names;
  }
  protected _read(t: ConditionalFormatState, prop: string): unknown {
    return t.props[this.prefix + prop] ?? null;
  }
  protected override _write(t: ConditionalFormatState, prop: string, v: unknown): void {
    if (!this.names.includes(prop)) return super._write(t, prop, v);
    t.props[this.prefix + prop] = v;
  }
}

// ------------------------------------------------------------------------------------------------------
// Page layout (ExcelApi 1.9): orientation, paper size, zoom, print title rows, headers and footers. Only the
// members the Regiomonitor adapter uses, each as Microsoft documents it; the rest does not exist here.

const ORIENTATIONS = ["Portrait", "Landscape"];
/** Excel.PaperType values (the documented list, in part; others are refused). */
const PAPER_TYPES = ["A3", "A4", "A5", "B4", "B5", "Letter", "LetterSmall", "Legal", "Executive", "Tabloid"];

function checkZoom(v: unknown): PageLayoutZoom {
  if (!v || typeof v !== "object") throw officeError("InvalidArgument", "PageLayout.zoom");
  const z = v as Record<string, unknown>;
  for (const [k, x] of Object.entries(z)) {
    if (!["horizontalFitToPages", "verticalFitToPages", "scale"].includes(k))
      throw officeError("InvalidArgument", `PageLayoutZoomOptions.${k}`);
    if (x !== null && (typeof x !== "number" || !Number.isInteger(x) || x < 0))
      throw officeError("InvalidArgument", `PageLayoutZoomOptions.${k}`);
  }
  if (typeof z.scale === "number" && (z.scale < 10 || z.scale > 400))
    throw officeError("InvalidArgument", "PageLayoutZoomOptions.scale (10 to 400)");
  if (z.scale !== undefined && (z.horizontalFitToPages !== undefined || z.verticalFitToPages !== undefined))
    throw officeError("InvalidArgument", "PageLayoutZoomOptions: a scale or pages to fit, not both");
  return z as PageLayoutZoom;
}
type PageLayoutZoom = SheetState["pageLayout"]["zoom"];

export class FakePageLayout extends Obj<SheetState> {
  declare orientation: string;
  declare paperSize: string;
  declare zoom: PageLayoutZoom;
  readonly headersFooters: FakeHeaderFooterGroup;
  constructor(ctx: FakeRequestContext, r: () => SheetState | null, path: string) {
    super(ctx, r, path);
    this.headersFooters = new FakeHeaderFooterGroup(ctx, r, `${path}.headersFooters`);
  }
  protected _props() {
    return ["orientation", "paperSize", "zoom"];
  }
  protected _read(t: SheetState, prop: string): unknown {
    const pl = t.pageLayout;
    if (prop === "orientation") return pl.orientation;
    if (prop === "paperSize") return pl.paperSize;
    if (prop === "zoom") return { ...pl.zoom };
    throw officeError("InvalidArgument", `PageLayout.${prop}`);
  }
  protected override _write(t: SheetState, prop: string, v: unknown): void {
    const pl = t.pageLayout;
    if (prop === "orientation") {
      if (!ORIENTATIONS.includes(v as string)) throw officeError("InvalidArgument", "PageLayout.orientation");
      pl.orientation = v as string;
      return;
    }
    if (prop === "paperSize") {
      if (!PAPER_TYPES.includes(v as string)) throw officeError("InvalidArgument", "PageLayout.paperSize");
      pl.paperSize = v as string;
      return;
    }
    if (prop === "zoom") {
      pl.zoom = { ...checkZoom(v) };
      return;
    }
    super._write(t, prop, v);
  }
  /** Rows to repeat at the top of every page: a whole-row address such as `$1:$3` (or a Range). */
  setPrintTitleRows(rows: string | FakeRange): void {
    const given = typeof rows === "string" ? rows : null;
    this._call("setPrintTitleRows", [given ?? rows], (t) => {
      let address = given;
      if (address === null) {
        const target = (rows as FakeRange)._require();
        if (target.sheet !== t)
          throw officeError("InvalidArgument", "PageLayout.setPrintTitleRows (other sheet)");
        if (target.rect.left !== 1 || target.rect.right !== MAX_COLS)
          throw officeError("InvalidArgument", "PageLayout.setPrintTitleRows (whole rows only)");
        address = `$${target.rect.top}:$${target.rect.bottom}`;
      }
      const m = /^\$?(\d+):\$?(\d+)$/.exec(splitSheet(address).local);
      if (!m || Number(m[1]) < 1 || Number(m[2]) < Number(m[1]) || Number(m[2]) > MAX_ROWS)
        throw officeError("InvalidArgument", `PageLayout.setPrintTitleRows(${address})`);
      t.pageLayout.printTitleRows = `$${m[1]}:$${m[2]}`;
    });
  }
  /** The print area (ExcelApi 1.9): a rectangle of this sheet such as `$A$1:$F$40`. */
  setPrintArea(area: string): void {
    this._call("setPrintArea", [area], (t) => {
      if (typeof area !== "string") throw officeError("InvalidArgument", "PageLayout.setPrintArea");
      const m = /^\$?([A-Z]{1,3})\$?(\d+):\$?([A-Z]{1,3})\$?(\d+)$/.exec(splitSheet(area).local);
      if (!m || Number(m[2]) < 1 || Number(m[4]) < Number(m[2]) || Number(m[4]) > MAX_ROWS)
        throw officeError("InvalidArgument", `PageLayout.setPrintArea(${area})`);
      t.pageLayout.printArea = area.replace(/\$/g, "");
    });
  }
}

/** `worksheet.horizontalPageBreaks` (ExcelApi 1.9): `add` puts a break before the range's top-left cell. */
export class FakePageBreakCollection extends Obj<SheetState> {
  protected _props() {
    return [];
  }
  protected _read(): unknown {
    throw officeError("InvalidArgument", "PageBreakCollection");
  }
  add(pageBreakRange: string): void {
    this._call("add", [pageBreakRange], (t) => {
      const m = typeof pageBreakRange === "string" ? /^\$?[A-Z]{1,3}\$?(\d+)$/.exec(pageBreakRange) : null;
      const row = m ? Number(m[1]) : NaN;
      if (!(row >= 2 && row <= MAX_ROWS))
        throw officeError("InvalidArgument", `PageBreakCollection.add(${String(pageBreakRange)})`);
      t.pageLayout.rowBreaks.push(row);
    });
  }
}
props(FakePageLayout, [], ["orientation", "paperSize", "zoom"]);

export class FakeHeaderFooterGroup extends Obj<SheetState> {
  /** The header and footer of every page (the default state `uniqueForAllPages`). */
  readonly defaultForAllPages: FakeHeaderFooter;
  constructor(ctx: FakeRequestContext, r: () => SheetState | null, path: string) {
    super(ctx, r, path);
    this.defaultForAllPages = new FakeHeaderFooter(ctx, r, `${path}.defaultForAllPages`);
  }
  protected _props() {
    return [];
  }
  protected _read(): unknown {
    throw officeError("InvalidArgument", "HeaderFooterGroup");
  }
}

const HEADER_FOOTER_PROPS = [
  "leftHeader",
  "centerHeader",
  "rightHeader",
  "leftFooter",
  "centerFooter",
  "rightFooter",
];

export class FakeHeaderFooter extends Obj<SheetState> {
  declare leftHeader: string;
  declare centerHeader: string;
  declare rightHeader: string;
  declare leftFooter: string;
  declare centerFooter: string;
  declare rightFooter: string;
  protected _props() {
    return HEADER_FOOTER_PROPS;
  }
  protected _read(t: SheetState, prop: string): unknown {
    if (!HEADER_FOOTER_PROPS.includes(prop)) throw officeError("InvalidArgument", `HeaderFooter.${prop}`);
    return t.pageLayout.headerFooter[prop] ?? "";
  }
  protected override _write(t: SheetState, prop: string, v: unknown): void {
    if (!HEADER_FOOTER_PROPS.includes(prop)) return super._write(t, prop, v);
    if (typeof v !== "string") throw officeError("InvalidArgument", `HeaderFooter.${prop}`);
    // Excel allows 255 characters per header or footer section.
    if (v.length > 255) throw officeError("InvalidArgument", `HeaderFooter.${prop} (over 255 characters)`);
    t.pageLayout.headerFooter[prop] = v;
  }
}
props(FakeHeaderFooter, [], HEADER_FOOTER_PROPS);

// ------------------------------------------------------------------------------------------------------
// Charts (ExcelApi 1.1; ChartSeries.setXAxisValues 1.7): add a chart from a range, its title, position,
// value axis bounds and series (colour, category labels). Nothing else of the chart model exists here.

/** Excel.ChartType values the fake accepts (documented ones; others are refused). */
const CHART_TYPES = [
  "ColumnClustered",
  "ColumnStacked",
  "ColumnStacked100",
  "BarClustered",
  "BarStacked",
  "BarStacked100",
  "Line",
  "Pie",
  "Doughnut",
  "Area",
];

type ChartTarget = { sheet: SheetState; chart: ChartState };

export class FakeChartCollection extends Obj<SheetState> {
  declare readonly count: number;
  protected _props() {
    return ["count"];
  }
  protected _read(t: SheetState, prop: string): unknown {
    if (prop === "count") return t.charts.length;
    throw officeError("InvalidArgument", `ChartCollection.${prop}`);
  }
  /**
   * `add(type, sourceData, seriesBy)`. The fake requires `seriesBy` "Columns" or "Rows": how Excel decides
   * with "Auto" is not documented. A first row (Columns) or column (Rows) of text gives the series names.
   */
  add(type: string, sourceData: FakeRange, seriesBy?: string): FakeChart {
    let created: ChartTarget | null = null;
    this._call("add", [type, sourceData, seriesBy ?? null], (t) => {
      if (!CHART_TYPES.includes(type)) throw officeError("InvalidArgument", `ChartCollection.add(${type})`);
      if (seriesBy !== "Columns" && seriesBy !== "Rows")
        throw officeError(
          "InvalidArgument",
          "ChartCollection.add: seriesBy 'Columns' or 'Rows' (the fake does not guess 'Auto')",
        );
      const src = sourceData._require();
      if (src.sheet !== t) throw officeError("InvalidArgument", "ChartCollection.add: data on another sheet");
      const r = src.rect;
      const text = (row: number, col: number) => typeof this._state.cell(t, row, col)?.value === "string";
      const series: ChartSeriesState[] = [];
      if (seriesBy === "Columns") {
        const named =
          r.bottom > r.top && [...Array(r.right - r.left + 1).keys()].every((i) => text(r.top, r.left + i));
        for (let c = r.left; c <= r.right; c++)
          series.push({
            name: named ? String(this._state.cell(t, r.top, c)?.value) : `Series${series.length + 1}`,
            values: rectLocal({ top: named ? r.top + 1 : r.top, left: c, bottom: r.bottom, right: c }),
            xAxisValues: null,
            fill: null,
          });
      } else {
        const named =
          r.right > r.left && [...Array(r.bottom - r.top + 1).keys()].every((i) => text(r.top + i, r.left));
        for (let row = r.top; row <= r.bottom; row++)
          series.push({
            name: named ? String(this._state.cell(t, row, r.left)?.value) : `Series${series.length + 1}`,
            values: rectLocal({ top: row, left: named ? r.left + 1 : r.left, bottom: row, right: r.right }),
            xAxisValues: null,
            fill: null,
          });
      }
      const chart: ChartState = {
        id: `{chart-${t.charts.length + 1}-${t.id}}`,
        name: `Chart ${t.charts.length + 1}`,
        type,
        source: rectLocal(r),
        seriesBy,
        title: null,
        position: null,
        valueAxis: {},
        series,
      };
      t.charts.push(chart);
      created = { sheet: t, chart };
    });
    return new FakeChart(
      this.context,
      () => {
        if (!created) throw officeError("InvalidOperation", "charts.add() not run");
        return created;
      },
      `${this._path}.add(${type})`,
    );
  }
}
props(FakeChartCollection, ["count"], []);

export class FakeChart extends Obj<ChartTarget> {
  declare name: string;
  declare readonly id: string;
  readonly title: FakeChartTitle;
  readonly series: FakeChartSeriesCollection;
  readonly axes: FakeChartAxes;
  constructor(ctx: FakeRequestContext, r: () => ChartTarget | null, path: string) {
    super(ctx, r, path);
    this.title = new FakeChartTitle(ctx, r, `${path}.title`);
    this.series = new FakeChartSeriesCollection(ctx, r, `${path}.series`);
    this.axes = new FakeChartAxes(ctx, r, `${path}.axes`);
  }
  protected _props() {
    return ["name", "id"];
  }
  protected _read(t: ChartTarget, prop: string): unknown {
    if (prop === "name") return t.chart.name;
    if (prop === "id") return t.chart.id;
    throw officeError("InvalidArgument", `Chart.${prop}`);
  }
  protected override _write(t: ChartTarget, prop: string, v: unknown): void {
    if (prop === "name") {
      if (typeof v !== "string" || v === "") throw officeError("InvalidArgument", "Chart.name");
      t.chart.name = v;
      return;
    }
    super._write(t, prop, v);
  }
  /** `setPosition(startCell, endCell?)` with A1 addresses of the sheet (or Ranges). */
  setPosition(startCell: string | FakeRange, endCell?: string | FakeRange): void {
    this._call("setPosition", [startCell, endCell ?? null], (t) => {
      const at = (x: string | FakeRange): string => {
        if (typeof x !== "string") {
          const r = x._require();
          if (r.sheet !== t.sheet) throw officeError("InvalidArgument", "Chart.setPosition (other sheet)");
          return rectLocal(r.rect);
        }
        const { sheet, local } = splitSheet(x);
        if (!parseRect(local) || (sheet !== null && sheet.toLowerCase() !== t.sheet.name.toLowerCase()))
          throw officeError("InvalidArgument", `Chart.setPosition(${x})`);
        return local;
      };
      t.chart.position = { start: at(startCell), end: endCell === undefined ? null : at(endCell) };
    });
  }
}
props(FakeChart, ["id"], ["name"]);

export class FakeChartTitle extends Obj<ChartTarget> {
  declare text: string;
  protected _props() {
    return ["text"];
  }
  protected _read(t: ChartTarget, prop: string): unknown {
    if (prop === "text") return t.chart.title ?? "";
    throw officeError("InvalidArgument", `ChartTitle.${prop}`);
  }
  protected override _write(t: ChartTarget, prop: string, v: unknown): void {
    if (prop === "text") {
      if (typeof v !== "string") throw officeError("InvalidArgument", "ChartTitle.text");
      t.chart.title = v;
      return;
    }
    super._write(t, prop, v);
  }
}
props(FakeChartTitle, [], ["text"]);

export class FakeChartAxes extends Obj<ChartTarget> {
  readonly valueAxis: FakeChartAxis;
  constructor(ctx: FakeRequestContext, r: () => ChartTarget | null, path: string) {
    super(ctx, r, path);
    this.valueAxis = new FakeChartAxis(ctx, r, `${path}.valueAxis`);
  }
  protected _props() {
    return [];
  }
  protected _read(): unknown {
    throw officeError("InvalidArgument", "ChartAxes");
  }
}

export class FakeChartAxis extends Obj<ChartTarget> {
  declare minimum: number;
  declare maximum: number;
  protected _props() {
    return ["minimum", "maximum"];
  }
  protected _read(t: ChartTarget, prop: string): unknown {
    if (prop === "minimum" || prop === "maximum") return t.chart.valueAxis[prop] ?? null;
    throw officeError("InvalidArgument", `ChartAxis.${prop}`);
  }
  protected override _write(t: ChartTarget, prop: string, v: unknown): void {
    if (prop === "minimum" || prop === "maximum") {
      if (typeof v !== "number" || !Number.isFinite(v))
        throw officeError("InvalidArgument", `ChartAxis.${prop}`);
      t.chart.valueAxis[prop] = v;
      return;
    }
    super._write(t, prop, v);
  }
}
props(FakeChartAxis, [], ["minimum", "maximum"]);

type SeriesTarget = ChartTarget & { series: ChartSeriesState };

export class FakeChartSeriesCollection extends Obj<ChartTarget> {
  declare readonly count: number;
  protected _props() {
    return ["count"];
  }
  protected _read(t: ChartTarget, prop: string): unknown {
    if (prop === "count") return t.chart.series.length;
    throw officeError("InvalidArgument", `ChartSeriesCollection.${prop}`);
  }
  getItemAt(index: number): FakeChartSeries {
    return new FakeChartSeries(
      this.context,
      () => {
        const t = this._require();
        const series = t.chart.series[index];
        if (!series) throw officeError("ItemNotFound", `ChartSeriesCollection.getItemAt(${index})`);
        return { ...t, series };
      },
      `${this._path}.getItemAt(${index})`,
    );
  }
}
props(FakeChartSeriesCollection, ["count"], []);

export class FakeChartSeries extends Obj<SeriesTarget> {
  declare name: string;
  readonly format: FakeChartSeriesFormat;
  constructor(ctx: FakeRequestContext, r: () => SeriesTarget | null, path: string) {
    super(ctx, r, path);
    this.format = new FakeChartSeriesFormat(ctx, r, `${path}.format`);
  }
  protected _props() {
    return ["name"];
  }
  protected _read(t: SeriesTarget, prop: string): unknown {
    if (prop === "name") return t.series.name;
    throw officeError("InvalidArgument", `ChartSeries.${prop}`);
  }
  protected override _write(t: SeriesTarget, prop: string, v: unknown): void {
    if (prop === "name") {
      t.series.name = String(v);
      return;
    }
    super._write(t, prop, v);
  }
  /** ExcelApi 1.7: the category labels of the series, a range of the chart's sheet. */
  setXAxisValues(sourceData: FakeRange): void {
    this._call("setXAxisValues", [sourceData], (t) => {
      const r = sourceData._require();
      if (r.sheet !== t.sheet)
        throw officeError("InvalidArgument", "ChartSeries.setXAxisValues (other sheet)");
      t.series.xAxisValues = rectLocal(r.rect);
    });
  }
}
props(FakeChartSeries, [], ["name"]);

export class FakeChartSeriesFormat extends Obj<SeriesTarget> {
  readonly fill: FakeChartFill;
  constructor(ctx: FakeRequestContext, r: () => SeriesTarget | null, path: string) {
    super(ctx, r, path);
    this.fill = new FakeChartFill(ctx, r, `${path}.fill`);
  }
  protected _props() {
    return [];
  }
  protected _read(): unknown {
    throw officeError("InvalidArgument", "ChartSeriesFormat");
  }
}

export class FakeChartFill extends Obj<SeriesTarget> {
  protected _props() {
    return [];
  }
  protected _read(): unknown {
    throw officeError("InvalidArgument", "ChartFill");
  }
  setSolidColor(color: string): void {
    this._call("setSolidColor", [color], (t) => {
      if (typeof color !== "string" || !/^#[0-9A-Fa-f]{6}$/.test(color))
        throw officeError("InvalidArgument", `ChartFill.setSolidColor(${String(color)})`);
      t.series.fill = color.toUpperCase();
    });
  }
  clear(): void {
    this._call("clear", [], (t) => {
      t.series.fill = null;
    });
  }
}

// ------------------------------------------------------------------------------------------------------
// Table

const TABLE_PROPS = ["name", "id", "showHeaders", "showTotals", "showFilterButton", "style"];

export class FakeTable extends Obj<TableState> {
  declare name: string;
  declare readonly id: string;
  declare showHeaders: boolean;
  declare readonly showTotals: boolean;
  declare showFilterButton: boolean;
  declare style: string;
  readonly onChanged = new FakeEventHandlers(this as Obj<unknown>, "table", (t) => (t as TableState).id);
  protected _props() {
    return TABLE_PROPS;
  }
  protected override _alive(t: TableState): boolean {
    return this._state.tables.includes(t);
  }
  private _ws: FakeWorksheet | null = null;
  get worksheet(): FakeWorksheet {
    this._ws ??= new FakeWorksheet(
      this.context,
      () => {
        const t = this._target();
        return t ? (this._state.sheetById(t.sheetId) ?? null) : null;
      },
      `${this._path}.worksheet`,
    );
    return this._ws;
  }
  protected override _nav(name: string): Obj<unknown> | null {
    return name === "worksheet" ? (this.worksheet as Obj<unknown>) : null;
  }
  protected _read(t: TableState, prop: string): unknown {
    switch (prop) {
      case "name":
        return t.name;
      case "id":
        return t.id;
      case "showHeaders":
        return t.showHeaders;
      case "showTotals":
        return false;
      case "showFilterButton":
        return t.showFilterButton;
      case "style":
        return t.style;
    }
    throw officeError("InvalidArgument", `Table.${prop}`);
  }
  protected override _write(t: TableState, prop: string, v: unknown): void {
    switch (prop) {
      case "name":
        this._state.validateTableName(v as string, t);
        t.name = v as string;
        return;
      case "showHeaders":
        t.showHeaders = !!v;
        return;
      case "showFilterButton":
        t.showFilterButton = !!v;
        return;
      case "style":
        t.style = String(v);
        return;
    }
    super._write(t, prop, v);
  }
  private range(path: string, f: (t: TableState) => Rect | null): FakeRange {
    return new FakeRange(
      this.context,
      () => {
        const t = this._target();
        if (t === null) return null;
        const s = this._state.sheetById(t.sheetId);
        const rect = f(t);
        if (!s) throw officeError("ItemNotFound", path);
        if (!rect) throw officeError("ItemNotFound", path);
        return { sheet: s, rect };
      },
      `${this._path}.${path}`,
    );
  }
  getRange(): FakeRange {
    return this.range("getRange()", (t) => t.rect);
  }
  getHeaderRowRange(): FakeRange {
    return this.range("getHeaderRowRange()", (t) => ({ ...t.rect, bottom: t.rect.top }));
  }
  getDataBodyRange(): FakeRange {
    return this.range("getDataBodyRange()", (t) => ({ ...t.rect, top: t.rect.top + 1 }));
  }
  delete(): void {
    this._call("delete", [], (t) => {
      this._state.tables = this._state.tables.filter((x) => x !== t);
    });
  }
}
props(FakeTable, ["id", "showTotals"], ["name", "showHeaders", "showFilterButton", "style"]);

// ------------------------------------------------------------------------------------------------------
// The namespace and the test-facing state

export type SeedValue =
  string | number | boolean | null | { error: string } | { formula: string; value?: number | string };

export interface SeedSheet {
  name: string;
  visibility?: Visibility;
  /** Values from `at` (default A1). Strings are stored as text (as if typed with an apostrophe). */
  cells?: SeedValue[][];
  at?: string;
  tables?: { name: string; address: string }[];
  protect?: boolean;
}

export interface CellView {
  value: string | number | boolean | null | { error: string };
  formula: string | null;
  numberFormat: string;
  fill: string | null;
  bold: boolean;
  locked: boolean;
  hyperlink: Record<string, unknown> | null;
  format: Record<string, unknown>;
}

/** What tests can see and do directly on the document (no syncs counted). */
export class FakeExcelState {
  constructor(
    readonly workbook: WorkbookState,
    private readonly fx: Internals,
  ) {}

  addSheet(seed: SeedSheet): SheetState {
    const s = this.workbook.addSheet(seed.name, seed.visibility ?? "Visible");
    if (seed.cells) this.setCells(seed.name, seed.at ?? "A1", seed.cells);
    for (const t of seed.tables ?? []) this.addTable(seed.name, t.name, t.address);
    if (seed.protect) s.protected = true;
    return s;
  }

  setCells(sheet: string, at: string, rows: SeedValue[][]): void {
    const s = this.workbook.requireSheet(sheet);
    const start = parseRect(splitSheet(at).local);
    if (!start) throw new Error(`fake Excel: bad address ${at}`);
    rows.forEach((row, i) =>
      row.forEach((v, j) => {
        const c = this.workbook.cellForWrite(s, start.top + i, start.left + j);
        c.value = null;
        c.error = null;
        c.formula = null;
        if (v === null || v === "") return;
        if (typeof v === "object" && "error" in v) c.error = v.error;
        else if (typeof v === "object") {
          c.formula = v.formula;
          c.value = v.value ?? 0;
        } else c.value = v;
      }),
    );
  }

  addTable(sheet: string, name: string, address: string): void {
    const s = this.workbook.requireSheet(sheet);
    const rect = parseRect(splitSheet(address).local);
    if (!rect) throw new Error(`fake Excel: bad address ${address}`);
    const t = this.workbook.addTable(s, rect, true);
    this.workbook.validateTableName(name, t);
    t.name = name;
  }

  sheetNames(): string[] {
    return this.workbook.sheets.map((s) => s.name);
  }

  /** A sheet's page layout as written through `worksheet.pageLayout`. */
  pageLayoutOf(sheet: string): SheetState["pageLayout"] {
    return this.workbook.requireSheet(sheet).pageLayout;
  }

  /** A sheet's charts as added through `worksheet.charts`. */
  chartsOf(sheet: string): ChartState[] {
    return this.workbook.requireSheet(sheet).charts;
  }

  sheet(name: string): SheetState {
    return this.workbook.requireSheet(name);
  }

  hasSheet(name: string): boolean {
    return !!this.workbook.sheetByName(name);
  }

  cellAt(sheet: string, address: string): CellView {
    const s = this.workbook.requireSheet(sheet);
    const r = parseRect(address);
    if (!r) throw new Error(`fake Excel: bad address ${address}`);
    const c = this.workbook.cell(s, r.top, r.left);
    return {
      value: c?.error ? { error: c.error } : (c?.value ?? null),
      formula: c?.formula ?? null,
      numberFormat: c?.numberFormat ?? "General",
      fill: c?.fill ?? null,
      bold: c?.bold ?? false,
      locked: c?.locked ?? true,
      hyperlink: c?.hyperlink ?? null,
      format: c?.format ?? {},
    };
  }

  /** Values of a rectangle (empty cells null, errors `{error}`). */
  valuesOf(sheet: string, address: string): CellView["value"][][] {
    const r = parseRect(address);
    if (!r) throw new Error(`fake Excel: bad address ${address}`);
    const out: CellView["value"][][] = [];
    for (let i = r.top; i <= r.bottom; i++) {
      const row: CellView["value"][] = [];
      for (let j = r.left; j <= r.right; j++)
        row.push(this.cellAt(sheet, `${rectLocal({ top: i, left: j, bottom: i, right: j })}`).value);
      out.push(row);
    }
    return out;
  }

  /** Every formula cell in the workbook as `Sheet!A1`. */
  formulaCells(): string[] {
    const out: string[] = [];
    for (const s of this.workbook.sheets)
      for (const [k, c] of s.cells)
        if (c.formula) {
          const row = Math.floor(k / (MAX_COLS + 1));
          const col = k % (MAX_COLS + 1);
          out.push(rectAddress(s.name, { top: row, left: col, bottom: row, right: col }));
        }
    return out;
  }

  tables(): { name: string; sheet: string; address: string; showFilterButton: boolean; style: string }[] {
    return this.workbook.tables.map((t) => {
      const s = this.workbook.sheetById(t.sheetId);
      return {
        name: t.name,
        sheet: s?.name ?? "",
        address: rectLocal(t.rect),
        showFilterButton: t.showFilterButton,
        style: t.style,
      };
    });
  }

  get activeSheet(): string | null {
    const id = this.workbook.activeSheetId;
    return id ? (this.workbook.sheetById(id)?.name ?? null) : null;
  }

  get selection(): { sheet: string; address: string } | null {
    const sel = this.workbook.selection;
    const s = sel && this.workbook.sheetById(sel.sheetId);
    return sel && s ? { sheet: s.name, address: rectLocal(sel.rect) } : null;
  }

  /** A deep, comparable copy of the whole document (to assert that nothing changed). */
  snapshot(): unknown {
    return JSON.parse(
      JSON.stringify({
        sheets: this.workbook.sheets.map((s) => ({
          ...s,
          cells: [...s.cells.entries()].sort((a, b) => a[0] - b[0]),
          columnWidths: [...s.columnWidths.entries()],
        })),
        tables: this.workbook.tables,
        active: this.workbook.activeSheetId,
        selection: this.workbook.selection,
      }),
    );
  }

  /** Test hook: the user changed cells; calls the registered onChanged handlers. */
  fireChanged(sheetName: string, address: string): Promise<number> {
    return this.workbook.fireChanged(sheetName, address);
  }

  /**
   * Test hook: the user clicks `address` on `sheetName` (activates the sheet, selects, and calls the registered
   * onSelectionChanged handlers of that sheet); returns how many ran.
   */
  userSelects(sheetName: string, address: string): Promise<number> {
    return this.workbook.userSelects(sheetName, address);
  }

  handlerCount(): number {
    return this.workbook.handlers.length;
  }

  /** The next sync fails with `code` (e.g. InvalidOperationInCellEditMode, AccessDenied, ApiNotFound). */
  failNextSyncWith(code: string, options: { afterOps?: number } = {}): void {
    this.fx.failures.push({ atSync: null, code, afterOps: options.afterOps ?? 0 });
  }

  /**
   * Sync number `n` (counted like `stats.syncs`, 1-based) fails with `code`; `afterOps` operations of that batch
   * (at most all but the last) are applied first: Excel does not roll back a failed batch.
   */
  failSync(n: number, code: string, options: { afterOps?: number } = {}): void {
    this.fx.failures.push({ atSync: n, code, afterOps: options.afterOps ?? 0 });
  }
}

export interface FakeExcel {
  /** The namespace to hand to the adapter in place of the global `Excel`. */
  Excel: typeof Excel;
  state: FakeExcelState;
  stats: FakeStats;
  /** The workbooks made with `Excel.createWorkbook`, in order. */
  created: readonly CreatedWorkbook[];
  /** Host side (rich-api-host.ts): a context whose proxies the interpreter drives action by action. */
  hostContext(): FakeRequestContext;
}

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

const unescapeXml = (t: string) =>
  t
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");

/**
 * `Excel.createWorkbook(base64File?)` (ExcelApi 1.8): one round trip, counted as a sync with the operation
 * `createWorkbook()`. Stricter than Excel: the argument must be omitted or a Base64 string (no data: URL
 * prefix, no line breaks) of a real .xlsx package, i.e. a zip with `[Content_Types].xml` and
 * `xl/workbook.xml` listing at least one sheet; anything else is `InvalidArgument`. Over 5 MB is refused like
 * any request. The open workbook is not touched; the new one is recorded for the test.
 */
async function createWorkbookIn(fx: Internals, base64File?: unknown): Promise<void> {
  const stats = fx.stats;
  stats.syncs++;
  const size = typeof base64File === "string" ? base64File.length : 0;
  stats.payloads.push(size);
  stats.largestPayloadBytes = Math.max(stats.largestPayloadBytes, size);
  stats.operations.push(["createWorkbook()"]);
  stats.responses.push(0);
  await Promise.resolve();
  const i = fx.failures.findIndex((f) => f.atSync === null || f.atSync === stats.syncs);
  if (i >= 0) {
    const f = fx.failures.splice(i, 1)[0];
    throw officeError(f.code);
  }
  if (size > PAYLOAD_LIMIT_BYTES) throw officeError("RequestPayloadSizeLimitExceeded");
  fx.created.push(parseCreatedWorkbook(base64File));
}

/**
 * The workbook `createWorkbook(base64File?)` would open, or `InvalidArgument`: the argument must be omitted or
 * a Base64 string (no data: URL prefix, no line breaks) of a real .xlsx package listing at least one sheet.
 */
export function parseCreatedWorkbook(base64File?: unknown): CreatedWorkbook {
  if (base64File === undefined || base64File === null)
    return { base64: "", sheets: [{ name: "Blad1", state: "visible" }] };
  if (typeof base64File !== "string" || base64File.length === 0 || !BASE64.test(base64File))
    throw new FakeOfficeError("InvalidArgument", "createWorkbook: the argument is not a Base64 string.");
  const bin = atob(base64File);
  const bytes = new Uint8Array(bin.length);
  for (let k = 0; k < bin.length; k++) bytes[k] = bin.charCodeAt(k);
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes);
  } catch {
    throw new FakeOfficeError("InvalidArgument", "createWorkbook: the file is not an .xlsx package.");
  }
  const workbookXml = files["xl/workbook.xml"];
  if (!files["[Content_Types].xml"] || !workbookXml)
    throw new FakeOfficeError("InvalidArgument", "createWorkbook: the package has no workbook part.");
  const sheets = [...strFromU8(workbookXml).matchAll(/<sheet\b([^>]*)\/?>/g)].map((m) => ({
    name: unescapeXml(/\bname="([^"]*)"/.exec(m[1])?.[1] ?? ""),
    state: /\bstate="([^"]*)"/.exec(m[1])?.[1] ?? "visible",
  }));
  if (sheets.length === 0 || sheets.some((x) => x.name === ""))
    throw new FakeOfficeError("InvalidArgument", "createWorkbook: the workbook lists no sheets.");
  return { base64: base64File, sheets };
}

/** Creates a fake Excel with the given sheets (default: one empty `Blad1`). */
export function createFakeExcel(initial?: { sheets?: SeedSheet[] }): FakeExcel {
  const wb = new WorkbookState();
  const fx = new Internals(wb);
  const state = new FakeExcelState(wb, fx);
  for (const s of initial?.sheets ?? [{ name: "Blad1" }]) state.addSheet(s);

  async function run<T>(a: unknown, b?: unknown): Promise<T> {
    const batch = (typeof a === "function" ? a : b) as (ctx: FakeRequestContext) => Promise<T>;
    if (typeof batch !== "function") throw new Error("fake Excel.run: no batch function");
    let ctx: FakeRequestContext | null = null;
    if (a instanceof FakeRequestContext) ctx = a;
    else if (
      a &&
      typeof a === "object" &&
      "context" in a &&
      (a as { context: unknown }).context instanceof FakeRequestContext
    )
      ctx = (a as { context: FakeRequestContext }).context;
    else if (
      Array.isArray(a) &&
      a[0] &&
      (a[0] as { context?: unknown }).context instanceof FakeRequestContext
    )
      ctx = (a[0] as { context: FakeRequestContext }).context;
    ctx ??= new FakeRequestContext(fx);
    const result = await batch(ctx);
    // Excel.run sends what is still queued when the batch function returns.
    if (ctx.queue.length > 0) await ctx.sync();
    return result;
  }

  const ns = {
    run,
    createWorkbook: (base64File?: unknown) => createWorkbookIn(fx, base64File),
    RequestContext: FakeRequestContext,
    SheetVisibility: { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" },
    ConditionalFormatType: {
      custom: "Custom",
      dataBar: "DataBar",
      colorScale: "ColorScale",
      iconSet: "IconSet",
      topBottom: "TopBottom",
      presetCriteria: "PresetCriteria",
      containsText: "ContainsText",
      cellValue: "CellValue",
    },
    ConditionalFormatRuleType: {
      invalid: "Invalid",
      automatic: "Automatic",
      lowestValue: "LowestValue",
      highestValue: "HighestValue",
      number: "Number",
      percent: "Percent",
      formula: "Formula",
      percentile: "Percentile",
    },
    ErrorCodes: {
      accessDenied: "AccessDenied",
      apiNotFound: "ApiNotFound",
      generalException: "GeneralException",
      invalidArgument: "InvalidArgument",
      invalidOperation: "InvalidOperation",
      invalidOperationInCellEditMode: "InvalidOperationInCellEditMode",
      itemAlreadyExists: "ItemAlreadyExists",
      itemNotFound: "ItemNotFound",
      responsePayloadSizeLimitExceeded: "ResponsePayloadSizeLimitExceeded",
    },
  };
  return {
    Excel: ns as unknown as typeof Excel,
    state,
    stats: fx.stats,
    created: fx.created,
    hostContext: () => new FakeRequestContext(fx),
  };
}

/** Syncs and largest request/response payload of one operation, for tests and benchmarks. */
export async function measure<T>(
  fake: FakeExcel,
  op: () => Promise<T>,
): Promise<{ result: T; syncs: number; largestPayloadBytes: number; largestResponseBytes: number }> {
  const before = fake.stats.syncs;
  const from = fake.stats.payloads.length;
  const result = await op();
  return {
    result,
    syncs: fake.stats.syncs - before,
    largestPayloadBytes: Math.max(0, ...fake.stats.payloads.slice(from)),
    largestResponseBytes: Math.max(0, ...fake.stats.responses.slice(from)),
  };
}
