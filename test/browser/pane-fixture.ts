/**
 * The one set-up of the browser tests: a temporary folder with the test's own input files, the task pane and the
 * simulated host built into it, a server on 127.0.0.1, and headless Chromium on the pane (harness.ts). A test file
 * calls `usePane` once at its top level; it registers the `beforeAll` that builds everything and the `afterAll`
 * that closes the browser and the server and removes the folder.
 */
import * as fs from "fs";
import type * as http from "http";
import * as os from "os";
import * as path from "path";
import type { Page } from "playwright-core";
import {
  buildFakeHost,
  buildTaskpane,
  openPane,
  requireChromium,
  serve,
  type PaneOptions,
  type PaneSession,
} from "./harness";

export interface PaneFixtureOptions {
  /** What the test is, in Dutch, for the message when Chromium is missing. */
  what: string;
  /** The prefix of the temporary folder's name. */
  folder: string;
  /** Writes the test's input files into the temporary folder, before the pane is built. */
  prepare?: (tmp: string) => Promise<void> | void;
  /** false: build and serve, but open no browser (the test opens its own sessions with `open`). */
  openBrowser?: boolean;
  pane?: PaneOptions;
}

export interface PaneFixture {
  /** The temporary folder. */
  readonly tmp: string;
  /** http://127.0.0.1:port of the built pane. */
  readonly origin: string;
  /** The simulated host as one script (for `openPane`). */
  readonly fakeHost: string;
  /** The browser on the pane (not when `openBrowser` is false). */
  readonly session: PaneSession;
  readonly page: Page;
  /** A path in the temporary folder. */
  file(...parts: string[]): string;
  /** Another browser on the same pane, closed with the fixture. */
  open(options?: PaneOptions): Promise<PaneSession>;
}

export function usePane(options: PaneFixtureOptions): PaneFixture {
  let tmp = "";
  let origin = "";
  let fakeHost = "";
  let server: http.Server | undefined;
  const sessions: PaneSession[] = [];
  const ready = <T>(value: T | undefined, name: string): T => {
    if (value === undefined || value === "")
      throw new Error(`${name}: the pane fixture is not ready (beforeAll)`);
    return value;
  };
  const fixture: PaneFixture = {
    get tmp() {
      return ready(tmp, "tmp");
    },
    get origin() {
      return ready(origin, "origin");
    },
    get fakeHost() {
      return ready(fakeHost, "fakeHost");
    },
    get session() {
      return ready(sessions[0], "session");
    },
    get page() {
      return ready(sessions[0], "page").page;
    },
    file: (...parts) => path.join(ready(tmp, "tmp"), ...parts),
    open: async (paneOptions) => {
      const s = await openPane(ready(fakeHost, "fakeHost"), paneOptions);
      sessions.push(s);
      return s;
    },
  };

  beforeAll(async () => {
    requireChromium(options.what);
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), `${options.folder}-`));
    await options.prepare?.(tmp);
    const dist = path.join(tmp, "dist");
    buildTaskpane(dist);
    fakeHost = await buildFakeHost(path.join(tmp, "fake"));
    ({ server, origin } = await serve(dist));
    if (options.openBrowser !== false) await fixture.open(options.pane);
  }, 300_000);

  afterAll(async () => {
    for (const s of sessions) await s.browser.close();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });

  return fixture;
}
