/**
 * Every adapter operation of `src/excel`, driven through Microsoft's own Excel client library
 * (`@microsoft/office-js`, the file Microsoft serves to each platform, with office.js in front) on every host the
 * manifest admits, with the library's per-member requirement check on (`ApiNotFound`). The simulated host
 * (`rich-api-host.ts`) only answers the request messages the library builds; syncs and request sizes are
 * counted from those messages.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { createExcelHost, NoNewWorkbookError, toBase64 } from "../../src/excel";
import { buildTemplate } from "../../src/core/engine/template";
import { wantedSources } from "../../src/core/engine/read";
import { columnLetters } from "../../src/core/grid";
import { layoutNational } from "../../src/core/layout/national";
import { OVERVIEW_SHEET } from "../../src/core/layout/overview";
import { LISTS_SHEET, META_SHEET } from "../../src/core/template-model";
import { sheetsXlsx } from "../../src/xlsx/sheet-writer";
import { DEF, inputFromModel } from "../helpers/inputs";
import { allReturns, nationalReport } from "../layout/fixtures";
import {
  admittedProfiles,
  declaredExcelApi,
  excelApiMinor,
  HOST_PROFILES,
  type HostProfile,
} from "../fake-excel/host-profiles";
import { openOfficeJsExcel, type OfficeJsExcel } from "../fake-excel/office-js";

const MANIFEST = readFileSync(path.join(__dirname, "..", "..", "manifest.xml"), "utf8");
const DECLARED = excelApiMinor(declaredExcelApi(MANIFEST));
/** Print settings (`Worksheet.pageLayout`, `headersFooters`) are ExcelApi 1.9 (Microsoft's library says so). */
const PRINT_SETTINGS_MINOR = 9;

const template = buildTemplate(DEF, { eenheid: "Twente", meetmoment: "2009-1" });
const national = () => layoutNational(DEF, nationalReport(DEF, allReturns().slice(0, 3)));

const opened: OfficeJsExcel[] = [];
function open(profile: HostProfile, seed?: Parameters<typeof openOfficeJsExcel>[1]): OfficeJsExcel {
  const x = openOfficeJsExcel(profile, seed);
  opened.push(x);
  return x;
}
afterEach(() => {
  for (const x of opened.splice(0)) x.close();
});

/** Lets the library deliver an event (its handlers run after a promise). */
const settle = () => new Promise((r) => setImmediate(r));

/** Syncs the library sent for `op`: the requests the host received. */
async function syncsOf(x: OfficeJsExcel, op: () => Promise<unknown>): Promise<number> {
  const before = x.host.syncs;
  await op();
  return x.host.syncs - before;
}

test("the profile table: the manifest's set admits the current hosts and the oldest builds that have it", () => {
  const ids = admittedProfiles(DECLARED).map((p) => p.id);
  expect(ids).toEqual(expect.arrayContaining(["web", "win-current", "mac-current", "ipad-current"]));
  // No admitted host lacks the declared set; every host with exactly the declared set is admitted.
  expect(admittedProfiles(DECLARED).every((p) => p.excelApiMinor >= DECLARED)).toBe(true);
  expect(HOST_PROFILES.filter((p) => p.excelApiMinor === DECLARED).every((p) => ids.includes(p.id))).toBe(
    true,
  );
});

describe("Microsoft's requirement check is on and answers per host", () => {
  test.each(HOST_PROFILES.map((p) => [p.id, p] as const))("%s", (_id, profile) => {
    const x = open(profile);
    const office = x.Office as unknown as {
      context: { requirements: { isSetSupported(n: string, v?: string): boolean } };
    };
    const req = office.context.requirements;
    expect(req.isSetSupported("ExcelApi", "1.8")).toBe(true);
    expect(req.isSetSupported("ExcelApi", "1.9")).toBe(profile.excelApiMinor >= 9);
    // The library's own per-member check: Worksheet.pageLayout belongs to ExcelApi 1.9.
    const ctx = new x.Excel.RequestContext();
    const ws = ctx.workbook.worksheets.getItem("Blad1");
    if (profile.excelApiMinor >= PRINT_SETTINGS_MINOR) expect(() => ws.pageLayout).not.toThrow();
    else expect(() => ws.pageLayout).toThrow(expect.objectContaining({ code: "ApiNotFound" }));
  });
});

