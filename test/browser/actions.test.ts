/**
 * Browser test of the task pane on an action monitor (issue 9: one engine): the actiemonitor-2013 example
 * workbook (built by the template builder from the Taskforce 2013 list) is opened in the fake Excel host; the
 * pane checks it, shows its scores and the colour per action, writes its summary sheets (Samenvatting,
 * Overzicht acties, Actielijst) in a counted number of Office.js syncs, and explains a selected Actielijst
 * colour cell. Produces test-artefacts/taakvenster-acties-*.png.
 */
import * as fs from "fs";
import * as path from "path";
import type { Page } from "playwright-core";
import {
  ARTEFACTS,
  axeScan,
  chooseOpenWorkbook,
  lastSelectionListener,
  onFake,
  onFakeWith,
  selectionListenersOn,
} from "./harness";
import { usePane } from "./pane-fixture";
import { findMonitor } from "../../src/core/model";
import { buildTemplate } from "../../src/core/engine/template";
import { taskforce2013Fill } from "../../src/examples/fills";
import { a1 } from "../../src/core/grid";
import type { UnitFill } from "../../src/core/engine/template";
import { buildTemplateWorkbook } from "../../src/xlsx/writer";
import { writeWorkbookFile } from "../../src/xlsx/files";
import type { SeedSheet } from "../fake-excel/fake-excel";
import { templateSeed } from "../helpers/template-seed";

const DEF = findMonitor("actiemonitor-2013")!;
const CSV = fs.readFileSync(path.join(__dirname, "..", "..", "data", "taskforce-acties-2013.csv"), "utf8");

/** The example workbook as the fake's seed: each table from A1, and the very hidden definition sheet. */
function exampleWorkbook(): SeedSheet[] {
  return templateSeed(buildTemplate(DEF, { vul: taskforce2013Fill(DEF, CSV) }));
}

const pane = usePane({
  what: "de browsertest van het taakvenster op een actiemonitor",
  folder: "regiomonitor-acties",
});
let origin = "";
let page: Page;

beforeAll(async () => {
  origin = pane.origin;
  page = pane.page;
  // After the fake host entry, before the pane's bundle: the user opened the example workbook.
  await page.addInitScript(
    (seed) =>
      (
        window as unknown as { __fakeExcelHost__: { addWorkbook(s: unknown): void } }
      ).__fakeExcelHost__.addWorkbook(seed),
    exampleWorkbook(),
  );
});

const shot = async (name: string) => {
  const file = path.join(ARTEFACTS, `taakvenster-acties-${name}.png`);
  fs.mkdirSync(ARTEFACTS, { recursive: true });
  await page.screenshot({ path: file, fullPage: true });
  expect(fs.statSync(file).size).toBeGreaterThan(1000);
};

