/**
 * The size of an Office.js request as Microsoft's Excel library sends it, modelled without Office, so that
 * writes can be split into requests under Excel on the web's 5 MB limit. Pure functions, no Office.js.
 *
 * What the library sends for one `context.sync()` is the JSON of `{Actions, ObjectPaths}`:
 * - every navigation (`range.format`, `.fill`) and every method that returns an object (`getRange(address)`,
 *   `charts.add(...)`) is an object path (`{"Id":…,"ObjectPathType":…,"Name":"GetRange","ParentObjectPathId":…,
 *   "ArgumentInfo":{"Arguments":[…]}}`) plus an instantiate action (`{"Id":…,"ActionType":1,"Name":"",
 *   "ObjectPathId":…}`); a range also gets a `_KeepReference` action;
 * - every property set is a SetProperty action with the value's JSON and the list of object paths it needs
 *   (`"L":[…]`); every void method call is a Method action with its arguments' JSON.
 * Ids grow with the request (7 digits in a request of a million actions). The model charges each of these a
 * fixed amount for that envelope plus the UTF-8 bytes of its name and arguments. The fixed amounts are
 * calibrated on requests built by `excel-web-16.00.js` of `@microsoft/office-js` 1.1.110 (the national sheets
 * of the 37 example returns and of 342 units, measured by serializing the library's own request body): the
 * model is at least the real size for every request there, see docs/addin.md ("Request size").
 */

/** Excel on the web refuses a request over 5 MB. */
export const REQUEST_LIMIT_BYTES = 5 * 1024 * 1024;

/** A request is filled up to this modelled size: a margin of 1 MB under the limit. */
export const REQUEST_BUDGET_BYTES = 4 * 1024 * 1024;

/** Fixed bytes per call kind, beyond the UTF-8 bytes of its name and arguments (see the file comment). */
export const CALL_COST = {
  /** A navigation property: object path + instantiate action. */
  navigation: 170,
  /** A method: object path or method action, instantiate action, and a `_KeepReference` for ranges. */
  method: 280,
  /** A property set: SetProperty action with its path list. */
  set: 170,
} as const;

/** UTF-8 length of a string, without encoding it. */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** UTF-8 bytes of a value's JSON (an object proxy of the recorder counts as a reference). */
export function jsonBytes(v: unknown): number {
  const text = JSON.stringify(v, (_k, x: unknown) => (typeof x === "function" ? { _ObjectPathId: 0 } : x));
  return text === undefined ? 0 : utf8Length(text);
}

/**
 * The modelled request bytes of the Office.js calls that `run` makes on the object it is given. `run` gets a
 * recorder in place of the real object (a worksheet, say): every property read is a navigation (the same
 * navigation twice is counted once, as the library keeps its proxies), every call a method, every assignment a
 * set. `run` must only navigate, call and assign, never read a loaded value.
 */
export function modelledBytes<T>(run: (target: T) => void): number {
  let bytes = 0;
  const node = (): unknown => {
    const navs = new Map<string, unknown>();
    return new Proxy(function recorder() {}, {
      get(_t, prop) {
        if (typeof prop !== "string") return undefined;
        if (prop === "toJSON") return () => ({ _ObjectPathId: 0 });
        let child = navs.get(prop);
        if (!child) {
          child = methodOrNav(prop, navs);
          navs.set(prop, child);
        }
        return child;
      },
      set(_t, prop, value: unknown) {
        bytes += CALL_COST.set + utf8Length(String(prop)) + jsonBytes(value);
        return true;
      },
    });
  };
  // A member is a navigation when it is read and used as an object, a method when it is called: both are
  // counted when they are used, so `x.format` costs a navigation and `x.getRange(a)` a method.
  const methodOrNav = (name: string, navs: Map<string, unknown>): unknown => {
    let navigated = false;
    const child = node();
    return new Proxy(function member() {}, {
      get(_t, prop) {
        if (!navigated) {
          navigated = true;
          bytes += CALL_COST.navigation + utf8Length(name);
        }
        return Reflect.get(child as object, prop);
      },
      set(_t, prop, value: unknown) {
        if (!navigated) {
          navigated = true;
          bytes += CALL_COST.navigation + utf8Length(name);
        }
        return Reflect.set(child as object, prop, value);
      },
      apply(_t, _this, args: unknown[]) {
        navs.delete(name); // every call is a new object path
        bytes += CALL_COST.method + utf8Length(name) + jsonBytes(args);
        return node();
      },
    });
  };
  run(node() as T);
  return bytes;
}

/**
 * Packs items into consecutive groups whose bytes add up to at most `budget`, keeping their order; an item
 * bigger than the budget gets a group of its own (its maker must split it first).
 */
export function packByBytes<T extends { bytes: number }>(items: readonly T[], budget: number): T[][] {
  const groups: T[][] = [];
  let current: T[] = [];
  let bytes = 0;
  for (const item of items) {
    if (current.length > 0 && bytes + item.bytes > budget) {
      groups.push(current);
      current = [];
      bytes = 0;
    }
    current.push(item);
    bytes += item.bytes;
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

/**
 * Consecutive row blocks [start, end) whose bytes (`rowBytes(i)` for row i) each stay within `budget`; a row
 * bigger than the budget is a block of its own.
 */
export function rowBlocks(rows: number, rowBytes: (i: number) => number, budget: number): [number, number][] {
  const sizes = Array.from({ length: rows }, (_, i) => ({ i, bytes: rowBytes(i) }));
  return packByBytes(sizes, budget).map((g) => [g[0].i, g[g.length - 1].i + 1]);
}
