/**
 * The host side of the test double: an interpreter of the request messages Microsoft's Excel client library
 * (`@microsoft/office-js`) builds, executed over the workbook the fake Excel simulates (`fake-excel.ts`,
 * `state.ts`). The library sends, per `context.sync()`, a body `{ Actions, ObjectPaths }`:
 *
 * - object paths: 1 global object (the workbook), 3 method (`GetRange`, `GetItemOrNullObject`, `Add`…),
 *   4 property (`Worksheets`, `Format`, `Fill`…), 5 indexer (`worksheets.getItem(id)`), 6 reference id,
 *   7 null object;
 * - actions: 1 instantiate an object path, 2 query (a load), 3 method call, 4 set property.
 *
 * Each path resolves, by a reflective bridge, to the fake's proxy object (`GetRange` → `getRange`,
 * `Format` → `format`); an action runs at once against the document. The answer is shaped as Excel's:
 * `Results` `[{ ActionId, Value }]`, an instantiated object's `Id` (the library then addresses it by id),
 * `null` for a missing `*OrNullObject`, collections as `{ _Items: [...] }` with PascalCase property names,
 * and at the first failing action `Error: { Code, Message, ActionIndex, Location }`: the actions before it
 * stay applied, like Excel. Stricter than Excel where Microsoft documents nothing: any member the fake does
 * not model is an error (`NotImplemented`, naming the member) rather than silently ignored, a method or a
 * property set on a null object is `ItemNotFound`, and an unknown reference id is `InvalidObjectPath`.
 *
 * Requests and responses are measured as the library sends and receives them: the UTF-8 bytes of the
 * JSON body. Over 5 MB either way is refused like Excel on the web (`RequestPayloadSizeLimitExceeded`
 * before anything runs, `ResponsePayloadSizeLimitExceeded` after).
 */
import type { FakeExcel, CreatedWorkbook } from "./fake-excel";
import { PAYLOAD_LIMIT_BYTES, parseCreatedWorkbook } from "./fake-excel";
import type { FakeRequestContext } from "./fake-excel";
import { FakeOfficeError } from "./state";

/** One object path as the library sends it. */
export interface ObjectPathInfo {
  Id: number;
  ObjectPathType: number;
  Name: string;
  ParentObjectPathId?: number;
  ArgumentInfo?: { Arguments?: unknown[]; ReferencedObjectPathIds?: (number | null)[] };
}

/** One action as the library sends it. */
export interface ActionInfo {
  Id: number;
  ActionType: number;
  Name: string;
  ObjectPathId: number;
  ArgumentInfo?: { Arguments?: unknown[]; ReferencedObjectPathIds?: (number | null)[] };
  QueryInfo?: { Select?: string[] | null; Expand?: string[] | null; Top?: number; Skip?: number };
}

export interface RequestBody {
  Actions: ActionInfo[];
  ObjectPaths: Record<string, ObjectPathInfo>;
}

export interface ActionResult {
  ActionId: number;
  Value: unknown;
}

export interface ResponseBody {
  Results: ActionResult[];
  Error?: { Code: string; Message: string; ActionIndex: number; Location: string; HttpStatusCode: number };
}

/** What the library's request executor receives back (`IRequestExecutorResponseMessage`). */
export interface ExecutorResponse {
  ErrorCode: string;
  ErrorMessage: string;
  HttpStatusCode: number;
  Headers: Record<string, string>;
  Body: ResponseBody | null;
}

/** One request as the library sent it, for tests and benchmarks. */
export interface RequestRecord {
  /** UTF-8 bytes of the JSON request body. */
  requestBytes: number;
  responseBytes: number;
  actions: number;
  /** Method and property names this request used (`GetRange`, `Values`…), to tell what it did. */
  members: string[];
  /** Names of the object paths this request sent (`Worksheets`, `GetItemOrNullObject`…). */
  paths: string[];
  /** What its actions did, as `RequestRun.operations` describes them. */
  operations: string[];
  /** The error code the host answered, or null. */
  error: string | null;
  /** Its message and location, or null. */
  errorMessage?: string | null;
  /**
   * Only releases references (`_RemoveReference`): the round trip `Excel.run` adds after the batch when it
   * kept objects for the batch's later syncs (`AutoKeepReference`). Counted apart from the batch's syncs.
   */
  cleanup: boolean;
}

/** An event the library registered (`_Register…Event`), with the target's id as Excel needs it. */
export interface EventRegistrationRecord {
  eventType: number;
  targetId: string;
}