describe("task pane on the actiemonitor-2013 example workbook", () => {
  test("Controleren shows the scores and the colour of every action: Groen 11 · Oranje 3 · Rood 3 · Grijs 8", async () => {
    await page.goto(`${origin}/taskpane.html`);
    await page.getByRole("button", { name: "Controleren" }).click();
    const acties = page.locator("[data-testid^='actie-']");
    await acties.first().waitFor();
    const labels = await acties.evaluateAll((els) =>
      els.map((e) => (e.textContent ?? "").match(/^(Groen|Oranje|Rood|Grijs|n\.v\.t\.)/)?.[1] ?? "?"),
    );
    const count = (l: string) => labels.filter((x) => x === l).length;
    expect(labels).toHaveLength(25);
    expect([count("Groen"), count("Oranje"), count("Rood"), count("Grijs")]).toEqual([11, 3, 3, 8]);
    expect(await page.getByTestId("oordeel-regio").count()).toBeLessThanOrEqual(1);
    await shot("controleren");
    await axeScan(page, "acties controleren");
  });

  test("Samenvatting schrijven writes Samenvatting, Overzicht acties and Actielijst in counted syncs", async () => {
    const before = (await onFake(page, (api) => api.stats())).syncs;
    const opsBefore = (await onFake(page, (api) => api.operations())).length;
    const listenerBefore = await lastSelectionListener(page);
    await page.getByRole("button", { name: "Samenvatting schrijven" }).click();
    await page.getByText("Samenvatting geschreven").waitFor();
    // After the write the pane listens to selections on the new sheets; that registration is its last sync.
    await selectionListenersOn(page, ["Actielijst"], listenerBefore);
    const names = await onFake(page, (api) => api.sheetNames());
    expect(names).toEqual(expect.arrayContaining(["Samenvatting", "Overzicht acties", "Actielijst"]));
    const total = (await onFake(page, (api) => api.stats())).syncs - before;
    const ops = (await onFake(page, (api) => api.operations())).slice(opsBefore);
    const isListen = (o: string[]) =>
      o.some((p) => /onSelectionChanged/.test(p)) || o.every((p) => /getItemOrNullObject\(\)\.load$/.test(p));
    const schrijven = ops.filter((o) => !isListen(o)).length;
    // A read (two syncs) and the write of the three sheets (two), whatever the number of sheets.
    expect(schrijven).toBeLessThanOrEqual(4);
    expect(total - schrijven).toBeLessThanOrEqual(2);
    console.log(`syncs acties: Samenvatting schrijven ${schrijven}, selectie volgen ${total - schrijven}`);
    await shot("samenvatting");
  });

  test("selecting a colour cell of the Actielijst explains it, with its source", async () => {
    const rows = (await onFake(page, (api) => api.valuesOf("Actielijst", "A1:L40"))) as (
      string | number | null
    )[][];
    let address = "";
    rows.forEach((r, i) =>
      r.forEach((v, c) => {
        if (!address && (v === "Rood" || v === "Groen") && i > 0) address = a1(i + 1, c + 1);
      }),
    );
    expect(address).not.toBe("");
    const panel = page.getByTestId("uitleg");
    await selectionListenersOn(page, ["Actielijst"]);
    expect(await onFakeWith(page, (api, a) => api.userSelects("Actielijst", a), address)).toBe(1);
    await page.getByTestId("uitleg-titel").waitFor();
    expect(await page.getByTestId("uitleg-titel").innerText()).toContain(`Actielijst!${address}`);
    expect((await page.getByTestId("uitleg-regel").innerText()).length).toBeGreaterThan(10);
    expect((await page.getByTestId("uitleg-bron").innerText()).length).toBeGreaterThan(0);
    expect(await panel.innerText()).not.toMatch(/geen oordeel of percentage/);
    await shot("uitleg");
  });

  test("Landelijk overzicht imports two per-actiehouder returns into the national action sheets, in counted syncs", async () => {
    // Two returns of the same monitor: VWS fills in its own actions, the other owners theirs.
    const fill = taskforce2013Fill(DEF, CSV);
    const all = fill.rijen!.acties;
    const owner = (key: string) =>
      DEF.tabellen.flatMap((t) => (t.vorm === "rijen" ? t.rijen : [])).find((r) => r.waarden.nr === key)!
        .waarden.actiehouder;
    const part = (vws: boolean) => ({
      rijen: {
        acties: Object.fromEntries(Object.entries(all).filter(([k]) => (owner(k) === "VWS") === vws)),
      },
    });
    const files = await Promise.all(
      [
        ["Acties-VWS.xlsx", part(true)],
        ["Acties-overige-actiehouders.xlsx", part(false)],
      ].map(async ([name, vul]) => {
        const file = pane.file(name as string);
        await writeWorkbookFile(
          await buildTemplateWorkbook(buildTemplate(DEF, { vul: vul as UnitFill })),
          file,
        );
        return file;
      }),
    );
    await page.getByRole("tab", { name: "Landelijk overzicht" }).click();
    await page.getByRole("heading", { name: "Landelijk overzicht", level: 1 }).waitFor();
    // The open workbook is the action monitor's own return: the pane asks, the test says yes.
    await chooseOpenWorkbook(page, true);
    const before = (await onFake(page, (api) => api.stats())).syncs;
    const opsBefore = (await onFake(page, (api) => api.operations())).length;
    const listenerBefore = await lastSelectionListener(page);
    await page.getByTestId("bestanden").setInputFiles(files);
    await page.locator("[data-testid='voortgang-import'][data-fase='klaar']").waitFor({ timeout: 120_000 });
    await page.getByText("Landelijke bladen geschreven").waitFor();
    await selectionListenersOn(page, ["Actielijst"], listenerBefore);
    // The overview: both files count. The source says no total judgement can be given (seeds 000
    // l. 176–180): the pane shows the colour per action, not a total stoplight, and says why.
    expect(await page.getByTestId("ontvangen").innerText()).toMatch(/2\s+bestanden meegeteld/);
    const stoplicht = await page.getByTestId("stoplicht").innerText();
    expect(stoplicht).toContain("Kleur per actie: 25 acties");
    expect(stoplicht).toContain("Geen totaaloordeel");
    expect(stoplicht).not.toContain("Groen 11");
    expect(await page.getByTestId("groep-VWS").innerText()).toMatch(/14/);
    const names = await onFake(page, (api) => api.sheetNames());
    expect(names).toEqual(expect.arrayContaining(["Overzicht acties", "Actielijst"]));
    const rows = (await onFake(page, (api) => api.valuesOf("Actielijst", "A1:L40"))) as unknown[][];
    const colours = rows.flat().filter((v) => ["Groen", "Oranje", "Rood", "Grijs"].includes(String(v)));
    expect(colours.filter((v) => v === "Groen")).toHaveLength(11);
    // Reads happen in the pane (File.arrayBuffer); Excel sees the write (2 syncs) and the selection listener (2).
    const ops = (await onFake(page, (api) => api.operations())).slice(opsBefore);
    const isListen = (o: string[]) =>
      o.some((p) => /onSelectionChanged/.test(p)) || o.every((p) => /getItemOrNullObject\(\)\.load$/.test(p));
    const total = (await onFake(page, (api) => api.stats())).syncs - before;
    const schrijven = ops.filter((o) => !isListen(o)).length;
    expect(schrijven).toBeLessThanOrEqual(3);
    expect(total - schrijven).toBeLessThanOrEqual(2);
    console.log(`syncs acties: import ${schrijven}, selectie volgen ${total - schrijven}`);
    await shot("landelijk");
    await axeScan(page, "acties landelijk");
  });

  test("nothing came from the network and the page had no errors", () => {
    expect(pane.session.external).toEqual([]);
    expect(pane.session.pageErrors).toEqual([]);
    expect(pane.session.consoleErrors).toEqual([]);
  });
});
