/**
 * Browser test of the coordinator's task pane: the development build of the add-in (webpack.config.js)
 * served from 127.0.0.1, driven in Debian's headless Chromium through playwright-core (see harness.ts). The page
 * loads Microsoft's office.js and Excel client library (the development build's offline copy of
 * `@microsoft/office-js`), connected to the simulated host (test/fake-excel/rich-api-host.ts over the simulated
 * workbook), so the pane's real Office host and adapter go through Microsoft's code; syncs are counted from the
 * library's requests. Nothing may come from the network: every request to another host is aborted and makes
 * the test fail.
 *
 * Produces (git-ignored) test-artefacts/taakvenster-regio-{leeg,bezig,fouten,klaar}.png, one per state of the
 * return, and taskpane-controleren.png: the pane after Controleren on a workbook with a mistake.
 */
import * as fs from "fs";
import * as path from "path";
import type { Page } from "playwright-core";
import {
  ARTEFACTS,
  axeScan as scan,
  lastSelectionListener,
  onFake,
  onFakeWith,
  selectionIs,
  selectionListenersOn,
} from "./harness";
import { usePane } from "./pane-fixture";
import type { FakeHostApi } from "./fake-host-entry";

const SCREENSHOT = path.join(ARTEFACTS, "taskpane-controleren.png");

const pane = usePane({ what: "de browsertest van het taakvenster", folder: "regiomonitor-taskpane" });
let origin = "";
let page: Page;
let external: string[] = [];
let officeJsLoaded: string[] = [];
let pageErrors: string[] = [];
let consoleErrors: string[] = [];

/** Runs `fn` in the page on the fake Excel host's test API (the function is sent as source text). */
function fake<T>(fn: (api: FakeHostApi) => T): Promise<Awaited<T>> {
  return onFake(page, fn);
}

const axeScan = (label: string) => scan(page, label);

