/**
 * The same SheetModels rendered through the Office.js adapter (fake Excel) and through the ExcelJS adapter
 * (a real .xlsx written and read back) give the same values, number formats, fills and bold text.
 */
import ExcelJS from "exceljs";
import { createExcelHost } from "../../src/excel";
import { renderSheets } from "../../src/xlsx/render-sheet";
import { aggregate } from "../legacy/core/national/aggregate";
import { layoutNational } from "../legacy/core/layout/national-sheets";
import { layoutRegionSummary } from "../legacy/core/layout/region-summary";
import { checkWorkbook } from "../legacy/core/check";
import { a1 } from "../../src/core/grid";
import type { SheetModel } from "../../src/core/sheet-model";
import { filledTemplate } from "../legacy/core/examples/annex";
import { createFakeExcel } from "../fake-excel/fake-excel";
import { DEF, exampleFills, inputFromModel, setAnswer } from "../helpers/inputs";
import { diffCells, seenExcelJs, seenOffice, type Seen } from "../helpers/sheet-cells";

function models(): SheetModel[] {
  const inputs = exampleFills().map((f) => inputFromModel(filledTemplate(DEF, f), `${f.regio}.xlsx`));
  setAnswer(inputs[3], "O1a", "=SUM(A1:A3) en +31 6 en @home");
  const entries = inputs.map((i) => ({ bestand: i.bestand, result: checkWorkbook(i, [DEF], DEF).result }));
  const national = layoutNational(DEF, aggregate(DEF, entries));
  const nij = checkWorkbook(
    inputs.find((i) => i.bestand === "Nijmegen.xlsx")!,
    [DEF],
    DEF,
  );
  if (!nij.result.ok || !nij.score) throw new Error("Nijmegen");
  return [...national, layoutRegionSummary(DEF, nij.result.ret, nij.score, nij.result.issues)];
}

async function throughExcelJs(ms: SheetModel[]): Promise<Map<string, Seen>> {
  const wb = new ExcelJS.Workbook();
  renderSheets(wb, ms);
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(await wb.xlsx.writeBuffer());
  const out = new Map<string, Seen>();
  for (const m of ms) {
    const ws = back.getWorksheet(m.name)!;
    m.rows.forEach((row, r) =>
      row.forEach((_, c) => {
        // Read back as the command line reads: dates (ExcelJS gives Date objects) become Excel serials.
        out.set(`${m.name}!${a1(r + 1, c + 1)}`, seenExcelJs(ws.getCell(r + 1, c + 1)));
      }),
    );
  }
  return out;
}

async function throughOfficeJs(ms: SheetModel[]): Promise<Map<string, Seen>> {
  const fake = createFakeExcel();
  await createExcelHost(fake.Excel).renderSheets(ms);
  expect(fake.state.formulaCells()).toEqual([]);
  const out = new Map<string, Seen>();
  for (const m of ms) {
    m.rows.forEach((row, r) =>
      row.forEach((_, c) => {
        out.set(`${m.name}!${a1(r + 1, c + 1)}`, seenOffice(fake.state.cellAt(m.name, a1(r + 1, c + 1))));
      }),
    );
  }
  return out;
}

test("national sheets and a Samenvatting are the same through both adapters", async () => {
  const ms = models();
  const [viaXlsx, viaOffice] = await Promise.all([throughExcelJs(ms), throughOfficeJs(ms)]);
  expect(viaOffice.size).toBe(viaXlsx.size);
  expect(viaOffice.size).toBeGreaterThan(1000);
  const diffs = diffCells(viaXlsx, viaOffice);
  expect(diffs).toEqual([]);
  // A sample of what was compared, so the test cannot pass on empty sheets.
  expect(viaXlsx.get("Mijlpalen landelijk!K8")).toEqual({
    value: 29 / 37,
    fmt: "0.0%",
    fill: null,
    bold: false,
  });
  expect(viaXlsx.get("Mijlpalen landelijk!N8")).toEqual({
    value: 1,
    fmt: "General",
    fill: "F4B6B6",
    bold: false,
  });
});
