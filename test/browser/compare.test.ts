/**
 * Browser test of "Definitie laden" and "Vergelijk met vorige meting" in the Landelijk overzicht (headless
 * Chromium on the fake Excel host, as national.test.ts): a definition file with a mistake shows a message naming
 * the path in the file; three example workbooks are imported, a previous round made by `regiomonitor aggregate
 * --json` (Almere's M5 then 'Niet gestart') is picked, and the pane writes an owned `Vergelijking` sheet with
 * the change. The pane keeps the round in the very hidden round sheet (the same JSON as the command line's), a
 * previous national workbook (.xlsx) is accepted in place of its JSON, a regional workbook is refused, and
 * "Kopieer deze meting" puts the JSON on the clipboard or says in Dutch what to do when that is refused.
 */
import * as fs from "fs";
import * as path from "path";
import { chooseOpenWorkbook, onFake, onFakeWith, type PaneSession } from "./harness";
import { usePane } from "./pane-fixture";
import { aggregateRound } from "../helpers/files";
import { DEF, exampleFill } from "../helpers/inputs";
import { buildTemplate } from "../../src/core/engine/template";
import { monitorToJson } from "../../src/core/model";
import { isOwnedSheet } from "../../src/core/sheet-model";
import { templateWorkbook } from "../../src/xlsx/write-template";
import { readRoundSheet, ROUND_SHEET } from "../../src/core/layout/round-sheet";
import type { RawValue } from "../../src/core/grid";
import { safeFileName, writeWorkbookFile } from "../../src/xlsx/files";

const REGIONS = ["Alkmaar", "Almere", "Amersfoort"];

let current: string[] = [];
let previousJson = "";
let previousXlsx = "";
let currentJson = "";
let badDefinition = "";

async function writeRound(dir: string, change?: { regio: string; code: string; status: string }) {
  fs.mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  for (const regio of REGIONS) {
    const { fill } = exampleFill(regio);
    const mijlpalen = fill.rijen?.mijlpalen ?? {};
    const rijen = {
      ...fill.rijen,
      mijlpalen:
        change?.regio === regio ? { ...mijlpalen, [change.code]: { status: change.status } } : mijlpalen,
    };
    const file = path.join(dir, `Regiomonitor-${safeFileName(regio)}.xlsx`);
    await writeWorkbookFile(
      templateWorkbook(buildTemplate(DEF, { eenheid: regio, vul: { ...fill, rijen } })),
      file,
    );
    files.push(file);
  }
  return files;
}

const pane = usePane({
  what: "de browsertest van vergelijken en definitie laden",
  folder: "regiomonitor-compare",
  prepare: async (tmp) => {
    current = await writeRound(path.join(tmp, "nu"));
    const before = await writeRound(path.join(tmp, "toen"), {
      regio: "Almere",
      code: "M5",
      status: "Niet gestart",
    });
    previousJson = path.join(tmp, "startfoto.json");
    previousXlsx = path.join(tmp, "startfoto.xlsx");
    aggregateRound(before, previousXlsx, previousJson);
    expect(fs.existsSync(previousJson)).toBe(true);
    currentJson = path.join(tmp, "nu.json");
    aggregateRound(current, path.join(tmp, "nu.xlsx"), currentJson);
    // A definition file with one mistake: the second milestone repeats the first one's code.
    const raw = JSON.parse(monitorToJson(DEF)) as {
      tabellen: { id: string; rijen?: { waarden: Record<string, string> }[] }[];
    };
    const m = raw.tabellen.find((t) => t.id === "mijlpalen")!.rijen!;
    m[1].waarden.code = m[0].waarden.code;
    badDefinition = path.join(tmp, "mijn-definitie.json");
    fs.writeFileSync(badDefinition, JSON.stringify(raw, null, 2));
  },
});

test("a bad definition names its path; a previous round gives an owned Vergelijking sheet", async () => {
  const page = pane.page;
  await page.goto(`${pane.origin}/taskpane.html`);
  await page.getByRole("tab", { name: "Landelijk overzicht" }).click();
  await page.getByRole("heading", { name: "Landelijk overzicht", level: 1 }).waitFor();

  // Definitie laden (an advanced option): refused, with the path in the file; the built-in one stays active.
  await page.getByTestId("geavanceerd").locator("summary").click();
  await page.getByTestId("definitie-bestand").setInputFiles(badDefinition);
  const fouten = page.getByTestId("definitie-fouten");
  await fouten.waitFor();
  expect(await fouten.innerText()).toMatch(
    /mijn-definitie\.json: tabellen\[\d+\]\.rijen\[1\]: .M1. komt twee keer voor/,
  );
  expect(await page.getByTestId("actieve-definitie").innerText()).toContain(
    `${DEF.id}, versie ${DEF.versie}`,
  );

  // Import this round into this workbook, then compare with the previous one.
  await chooseOpenWorkbook(page);
  await page.getByTestId("bestanden").setInputFiles(current);
  await page.locator("[data-testid='voortgang-import'][data-fase='klaar']").waitFor({ timeout: 120_000 });
  await page.getByTestId("vorige-meting").setInputFiles(previousJson);
  await page.locator("[data-testid='vergelijk-uitslag'][data-status='klaar']").waitFor({ timeout: 30_000 });
  const summary = await page.getByTestId("vergelijk-uitslag").innerText();
  expect(summary).toMatch(/Vergelijking geschreven/);
  expect(summary).toMatch(/1 regio heeft een ander oordeel \(RAG\): 1 beter, 0 slechter \(Almere\)/);

  const names = await onFake(page, (api) => api.sheetNames());
  expect(names.filter((n) => n === "Vergelijking")).toHaveLength(1);
  const rows = (await onFake(page, (api) => api.valuesOf("Vergelijking", "A1:J400"))) as unknown[][];
  expect(isOwnedSheet(rows[0][0])).toBe(true);
  expect(String(rows[1][0])).toContain("startfoto.json");
  const almere = rows.find((r) => r[0] === "Almere")!;
  expect(almere.slice(1, 4)).toEqual(["Rood", expect.any(String), "beter"]);
  // M5: 2 of 3 realised then, 3 of 3 now (the milestone row starts with its code).
  const m5 = rows.find((r) => r[0] === "M5")!;
  expect(m5.slice(2, 5)).toEqual([2, 3, 1]); // Gerealiseerd oud, nieuw, verschil
  expect(pane.session.pageErrors).toEqual([]);
}, 180_000);

