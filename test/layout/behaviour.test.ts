/**
 * The one engine's layouts as real files, and their behaviour where the definition leaves the optional
 * texts out: the explanations index the cells of the written .xlsx, the matrix shows option labels and the
 * rule is listed from the decision list.
 */
import path from "node:path";
import ExcelJS from "exceljs";
import { elements, sheetPackages } from "../helpers/xlsx-xml";
import { a1 } from "../../src/core/grid";
import { findMonitor, loadMonitorValue, parseMonitor } from "../../src/core/model";
import { layoutNational, nationalSheetNames, rowOfFirstCell } from "../../src/core/layout/national";
import { layoutUnitSummary } from "../../src/core/layout/unit";
import { judgementRule } from "../../src/core/layout/rules";
import { explanationIndex } from "../../src/core/engine/explain";
import { FILL_COLOURS } from "../../src/core/sheet-model";
import { sheetsXlsx } from "../../src/xlsx/writer";
import { writeWorkbookFile } from "../../src/xlsx/files";
import { tempDir } from "../helpers/files";
import { seenExcelJs } from "../helpers/sheet-cells";
import { exampleFills, setCell, setStatus, validInput } from "../helpers/inputs";
import { DEF, actionInput, checked, nationalReport } from "./fixtures";
import type { SheetModel } from "../../src/core/sheet-model";
import { formatPercent } from "../../src/core/cells/text";
import { OVERVIEW_SHEET } from "../../src/core/layout/overview";

/** The national tables without the overview sheet in front of them (test/print covers the overview). */
const tables = <T extends { name: string }>(models: T[]): T[] => {
  expect(models[0].name).toBe(OVERVIEW_SHEET);
  return models.slice(1);
};

const inputs = () => {
  const xs = exampleFills()
    .slice(0, 6)
    .map((f) => validInput(f.eenheid, `Regiomonitor-${f.eenheid}.xlsx`));
  setStatus(xs[0], "M4", "Niet gestart");
  setStatus(xs[1], "M6", "Misschien");
  return xs;
};

/** Writes the models to a real .xlsx, reads it back and checks every explained cell against its explanation. */
async function checkWritten(models: SheetModel[]): Promise<number> {
  const file = path.join(tempDir("layout-"), "landelijk.xlsx");
  await writeWorkbookFile(sheetsXlsx(models), file);
  const back = new ExcelJS.Workbook();
  await back.xlsx.readFile(file);
  const index = explanationIndex(models);
  expect(index.size).toBeGreaterThan(5);
  let rag = 0;
  for (const e of index.values()) {
    const seen = seenExcelJs(back.getWorksheet(e.blad)!.getCell(e.cel));
    const shown =
      typeof seen.value === "number" && seen.fmt === "0.0%" ? formatPercent(seen.value) : String(seen.value);
    expect(shown).toBe(e.waarde);
    const label = (["Groen", "Oranje", "Rood", "Grijs"] as const).indexOf(e.waarde as "Groen");
    if (label >= 0) {
      rag += 1;
      expect(seen.fill).toBe(FILL_COLOURS[(["groen", "oranje", "rood", "grijs"] as const)[label]]);
    }
    expect(e.titel.length).toBeGreaterThan(0);
    expect(e.regel.length).toBeGreaterThan(0);
  }
  // The sheets are written in order, with their frozen header rows.
  expect(back.worksheets.map((w) => w.name)).toEqual(models.map((m) => m.name));
  for (const m of models) {
    const view = back.getWorksheet(m.name)!.views[0] as { state?: string; ySplit?: number } | undefined;
    if (m.freezeRows > 0) expect(view).toMatchObject({ state: "frozen", ySplit: m.freezeRows });
  }
  // Links (to source cells and within the sheets) are written as internal hyperlinks: a location, no target.
  const packages = await sheetPackages(file);
  for (const m of models) {
    const written = new Map(
      elements(packages.get(m.name)!.xml, "hyperlink").map((h) => [h.attrs.ref, h.attrs.location ?? ""]),
    );
    m.rows.forEach((row, r) =>
      row.forEach((c, k) => {
        if (!c.link) return;
        const loc = written.get(a1(r + 1, k + 1)) ?? "";
        expect(loc.endsWith(c.link.includes("!") ? c.link.split("!")[1] : c.link)).toBe(true);
      }),
    );
  }
  return rag;
}

test("every explanation of the national sheets sits on a written cell that shows its value and colour", async () => {
  const models = tables(layoutNational(DEF, nationalReport(DEF, inputs())));
  expect(await checkWritten(models)).toBeGreaterThan(10);
});

test("the same for a Samenvatting and for the action sheets; the row links are written", async () => {
  const c = checked(DEF, inputs()[0]);
  const summary = layoutUnitSummary(DEF, c.ret, c.score, c.issues);
  expect(await checkWritten([summary])).toBeGreaterThan(5);
  const { def: adef, input: ainput } = actionInput("ghnt-2018");
  const models = tables(layoutNational(adef, nationalReport(adef, [ainput])));
  expect(await checkWritten(models)).toBe(95);
});