beforeAll(() => {
  origin = pane.origin;
  ({ page, external, officeJsLoaded, pageErrors, consoleErrors } = pane.session);
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

  test("a fresh template shows 'Nog niet ingevuld' first: no fouten, no Rood, the next step", async () => {
    const state = page.getByTestId("staat");
    await state.getByRole("heading", { name: "Nog niet ingevuld" }).waitFor();
    expect(await state.getAttribute("data-staat")).toBe("niet_begonnen");
    expect(await page.getByTestId("volgende-stap").innerText()).toBe(
      "Vul de bladen Regio, Mijlpalen en Vragenlijst in. De controle kijkt mee terwijl u typt.",
    );
    expect(await page.getByTestId("fouten").count()).toBe(0);
    expect(await page.locator("main").innerText()).not.toMatch(/\bfout(en)?\b/i);
    expect(await page.locator("[data-rag='rood']").count()).toBe(0);
    // The empty cells are progress, collapsed.
    const open = page.getByTestId("nog-in-te-vullen");
    expect(await open.getAttribute("open")).toBeNull();
    expect(await open.locator("summary").innerText()).toMatch(/^Nog in te vullen \(\d+\)$/);
    // The state is the first thing under the file name, within the first screen.
    const box = await state.boundingBox();
    expect(box!.y + box!.height).toBeLessThan(page.viewportSize()!.height);
    fs.mkdirSync(ARTEFACTS, { recursive: true });
    await page.screenshot({ path: path.join(ARTEFACTS, "taakvenster-regio-leeg.png"), fullPage: true });
    await axeScan("niet begonnen");
  });

  test("one answer makes it 'Bezig: N van M ingevuld', still without fouten or Rood", async () => {
    await fake((api) => {
      api.setValue("Regio", "B5", "J. de Vries");
      return api.changed("Regio", "B5");
    });
    const state = page.getByTestId("staat");
    await state.getByRole("heading", { name: /^Bezig: \d+ van \d+ ingevuld$/ }).waitFor();
    expect(await page.getByTestId("fouten").count()).toBe(0);
    expect(await page.locator("[data-rag='rood']").count()).toBe(0);
    expect(await page.getByTestId("oordeel-invulling").innerText()).toMatch(/Volgt als alles is ingevuld/);
    await page.screenshot({ path: path.join(ARTEFACTS, "taakvenster-regio-bezig.png"), fullPage: true });
    await axeScan("bezig");
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
    const fouten = page.getByTestId("fouten");
    await fouten.getByText(/Soms/).first().waitFor();

    // The state first: one real mistake; the empty status of M3 is still to be filled in, not a mistake.
    const state = page.getByTestId("staat");
    await state.getByRole("heading", { name: "Fouten te herstellen: 1" }).waitFor();
    expect(await state.getAttribute("data-staat")).toBe("fouten");
    expect(await page.getByRole("heading", { name: "Fouten (1)" }).count()).toBe(1);
    const vragenlijst = fouten.getByTestId("blad-Vragenlijst");
    await expect(vragenlijst.getByRole("heading", { name: "Vragenlijst (1)" }).count()).resolves.toBe(1);
    expect(await vragenlijst.locator("[data-regel='ongeldig_antwoord'] h4").innerText()).toBe(
      "Het antwoord is geen van de opties van de schaal.",
    );
    // One short line: the cell is the link and is named once.
    const line = vragenlijst.locator("li", { has: page.locator("[data-cel='Vragenlijst!D2']") });
    expect(await line.locator("[data-cel='Vragenlijst!D2']").innerText()).toBe("D2");
    const lineText = await line.innerText();
    expect(lineText).toMatch(/Soms/);
    expect(lineText.match(/D2/g)).toHaveLength(1);
    expect(await fouten.locator("[data-cel='Mijlpalen!C4']").count()).toBe(0);
    const open = page.getByTestId("nog-in-te-vullen");
    expect(await open.locator("[data-cel='Mijlpalen!C4']").count()).toBe(1);
    // No internal code is shown as text.
    expect(await page.locator("main").innerText()).not.toMatch(/ongeldig_antwoord|verplicht_leeg|_/);

    // The order: state, mistakes, what is still open, then the scores.
    const y = async (testId: string) => (await page.getByTestId(testId).boundingBox())!.y;
    expect(await y("staat")).toBeLessThan(await y("fouten"));
    expect(await y("fouten")).toBeLessThan(await y("nog-in-te-vullen"));
    expect(await y("nog-in-te-vullen")).toBeLessThan(await y("invulgraad-totaal"));

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

  test("Eindcontrole: the empty required cells become mistakes; Verder met invullen makes them progress again", async () => {
    await page.getByRole("button", { name: "Eindcontrole" }).click();
    const fouten = page.getByTestId("fouten");
    await fouten.locator("[data-cel='Mijlpalen!C4']").waitFor();
    expect(await fouten.locator("[data-regel='verplicht_leeg']").count()).toBeGreaterThan(0);
    expect(await page.getByTestId("nog-in-te-vullen").count()).toBe(0);
    await page.screenshot({ path: path.join(ARTEFACTS, "taakvenster-regio-fouten.png"), fullPage: true });
    await page.getByRole("button", { name: "Verder met invullen" }).click();
    await fouten.locator("[data-cel='Mijlpalen!C4']").waitFor({ state: "detached" });
    await page
      .getByTestId("nog-in-te-vullen")
      .locator("[data-cel='Mijlpalen!C4']")
      .waitFor({ state: "attached" });
  });

  test("clicking an issue selects its cell in Excel", async () => {
    await page.locator("[data-cel='Vragenlijst!D2']").click();
    await selectionIs(page, "Vragenlijst", "D2");
    // Keyboard: the issues are reachable and activated with Enter.
    await page.getByTestId("nog-in-te-vullen").locator("summary").click();
    await page.locator("[data-cel='Mijlpalen!C4']").focus();
    await page.keyboard.press("Enter");
    await selectionIs(page, "Mijlpalen", "C4");
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
    expect(await page.getByTestId("fouten").count()).toBe(0);

    // Off: an edit only marks the result verouderd, nothing is read.
    await page.getByRole("switch", { name: "Automatisch controleren" }).click();
    expect(await page.getByRole("switch", { name: "Automatisch controleren" }).isChecked()).toBe(false);
    const before = (await fake((api) => api.stats())).syncs;
    const handled = await fake((api) => {
      api.setValue("Vragenlijst", "D2", "Soms");
      return api.changed("Vragenlijst", "D2");
    });
    expect(handled).toBeGreaterThan(0);
    // The scheduler took the edit and planned nothing: with automatic checking off, a stale result says so
    // (with it on, the text says the check follows), and no timer is set.
    await page
      .getByTestId("status")
      .getByText("De werkmap is gewijzigd na deze controle. Klik op Controleren.")
      .waitFor();
    expect((await fake((api) => api.stats())).syncs).toBe(before);
    expect(await page.locator("[data-cel='Vragenlijst!D2']").count()).toBe(0);

    // Back on: the stale result is checked again.
    await page.getByRole("switch", { name: "Automatisch controleren" }).click();
    await page.locator("[data-cel='Vragenlijst!D2']").waitFor();
    expect(await page.getByTestId("staat").getAttribute("data-staat")).toBe("fouten");
    expect(await page.getByTestId("status").innerText()).toMatch(/Gecontroleerd met /);
  });

  test("Controleren reads in two syncs; Samenvatting schrijven takes a read (two) and two writes", async () => {
    await fake((api) => {
      api.deleteSheet("Samenvatting"); // the user's sheet of the previous test
    });
    let before = (await fake((api) => api.stats())).syncs;
    await page.getByRole("button", { name: "Controleren" }).click();
    // Which sheets and tables exist, then only those (no calls on possibly-null objects). Counted once the check
    // has read (at least two syncs) and is over (the status no longer says it is checking).
    await page.waitForFunction(
      (from) =>
        window.__fakeExcelHost__.stats().syncs - from >= 2 &&
        !document.querySelector("[data-testid='status']")?.textContent?.includes("Bezig met controleren"),
      before,
    );
    const controleren = (await fake((api) => api.stats())).syncs - before;
    expect(controleren).toBe(2);

    await page.getByRole("button", { name: "Sluiten" }).click();
    before = (await fake((api) => api.stats())).syncs;
    const opsBefore = (await fake((api) => api.operations())).length;
    const listenerBefore = await lastSelectionListener(page);
    await page.getByRole("button", { name: "Samenvatting schrijven" }).click();
    await page.getByText("Samenvatting geschreven").waitFor();
    // After the write the pane listens to selections on the new sheet (2 syncs: find it, register).
    await selectionListenersOn(page, ["Samenvatting"], listenerBefore);
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
    await selectionListenersOn(page, ["Samenvatting"]);
    expect(await onFakeWith(page, (api, a) => api.userSelects("Samenvatting", a), address)).toBe(1);
    await panel.getByText("M5 · Oordeel").waitFor();
    expect(await page.getByTestId("uitleg-titel").innerText()).toContain(`Samenvatting!${address}`);
    expect(await page.getByTestId("uitleg-regel").innerText()).toMatch(
      /Oranje: gedeeltelijk, of in voorbereiding/,
    );
    expect(await page.getByTestId("uitleg-invoer").innerText()).toMatch(
      /Status In voorbereiding, verwachte datum voorjaar 2011/,
    );
    expect(await page.getByTestId("uitleg-bron").innerText()).toMatch(/Mijlpalen!C6/);
    await axeScan("uitleg samenvatting");

    await panel.getByRole("button", { name: /Ga naar bron/ }).click();
    await selectionIs(page, "Mijlpalen", "C6");

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
    expect(await page.getByRole("heading", { name: "Fouten (1)" }).count()).toBe(1);
    await axeScan("foutmelding");
    await bar.getByRole("button", { name: "Opnieuw" }).click();
    await bar.waitFor({ state: "detached" });
  });

  test("a complete, valid workbook shows 'Klaar om in te leveren' with the next step", async () => {
    await fake((api) => {
      api.setValue("Vragenlijst", "D2", "Alle");
      api.setValue("Mijlpalen", "C4", "Gereed / in uitvoering");
      return api.changed("Vragenlijst", "D2");
    });
    const state = page.getByTestId("staat");
    await state.getByRole("heading", { name: "Klaar om in te leveren" }).waitFor();
    expect(await state.getAttribute("data-staat")).toBe("klaar");
    expect(await page.getByTestId("volgende-stap").innerText()).toMatch(
      /^Alles is ingevuld en er zijn geen fouten\. .*sla de werkmap op en stuur hem naar het instituut\.$/i,
    );
    expect(await page.getByTestId("fouten").count()).toBe(0);
    expect(await page.getByTestId("nog-in-te-vullen").count()).toBe(0);
    await page.screenshot({ path: path.join(ARTEFACTS, "taakvenster-regio-klaar.png"), fullPage: true });
    await axeScan("klaar");
  });

  test("nothing came from the network and the page had no errors", async () => {
    expect(external).toEqual([]);
    expect(officeJsLoaded).toEqual(["/office-js/office.js", "/office-js/excel-win32-16.01.js"]);
    expect(pageErrors).toEqual([]);
    expect(consoleErrors).toEqual([]);
    const stats = await fake((api) => api.stats());
    // Logged so that a person can see what the pane costs in Excel round trips.
    console.log(`fake Excel: ${JSON.stringify(stats)}`);
  });

  test("the pane ran on Microsoft's library: the host's requirement sets, and no request the host refused", async () => {
    // Office.context as Microsoft 365 on Windows hands it over (ExcelApi up to 1.20; the manifest declares 1.9).
    expect(
      await page.evaluate(() => [
        Office.context.requirements.isSetSupported("ExcelApi", "1.9"),
        Office.context.requirements.isSetSupported("ExcelApi", "1.21"),
      ]),
    ).toEqual([true, false]);
    // No member the host does not model, no InvalidObjectPath, nothing refused for its size. The errors are the
    // one this test planned, and Excel's ItemNotFound for sheets the pane still held by id when they were gone:
    // the Samenvatting the pane replaced and the one the test deleted (stopping their selection listeners).
    const errors = await fake((api) => api.requestErrors());
    const goneById = /^ItemNotFound: .*\(at workbook\.worksheets\.getItem\("\{sheet-\d+\}"\)\)$/;
    expect(errors.filter((e) => !goneById.test(e))).toEqual([
      expect.stringMatching(/^InvalidOperationInCellEditMode: planned failure/),
    ]);
    expect(errors.filter((e) => goneById.test(e)).length).toBeLessThanOrEqual(2);
  });
});
