/**
 * Browser test of the Landelijk overzicht: the development build of the task pane served from 127.0.0.1, in
 * Debian's headless Chromium (playwright-core), on Microsoft's office.js and Excel library over the simulated
 * host (test/fake-excel, see harness.ts). The 37 example workbooks plus a truncated (corrupt) file and an older second return of Gouda
 * are picked through the file input; the test waits for the import to finish and checks the cells the pane wrote
 * against the domain README's check figures and against what `regiomonitor aggregate` writes (.xlsx and JSON)
 * for the same files. Also: the reader chunk is loaded only in this mode, files are read in the pane (no
 * request leaves 127.0.0.1), the input files are unchanged, the sheets are written in two syncs, selecting a
 * cell explains it (at the top of the pane, focused), the attention list selects the Retouren row, axe finds
 * nothing serious. By default the sheets go into a new workbook (Excel.createWorkbook, the command line's bytes);
 * an open regional return is never written into without asking.
 *
 * Produces (git-ignored) test-artefacts/national-overzicht.png and taakvenster-landelijk-*.png.
 */
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { strFromU8, unzipSync } from "fflate";
import {
  ARTEFACTS,
  axeScan,
  chooseOpenWorkbook,
  lastSelectionListener,
  onFake,
  onFakeWith,
  pickFilesAndSettle,
  selectionIs,
  selectionListenersOn,
} from "./harness";
import { usePane } from "./pane-fixture";
import { writeExampleWorkbooks } from "../helpers/example-files";
import { hashFolder, runCli } from "../helpers/files";
import { DEF, exampleFill } from "../helpers/inputs";
import { diffCells, excelJsCells, officeCells } from "../helpers/sheet-cells";
import { buildTemplate } from "../../src/core/engine/template";
import { isoToSerial } from "../../src/core/cells/dates";
import { parseDutchDate } from "../../src/core/cells/dates";
import { templateWorkbook } from "../../src/xlsx/write-template";
import { writeWorkbookFile } from "../../src/xlsx/files";
import type { NationalJson } from "../../src/core/engine/json";

const SCREENSHOT = path.join(ARTEFACTS, "national-overzicht.png");
const CORRUPT = "Regiomonitor-Beschadigd.xlsx";
const DUPLICATE = "Regiomonitor-Gouda-oktober-2010.xlsx";
const SHEETS = [
  "Retouren",
  "Mijlpalen landelijk",
  "Regio × mijlpaal",
  "Vragenlijst landelijk",
  "Open antwoorden",
];

let inputs = "";
let files: string[] = [];
let hashesBefore: Record<string, string> = {};
let cliJson: NationalJson;
let cliXlsx: ExcelJS.Workbook;

const pane = usePane({
  what: "de browsertest van het landelijk overzicht",
  folder: "regiomonitor-national",
  prepare: async (tmp) => {
    inputs = path.join(tmp, "ingeleverd");
    fs.mkdirSync(inputs);
    files = await writeExampleWorkbooks(inputs);
    // A file cut off halfway (a broken download), and an older second return of Gouda.
    const whole = fs.readFileSync(files[0]);
    fs.writeFileSync(path.join(inputs, CORRUPT), whole.subarray(0, Math.floor(whole.length / 2)));
    const older = parseDutchDate("01-10-2010");
    if (!older.ok) throw new Error("datum");
    await writeWorkbookFile(
      templateWorkbook(
        buildTemplate(DEF, {
          eenheid: "Gouda",
          vul: {
            ...exampleFill("Gouda").fill,
            velden: { ...exampleFill("Gouda").fill.velden, Peildatum: isoToSerial(older.value.end) },
          },
        }),
      ),
      path.join(inputs, DUPLICATE),
    );
    files = [...files, path.join(inputs, CORRUPT), path.join(inputs, DUPLICATE)];
    hashesBefore = hashFolder(inputs);

    // The command line on the same files.
    const out = path.join(tmp, "cli");
    const run = runCli([
      "aggregate",
      inputs,
      "-o",
      path.join(out, "landelijk.xlsx"),
      "--json",
      path.join(out, "landelijk.json"),
    ]);
    expect(run.code).toBe(1); // some inputs were skipped
    cliJson = JSON.parse(fs.readFileSync(path.join(out, "landelijk.json"), "utf8")) as NationalJson;
    cliXlsx = new ExcelJS.Workbook();
    await cliXlsx.xlsx.readFile(path.join(out, "landelijk.xlsx"));
  },
});