test("without the optional texts: the matrix shows the option labels, the rule lists the decision list", () => {
  const def = structuredClone(findMonitor("rak-2008-2010")!);
  for (const t of def.tabellen) if (t.vorm === "rijen") delete t.oordeelRegel;
  for (const l of def.landelijk)
    if (l.soort === "matrix") {
      delete l.titel;
      delete l.weergave;
    }
  const models = tables(layoutNational(def, nationalReport(def, inputs())));
  const matrix = models.find((m) => m.name === "Regio × mijlpaal")!;
  expect(matrix.rows[0][0].v).toBe("Regiomonitor · Regio × mijlpaal — status per regio en mijlpaal");
  const row = matrix.rows.find((r) => r[0].v === exampleFills()[0].eenheid)!;
  expect(row[4]).toMatchObject({ v: "Niet gestart", fill: "rood" });
  expect(row[1]).toMatchObject({ v: "Gereed / in uitvoering", fill: "groen" });
  const t = def.tabellen.find((x) => x.id === "mijlpalen")!;
  if (t.vorm !== "rijen") throw new Error("rows");
  const rule = judgementRule(def, t);
  expect(rule).toBe(
    "Per mijlpaal beslist de eerste regel die geldt: Groen: gereed; Oranje: gedeeltelijk, binnen normdatum; Rood: niet gestart, geen verwachte datum, verwachte datum verstreken, na normdatum; Grijs: status leeg, status ongeldig, onbekend.",
  );
  expect(row[4].uitleg?.regel).toBe(rule);
});

test("a definition's own matrix display is a template of the row's values, without empty parts", () => {
  const base = structuredClone(findMonitor("rak-2008-2010")!);
  for (const l of base.landelijk)
    if (l.soort === "matrix") l.weergave = { "Niet gestart": "nog niet [{toelichting}]" };
  const def = parseMonitor(base);
  const xs = inputs();
  setCell(xs[1], "Mijlpalen", "M4", "Status", "Niet gestart");
  setCell(xs[1], "Mijlpalen", "M4", "Toelichting", "wacht op het college");
  const models = tables(layoutNational(def, nationalReport(def, xs)));
  const matrix = models.find((m) => m.name === "Regio × mijlpaal")!;
  const row = matrix.rows.find((r) => r[0].v === exampleFills()[0].eenheid)!;
  expect(row[4].v).toBe("nog niet");
  const other = matrix.rows.find((r) => r[0].v === exampleFills()[1].eenheid)!;
  expect(other[4]).toMatchObject({ v: "nog niet wacht op het college", fill: "rood" });
});

test("a matrix display for an option the main column does not have is a definition mistake with its path", () => {
  const base = structuredClone(findMonitor("rak-2008-2010")!);
  const i = base.landelijk.findIndex((l) => l.soort === "matrix");
  const l = base.landelijk[i];
  if (l.soort !== "matrix") throw new Error("matrix");
  l.weergave = { Klaar: "X" };
  const r = loadMonitorValue(base);
  expect(r.ok).toBe(false);
  expect(!r.ok && r.fouten.map((x) => [x.code, x.bericht])).toEqual([
    [
      "definitie_weergave_onbekend",
      `landelijk[${i}].weergave.Klaar: 'Klaar' is geen antwoord van kolom 'status'. Kies Gereed / in uitvoering, Gedeeltelijk, In voorbereiding, Niet gestart of Onbekend.`,
    ],
  ]);
});

test("the sheet names of a definition are those layoutNational writes; rows are found by their first cell", () => {
  const def = DEF;
  const xs = inputs();
  const models = layoutNational(def, nationalReport(def, xs));
  // The overview and the fixed sheets, then one factsheet per received unit (test/monitors/factsheet.test.ts).
  const received = exampleFills()
    .slice(0, 6)
    .map((f) => f.eenheid);
  expect(models[0].name).toBe(OVERVIEW_SHEET);
  expect(models.map((m) => m.name)).toEqual([...nationalSheetNames(def), ...received]);
  const retouren = models.find((m) => m.name === "Retouren")!;
  const regio = exampleFills()[2].eenheid;
  const row = rowOfFirstCell(retouren, regio)!;
  expect(retouren.rows[row - 1][0].v).toBe(regio);
  expect(row).toBeGreaterThan(retouren.freezeRows);
  const fileHeader = rowOfFirstCell(retouren, "Bestand")!;
  const fileRow = rowOfFirstCell(retouren, xs[2].bestand, fileHeader)!;
  expect(retouren.rows[fileRow - 1][1].v).toBe(regio);
  expect(rowOfFirstCell(retouren, "Nergens")).toBeNull();
  const actions = findMonitor("ghnt-2018")!;
  expect(nationalSheetNames(actions)).toEqual([OVERVIEW_SHEET, "Overzicht acties", "Actielijst"]);
});
