/**
 * Browser test of the webview message in taskpane.html (headless Chromium, the pane built as `npm run build:dev`
 * builds it): where the bundle cannot run (Internet Explorer 11, Edge Legacy, old Safari), an inline ES5 check
 * shows a Dutch message with what to do instead of a blank pane. Chromium has everything, so the test takes
 * away one feature before the page loads (an init script) and checks that the message shows and the pane stays
 * hidden; with nothing taken away, the message stays hidden and the pane works.
 */
import * as fs from "fs";
import type { PaneSession } from "./harness";
import { usePane } from "./pane-fixture";

const fixture = usePane({
  what: "de browsertest van de melding voor oude webviews",
  folder: "regiomonitor-webview",
  openBrowser: false,
});

/**
 * The pane with `before` run in the page before any of its scripts. Microsoft's office.js and Excel library are
 * loaded in front of the simulated host, except with `officeJs` false: the Excel library sets a `fetch` polyfill
 * where fetch is missing, so a page without fetch exists only without it.
 */
async function pane(before?: string, officeJs = true): Promise<PaneSession> {
  const s = await fixture.open({ officeJs });
  if (before) await s.page.addInitScript({ content: before });
  await s.page.goto(`${fixture.origin}/taskpane.html`);
  return s;
}

const MESSAGE = "Regiomonitor werkt niet in deze versie van Office";

test("with every feature there, the message stays hidden and the pane works", async () => {
  const s = await pane();
  await s.page.getByRole("tab", { name: "Landelijk overzicht" }).waitFor();
  expect(await s.page.locator("#rm-webview").isVisible()).toBe(false);
  expect(await s.page.getByRole("alert").filter({ hasText: MESSAGE }).count()).toBe(0);
  expect(await s.page.locator("#container").isVisible()).toBe(true);
  expect(s.officeJsLoaded).toEqual(["/office-js/office.js", "/office-js/excel-win32-16.01.js"]);
  expect(s.pageErrors).toEqual([]);
});

test.each([
  ["fetch (a page without Microsoft's library, which would polyfill it)", "delete window.fetch;", "fetch"],
  ["Proxy", "delete window.Proxy;", "Proxy"],
  [
    "new syntax (the Function constructor refuses it, as an old engine does)",
    `(() => {
      const F = window.Function;
      window.Function = function (...args) {
        if (/=>|\\?\\.|class /.test(String(args[args.length - 1]))) throw new SyntaxError("Syntax error");
        return F(...args);
      };
    })();`,
    "ES2022",
  ],
])("without %s the Dutch message shows what to do, instead of a blank pane", async (_what, before, named) => {
  const s = await pane(before, named !== "fetch");
  const message = s.page.locator("#rm-webview");
  await message.waitFor({ state: "visible" });
  expect(await message.getAttribute("role")).toBe("alert");
  const text = await message.innerText();
  expect(text).toContain(MESSAGE);
  expect(text).toMatch(/Werk Office bij/);
  expect(text).toMatch(/Installeer Microsoft Edge WebView2/);
  expect(text).toMatch(/Gebruik Excel op het web/);
  expect(text).toContain(`Ontbreekt in deze browser: ${named}`);
  expect(await s.page.locator("#container").isVisible()).toBe(false);
});

test("the inline check itself is ES5 (it must parse where the bundle cannot)", () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const acorn = require("acorn") as { parse(code: string, o: { ecmaVersion: number }): unknown };
  const html = fs.readFileSync(fixture.file("dist", "taskpane.html"), "utf8");
  const inline = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  expect(inline).toHaveLength(1);
  expect(() => acorn.parse(inline[0], { ecmaVersion: 5 })).not.toThrow();
  expect(() => acorn.parse("var f = () => 1;", { ecmaVersion: 5 })).toThrow();
});
