/**
 * Browser test of the coordinator's task pane: the development build of the add-in (webpack.config.js)
 * served from 127.0.0.1, driven in Debian's headless Chromium through playwright-core (see harness.ts), with
 * the fake Excel object model (test/fake-excel) injected as `window.Excel` before the bundle runs. The pane runs
 * its real Office host and adapter on that fake. Nothing may come from the network: office.js is
 * replaced by an empty stub, and every request to another host is aborted and makes the test fail.
 *
 * Produces test-artefacts/taskpane-controleren.png (git-ignored): the pane after Controleren on a
 * workbook with errors.
 */
import * as fs from "fs";
import type * as http from "http";
import * as os from "os";
import * as path from "path";
import type { Page } from "playwright-core";
import {
  ARTEFACTS,
  axeScan as scan,
  buildFakeHost,
  buildTaskpane,
  onFake,
  onFakeWith,
  openPane,
  requireChromium,
  serve,
  type PaneSession,
} from "./harness";
import type { FakeHostApi } from "./fake-host-entry";

const SCREENSHOT = path.join(ARTEFACTS, "taskpane-controleren.png");

let tmp = "";
let server: http.Server | undefined;
let origin = "";
let session: PaneSession;
let page: Page;
let external: string[] = [];
let officeJsStubbed: string[] = [];
let pageErrors: string[] = [];
let consoleErrors: string[] = [];

/** Runs `fn` in the page on the fake Excel host's test API (the function is sent as source text). */
function fake<T>(fn: (api: FakeHostApi) => T): Promise<Awaited<T>> {
  return onFake(page, fn);
}

/** Polls `read` until it deep-equals `expected` (or fails with the last value after `ms`). */
async function until<T>(read: () => Promise<T>, expected: T, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  let last: T = await read();
  while (JSON.stringify(last) !== JSON.stringify(expected) && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 50));
    last = await read();
  }
  expect(last).toEqual(expected);
}

const axeScan = (label: string) => scan(page, label);

beforeAll(async () => {
  requireChromium("de browsertest van het taakvenster");
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "regiomonitor-taskpane-"));
  const dist = path.join(tmp, "dist");
  buildTaskpane(dist);
  const fakeHost = await buildFakeHost(path.join(tmp, "fake"));
  ({ server, origin } = await serve(dist));
  session = await openPane(fakeHost);
  ({ page, external, officeJsStubbed, pageErrors, consoleErrors } = session);
}, 300_000);

