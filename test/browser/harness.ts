/**
 * What the browser tests of the task pane share: build the pane (webpack.config.js, development mode) and the
 * simulated Excel host into a temporary folder, serve them on 127.0.0.1, start Debian's headless Chromium through
 * playwright-core with every request to another host aborted and recorded, and scan with axe-core.
 *
 * The pane meets Microsoft's client library: its `office-js/office.js` (the development build's offline copy of
 * `@microsoft/office-js`) is answered with that office.js followed by the Excel library Microsoft serves to
 * Microsoft 365 on Windows, from the same copy, and a call that connects the library to the simulated host
 * (`fake-host-entry.ts`). Nothing of Microsoft's code is changed.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as http from "http";
import type { AddressInfo } from "net";
import * as path from "path";
import { chromium, type Browser, type Page } from "playwright-core";
import webpack from "webpack";
import type { FakeHostApi } from "./fake-host-entry";
import { BROWSER_PROFILE_ID, hostProfile } from "../fake-excel/host-profiles";

export const ROOT = path.resolve(__dirname, "..", "..");
export const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
export const ARTEFACTS = path.join(ROOT, "test-artefacts");

declare global {
  interface Window {
    __fakeExcelHost__: FakeHostApi;
    __connectOfficeJs__: () => void;
    axe: { run(ctx?: unknown, opts?: unknown): Promise<{ violations: AxeViolation[] }> };
  }
}
export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

/** Fails (never skips) when Chromium is missing. */
export function requireChromium(what: string): void {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium ontbreekt op ${CHROMIUM}: ${what} kan niet draaien. ` +
        "Installeer het met `apt-get install -y chromium` (.ci/run doet dat) of zet CHROMIUM_PATH.",
    );
  }
}

/** The task pane as `npm run build:dev` builds it, into `out` (never races dist/). */
export function buildTaskpane(out: string): void {
  const cli = require.resolve("webpack-cli/bin/cli.js", { paths: [ROOT] });
  const env = { ...process.env };
  delete env.REGIOMONITOR_OFFICE_JS; // the default: office.js from the installed package
  const r = spawnSync(process.execPath, [cli, "--mode", "development", "--output-path", out], {
    cwd: ROOT,
    env,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.status !== 0) throw new Error(`webpack (task pane) is mislukt:\n${r.stdout}\n${r.stderr}`);
}

/** test/browser/fake-host-entry.ts as one classic script for page.addInitScript. */
export function buildFakeHost(out: string): Promise<string> {
  const config: webpack.Configuration = {
    mode: "development",
    devtool: false,
    target: "web",
    entry: path.join(__dirname, "fake-host-entry.ts"),
    output: { path: out, filename: "fake-host.js", iife: true },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              configFile: path.join(ROOT, "tsconfig.json"),
              transpileOnly: true,
              compilerOptions: { module: "esnext", sourceMap: false },
            },
          },
        },
      ],
    },
  };
  return new Promise((resolve, reject) => {
    webpack(config, (err, stats) => {
      if (err) return reject(err);
      if (!stats || stats.hasErrors())
        return reject(new Error(`webpack (fake host) is mislukt:\n${stats?.toString("errors-only")}`));
      resolve(path.join(out, "fake-host.js"));
    });
  });
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".map": "application/json",
  ".png": "image/png",
  ".xml": "application/xml",
  ".css": "text/css",
};

/** A tiny static server for the built files on 127.0.0.1 and a free port. */
export function serve(dir: string): Promise<{ server: http.Server; origin: string }> {
  const s = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const file = path.normalize(path.join(dir, decodeURIComponent(url.pathname)));
    if (!file.startsWith(dir + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404, { "content-type": "text/plain" }).end("niet gevonden");
      return;
    }
    res.writeHead(200, { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream" });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => {
    s.listen(0, "127.0.0.1", () =>
      resolve({ server: s, origin: `http://127.0.0.1:${(s.address() as AddressInfo).port}` }),
    );
  });
}

/** Where the development build puts its copy of @microsoft/office-js (webpack.config.js). */
const OFFICE_JS_DIR = "office-js";
const OFFICE_JS = `${OFFICE_JS_DIR}/office.js`;
/** The Excel library Microsoft serves to the browser tests' host (Microsoft 365 on Windows). */
const EXCEL_LIBRARY = hostProfile(BROWSER_PROFILE_ID).library;
/**
 * office.js loads this file to start; the Excel library already carries what it defines, and loading it after
 * the library would replace the library's own definitions, so it is answered empty.
 */