/** The round sheet of the fake workbook as a Grid (values from A1). */
async function paneRoundGrid(page: PaneSession["page"]) {
  const head = (await onFake(page, (api) => api.valuesOf("Regiomonitor meting", "A1:B5"))) as RawValue[][];
  const parts = Number(head[4][1]);
  const values = (await onFakeWith(
    page,
    (api, address: string) => api.valuesOf("Regiomonitor meting", address),
    `A1:B${6 + parts}`,
  )) as RawValue[][];
  return { sheet: ROUND_SHEET, table: null, top: 1, left: 1, values };
}

test("the pane keeps this round in the very hidden round sheet: the command line's JSON", async () => {
  const page = pane.page;
  expect(await onFake(page, (api) => api.sheetNames())).toContain(ROUND_SHEET);
  expect(await onFakeWith(page, (api, n: string) => api.visibility(n), ROUND_SHEET)).toBe("VeryHidden");
  const r = readRoundSheet(await paneRoundGrid(page), "taakvenster");
  expect(r.ok).toBe(true);
  if (!r.ok) return;
  expect(JSON.parse(r.text)).toEqual(JSON.parse(fs.readFileSync(currentJson, "utf8")));
  // The import notice names the visible sheets only.
  expect(await page.getByTestId("voortgang-import").innerText()).not.toContain(ROUND_SHEET);
});

test("a previous national workbook (.xlsx) is compared like its JSON; a regional workbook is refused", async () => {
  const page = pane.page;
  await page.getByTestId("vorige-meting").setInputFiles(previousXlsx);
  await page.locator("[data-testid='vergelijk-uitslag'][data-status='klaar']").waitFor({ timeout: 30_000 });
  const summary = await page.getByTestId("vergelijk-uitslag").innerText();
  expect(summary).toMatch(/Vorige meting: startfoto\.xlsx/);
  expect(summary).toMatch(/1 regio heeft een ander oordeel \(RAG\): 1 beter, 0 slechter \(Almere\)/);
  const rows = (await onFake(page, (api) => api.valuesOf("Vergelijking", "A1:J400"))) as unknown[][];
  expect(String(rows[1][0])).toContain("startfoto.xlsx");
  expect(rows.find((r) => r[0] === "M5")!.slice(2, 5)).toEqual([2, 3, 1]);

  await page.getByTestId("vorige-meting").setInputFiles(current[0]);
  await page
    .locator("[data-testid='vergelijk-uitslag'][data-status='ongeldig']")
    .waitFor({ timeout: 30_000 });
  expect(await page.getByTestId("vergelijk-fouten").innerText()).toContain(
    `${path.basename(current[0])} is een werkmap om in te vullen (of een ingevulde werkmap van één eenheid), geen landelijke meting`,
  );
  expect(pane.session.pageErrors).toEqual([]);
}, 120_000);

test("'Kopieer deze meting' puts the JSON on the clipboard, and says what to do when that is refused", async () => {
  const page = pane.page;
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: pane.origin });
  await page.getByTestId("kopieer-meting").click();
  await page.locator("[data-testid='kopieer-uitslag'][data-status='gekopieerd']").waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(JSON.parse(copied)).toEqual(JSON.parse(fs.readFileSync(currentJson, "utf8")));

  // A webview that refuses the clipboard (as Excel may): a Dutch notice, pointing at the round sheet.
  await page.evaluate(() => {
    navigator.clipboard.writeText = () => Promise.reject(new DOMException("geweigerd", "NotAllowedError"));
  });
  await page.getByTestId("kopieer-meting").click();
  await page.locator("[data-testid='kopieer-uitslag'][data-status='geweigerd']").waitFor();
  const notice = await page.getByTestId("kopieer-uitslag").innerText();
  expect(notice).toContain("Kopiëren is hier niet toegestaan");
  expect(notice).toContain(`verborgen blad '${ROUND_SHEET}'`);
  expect(pane.session.pageErrors).toEqual([]);
});