/**
 * A planned failure: request number `atRequest` (absolute, 1-based) fails with `code` at action `atAction`;
 * or, with `atMember`, the first action naming that member (`Delete`, `Visibility`…) in any later request.
 */
interface PlannedFailure {
  atRequest?: number;
  atAction?: number;
  atMember?: string;
  /** The next request that is not a reference clean-up. */
  atNextSync?: boolean;
  code: string;
}

/** The event types of the library (`eventType` of its event handlers) the adapter uses. */
export const EVENT_TYPES = {
  worksheetChanged: 10,
  worksheetSelectionChanged: 14,
  tableChanged: 101,
} as const;

const ActionType = { instantiate: 1, query: 2, method: 3, setProperty: 4, trace: 5 } as const;
const PathType = {
  globalObject: 1,
  newObject: 2,
  method: 3,
  property: 4,
  indexer: 5,
  referenceId: 6,
  nullObject: 7,
} as const;

const utf8 = new TextEncoder();
const utf8Bytes = (text: string) => utf8.encode(text).length;
/** `GetRange` → `getRange`, `_ValidateArraySize` → `_validateArraySize`. */
const camel = (name: string): string =>
  name.startsWith("_") ? `_${camel(name.slice(1))}` : name ? name[0].toLowerCase() + name.slice(1) : name;

/** A resolved object path: a fake proxy (or a host object), or null for a null object. */
type Resolved = { obj: HostObj | null };
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type HostObj = any;

class HostError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** The event registration methods the library sends, by the fake's handler kind. */
const REGISTRATIONS: Record<
  string,
  { kind: "worksheet" | "table" | "worksheetSelection"; eventType: number }
> = {
  "Worksheet._RegisterDataChangedEvent": { kind: "worksheet", eventType: EVENT_TYPES.worksheetChanged },
  "Worksheet._RegisterSelectionChangedEvent": {
    kind: "worksheetSelection",
    eventType: EVENT_TYPES.worksheetSelectionChanged,
  },
  "Table._RegisterDataChangedEvent": { kind: "table", eventType: EVENT_TYPES.tableChanged },
};

/**
 * The interpreter. `execute(body)` answers one request; `onEvent` receives the events the document raises
 * for registered targets, as the library's rich API messages carry them.
 */
export class RichApiHost {
  readonly requests: RequestRecord[] = [];
  readonly created: CreatedWorkbook[] = [];
  readonly registrations: EventRegistrationRecord[] = [];
  private readonly failures: PlannedFailure[] = [];
  /** The fake's handler per registered event and target, with how many registrations hold it. */
  private readonly fakeHandlers = new Map<string, { id: number; count: number }>();
  /** Objects kept by `_KeepReference` (`context.trackedObjects.add`), by the reference id Excel gave them. */
  readonly references = new Map<string, HostObj>();
  private nextReference = 1;
  /** One context for the host's proxies: a kept object stays usable in later requests. */
  readonly ctx: FakeRequestContext;
  onEvent: (eventType: number, targetId: string, args: Record<string, unknown>) => void = () => undefined;

  constructor(readonly fake: FakeExcel) {
    this.ctx = fake.hostContext();
  }

  /** Keeps `obj` for later requests; returns its reference id (`_ReferenceId`). */
  keep(obj: HostObj): string {
    for (const [id, o] of this.references) if (o === obj) return id;
    const id = `{rm-ref-${this.nextReference++}}`;
    this.references.set(id, obj);
    return id;
  }

  /** Request number `atRequest` (1-based, counted from now on) fails with `code` at its action `atAction`. */
  failRequest(atRequest: number, code: string, atAction: number): void {
    this.failures.push({ atRequest: this.requests.length + atRequest, atAction, code });
  }

  /**
   * The next sync fails with `code` at its first action, as Excel fails a batch (e.g.
   * `InvalidOperationInCellEditMode`): the next request of a batch, not the reference clean-up `Excel.run`
   * sends after one.
   */
  failNextSync(code: string): void {
    this.failures.push({ atNextSync: true, atAction: 0, code });
  }

  /** The next action naming `member` (method or property, e.g. `Delete`) fails with `code`; once. */
  failAtMember(member: string, code: string): void {
    this.failures.push({ atMember: member, code });
  }

  /** The batch's syncs: requests other than the reference clean-up of `Excel.run`. */
  get syncs(): number {
    return this.requests.filter((r) => !r.cleanup).length;
  }