describe.each(admittedProfiles(DECLARED).map((p) => [p.id, p] as const))(
  "every adapter operation through Microsoft's library on %s",
  (_id, profile) => {
    // Only with a manifest below ExcelApi 1.9 is a host without print settings admitted: then the writes fail
    // there with Microsoft's ApiNotFound (issue 16; excel-src's manifest change to 1.9 removes such hosts).
    const printable = profile.excelApiMinor >= PRINT_SETTINGS_MINOR;

    test("insertTemplate, then readWorkbook reads the template back as its own input", async () => {
      const x = open(profile);
      const host = createExcelHost(x.Excel as never);
      if (!printable) {
        await expect(host.insertTemplate(template)).rejects.toMatchObject({ code: "ApiNotFound" });
        return;
      }
      expect(await syncsOf(x, () => host.insertTemplate(template))).toBe(2);
      const s = x.fake.state;
      expect(s.sheetNames()).toEqual([
        "Blad1",
        template.toelichting.name,
        ...template.tables.map((t) => t.sheet),
        LISTS_SHEET,
        META_SHEET,
      ]);
      expect(s.sheet(META_SHEET).visibility).toBe("VeryHidden");
      expect(s.sheet(LISTS_SHEET).visibility).toBe("Hidden");
      let input: Awaited<ReturnType<typeof host.readWorkbook>> | undefined;
      expect(
        await syncsOf(x, async () => {
          input = await host.readWorkbook(wantedSources(DEF), "Werkmap.xlsx");
        }),
      ).toBe(2);
      expect(input?.grids).toEqual(inputFromModel(template, "Werkmap.xlsx").grids);
    });

    test("renderSheets writes the national sheets with charts and print settings", async () => {
      const x = open(profile);
      const host = createExcelHost(x.Excel as never);
      const models = national();
      if (!printable) {
        await expect(host.renderSheets(models)).rejects.toMatchObject({ code: "ApiNotFound" });
        expect(x.fake.state.sheetNames()).toEqual(["Blad1"]);
        return;
      }
      const syncs = await syncsOf(x, () => host.renderSheets(models));
      expect(syncs).toBeGreaterThanOrEqual(2);
      expect(x.host.requests.every((r) => r.error === null)).toBe(true);
      const s = x.fake.state;
      expect(s.sheetNames()).toEqual(["Blad1", ...models.map((m) => m.name)]);
      expect(s.activeSheet).toBe(OVERVIEW_SHEET);
      for (const m of models) {
        const pl = s.pageLayoutOf(m.name);
        expect({ name: m.name, orientation: pl.orientation, paperSize: pl.paperSize }).toEqual({
          name: m.name,
          // Long, narrow sheets (factsheets, the questionnaire and open answers) print portrait.
          orientation: m.afdruk.staand ? "Portrait" : "Landscape",
          paperSize: "A4",
        });
        // The explanations are outside the print area; the page breaks keep the charts whole.
        expect(pl.printArea).toBe(
          m.afdruk.kolommen ? `A1:${columnLetters(m.afdruk.kolommen)}${m.rows.length}` : null,
        );
        expect(pl.rowBreaks).toEqual(m.afdruk.paginaEinden ?? []);
        expect(pl.headerFooter.leftFooter).toBe(m.afdruk.voettekst);
        expect(s.cellAt(m.name, "A1").value).toBe(m.rows[0][0].v);
      }
      const charted = models.filter((m) => (m.grafieken ?? []).length > 0);
      expect(charted.length).toBeGreaterThan(0);
      for (const m of charted) expect(s.sheet(m.name).charts).toHaveLength(m.grafieken?.length ?? 0);
    });

    test("selectCell activates the sheet and selects the cell in one sync", async () => {
      const x = open(profile, { sheets: [{ name: "Blad1" }, { name: "Mijlpalen" }] });
      const host = createExcelHost(x.Excel as never);
      expect(await syncsOf(x, () => host.selectCell("Mijlpalen", "C7"))).toBe(1);
      expect(x.fake.state.activeSheet).toBe("Mijlpalen");
      expect(x.fake.state.selection).toEqual({ sheet: "Mijlpalen", address: "C7" });
    });

    test("onTablesChanged registers with the targets' ids, hears the user's edits and stops", async () => {
      const x = open(profile, {
        sheets: [
          { name: "Regio", cells: [["Veld"], ["x"]], tables: [{ name: "tblRegio", address: "A1:A2" }] },
          { name: "Mijlpalen", cells: [["Code"]] },
        ],
      });
      const host = createExcelHost(x.Excel as never);
      const changes: string[] = [];
      const stop = await host.onTablesChanged(
        [
          { sheet: "Regio", table: "tblRegio" },
          { sheet: "Mijlpalen", table: "tblMijlpalen" },
          { sheet: "Vragenlijst", table: "tblVragenlijst" },
        ],
        (c) => changes.push(c.address),
      );
      const s = x.fake.state;
      const ids = [s.workbook.tables[0].id, s.workbook.sheetByName("Mijlpalen")?.id];
      expect(x.host.registrations.map((r) => r.targetId).sort()).toEqual([...ids].sort());
      expect(s.handlerCount()).toBe(2);
      await s.fireChanged("Regio", "A2");
      await s.fireChanged("Regio", "C9");
      await s.fireChanged("Mijlpalen", "B4");
      await settle();
      expect(changes).toEqual(["A2", "B4"]);
      await stop();
      expect(s.handlerCount()).toBe(0);
    });

    test("onSelectionChanged hears selections on the watched sheets and stops", async () => {
      const x = open(profile, { sheets: [{ name: "Blad1" }, { name: "Mijlpalen" }] });
      const host = createExcelHost(x.Excel as never);
      const seen: string[] = [];
      const stop = await host.onSelectionChanged(["Mijlpalen", "Weg"], (c) =>
        seen.push(`${c.sheet}!${c.address}`),
      );
      await x.fake.state.userSelects("Mijlpalen", "K8:L9");
      await x.fake.state.userSelects("Blad1", "A1");
      await settle();
      expect(seen).toEqual(["Mijlpalen!K8:L9"]);
      await stop();
      expect(x.fake.state.handlerCount()).toBe(0);
    });

    test("createWorkbook opens a new workbook with the national sheets; the open one is untouched", async () => {
      const x = open(profile, { sheets: [{ name: "Blad1", cells: [["mijn"]] }] });
      const host = createExcelHost(x.Excel as never);
      const models = national();
      const b64 = toBase64(sheetsXlsx(models));
      await host.createWorkbook(b64);
      expect(x.host.created.map((c) => c.sheets.map((sh) => sh.name))).toEqual([models.map((m) => m.name)]);
      expect(x.host.created[0].base64).toBe(b64);
      expect(x.fake.state.sheetNames()).toEqual(["Blad1"]);
      expect(x.fake.state.cellAt("Blad1", "A1").value).toBe("mijn");
    });
  },
);