const MAPPING_TABLE = `${OFFICE_JS_DIR}/o15apptofilemappingtable.js`;

export interface PaneSession {
  browser: Browser;
  page: Page;
  /** Requests to any host but 127.0.0.1 (aborted). */
  external: string[];
  /** Every request URL, in order. */
  requests: string[];
  /** The files of Microsoft's client library the page loaded (office.js and the Excel library). */
  officeJsLoaded: string[];
  /** The same list (the name from when office.js was replaced by an empty stub). */
  officeJsStubbed: string[];
  pageErrors: string[];
  consoleErrors: string[];
}

/**
 * Headless Chromium on a 340 px wide pane (800 px high), the simulated host injected, Microsoft's office.js and
 * Excel library loaded in front of it, the network closed.
 */
export interface PaneOptions {
  /**
   * false: the pane's office.js is answered with an empty script (no Office, no Excel), for a test of the page
   * itself (`webview.test.ts`: Microsoft's Excel library carries a `fetch` polyfill, so with it loaded the page
   * never lacks fetch). Default true.
   */
  officeJs?: boolean;
}

export async function openPane(fakeHost: string, options: PaneOptions = {}): Promise<PaneSession> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  const context = await browser.newContext({ viewport: { width: 340, height: 800 }, locale: "nl-NL" });
  const page = await context.newPage();
  const officeJsLoaded: string[] = [];
  const session: PaneSession = {
    browser,
    page,
    external: [],
    requests: [],
    officeJsLoaded,
    officeJsStubbed: officeJsLoaded,
    pageErrors: [],
    consoleErrors: [],
  };
  page.on("pageerror", (e) => session.pageErrors.push(String(e)));
  page.on("console", (m) => {
    if (m.type() === "error") session.consoleErrors.push(m.text());
  });
  page.on("request", (r) => session.requests.push(r.url()));
  await page.route("**/*", async (route) => {
    const url = new URL(route.request().url());
    if (url.hostname !== "127.0.0.1") {
      session.external.push(url.href);
      return route.abort("blockedbyclient");
    }
    if (url.pathname === `/${OFFICE_JS}` && options.officeJs === false) {
      return route.fulfill({ status: 200, contentType: "text/javascript", body: "/* no office.js */" });
    }
    if (url.pathname === `/${OFFICE_JS}`) {
      // As the pane's host would: Microsoft's loader, then the Excel library of the platform, then the
      // simulated host behind it (see fake-host-entry.ts).
      const loader = await route.fetch();
      const library = await route.fetch({ url: new URL(`/${OFFICE_JS_DIR}/${EXCEL_LIBRARY}`, url).href });
      if (!loader.ok() || !library.ok())
        throw new Error("office.js of de Excel-bibliotheek ontbreekt in de build");
      session.officeJsLoaded.push(url.pathname, `/${OFFICE_JS_DIR}/${EXCEL_LIBRARY}`);
      return route.fulfill({
        status: 200,
        contentType: "text/javascript; charset=utf-8",
        body: `${await loader.text()}\n;\n${await library.text()}\n;\nwindow.__connectOfficeJs__();\n`,
      });
    }
    if (url.pathname === `/${MAPPING_TABLE}`) {
      return route.fulfill({
        status: 200,
        contentType: "text/javascript",
        body: "/* in the Excel library */",
      });
    }
    return route.continue();
  });
  await page.addInitScript({ path: fakeHost });
  return session;
}

/** Runs `fn` in the page on the fake Excel host's test API (the function is sent as source text). */
export function onFake<T>(page: Page, fn: (api: FakeHostApi) => T): Promise<Awaited<T>> {
  return page.evaluate(`(${fn.toString()})(window.__fakeExcelHost__)`) as Promise<Awaited<T>>;
}

/** Same, with one JSON argument. */
export function onFakeWith<A, T>(
  page: Page,
  fn: (api: FakeHostApi, arg: A) => T,
  arg: A,
): Promise<Awaited<T>> {
  return page.evaluate(`(${fn.toString()})(window.__fakeExcelHost__, ${JSON.stringify(arg)})`) as Promise<
    Awaited<T>
  >;
}