  get largestRequestBytes(): number {
    return Math.max(0, ...this.requests.map((r) => r.requestBytes));
  }

  execute(body: RequestBody, customData?: string): ExecutorResponse {
    const requestText = JSON.stringify(body);
    const record: RequestRecord = {
      requestBytes: utf8Bytes(requestText),
      responseBytes: 0,
      actions: body.Actions.length,
      members: [...new Set(body.Actions.map((a) => a.Name).filter(Boolean))],
      paths: [
        ...new Set(
          Object.values(body.ObjectPaths ?? {})
            .map((p) => p.Name)
            .filter(Boolean),
        ),
      ],
      operations: [],
      error: null,
      cleanup: body.Actions.every(
        (a) =>
          a.Name === "_RemoveReference" || (a.ActionType === ActionType.instantiate && a.ObjectPathId === 1),
      ),
    };
    this.requests.push(record);
    if (record.requestBytes > PAYLOAD_LIMIT_BYTES) {
      record.error = "RequestPayloadSizeLimitExceeded";
      return refusal(record.error, 413);
    }
    const run = new RequestRun(this, body, customData === "WacPartition");
    record.operations = run.operations();
    const n = this.requests.length;
    const failure = this.failures.find(
      (f) =>
        f.atRequest === n ||
        (f.atNextSync === true && !record.cleanup) ||
        (f.atMember !== undefined && body.Actions.some((a) => a.Name === f.atMember)),
    );
    if (failure) this.failures.splice(this.failures.indexOf(failure), 1);
    const out = run.execute(failure ?? null);
    const text = JSON.stringify(out);
    record.responseBytes = utf8Bytes(text);
    record.error = out.Error?.Code ?? null;
    record.errorMessage = out.Error ? `${out.Error.Message} (at ${out.Error.Location})` : null;
    if (record.responseBytes > PAYLOAD_LIMIT_BYTES) {
      record.error = "ResponsePayloadSizeLimitExceeded";
      return refusal(record.error, 413);
    }
    return { ErrorCode: "", ErrorMessage: "", HttpStatusCode: 200, Headers: {}, Body: out };
  }

  /**
   * Registers `eventType` on `targetId` with the document (the fake's handler list). Registrations are counted
   * per event and target: the library sends `_Register…Event` once per proxy whose first handler is added, and
   * `_Unregister…Event` when that proxy's last handler is removed, so two request contexts watching one table
   * (React's StrictMode runs the pane's effects twice in development) each register and each unregister.
   * Microsoft documents nothing on a second registration; the host keeps events flowing until the last
   * registration is removed, and refuses an unregistration without a registration.
   */
  register(kind: "worksheet" | "table" | "worksheetSelection", eventType: number, targetId: string): void {
    const key = `${eventType}:${targetId}`;
    const known = this.fakeHandlers.get(key);
    if (known) {
      known.count++;
      return;
    }
    this.registrations.push({ eventType, targetId });
    const h = this.fake.state.workbook.addHandler(kind, targetId, (args) =>
      this.onEvent(eventType, targetId, args),
    );
    this.fakeHandlers.set(key, { id: h.id, count: 1 });
  }

  unregister(eventType: number, targetId: string): void {
    const key = `${eventType}:${targetId}`;
    const known = this.fakeHandlers.get(key);
    if (!known) throw new HostError("InvalidArgument", `no ${eventType} handler on ${targetId}`);
    if (--known.count > 0) return;
    this.fake.state.workbook.removeHandler(known.id);
    this.fakeHandlers.delete(key);
  }
}

function refusal(code: string, status: number): ExecutorResponse {
  return { ErrorCode: code, ErrorMessage: code, HttpStatusCode: status, Headers: {}, Body: null };
}

/** `Application.createWorkbook(base64)` and `WacWorkbook.createAndOpenWorkbook(base64)` on the host. */
class HostApplication {
  constructor(private readonly host: RichApiHost) {}
  createWorkbook(base64?: unknown): { open(): void } {
    const made = parseCreatedWorkbook(base64);
    return { open: () => void this.host.created.push(made) };
  }
}

/**
 * `Microsoft.InternalService.AddinInternalService`, the object the library creates (object path type 2, new
 * object) to tell a desktop host at start that its action handlers are ready (`NotifyActionHandlerReady`, sent
 * by the Windows library when office.js has started). The host acknowledges it; nothing changes in the document.
 */
class HostAddinInternalService {
  notifyActionHandlerReady(): void {
    // acknowledged
  }
}