const readerRequests = () => pane.session.requests.filter((u) => /xlsx-reader/.test(u));

/** Values of a whole written sheet (the area the command line's sheet of that name covers). */
async function sheetValues(name: string): Promise<unknown[][]> {
  const ws = cliXlsx.getWorksheet(name)!;
  return onFakeWith(pane.page, (api, a) => api.valuesOf(a.name, `A1:${a.last}`), {
    name,
    last: `${String.fromCharCode(64 + ws.columnCount)}${ws.rowCount}`,
  });
}

describe("Landelijk overzicht in headless Chromium on the fake Excel host", () => {
  let syncsForImport = 0;
  let operations: string[][] = [];

  test("import comes first; by default the national sheets go into a new workbook, the overview on top", async () => {
    const page = pane.page;
    await page.goto(`${pane.origin}/taskpane.html`);
    await page.getByRole("tab", { name: "Landelijk overzicht" }).waitFor();
    // The coordinator view opens first and does not load the .xlsx reader.
    await page.getByRole("heading", { name: "Standaardwerkmap invoegen" }).waitFor();
    expect(readerRequests()).toEqual([]);

    // A sheet of the user's own, which the import must leave alone.
    await onFake(page, (api) => api.addSheet("Notities", [["Mijn aantekeningen"]]));

    await page.getByRole("tab", { name: "Landelijk overzicht" }).click();
    await page.getByRole("heading", { name: "Landelijk overzicht", level: 1 }).waitFor();
    expect(readerRequests()).toEqual([]);
    // Import first, within the first screen; loading a definition is an advanced option, collapsed, below it.
    const viewport = page.viewportSize()!;
    const importBox = (await page.getByTestId("importeren").boundingBox())!;
    expect(importBox.y + importBox.height).toBeLessThan(viewport.height);
    expect(await page.getByRole("radio", { name: "In een nieuwe werkmap (aanbevolen)" }).isChecked()).toBe(
      true,
    );
    const advanced = page.getByTestId("geavanceerd");
    expect(await advanced.getAttribute("open")).toBeNull();
    expect((await advanced.boundingBox())!.y).toBeGreaterThan(importBox.y);
    await page.screenshot({ path: path.join(ARTEFACTS, "taakvenster-landelijk-leeg.png"), fullPage: true });
    await axeScan(page, "landelijk leeg");

    const before = await onFake(page, (api) => api.stats().syncs);
    await page.getByTestId("bestanden").setInputFiles(files);
    await page.locator("[data-testid='voortgang-import'][data-fase='klaar']").waitFor({ timeout: 120_000 });
    const notice = page.locator(".fui-MessageBar", { hasText: "Nieuwe werkmap gemaakt" });
    await notice.waitFor();
    expect(await notice.getAttribute("data-intent")).toBe("success");
    // First which monitor was aggregated and why (as `regiomonitor aggregate` says it).
    expect(await notice.innerText()).toMatch(
      /Landelijk overzicht van 'Regiomonitor RAK 2008–2010' \(rak-2008-2010\): \d+ van de \d+ bestanden zijn van deze monitor[^.]*\. Excel heeft een nieuwe werkmap geopend/,
    );
    expect(await notice.innerText()).toMatch(/ontvangen 37 van 37 regio's; 2 bestanden tellen niet mee/);
    expect(await notice.innerText()).toMatch(/Deze werkmap is niet gewijzigd/);

    // One call to Excel: createWorkbook with the national sheets; the open workbook gets nothing.
    expect((await onFake(page, (api) => api.stats().syncs)) - before).toBe(1);
    const created = await onFake(page, (api) => api.createdWorkbooks());
    expect(created).toHaveLength(1);
    // The overview first, the national tables, then a factsheet per received region (alphabetical).
    const factsheets = (cliJson.regios ?? []).filter((r) => r.ontvangen).map((r) => r.regio);
    expect(factsheets.length).toBeGreaterThan(30);
    expect(created[0].sheets.filter((x) => x.state !== "veryHidden").map((x) => x.name)).toEqual([
      "Landelijk overzicht",
      ...SHEETS,
      ...factsheets,
    ]);
    const names = await onFake(page, (api) => api.sheetNames());
    for (const n of SHEETS) expect(names).not.toContain(n);
    // The new workbook is the command line's landelijk.xlsx, part for part.
    const cli = unzipSync(fs.readFileSync(path.join(pane.tmp, "cli", "landelijk.xlsx")));
    const written = unzipSync(Buffer.from(created[0].base64, "base64"));
    expect(Object.keys(written).sort()).toEqual(Object.keys(cli).sort());
    for (const k of Object.keys(cli)) expect([k, strFromU8(written[k])]).toEqual([k, strFromU8(cli[k])]);

    // After the import the overview is at the top: within the first screen at 340 px wide.
    const overview = (await page.getByTestId("overzicht").boundingBox())!;
    expect(overview.y).toBeLessThan(viewport.height);
    const received = (await page.getByTestId("ontvangen").boundingBox())!;
    expect(received.y + received.height).toBeLessThan(viewport.height);
    expect(await page.getByTestId("ontvangen").innerText()).toMatch(/37 van 37/);
    expect(overview.y).toBeLessThan((await page.getByTestId("importeren").boundingBox())!.y);
    await page.screenshot({ path: path.join(ARTEFACTS, "taakvenster-landelijk-nieuwe-werkmap.png") });
    await axeScan(page, "landelijk nieuwe werkmap");
  });

  test("the reader chunk is loaded only in this mode; into this workbook, 39 files are read one by one with progress", async () => {
    const page = pane.page;
    // The pane reads what the open workbook is (not a regional return here), then lets the user pick.
    await chooseOpenWorkbook(page);
    expect(await page.getByTestId("regionale-werkmap").count()).toBe(0);

    const before = await onFake(page, (api) => api.stats().syncs);
    const opsBefore = (await onFake(page, (api) => api.operations())).length;
    const listenerBefore = await lastSelectionListener(page);
    await page.getByTestId("bestanden").setInputFiles(files);
    // Progress is visible while reading.
    await page.getByTestId("voortgang-import").waitFor();
    await page.locator("[data-testid='voortgang-import'][data-fase='klaar']").waitFor({ timeout: 120_000 });
    const written = page.locator(".fui-MessageBar", { hasText: "Landelijke bladen geschreven" });
    await written.waitFor();
    // Success is a success notice, not a warning, also when some files do not count.
    expect(await written.getAttribute("data-intent")).toBe("success");
    expect(readerRequests().length).toBeGreaterThan(0);
    expect(readerRequests().every((u) => u.startsWith(pane.origin))).toBe(true);

    // The selection listener on the new sheets is registered (2 syncs after the write, the last), then count.
    await selectionListenersOn(page, ["Retouren"], listenerBefore);
    syncsForImport = (await onFake(page, (api) => api.stats().syncs)) - before;
    operations = (await onFake(page, (api) => api.operations())).slice(opsBefore);
    expect(await page.getByTestId("voortgang-import").innerText()).toMatch(/Klaar: 39 bestanden gelezen/);
    expect(await page.locator("[data-testid='bestandenlijst'] > li").count()).toBe(39);
  });

  test("the sheets are written in at most three syncs, next to the user's own sheet", async () => {
    const names = await onFake(pane.page, (api) => api.sheetNames());
    for (const n of SHEETS) expect(names.filter((x) => x === n)).toHaveLength(1);
    expect(await onFake(pane.page, (api) => api.value("Notities", "A1"))).toBe("Mijn aantekeningen");
    // Reads happen in the pane (File.arrayBuffer), not in Excel: the import's syncs are the write (at most 3) and
    // registering the selection listener on the new sheets (2).
    const isListen = (ops: string[]) =>
      ops.some((p) => /onSelectionChanged/.test(p)) ||
      ops.every((p) => /getItemOrNullObject\(\)\.load$/.test(p));
    const writes = operations.filter((ops) => !isListen(ops));
    console.log(
      `syncs: import ${syncsForImport} (schrijven ${writes.length}, selectie volgen ${syncsForImport - writes.length})`,
    );
    expect(writes.length).toBeGreaterThan(0);
    // The writes are split into requests under 4 MB as Microsoft's library sends them (docs/addin.md): the
    // sheets of these returns take at most three.
    expect(writes.length).toBeLessThanOrEqual(3);
    expect(syncsForImport).toBeLessThanOrEqual(5);
  });

  test("Mijlpalen landelijk holds the domain README's check figures", async () => {
    const rows = (await sheetValues("Mijlpalen landelijk")) as (string | number | null)[][];
    const header = rows[2] as string[];
    const col = (h: string) => header.indexOf(h);
    const row = (code: string) => rows.find((r) => r[0] === code)!;
    expect(String(rows[0][0])).toMatch(/^Regiomonitor · /);
    expect(String(rows[1][0])).toContain("ontvangen 37 van 37 regio's");
    expect(row("M4")[col("Gerealiseerd")]).toBe(36);
    expect(row("M4")[col("% gerealiseerd")]).toBeCloseTo(36 / 37, 10);
    expect(row("M5")[col("Gerealiseerd")]).toBe(29);
    expect(row("M5")[col("Waarvan gedeeltelijk")]).toBe(2);
    expect(row("M5")[col("% gerealiseerd")]).toBeCloseTo(29 / 37, 10);
    expect(row("M6")[col("Gerealiseerd")]).toBe(36);
    expect(row("M6")[col("% gerealiseerd")]).toBeCloseTo(36 / 37, 10);
    expect(["Groen", "Oranje", "Rood", "Grijs"].map((h) => row("M5")[col(h)])).toEqual([27, 9, 1, 0]);
    // Shown as the annex shows them: 97,3 % and 78,4 %, one decimal.
    const m5 = rows.indexOf(row("M5")) + 1;
    const pct = await onFakeWith(
      pane.page,
      (api, a) => api.cell("Mijlpalen landelijk", a),
      `${String.fromCharCode(65 + col("% gerealiseerd"))}${m5}`,
    );
    expect(pct.numberFormat).toBe("0.0%");
    // The pane's overview says the same.
    expect(await pane.page.getByTestId("ontvangen").innerText()).toMatch(/37 van 37/);
    expect(await pane.page.getByTestId("landelijk-M4").innerText()).toMatch(/97,3 %[\s\S]*36 van 37/);
    const m5Text = await pane.page.getByTestId("landelijk-M5").innerText();
    expect(m5Text).toMatch(/78,4 %[\s\S]*29 van 37 gerealiseerd, waarvan 2 gedeeltelijk/);
    expect(m5Text).toMatch(/Groen 27[\s\S]*Oranje 9[\s\S]*Rood 1[\s\S]*Grijs 0/);
    expect(await pane.page.getByTestId("landelijk-M6").innerText()).toMatch(/97,3 %[\s\S]*36 van 37/);
  });

  test("Retouren names the corrupt file with its reason and marks the duplicate; so does the pane", async () => {
    const rows = (await sheetValues("Retouren")) as (string | number | null)[][];
    const fileHeader = rows.findIndex((r) => r[0] === "Bestand" && r[2] === "Status");
    const fileRow = (name: string) => rows.slice(fileHeader + 1).find((r) => r[0] === name)!;
    const corrupt = fileRow(CORRUPT);
    expect(corrupt[2]).toBe("overgeslagen");
    expect(String(corrupt[5])).toMatch(/^Het bestand is niet gelezen: .+/);
    const dup = fileRow(DUPLICATE);
    expect(dup[1]).toBe("Gouda");
    expect(dup[2]).toBe("dubbel, niet meegeteld");
    expect(String(dup[5])).toContain("Regiomonitor-Gouda.xlsx");
    const gouda = rows.find((r) => r[0] === "Gouda")!;
    expect(gouda.some((v) => typeof v === "string" && v.includes(`niet meegeteld: ${DUPLICATE}`))).toBe(true);

    // The pane: the file list and the attention list.
    const corruptLine = pane.page.locator(`[data-testid='bestandenlijst'] > li[data-bestand='${CORRUPT}']`);
    expect(await corruptLine.getAttribute("data-status")).toBe("overgeslagen");
    expect(await corruptLine.innerText()).toContain(String(corrupt[5]));
    const dupLine = pane.page.locator(`[data-testid='bestandenlijst'] > li[data-bestand='${DUPLICATE}']`);
    expect(await dupLine.innerText()).toMatch(/dubbel, niet meegeteld/);
    const attention = await pane.page.getByTestId("aandacht").innerText();
    expect(attention).toContain(CORRUPT);
    expect(attention).toContain(DUPLICATE);
    expect(attention).toContain("Nijmegen"); // Rood (M5 expected in 2012)
  });

  test("the same values as the command line's JSON, and the same cells as its .xlsx", async () => {
    const mijl = (await sheetValues("Mijlpalen landelijk")) as (string | number | null)[][];
    const header = mijl[2] as string[];
    expect(cliJson.mijlpalen?.length).toBe(7);
    for (const m of cliJson.mijlpalen ?? []) {
      const r = mijl.find((x) => x[0] === m.code)!;
      expect(r[header.indexOf("Gerealiseerd")]).toBe(m.gerealiseerd);
      expect(r[header.indexOf("Waarvan gedeeltelijk")]).toBe(m.waarvanGedeeltelijk);
      expect(Math.round((r[header.indexOf("% gerealiseerd")] as number) * 1000) / 10).toBe(
        m.percentageGerealiseerd,
      );
      expect(["Groen", "Oranje", "Rood", "Grijs"].map((h) => r[header.indexOf(h)])).toEqual([
        m.rag.groen,
        m.rag.oranje,
        m.rag.rood,
        m.rag.grijs,
      ]);
    }
    const ret = (await sheetValues("Retouren")) as (string | number | null)[][];
    for (const b of cliJson.bestanden) {
      const r = ret.find((x) => x[0] === b.bestand && x[2] === b.status)!;
      expect(r).toBeDefined();
      expect(r[5] ?? "").toBe(b.reden);
    }
    expect(cliJson.bestanden.find((b) => b.bestand === DUPLICATE)?.status).toBe("dubbel, niet meegeteld");
    expect(cliJson.bestanden.find((b) => b.bestand === CORRUPT)?.status).toBe("overgeslagen");

    // Every cell of the five sheets: value, number format, fill, bold.
    const expected = new Map();
    const actual = new Map();
    for (const name of SHEETS) {
      const ws = cliXlsx.getWorksheet(name)!;
      excelJsCells(ws, ws.rowCount, ws.columnCount, expected);
      const grid = await onFakeWith(pane.page, (api, a) => api.cells(a.name, 1, 1, a.rows, a.cols), {
        name,
        rows: ws.rowCount,
        cols: ws.columnCount,
      });
      officeCells(name, grid, actual);
    }
    expect(expected.size).toBeGreaterThan(2000);
    expect(diffCells(expected, actual, ["regiomonitor aggregate", "taakvenster"])).toEqual([]);
  });

  test("selecting a cell explains it: rule, inputs and the source file and cell", async () => {
    const mijl = (await sheetValues("Mijlpalen landelijk")) as (string | number | null)[][];
    const header = mijl[2] as string[];
    const m5 = mijl.findIndex((r) => r[0] === "M5") + 1;
    const rood = `${String.fromCharCode(65 + header.indexOf("Rood"))}${m5}`;
    expect(await onFakeWith(pane.page, (api, a) => api.userSelects("Mijlpalen landelijk", a), rood)).toBe(1);
    const panel = pane.page.getByTestId("uitleg");
    await panel.getByText("M5 · Rood").waitFor();
    // The explanation is where the eye is: in view, at the top of the pane, and focused.
    const box = (await panel.boundingBox())!;
    const viewport = pane.page.viewportSize()!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeLessThan(viewport.height / 2);
    expect(
      await pane.page.evaluate(() =>
        document.querySelector("[data-testid='uitleg-anker']")?.contains(document.activeElement),
      ),
    ).toBe(true);
    await pane.page.screenshot({ path: path.join(ARTEFACTS, "taakvenster-landelijk-uitleg.png") });
    expect(await pane.page.getByTestId("uitleg-regel").innerText()).toMatch(/Rood: niet gestart/);
    expect(await pane.page.getByTestId("uitleg-invoer").innerText()).toMatch(
      /Nijmegen: status In voorbereiding, verwachte datum 2012/,
    );
    expect(await pane.page.getByTestId("uitleg-bron").innerText()).toContain(
      "Bron: Nijmegen · Regiomonitor-Nijmegen.xlsx, Mijlpalen!C6",
    );
    expect(await pane.page.getByTestId("uitleg-elders").innerText()).toMatch(
      /open Regiomonitor-Nijmegen\.xlsx/,
    );

    // A percentage of the questionnaire table.
    const vr = (await sheetValues("Vragenlijst landelijk")) as (string | number | null)[][];
    const v1 = vr.findIndex((r) => r[0] === "V1" && r[2] === "Gegevens onbekend") + 1;
    await onFakeWith(pane.page, (api, a) => api.userSelects("Vragenlijst landelijk", a), `E${v1}`);
    await panel.getByText("V1 · Gegevens onbekend").waitFor();
    expect(await pane.page.getByTestId("uitleg-regel").innerText()).toMatch(
      /gedeeld door alle verwachte regio's/,
    );

    fs.mkdirSync(ARTEFACTS, { recursive: true });
    await pane.page.screenshot({ path: SCREENSHOT, fullPage: true });
    expect(fs.statSync(SCREENSHOT).size).toBeGreaterThan(1000);
    await axeScan(pane.page, "landelijk overzicht");
  });

  test("a region that needs attention is one click away from its row in Retouren", async () => {
    const ret = (await sheetValues("Retouren")) as (string | number | null)[][];
    const nij = ret.findIndex((r) => r[0] === "Nijmegen") + 1;
    await pane.page.getByRole("button", { name: /^Nijmegen \(Rood\)/ }).click();
    await selectionIs(pane.page, "Retouren", `A${nij}`);
    expect(await onFake(pane.page, (api) => api.selection())).toEqual({
      sheet: "Retouren",
      address: `A${nij}`,
    });
  });

  test("importing again replaces only the add-in's own sheets", async () => {
    await pane.page.getByTestId("bestanden").setInputFiles(files.slice(0, 37));
    await pane.page
      .getByTestId("voortgang-import")
      .getByText("Klaar: 37 bestanden gelezen")
      .waitFor({ timeout: 120_000 });
    await pane.page.getByText("Landelijke bladen geschreven").waitFor();
    expect(await onFake(pane.page, (api) => api.createdWorkbooks().length)).toBe(1);
    const names = await onFake(pane.page, (api) => api.sheetNames());
    for (const n of SHEETS) expect(names.filter((x) => x === n)).toHaveLength(1);
    expect(names).toContain("Notities");
    expect(await onFake(pane.page, (api) => api.value("Notities", "A1"))).toBe("Mijn aantekeningen");
    const rows = (await onFake(pane.page, (api) => api.valuesOf("Retouren", "A1:C60"))) as unknown[][];
    expect(rows.some((r) => r[0] === CORRUPT)).toBe(false);
  });

  test("an open regional return is never written into without asking", async () => {
    const page = pane.page;
    // The coordinator's workbook of Gouda is open.
    await page.getByRole("tab", { name: "Regio" }).click();
    await page.getByLabel("Regio").selectOption("Gouda");
    await page.getByRole("textbox", { name: /Peildatum/ }).fill("15-01-2011");
    await page.getByRole("button", { name: "Standaardwerkmap invoegen" }).click();
    await page.getByTestId("staat").waitFor();

    await page.getByRole("tab", { name: "Landelijk overzicht" }).click();
    const choose = page.getByRole("button", { name: "Werkmappen kiezen…" });
    await choose.waitFor();
    expect(await choose.getAttribute("aria-disabled")).not.toBe("true");
    await page.getByRole("radio", { name: "In deze werkmap" }).check();
    const warning = page.getByTestId("regionale-werkmap");
    await warning.waitFor();
    expect(await warning.innerText()).toMatch(/De open werkmap is de werkmap van Gouda/);
    expect(await warning.locator(".fui-MessageBar").getAttribute("data-intent")).toBe("warning");
    expect(await choose.getAttribute("aria-disabled")).toBe("true");
    // Picking files now writes nothing.
    const before = await onFake(page, (api) => api.sheetNames());
    const syncs = await onFake(page, (api) => api.stats().syncs);
    await pickFilesAndSettle(page, "bestanden", files.slice(0, 2));
    expect(await page.getByTestId("voortgang-import").count()).toBe(0);
    expect(await onFake(page, (api) => api.stats().syncs)).toBe(syncs);
    expect(await onFake(page, (api) => api.sheetNames())).toEqual(before);
    await page.screenshot({ path: path.join(ARTEFACTS, "taakvenster-landelijk-regionale-werkmap.png") });
    await axeScan(page, "regionale werkmap");

    // Asked and confirmed: allowed. Back to a new workbook: no question.
    await page.getByRole("checkbox", { name: "Toch in deze regionale werkmap schrijven" }).check();
    expect(await choose.getAttribute("aria-disabled")).not.toBe("true");
    await page.getByRole("radio", { name: "In een nieuwe werkmap (aanbevolen)" }).check();
    expect(await warning.count()).toBe(0);
  });

  test("the input files are unchanged, nothing left 127.0.0.1, no page errors", () => {
    expect(hashFolder(inputs)).toEqual(hashesBefore);
    expect(pane.session.external).toEqual([]);
    expect(pane.session.requests.every((u) => u.startsWith(pane.origin))).toBe(true);
    expect(pane.session.pageErrors).toEqual([]);
    expect(pane.session.consoleErrors).toEqual([]);
  });
});
