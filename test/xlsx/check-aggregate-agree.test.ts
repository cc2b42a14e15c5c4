/**
 * `check` and `aggregate` read with the same reader, so they agree on the same file, also on the cells where the
 * two former readers differed: cached formula results 0 and FALSE, an error result in a date cell, a text result
 * in a date cell, and a `t="d"` date.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { templateWorkbook } from "../../src/xlsx/write-template";
import { openInExcelJs } from "../helpers/exceljs-reference";
import { runCli, tempDir } from "../helpers/files";
import { filledModel } from "../helpers/inputs";

test("check --json and aggregate --json give the same errors and warnings for one awkward file", async () => {
  const wb = await openInExcelJs(templateWorkbook(filledModel("Utrecht")));
  const v = wb.getWorksheet("Vragenlijst")!;
  v.getCell("D2").value = { formula: "1-1", result: 0 };
  v.getCell("D3").value = { formula: "1=2", result: false };
  const m = wb.getWorksheet("Mijlpalen")!;
  m.getCell("D3").value = { formula: "1/0", result: { error: "#DIV/0!" } } as ExcelJS.CellFormulaValue;
  m.getCell("E4").value = { formula: 'TEXT(1,"x")', result: "onbekend" };
  const parts = unzipSync(new Uint8Array(await wb.xlsx.writeBuffer()));
  // Regio!B4 (Peildatum) as an ISO date: 15-01-2011, not the number 2011. Regio is the second sheet, after
  // the Toelichting.
  parts["xl/worksheets/sheet2.xml"] = strToU8(
    strFromU8(parts["xl/worksheets/sheet2.xml"]).replace(
      /<c r="B4"( s="\d+")><v>[^<]*<\/v><\/c>/,
      '<c r="B4"$1 t="d"><v>2011-01-15T00:00:00</v></c>',
    ),
  );
  expect(strFromU8(parts["xl/worksheets/sheet2.xml"])).toContain('t="d"><v>2011-01-15T00:00:00');
  const dir = tempDir("regiomonitor-agree-");
  const file = path.join(dir, "Utrecht.xlsx");
  writeFileSync(file, zipSync(parts));

  const check = JSON.parse(runCli(["check", file, "--json"]).stdout);
  const out = path.join(dir, "landelijk.xlsx");
  const json = out.replace(".xlsx", ".json");
  runCli(["aggregate", file, "-o", out, "--json", json]);
  const row = JSON.parse(readFileSync(json, "utf8")).bestanden[0];
  const count = (sev: string) =>
    check.meldingen.filter((i: { severity: string }) => i.severity === sev).length;
  expect(row).toMatchObject({
    status: "meegeteld",
    regio: "Utrecht",
    fouten: count("fout"),
    waarschuwingen: count("waarschuwing"),
  });
  expect(check.meldingen.map((i: { code: string; cel: string }) => [i.code, i.cel])).toEqual(
    expect.arrayContaining([
      ["celfout", "D3"],
      ["ongeldige_datum", "E4"],
    ]),
  );
  // The Peildatum is 15-01-2011: no date issue at B4.
  expect(
    check.meldingen.filter((i: { cel: string; blad: string }) => i.blad === "Regio" && i.cel === "B4"),
  ).toEqual([]);
});