/** The objects a request may create by type name (object path type 2). */
const NEW_OBJECTS: Record<string, () => object> = {
  "Microsoft.InternalService.AddinInternalService": () => new HostAddinInternalService(),
};

class HostWacWorkbook {
  constructor(private readonly host: RichApiHost) {}
  createAndOpenWorkbook(base64?: unknown): void {
    this.host.created.push(parseCreatedWorkbook(base64));
  }
}

/** One request: resolves its object paths and runs its actions in order. */
class RequestRun {
  private readonly ctx: FakeRequestContext;
  private readonly resolved = new Map<number, Resolved>();
  /** Objects this request asked to keep (`_KeepReference`): their instantiation answers a reference id. */
  private readonly keeping = new Set<HostObj>();

  constructor(
    private readonly host: RichApiHost,
    private readonly body: RequestBody,
    private readonly wac: boolean,
  ) {
    this.ctx = host.ctx;
  }

  execute(failure: PlannedFailure | null): ResponseBody {
    const results: ActionResult[] = [];
    for (let i = 0; i < this.body.Actions.length; i++) {
      const action = this.body.Actions[i];
      try {
        if (
          failure &&
          (failure.atAction === i || (failure.atMember !== undefined && failure.atMember === action.Name))
        )
          throw new HostError(failure.code, `planned failure at action ${i} (${action.Name})`);
        const value = this.runAction(action);
        if (value !== undefined) results.push({ ActionId: action.Id, Value: value });
      } catch (e) {
        const { code, message } = asHostError(e);
        return {
          Results: results,
          Error: {
            Code: code,
            Message: message,
            ActionIndex: i,
            Location: this.describe(action.ObjectPathId),
            HttpStatusCode: code === "ItemNotFound" ? 404 : 400,
          },
        };
      }
    }
    return { Results: results };
  }

  private runAction(a: ActionInfo): unknown {
    switch (a.ActionType) {
      case ActionType.instantiate: {
        const r = this.resolve(a.ObjectPathId);
        if (r.obj === null) return null;
        const value = instantiateValue(r.obj);
        return this.keeping.has(r.obj) ? { ...value, _ReferenceId: this.host.keep(r.obj) } : value;
      }
      case ActionType.query: {
        const r = this.resolve(a.ObjectPathId);
        if (r.obj === null) return null;
        return query(r.obj, a.QueryInfo?.Select ?? undefined, a.QueryInfo?.Expand ?? undefined);
      }
      case ActionType.setProperty: {
        const obj = this.existing(a.ObjectPathId, a.Name);
        const [value] = this.args(a.ArgumentInfo);
        const prop = camel(a.Name);
        if (!hasMember(obj, prop)) throw notModelled(obj, a.Name);
        obj[prop] = value;
        this.ctx._runNow();
        return undefined;
      }
      case ActionType.method: {
        const obj = this.existing(a.ObjectPathId, a.Name);
        return this.callMethod(obj, a.Name, this.args(a.ArgumentInfo));
      }
      case ActionType.trace:
        // Excel answers every trace marker; the library runs its callbacks (event registration) on the answer.
        return null;
      default:
        throw new HostError("NotImplemented", `fake host: action type ${a.ActionType} (${a.Name})`);
    }
  }

  private callMethod(obj: HostObj, name: string, args: unknown[]): unknown {
    if (name === "_KeepReference") {
      this.keeping.add(obj);
      return null;
    }
    if (name === "_RemoveReference") {
      if (!this.host.references.delete(String(args[0])))
        throw new HostError("InvalidArgument", `no kept object ${String(args[0])}`);
      return null;
    }
    const registration = REGISTRATIONS[`${typeName(obj)}.${name}`];
    if (registration) {
      this.host.register(registration.kind, registration.eventType, targetIdOf(obj));
      return null;
    }
    const unregistration = REGISTRATIONS[`${typeName(obj)}.${name.replace("_Unregister", "_Register")}`];
    if (unregistration) {
      this.host.unregister(unregistration.eventType, targetIdOf(obj));
      return null;
    }
    const fn = camel(name);
    if (typeof obj[fn] !== "function") throw notModelled(obj, name);
    const out: unknown = obj[fn](...args);
    this.ctx._runNow();
    return plainValue(out);
  }

  private existing(pathId: number, member: string): HostObj {
    const r = this.resolve(pathId);
    if (r.obj === null)
      throw new HostError("ItemNotFound", `${member} on a null object (${this.describe(pathId)})`);
    return r.obj;
  }

