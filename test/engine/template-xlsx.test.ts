/**
 * Each built-in's template, filled with its example round, written to a real .xlsx by our writer,
 * read back with the file reader (guards, tables, meta sheet) and read by the one engine: no issues, the
 * definition found from the very hidden sheet, and the values as filled in.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { findMonitor, type Monitor } from "../../src/core/model";
import { buildTemplate, type TemplateOptions } from "../../src/core/engine/template";
import { ghnt2018Fill, taskforce2013Fill } from "../../src/examples/fills";
import { exampleFills } from "../helpers/inputs";
import { readReturn, wantedSources } from "../../src/core/engine/read";
import { templateWorkbook } from "../../src/xlsx/write-template";
import { readXlsx } from "../../src/xlsx/read-xlsx";
import type { WorkbookInput } from "../../src/core/grid";

const data = (f: string) => readFileSync(path.join(__dirname, "..", "..", "data", f), "utf8");
const def = (id: string): Monitor => findMonitor(id)!;
const RAK = def("rak-2008-2010");
const TF = def("actiemonitor-2013");
const GHNT = def("ghnt-2018");

async function roundTrip(d: Monitor, opts: TemplateOptions, bestand: string) {
  const buf = new Uint8Array(templateWorkbook(buildTemplate(d, opts)));
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  return { wb, input: await readXlsx(buf, wantedSources(d), bestand) };
}

function read(d: Monitor, input: WorkbookInput) {
  const r = readReturn(d, input);
  if (!r.ok) throw new Error(`${input.bestand}: ${r.reden}`);
  return r;
}

describe("templates written to .xlsx and read back by the one engine", () => {
  test("RAK 2008–2010: the 37 stated Eindfoto returns (test/helpers/inputs.ts) read without issues", async () => {
    const fills = exampleFills();
    expect(fills).toHaveLength(37);
    for (const { eenheid, fill } of fills) {
      const { input } = await roundTrip(RAK, { eenheid, vul: fill }, `${eenheid}.xlsx`);
      expect(input.definitie).toEqual({ id: "rak-2008-2010", versie: "1.0" });
      const r = read(RAK, input);
      expect({ eenheid, issues: r.issues }).toEqual({ eenheid, issues: [] });
      expect(r.ret.eenheid).toBe(eenheid);
      expect(r.ret.meetmoment).toBe("Eindfoto");
      expect(r.ret.peildatum?.start).toBe("2011-01-15");
      const statuses = r.ret.tabellen.mijlpalen.map((m) => m.cellen.status.tekst);
      expect(statuses).toEqual(
        ["M1", "M2", "M3", "M4", "M5", "M6", "M7"].map((c) => fill.rijen!.mijlpalen[c].status),
      );
      const answered = r.ret.tabellen.vragenlijst.filter((q) => q.cellen.antwoord.state === "waarde");
      expect(answered.length).toBe(Object.keys(fill.rijen!.vragenlijst).length);
    }
  });

  test("actiemonitor-2013: the published monitor reads without issues, stated shifts kept", async () => {
    const fill = taskforce2013Fill(TF, data("taskforce-acties-2013.csv"));
    const { input } = await roundTrip(TF, { vul: fill }, "taskforce-2013.xlsx");
    expect(input.definitie).toEqual({ id: "actiemonitor-2013", versie: "1.0" });
    const r = read(TF, input);
    expect(r.issues).toEqual([]);
    const acties = r.ret.tabellen.acties;
    expect(acties).toHaveLength(25);
    expect(acties.every((a) => a.aanwezig)).toBe(true);
    expect(acties.filter((a) => a.cellen.verschuiving.tekst === "eerder of gelijk")).toHaveLength(17);
    expect(acties.map((a) => a.cellen.status.tekst)).toEqual(
      TF.tabellen.flatMap((t) =>
        t.vorm === "rijen" ? t.rijen.map((x) => fill.rijen!.acties[x.waarden.nr].status) : [],
      ),
    );
  });

  test("ghnt-2018: the generated round reads without issues", async () => {
    const fill = ghnt2018Fill(GHNT);
    const { input } = await roundTrip(GHNT, { vul: fill }, "ghnt-2018.xlsx");
    const r = read(GHNT, input);
    expect(r.issues).toEqual([]);
    expect(r.ret.tabellen.acties).toHaveLength(95);
    const vertraagd = r.ret.tabellen.acties.filter((a) => a.cellen.status.tekst === "Vertraagd");
    expect(vertraagd.every((a) => a.cellen.toelichting.state === "waarde")).toBe(true);
  });

  test("the workbook: protected sheets, locked fixed cells, dropdowns, hidden lists, very hidden meta", async () => {
    const { wb } = await roundTrip(RAK, { eenheid: "Ede" }, "leeg.xlsx");
    expect(wb.worksheets.map((w) => [w.name, w.state])).toEqual([
      ["Toelichting", "visible"],
      ["Regio", "visible"],
      ["Mijlpalen", "visible"],
      ["Vragenlijst", "visible"],
      ["Keuzelijsten", "hidden"],
      ["_regiomonitor", "veryHidden"],
    ]);
    const mijl = wb.getWorksheet("Mijlpalen")!;
    expect(mijl.getCell("A2").value).toBe("M1");
    // Locked is Excel's default: a fixed cell carries no "unlocked" protection; the sheet is protected.
    expect(mijl.getCell("A2").protection?.locked).not.toBe(false);
    expect((mijl as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet).toBe(true);
    expect(mijl.getCell("C2").protection?.locked).toBe(false);
    expect(mijl.getCell("C2").dataValidation).toMatchObject({
      type: "list",
      formulae: ["Keuzelijsten!$C$2:$C$6"],
    });
    expect(mijl.getCell("D2").numFmt).toBe("dd-mm-yyyy");
    expect(mijl.getColumn(2).width).toBe(60);
    const regio = wb.getWorksheet("Regio")!;
    expect(regio.getCell("B2").value).toBe("Ede");
    expect(regio.getCell("B3").value).toBe("Startfoto");
    expect(regio.getCell("B4").numFmt).toBe("dd-mm-yyyy");
    expect(wb.getWorksheet("Keuzelijsten")!.getCell("B1").value as ExcelJS.CellValue).toBe("meetmoment");
    // An empty template (only the unit and the default meetmoment) is read, with its gaps as issues.
    const { input } = await roundTrip(RAK, { eenheid: "Ede" }, "leeg.xlsx");
    const r = readReturn(RAK, input);
    expect(r.ok).toBe(true);
    expect(r.issues.length).toBeGreaterThan(0);
    // Every gap is a required cell left empty: Peildatum and Ingevuld door, M1–M6 (M7 only at Eindfoto), questions.
    expect(new Set(r.issues.map((x) => x.code))).toEqual(new Set(["verplicht_leeg"]));
    expect(r.issues.every((x) => x.bestand === "leeg.xlsx")).toBe(true);
    const at = r.issues.map((x) => `${x.blad}!${x.cel}`);
    expect(at.filter((a) => !a.startsWith("Vragenlijst"))).toEqual([
      "Regio!B4",
      "Regio!B5",
      ...["C2", "C3", "C4", "C5", "C6", "C7"].map((c) => `Mijlpalen!${c}`),
    ]);
    expect(at.filter((a) => a.startsWith("Vragenlijst!D")).length).toBeGreaterThan(0);
  });
});