afterAll(async () => {
  await session?.browser.close();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

const OWNED = "Regiomonitor ·";

describe("task pane in headless Chromium on the fake Excel host", () => {
  test("an empty workbook offers the standard workbook; it is inserted for the chosen region", async () => {
    await page.goto(`${origin}/taskpane.html`);
    await page.getByRole("heading", { name: "Standaardwerkmap invoegen" }).waitFor();
    await axeScan("invoegen");

    // A wrong Peildatum is refused with a Dutch hint, nothing is inserted.
    await page.getByLabel("Regio").selectOption("Gouda");
    await page.getByRole("radio", { name: "Startfoto" }).check();
    await page.getByRole("textbox", { name: /Peildatum/ }).fill("15 januari");
    await page.getByRole("button", { name: "Standaardwerkmap invoegen" }).click();
    await page.getByText("Typ de peildatum als dd-mm-jjjj").waitFor();
    expect(await fake((api) => api.sheetNames())).not.toContain("Regio");

    await page.getByRole("textbox", { name: /Peildatum/ }).fill("15-01-2011");
    await page.getByRole("button", { name: "Standaardwerkmap invoegen" }).click();
    await page.getByRole("button", { name: "Controleren" }).waitFor();
    const names = await fake((api) => api.sheetNames());
    expect(names).toEqual(expect.arrayContaining(["Regio", "Mijlpalen", "Vragenlijst"]));
    expect(await fake((api) => api.value("Regio", "B2"))).toBe("Gouda");
    expect(await fake((api) => api.value("Regio", "B3"))).toBe("Startfoto");
  });

  test("Controleren shows scores, RAGs and the issues of a workbook with errors", async () => {
    // The coordinator fills in the workbook, with two mistakes: 'Soms' is no answer of V1, M3 has no status.
    await fake((api) => {
      api.setValue("Regio", "B5", "J. de Vries");
      for (let r = 2; r <= 8; r++) api.setValue("Mijlpalen", `C${r}`, "Gereed / in uitvoering");
      api.setValue("Mijlpalen", "C4", null);
      api.setValue("Mijlpalen", "C6", "In voorbereiding");
      api.setValue("Mijlpalen", "E6", "voorjaar 2011");
      for (let r = 2; r <= 21; r++) api.setValue("Vragenlijst", `D${r}`, "Onbekend");
      api.setValue("Vragenlijst", "D2", "Soms");
    });
    await page.getByRole("button", { name: "Controleren" }).click();
    const list = page.locator("section", { has: page.getByRole("heading", { name: "Meldingen" }) });
    await list.getByText(/Soms/).first().waitFor();

    const vragenlijst = page.getByTestId("meldingen-Vragenlijst");
    await expect(vragenlijst.getByRole("heading", { name: "Vragenlijst" }).count()).resolves.toBe(1);
    expect(await vragenlijst.innerText()).toContain("1 fout");
    expect(await vragenlijst.locator("[data-cel='Vragenlijst!D2']").innerText()).toMatch(/^D2 .*Soms/);
    const mijlpalen = page.getByTestId("meldingen-Mijlpalen");
    expect(await mijlpalen.locator("[data-cel='Mijlpalen!C4']").count()).toBe(1);
    expect(await page.getByTestId("meldingen-totaal").innerText()).toMatch(/\d+ fouten?/);

    // Scores with decimal comma, "waarvan onbekend", RAG with text, and explanations.
    expect(await page.getByTestId("invulgraad-Vragenlijst").innerText()).toMatch(
      /\d+,\d %[\s\S]*waarvan onbekend: \d+/,
    );
    expect(await page.getByTestId("voortgang").innerText()).toMatch(/\d+,\d %/);
    expect(await page.getByTestId("mijlpaal-M3").innerText()).toMatch(/Grijs[\s\S]*status is leeg/);
    expect(await page.getByTestId("mijlpaal-M5").innerText()).toMatch(/Oranje[\s\S]*voorjaar 2011/);
    expect(await page.getByTestId("mijlpaal-M7").innerText()).toMatch(/n\.v\.t\./);
    expect(await page.getByTestId("oordeel-regio").innerText()).toMatch(
      /Oranje[\s\S]*slechtste oordeel van de mijlpalen/,
    );

    fs.mkdirSync(ARTEFACTS, { recursive: true });
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
    expect(fs.statSync(SCREENSHOT).size).toBeGreaterThan(1000);
    await axeScan("controleren");
  });

  test("clicking an issue selects its cell in Excel", async () => {
    await page.locator("[data-cel='Vragenlijst!D2']").click();
    await until(() => fake((api) => api.selection()), { sheet: "Vragenlijst", address: "D2" });
    // Keyboard: the issues are reachable and activated with Enter.
    await page.locator("[data-cel='Mijlpalen!C4']").focus();
    await page.keyboard.press("Enter");
    await until(() => fake((api) => api.selection()), { sheet: "Mijlpalen", address: "C4" });
  });

  test("Samenvatting schrijven writes the add-in's own sheet, and refuses next to a user sheet of that name", async () => {
    await page.getByRole("button", { name: "Samenvatting schrijven" }).click();
    await page.getByText("Samenvatting geschreven").waitFor();
    expect(await fake((api) => api.sheetNames())).toContain("Samenvatting");
    const a1 = await fake((api) => api.value("Samenvatting", "A1"));
    expect(String(a1).startsWith(OWNED)).toBe(true);
    expect(String(a1)).toContain("Gouda");

    // Written again: replaced, still one sheet.
    await page.getByRole("button", { name: "Sluiten" }).click();
    await page.getByRole("button", { name: "Samenvatting schrijven" }).click();
    await page.getByText("Samenvatting geschreven").waitFor();
    expect((await fake((api) => api.sheetNames())).filter((n) => n === "Samenvatting")).toHaveLength(1);

    // A user's own sheet called Samenvatting: refused with the reason, the sheet untouched.
    await fake((api) => {
      api.deleteSheet("Samenvatting");
      api.addSheet("Samenvatting", [["Mijn eigen aantekeningen"]]);
    });
    await page.getByRole("button", { name: "Sluiten" }).click();
    await page.getByRole("button", { name: "Samenvatting schrijven" }).click();
    const refusal = page.getByText("Niet geschreven");
    await refusal.waitFor();
    const bar = page.locator(".fui-MessageBar", { hasText: "Niet geschreven" });
    expect(await bar.innerText()).toMatch(/Samenvatting/);
    expect(await fake((api) => api.value("Samenvatting", "A1"))).toBe("Mijn eigen aantekeningen");
    await axeScan("geweigerd");
  });

  test("Automatisch controleren: an edit is checked again without a click; switched off, the result is marked verouderd", async () => {
    // The coordinator corrects V1; Excel reports the edit; the pane re-checks after the debounce.
    await fake((api) => {
      api.setValue("Vragenlijst", "D2", "Alle");
      return api.changed("Vragenlijst", "D2");
    });
    await page.locator("[data-cel='Vragenlijst!D2']").waitFor({ state: "detached" });
    expect(await page.getByTestId("meldingen-Vragenlijst").count()).toBe(0);

    // Off: an edit only marks the result verouderd, nothing is read.
    await page.getByRole("switch", { name: "Automatisch controleren" }).click();
    expect(await page.getByRole("switch", { name: "Automatisch controleren" }).isChecked()).toBe(false);
    const before = (await fake((api) => api.stats())).syncs;
    await fake((api) => {
      api.setValue("Vragenlijst", "D2", "Soms");
      return api.changed("Vragenlijst", "D2");
    });
    await page.getByTestId("status").getByText("verouderd").waitFor();
    await page.waitForTimeout(1200);
    expect((await fake((api) => api.stats())).syncs).toBe(before);
    expect(await page.locator("[data-cel='Vragenlijst!D2']").count()).toBe(0);

    // Back on: the stale result is checked again.
    await page.getByRole("switch", { name: "Automatisch controleren" }).click();
    await page.locator("[data-cel='Vragenlijst!D2']").waitFor();
    expect(await page.getByTestId("status").innerText()).toMatch(/Gecontroleerd met .*fout/);
  });

  test("Controleren reads in two syncs; Samenvatting schrijven takes a read (two) and two writes", async () => {
    await fake((api) => {
      api.deleteSheet("Samenvatting"); // the user's sheet of the previous test
    });
    let before = (await fake((api) => api.stats())).syncs;
    await page.getByRole("button", { name: "Controleren" }).click();
    // Which sheets and tables exist, then only those (no calls on possibly-null objects).
    await until(async () => (await fake((api) => api.stats())).syncs - before, 2);
    await page.waitForTimeout(300);
    const controleren = (await fake((api) => api.stats())).syncs - before;
    expect(controleren).toBe(2);

    await page.getByRole("button", { name: "Sluiten" }).click();
    before = (await fake((api) => api.stats())).syncs;
    const opsBefore = (await fake((api) => api.operations())).length;
    await page.getByRole("button", { name: "Samenvatting schrijven" }).click();
    await page.getByText("Samenvatting geschreven").waitFor();
    // After the write the pane listens to selections on the new sheet (2 syncs: find it, register).
    await page.waitForTimeout(500);
    const total = (await fake((api) => api.stats())).syncs - before;
    const isListen = (ops: string[]) =>
      ops.some((p) => /onSelectionChanged/.test(p)) ||
      ops.every((p) => /getItemOrNullObject\(\)\.load$/.test(p));
    const ops = (await fake((api) => api.operations())).slice(opsBefore);
    const schrijven = ops.filter((o) => !isListen(o)).length;
    expect(schrijven).toBeLessThanOrEqual(4);
    expect(total - schrijven).toBeLessThanOrEqual(2);
    console.log(
      `syncs: Controleren ${controleren}, Samenvatting schrijven ${schrijven} (lezen + schrijven), selectie volgen ${total - schrijven}`,
    );
  });

  test("selecting a milestone's Oordeel on the Samenvatting explains it; Ga naar bron selects its status cell", async () => {
    // The Samenvatting written by the previous test; M5 is In voorbereiding, expected voorjaar 2011.
    const rows = (await fake((api) => api.valuesOf("Samenvatting", "A1:F60"))) as (
      string | number | null
    )[][];
    const header = rows.findIndex((r) => r[0] === "Mijlpaal");
    const oordeel = rows[header].indexOf("Oordeel");
    const m5 = rows.findIndex((r, i) => i > header && r[0] === "M5") + 1;
    expect(header).toBeGreaterThanOrEqual(0);
    expect(m5).toBeGreaterThan(header + 1);
    const address = `${String.fromCharCode(65 + oordeel)}${m5}`;

    const panel = page.getByTestId("uitleg");
    await panel.waitFor();
    expect(await panel.innerText()).toMatch(/Selecteer in het blad 'Samenvatting'/);
    // The pane listens to selections on the Samenvatting once it registered (a moment after the write).
    const end = Date.now() + 5000;
    let ran = 0;
    while ((ran = await onFakeWith(page, (api, a) => api.userSelects("Samenvatting", a), address)) === 0) {
      if (Date.now() > end) break;
      await page.waitForTimeout(50);
    }
    expect(ran).toBe(1);
    await panel.getByText("M5 · Oordeel").waitFor();
    expect(await page.getByTestId("uitleg-titel").innerText()).toContain(`Samenvatting!${address}`);
    expect(await page.getByTestId("uitleg-regel").innerText()).toMatch(
      /Oranje = gedeeltelijk, of in voorbereiding/,
    );
    expect(await page.getByTestId("uitleg-invoer").innerText()).toMatch(
      /Status In voorbereiding, verwachte datum voorjaar 2011/,
    );
    expect(await page.getByTestId("uitleg-bron").innerText()).toMatch(/Mijlpalen!C6/);
    await axeScan("uitleg samenvatting");

    await panel.getByRole("button", { name: /Ga naar bron/ }).click();
    await until(() => fake((api) => api.selection()), { sheet: "Mijlpalen", address: "C6" });

    // A cell without a score: said so, no button.
    await onFakeWith(page, (api, a) => api.userSelects("Samenvatting", a), "A1");
    await panel.getByText(/Samenvatting!A1: bij deze cel hoort geen oordeel of percentage/).waitFor();
    expect(await panel.getByRole("button", { name: /Ga naar bron/ }).count()).toBe(0);
  });

  test("an Excel error becomes a Dutch message with what to do, and the pane recovers", async () => {
    await fake((api) => api.failNextSyncWith("InvalidOperationInCellEditMode"));
    await page.getByRole("button", { name: "Controleren" }).click();
    const bar = page.locator(".fui-MessageBar", { hasText: "Controleren mislukt" });
    await bar.waitFor();
    expect(await bar.innerText()).toMatch(
      /Excel is bezig met het bewerken van een cel\. Druk op Enter of Esc/,
    );
    // The last result stays visible under the message: never a blank pane.
    expect(await page.getByRole("heading", { name: "Meldingen" }).count()).toBe(1);
    await axeScan("foutmelding");
    await bar.getByRole("button", { name: "Opnieuw" }).click();
    await bar.waitFor({ state: "detached" });
  });

  test("nothing came from the network and the page had no errors", async () => {
    expect(external).toEqual([]);
    expect(officeJsStubbed).toContain("/office-js/office.js");
    expect(pageErrors).toEqual([]);
    expect(consoleErrors).toEqual([]);
    const stats = await fake((api) => api.stats());
    // Logged so that a person can see what the pane costs in Excel round trips.
    console.log(`fake Excel: ${JSON.stringify(stats)}`);
  });
});