  private args(info: ActionInfo["ArgumentInfo"]): unknown[] {
    const args = [...(info?.Arguments ?? [])];
    (info?.ReferencedObjectPathIds ?? []).forEach((id, i) => {
      if (id !== null && id !== undefined && id > 0) args[i] = this.resolve(id).obj;
    });
    return args;
  }

  private resolve(pathId: number): Resolved {
    const done = this.resolved.get(pathId);
    if (done) return done;
    const p = this.body.ObjectPaths[String(pathId)];
    if (!p) throw new HostError("InvalidObjectPath", `object path ${pathId} is not in the request`);
    const r = this.resolveNew(p);
    this.resolved.set(pathId, r);
    return r;
  }

  private resolveNew(p: ObjectPathInfo): Resolved {
    switch (p.ObjectPathType) {
      case PathType.globalObject:
        return { obj: this.wac ? new HostWacWorkbook(this.host) : this.ctx.workbook };
      case PathType.property: {
        const parent = this.parentOf(p);
        if (typeName(parent) === "Workbook" && p.Name === "Application")
          return { obj: new HostApplication(this.host) };
        const prop = camel(p.Name);
        if (!hasMember(parent, prop)) throw notModelled(parent, p.Name);
        return { obj: raw(parent[prop]) };
      }
      case PathType.method: {
        const parent = this.parentOf(p);
        const fn = camel(p.Name);
        if (typeof parent[fn] !== "function") throw notModelled(parent, p.Name);
        const obj = raw(parent[fn](...this.args(p.ArgumentInfo)));
        this.ctx._runNow();
        return { obj: exists(obj) ? obj : null };
      }
      case PathType.indexer: {
        const parent = this.parentOf(p);
        if (typeof parent.getItem !== "function") throw notModelled(parent, "getItem");
        const obj = raw(parent.getItem(...this.args(p.ArgumentInfo)));
        if (!exists(obj)) throw new HostError("ItemNotFound", `${this.describe(p.Id)}`);
        return { obj };
      }
      case PathType.newObject: {
        const make = NEW_OBJECTS[p.Name];
        if (!make) throw new HostError("NotImplemented", `fake host: new object ${p.Name}`);
        return { obj: make() };
      }
      case PathType.nullObject:
        return { obj: null };
      case PathType.referenceId: {
        const obj: HostObj = this.host.references.get(p.Name);
        if (obj === undefined) throw new HostError("InvalidObjectPath", `unknown reference id ${p.Name}`);
        return { obj };
      }
      default:
        throw new HostError("NotImplemented", `fake host: object path type ${p.ObjectPathType}`);
    }
  }

  private parentOf(p: ObjectPathInfo): HostObj {
    if (p.ParentObjectPathId === undefined)
      throw new HostError("InvalidObjectPath", `object path ${p.Id} has no parent`);
    const parent = this.resolve(p.ParentObjectPathId);
    if (parent.obj === null) throw new HostError("ItemNotFound", `${this.describe(p.Id)} on a null object`);
    return parent.obj;
  }

  /**
   * What each action of the request did, in the words of the object model with the arguments left out
   * (`workbook.worksheets.getItemOrNullObject().load`, `workbook.worksheets.getItem().getRange().values`,
   * `workbook.worksheets.getItem().onSelectionChanged.add`): the library's bookkeeping (instantiating a path,
   * trace markers, keeping and releasing references) is left out.
   */
  operations(): string[] {
    const out = new Set<string>();
    for (const a of this.body.Actions) {
      const on = this.describe(a.ObjectPathId, false);
      const event = /^_(Register|Unregister)(\w+)Event$/.exec(a.Name);
      if (a.Name === "_KeepReference" || a.Name === "_RemoveReference") continue;
      if (a.ActionType === ActionType.query) out.add(`${on}.load`);
      else if (a.ActionType === ActionType.setProperty) out.add(`${on}.${camel(a.Name)}`);
      else if (a.ActionType === ActionType.method && event)
        out.add(`${on}.on${event[2].replace(/^Data/, "")}.${event[1] === "Register" ? "add" : "remove"}`);
      else if (a.ActionType === ActionType.method) out.add(`${on}.${camel(a.Name)}()`);
    }
    return [...out];
  }