/** axe-core over the whole page: throws on serious or critical violations. */
export async function axeScan(page: Page, label: string): Promise<void> {
  if (!(await page.evaluate(() => typeof window.axe !== "undefined"))) {
    await page.addScriptTag({ path: require.resolve("axe-core/axe.min.js", { paths: [ROOT] }) });
  }
  // Tabster's focus guards (`<i tabindex="0" aria-hidden="true" data-tabster-dummy>`, which Fluent UI puts around
  // keyboard-navigable groups such as the TabList) hand focus on at once and are never read out; axe cannot know
  // that and reports them as aria-hidden-focus. Everything else is scanned.
  const violations = await page.evaluate(
    async () => (await window.axe.run({ exclude: [["[data-tabster-dummy]"]] })).violations,
  );
  const bad = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  if (bad.length > 0) {
    const text = bad.map(
      (v) => `${v.impact} ${v.id}: ${v.help}\n  ${v.nodes.map((n) => JSON.stringify(n.target)).join("\n  ")}`,
    );
    throw new Error(`axe (${label}): ${bad.length} ernstige schendingen\n${text.join("\n")}`);
  }
}

/**
 * Landelijk overzicht: choose "In deze werkmap" and wait until the pane has read what the open workbook is
 * (the "Werkmappen kiezen…" button is enabled again), so that sync counts after this start clean. When the open
 * workbook is a regional return, the pane asks first: `confirmRegional` answers yes.
 */
export async function chooseOpenWorkbook(page: Page, confirmRegional = false): Promise<void> {
  await page.getByRole("radio", { name: "In deze werkmap" }).check();
  const state = await page.waitForFunction(() => {
    if (document.querySelector("[data-testid='regionale-werkmap']")) return "regionaal";
    const b = [...document.querySelectorAll("[data-testid='importeren'] button")].find(
      (x) => x.textContent === "Werkmappen kiezen…",
    );
    return !!b && b.getAttribute("aria-disabled") !== "true" ? "klaar" : false;
  });
  if ((await state.jsonValue()) === "regionaal") {
    if (!confirmRegional) throw new Error("de open werkmap is een regionale werkmap");
    await page.getByRole("checkbox", { name: "Toch in deze regionale werkmap schrijven" }).check();
  }
}

/** The highest id of the selection handlers registered now (0 when there are none). */
export function lastSelectionListener(page: Page): Promise<number> {
  return onFake(page, (api) => Math.max(0, ...api.selectionListeners().map((l) => l.id)));
}

/**
 * Resolves when the pane listens to selections on every one of `sheets` with a handler registered after
 * `since` (from `lastSelectionListener`; 0: any handler). Registering is the last of the pane's syncs after it
 * wrote sheets (find the sheets, then register), so the host's counts are complete from then on.
 */
export async function selectionListenersOn(page: Page, sheets: readonly string[], since = 0): Promise<void> {
  await page.waitForFunction(
    ({ names, after }) => {
      const on = window.__fakeExcelHost__.selectionListeners().filter((l) => l.id > after);
      return names.every((n) => on.some((l) => l.sheet === n));
    },
    { names: [...sheets], after: since },
  );
}

/** Resolves when the document's selection is `address` on `sheet` (the pane asked Excel to select it). */
export async function selectionIs(page: Page, sheet: string, address: string): Promise<void> {
  await page.waitForFunction(
    (want) => {
      const sel = window.__fakeExcelHost__.selection();
      return sel !== null && sel.sheet === want.sheet && sel.address === want.address;
    },
    { sheet, address },
  );
}

/**
 * Picks files on the file input with test id `testId` and resolves once the pane has handled the pick: the
 * input's change event has passed React's handler on the root and reached the document, and what that handler
 * set in motion synchronously is rendered (React commits a discrete event's updates before the next frame).
 * For a test that asserts that the pick did nothing.
 */
export async function pickFilesAndSettle(page: Page, testId: string, files: string[]): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __picked__?: boolean };
    w.__picked__ = false;
    document.addEventListener("change", () => (w.__picked__ = true), { once: true });
  });
  await page.getByTestId(testId).setInputFiles(files);
  await page.waitForFunction(() => (window as unknown as { __picked__?: boolean }).__picked__ === true);
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => resolve())));
}

/**
 * Resolves when no CSS transition or animation runs in the page (e.g. Fluent's colour transition after the
 * pointer left a button): style is recomputed first so that a transition a change just caused has started.
 */
export async function animationsDone(page: Page): Promise<void> {
  await page.evaluate(async () => {
    document.body.getBoundingClientRect(); // forces style and layout of the whole page
    await Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined)));
  });
}
