/**
 * The same SheetModels rendered through the Office.js adapter (fake Excel) and through the ExcelJS adapter
 * (a real .xlsx written and read back) give the same values, number formats, fills and bold text.
 */
import ExcelJS from "exceljs";
import { createExcelHost } from "../../src/excel";
import { aggregate } from "../../src/core/engine/national";
import { layoutNational } from "../../src/core/layout/national";
import { layoutUnitSummary } from "../../src/core/layout/unit";
import { checkWorkbook } from "../../src/core/engine/pipeline";
import { buildTemplate } from "../../src/core/engine/template";
import { taskforce2013Fill } from "../../src/examples/fills";
import { a1 } from "../../src/core/grid";
import type { SheetModel } from "../../src/core/sheet-model";
import { readFileSync } from "node:fs";
import path from "node:path";
import { createFakeExcel } from "../fake-excel/fake-excel";
import { DEF, DEF_2013, exampleFills, inputFromModel, setAnswer } from "../helpers/inputs";
import { diffCells, seenExcelJs, seenOffice, type Seen } from "../helpers/sheet-cells";
import { renderSheetsExcelJs } from "../helpers/exceljs-reference";

function models(): SheetModel[] {
  const inputs = exampleFills().map((f) =>
    inputFromModel(buildTemplate(DEF, { eenheid: f.eenheid, vul: f.fill }), `${f.eenheid}.xlsx`),
  );
  setAnswer(inputs[3], "O1a", "=SUM(A1:A3) en +31 6 en @home");
  const entries = inputs.map((i) => ({ bestand: i.bestand, result: checkWorkbook(i, [DEF], DEF).result }));
  const national = layoutNational(DEF, aggregate(DEF, entries));
  const nij = checkWorkbook(
    inputs.find((i) => i.bestand === "Nijmegen.xlsx")!,
    [DEF],
    DEF,
  );
  if (!nij.result.ok || !nij.score) throw new Error("Nijmegen");
  // The action monitor's workbook: its Samenvatting and its national sheets (Overzicht acties, Actielijst).
  const csv = readFileSync(path.join(__dirname, "..", "..", "data", "taskforce-acties-2013.csv"), "utf8");
  const acties = inputFromModel(
    buildTemplate(DEF_2013, { vul: taskforce2013Fill(DEF_2013, csv) }),
    "Actiemonitor-2013.xlsx",
  );
  const act = checkWorkbook(acties, [DEF_2013], DEF_2013);
  if (!act.result.ok || !act.score) throw new Error("actiemonitor");
  const actSheets = [
    layoutUnitSummary(DEF_2013, act.result.ret, act.score, act.result.issues),
    ...layoutNational(DEF_2013, aggregate(DEF_2013, [{ bestand: acties.bestand, result: act.result }])),
  ].map((m) => ({ ...m, name: `${m.name} (acties)`.slice(0, 31) }));
  return [...national, layoutUnitSummary(DEF, nij.result.ret, nij.score, nij.result.issues), ...actSheets];
}

async function throughExcelJs(ms: SheetModel[]): Promise<Map<string, Seen>> {
  const wb = new ExcelJS.Workbook();
  renderSheetsExcelJs(wb, ms);
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
  // The action monitor's sheets were compared too, not empty.
  for (const name of ["Samenvatting (acties)", "Overzicht acties (acties)", "Actielijst (acties)"])
    expect([...viaXlsx.keys()].filter((k) => k.startsWith(`${name}!`)).length).toBeGreaterThan(20);
});
