/**
 * Microsoft's Excel client library (`@microsoft/office-js`, the file Microsoft serves to the host's platform)
 * loaded offline in a sandbox, in front of the simulated host: `RichApiHost` answers the request messages the
 * library builds. Nothing of Microsoft's code is changed; the library is connected through its own seams
 * (`connect-office-js.ts`, shared with the browser tests).
 *
 * The sandbox has the few browser globals the library touches at load time (no network: a script load would
 * need a real document and is never reached).
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { createContext, Script } from "node:vm";
import { createFakeExcel, type FakeExcel, type SeedSheet } from "./fake-excel";
import { connectHost, handOverContext, type OfficeJsGlobals } from "./connect-office-js";
import type { HostProfile } from "./host-profiles";
import { RichApiHost } from "./rich-api-host";

/** `@microsoft/office-js/dist` in the nearest node_modules up from here (tests run from test/, the bench from lib-bench/). */
function distDir(): string {
  for (let dir = __dirname; ; dir = dirname(dir)) {
    const candidate = join(dir, "node_modules", "@microsoft", "office-js", "dist");
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) throw new Error("@microsoft/office-js is not installed");
  }
}

/** One compiled script per library file (compiling 3 MB once per test file, not per workbook). */
const scripts = new Map<string, Script>();

function script(file: string): Script {
  let s = scripts.get(file);
  if (!s) {
    s = new Script(readFileSync(join(distDir(), file), "utf8"), { filename: file });
    scripts.set(file, s);
  }
  return s;
}

export type { OfficeJsGlobals };

export interface OfficeJsExcel extends OfficeJsGlobals {
  profile: HostProfile;
  /** The simulated document (seed it, read it back) and its host-side interpreter. */
  fake: FakeExcel;
  host: RichApiHost;
  /** Clears the timers the library left (office.js's wait for a script that is never loaded). */
  close(): void;
}

/** Timers the library set in a sandbox (office.js waits 10 s for a script that is never loaded). */
type Timers = Set<ReturnType<typeof setTimeout>>;

function browserGlobals(timers: Timers): Record<string, unknown> {
  const element = () => ({
    setAttribute: () => undefined,
    appendChild: () => undefined,
    addEventListener: () => undefined,
    style: {},
  });
  const g: Record<string, unknown> = {
    console,
    performance,
    setTimeout: (f: () => void, ms?: number) => {
      const h = setTimeout(() => {
        timers.delete(h);
        f();
      }, ms);
      h.unref();
      timers.add(h);
      return h;
    },
    clearTimeout: (h: ReturnType<typeof setTimeout>) => {
      timers.delete(h);
      clearTimeout(h);
    },
    setInterval: () => 0,
    clearInterval: () => undefined,
    Promise,
    JSON,
    navigator: {
      userAgent:
        "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36",
    },
    document: {
      getElementById: () => null,
      // office.js finds its own <script> to know where it was loaded from.
      getElementsByTagName: (tag: string) =>
        tag === "script"
          ? [{ src: "https://localhost:3000/office.js", getAttribute: () => null }]
          : [element()],
      createElement: element,
      addEventListener: () => undefined,
      querySelectorAll: () => [],
      readyState: "complete",
    },
    location: {
      protocol: "https:",
      hash: "",
      search: "",
      href: "https://localhost:3000/taskpane.html",
      origin: "https://localhost:3000",
      hostname: "localhost",
    },
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    history: { replaceState: () => undefined, pushState: () => undefined },
    name: "",
  };
  g.window = g;
  g.self = g;
  return g;
}

/**
 * Loads the library `profile` names over a new simulated workbook (seeded with `sheets`, default one empty
 * `Blad1`) and connects it to a new `RichApiHost`.
 */
export function openOfficeJsExcel(profile: HostProfile, seed?: { sheets?: SeedSheet[] }): OfficeJsExcel {
  const fake = createFakeExcel(seed);
  const host = new RichApiHost(fake);
  const timers: Timers = new Set();
  const g = browserGlobals(timers);
  const sandbox = createContext(g);
  // As in the pane: Microsoft's loader office.js first, then the Excel library of the host's platform.
  script("office.js").runInContext(sandbox);
  script(profile.library).runInContext(sandbox);
  handOverContext(g, profile);
  const lib = connectHost(g, host);
  return {
    profile,
    fake,
    host,
    ...lib,
    close: () => {
      for (const h of timers) clearTimeout(h);
      timers.clear();
    },
  };
}