test("a host without Excel.createWorkbook support answers as Microsoft's library does; the pane says so", async () => {
  // A build below ExcelApi 1.8 (not admitted by the manifest, but a user can still open the add-in there):
  // Microsoft's library always defines Excel.createWorkbook and throws ApiNotFound from its own check.
  const x = open({ ...HOST_PROFILES[1], id: "win-1.7", excelApiMinor: 7 });
  expect(typeof x.Excel.createWorkbook).toBe("function");
  const e = await createExcelHost(x.Excel as never)
    .createWorkbook(toBase64(sheetsXlsx(national())))
    .catch((err: unknown) => err);
  // The adapter may wrap it (NoNewWorkbookError, the cause kept); the cause is Microsoft's ApiNotFound.
  const cause = e instanceof NoNewWorkbookError ? (e as Error & { cause?: unknown }).cause : e;
  expect(cause).toMatchObject({ code: "ApiNotFound" });
  expect(x.host.syncs).toBe(0);
});

test("a large array goes as Microsoft's library slices it: _ValidateArraySize, then 1,500-cell slices", async () => {
  const x = open(HOST_PROFILES[0]);
  const ctx = new x.Excel.RequestContext();
  const rows = Array.from({ length: 2000 }, (_, i) => [i, `t${i}`]);
  ctx.workbook.worksheets.getItem("Blad1").getRange("B3:C2002").values = rows;
  await ctx.sync();
  expect(x.host.requests.at(-1)?.members).toEqual(["_ValidateArraySize", "Values"]);
  expect(x.fake.state.valuesOf("Blad1", "B3:C4")).toEqual([
    [0, "t0"],
    [1, "t1"],
  ]);
  expect(x.fake.state.valuesOf("Blad1", "B2002:C2002")).toEqual([[1999, "t1999"]]);
  // A range of another size than the array is refused by the host, and nothing is written.
  const bad = new x.Excel.RequestContext();
  bad.workbook.worksheets.getItem("Blad1").getRange("E1:F1999").values = rows;
  await expect(bad.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
  expect(x.fake.state.valuesOf("Blad1", "E1:F1")).toEqual([[null, null]]);
});

test("stricter than the old fake: row heights are kept and a cell holds at most 32,767 characters", async () => {
  const x = open(HOST_PROFILES[0]);
  const ctx = new x.Excel.RequestContext();
  const ws = ctx.workbook.worksheets.getItem("Blad1");
  ws.getRange("A2:A3").format.rowHeight = 45;
  const h = ws.getRange("A2").format.load("rowHeight");
  const other = ws.getRange("A4").format.load("rowHeight");
  await ctx.sync();
  expect([h.rowHeight, other.rowHeight]).toEqual([45, 15]);
  ws.getRange("B1:C1").values = [["kort", "x".repeat(32_768)]];
  await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
  expect(x.fake.state.valuesOf("Blad1", "B1:C1")).toEqual([[null, null]]);
  ws.getRange("B1").values = [["x".repeat(32_767)]];
  await ctx.sync();
  expect(String(x.fake.state.cellAt("Blad1", "B1").value)).toHaveLength(32_767);
});