  /** `workbook.worksheets.getItem("Blad1").getRange("A1")`, for error locations (`withArgs` false: `getRange()`). */
  private describe(pathId: number, withArgs = true): string {
    const p = this.body.ObjectPaths[String(pathId)];
    if (!p) return `#${pathId}`;
    const parent = p.ParentObjectPathId !== undefined ? this.describe(p.ParentObjectPathId, withArgs) : "";
    const args = withArgs ? JSON.stringify(p.ArgumentInfo?.Arguments ?? []).slice(1, -1) : "";
    switch (p.ObjectPathType) {
      case PathType.globalObject:
        return "workbook";
      case PathType.referenceId:
        return "kept";
      case PathType.property:
        return `${parent}.${camel(p.Name)}`;
      case PathType.method:
        return `${parent}.${camel(p.Name)}(${args})`;
      case PathType.indexer:
        return `${parent}.getItem(${args})`;
      default:
        return `${p.Name || "object"}#${p.Id}`;
    }
  }
}

/** The fake's proxy behind its null-object guard (`orNull`), or the value itself. */
function raw(o: HostObj): HostObj {
  return o && typeof o === "object" && "_raw" in o ? o._raw : o;
}

/** Whether a fake proxy's target exists (ItemNotFound from a deleted target propagates). */
function exists(o: HostObj): boolean {
  if (!o || typeof o._hostTarget !== "function") return true;
  return o._hostTarget() !== null;
}

function hasMember(o: HostObj, prop: string): boolean {
  return o !== null && typeof o === "object" && prop in o;
}

/** `FakeWorksheet` → `Worksheet`, for the event registration table and messages. */
function typeName(o: HostObj): string {
  const n: string = o?.constructor?.name ?? "Object";
  return n.replace(/^Fake/, "").replace(/^Host/, "");
}

function targetIdOf(o: HostObj): string {
  const q = o._hostQuery(["id"]) as { Id?: string } | null;
  if (!q?.Id) throw new HostError("ItemNotFound", `${typeName(o)} has no id`);
  return q.Id;
}

function notModelled(o: HostObj, member: string): HostError {
  return new HostError(
    "NotImplemented",
    `fake host: ${typeName(o)}.${member} is not modelled (stricter than Excel: an unknown member is an error)`,
  );
}

/** What Excel answers for an instantiated object: its `Id` where it has one (the library then uses it). */
function instantiateValue(o: HostObj): Record<string, unknown> {
  // A method that returns an object the workbook state does not model (PageBreakCollection.add's PageBreak):
  // an object without an id, as Excel answers for one.
  if (!o || typeof o._hostQuery !== "function") return {};
  try {
    const q = o._hostQuery(["id"]) as { Id?: unknown } | null;
    return q && typeof q.Id === "string" ? { Id: q.Id } : {};
  } catch {
    return {};
  }
}

/** A Query action: the selected scalar properties, navigation properties nested, collections as `_Items`. */
function query(o: HostObj, select: string[] | undefined, expand: string[] | undefined): unknown {
  const paths = [...(select ?? []), ...(expand ?? [])].flatMap((s) => s.split(",")).map((s) => s.trim());
  const wanted = paths.filter(Boolean);
  if (typeof o._hostItems === "function") {
    const own = wanted.filter((p) => p === "count");
    const items = wanted.filter((p) => p !== "count").map((p) => p.replace(/^items\//, ""));
    const out: Record<string, unknown> = own.length ? { ...(o._hostQuery(own) as object) } : {};
    if (own.length === 0 || items.length > 0 || wanted.length === 0)
      out._Items = o._hostItems(items.length ? items : undefined);
    return out;
  }
  if (typeof o._hostQuery !== "function")
    throw new HostError("NotImplemented", `fake host: a query on ${typeName(o)} is not modelled`);
  return o._hostQuery(wanted.length ? wanted : undefined);
}

/** A method's return value as JSON (a ClientResult), or null. */
function plainValue(v: unknown): unknown {
  if (v === undefined || v === null) return null;
  if (typeof v !== "object") return v;
  if (typeof (v as { _hostTarget?: unknown })._hostTarget === "function") return null;
  return JSON.parse(JSON.stringify(v)) as unknown;
}

function asHostError(e: unknown): { code: string; message: string } {
  if (e instanceof HostError) return { code: e.code, message: e.message };
  if (e instanceof FakeOfficeError) return { code: e.code, message: e.message };
  const code = (e as { code?: unknown })?.code;
  const message = e instanceof Error ? e.message : String(e);
  if (typeof code === "string") return { code, message };
  // The fake's own complaints (misuse it documents as unsupported) stay visible as such.
  return { code: "GeneralException", message: `fake host: ${message}` };
}
