/** The .xlsx reader on real .xlsx files: tables, plain ranges, moved columns, formulas, errors, dates. */
import ExcelJS from "exceljs";
import { readXlsx } from "../../src/xlsx/read-xlsx";
import { templateWorkbook } from "../../src/xlsx/write-template";
import { openInExcelJs } from "../helpers/exceljs-reference";
import { checkWorkbook } from "../../src/core/engine/pipeline";
import { wantedSources } from "../../src/core/engine/read";
import { DEF, filledModel } from "../helpers/inputs";
import { rowsTable } from "../../src/core/model";

const MIJLPALEN = rowsTable(DEF, "mijlpalen")!.rijen;
const VRAGEN = rowsTable(DEF, "vragenlijst")!.rijen;

async function toBuffer(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

async function check(wb: ExcelJS.Workbook) {
  const input = await readXlsx(await toBuffer(wb), wantedSources(DEF), "echt.xlsx");
  return { input, res: checkWorkbook(input, [DEF], DEF) };
}

test("a written template filled in reads back with no issues and the recorded definition", async () => {
  const { input, res } = await check(await openInExcelJs(templateWorkbook(filledModel("Leiden"))));
  expect(input.definitie).toEqual({ id: "rak-2008-2010", versie: "1.0" });
  expect(input.grids.map((g) => [g.sheet, g.table, g.top, g.left])).toEqual([
    ["Regio", "tblRegio", 1, 1],
    ["Mijlpalen", "tblMijlpalen", 1, 1],
    ["Vragenlijst", "tblVragenlijst", 1, 1],
  ]);
  expect(res.result.issues).toEqual([]);
  expect(res.score?.eenheid?.rag).toBe("oranje");
});

test("a workbook made by hand without tables, with moved columns and a title row, is read correctly", async () => {
  const wb = new ExcelJS.Workbook();
  const regio = wb.addWorksheet("regio ");
  regio.addRows([
    ["Regiomonitor"],
    [],
    ["waarde", "VELD"],
    ["Utrecht", "Regio"],
    ["Startfoto", "Meetmoment"],
    [new Date(Date.UTC(2009, 2, 1)), "Peildatum"],
    ["J. Jansen", "Ingevuld door"],
  ]);
  const m = wb.addWorksheet("Mijlpalen");
  m.addRow(["Status", "Code", "Mijlpaal", "Datum gereed", "Verwachte datum", "Toelichting", "Eigen kolom"]);
  for (const r of MIJLPALEN)
    m.addRow([
      r.waarden.code === "M7" ? null : "X",
      r.waarden.code,
      r.waarden.mijlpaal,
      null,
      null,
      null,
      "x",
    ]);
  const v = wb.addWorksheet("Vragenlijst");
  v.addRow(["Nr", "Onderdeel", "Vraag", "Antwoord", "Toelichting"]);
  for (const q of VRAGEN)
    v.addRow([
      q.waarden.nr,
      q.waarden.onderdeel,
      q.waarden.vraag,
      q.geldtAls ? null : { formula: '"Onbekend"', result: "Onbekend" },
      null,
    ]);
  const { input, res } = await check(wb);
  expect(input.definitie).toBeNull();
  expect(res.result.ok).toBe(true);
  const codes = res.result.issues.map((i) => i.code).sort();
  expect(codes).toEqual([
    "geen_definitie",
    "kolom_extra",
    "tabel_als_bereik",
    "tabel_als_bereik",
    "tabel_als_bereik",
    "vaste_rij_ontbreekt",
    "vaste_rij_ontbreekt",
  ]);
  // Regio sheet lacks the optional rows Functie and E-mail (reported), dates arrive as serials.
  if (!res.result.ok) return;
  expect(res.result.ret.peildatum?.end).toBe("2009-03-01");
  expect(res.result.ret.eenheid).toBe("Utrecht");
  expect(res.result.ret.tabellen.mijlpalen[0].bron?.cel).toBe("A2");
  // Formulas are read by their cached value.
  expect(res.result.ret.tabellen.vragenlijst[0].cellen.antwoord.tekst).toBe("Onbekend");
});
