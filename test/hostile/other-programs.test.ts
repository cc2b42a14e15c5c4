/**
 * Workbooks made by other programs for other purposes, given to `check`: named as no monitor's return (exit 2,
 * in Dutch), never read as the default monitor with a list of missing sheets. And large workbooks (over
 * 1 MB, 30,000 rows in a sheet no monitor asks for; 12,000 rows of 30 columns in a sheet a monitor reads):
 * the peak memory of `check`, measured on the real command line in a child process, stays under 200 MB.
 */
import { spawnSync } from "node:child_process";
import { readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { buildTemplate } from "../../src/core/engine/template";
import { templateWorkbook } from "../../src/xlsx/write-template";
import { openInExcelJs } from "../helpers/exceljs-reference";
import { ROOT, runCli, runPython, tempDir } from "../helpers/files";
import { libreOffice, unpack } from "../helpers/producers";
import { DEF } from "../helpers/inputs";

jest.setTimeout(300000);

let dir: string;
const file = (name: string) => path.join(dir, name);

/** A members' list with an Excel table, and a notes sheet, written by openpyxl. */
const OPENPYXL = `
import sys, openpyxl
from openpyxl.worksheet.table import Table
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "Leden"
for row in [["Naam", "Plaats", "Sinds"], ["Jansen", "Utrecht", 2019], ["De Vries", "Zwolle", 2021]]:
    ws.append(row)
ws.add_table(Table(displayName="Ledenlijst", ref="A1:C3"))
wb.create_sheet("Notities")["A1"] = "Vergadering 12-03"
wb.save(sys.argv[1])
`;

/** Visitors per day, as a CSV that LibreOffice Calc turns into a workbook. */
const CSV = "Datum,Bezoekers\n01-03-2026,120\n02-03-2026,95\n";

/** A duty roster with an Excel table, written by ExcelJS. */
function exceljsRoster(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Rooster").addTable({
    name: "tblRooster",
    ref: "A1",
    columns: [{ name: "Dag" }, { name: "Wie" }],
    rows: [
      ["maandag", "Ans"],
      ["dinsdag", "Bert"],
    ],
  });
  return wb;
}

/**
 * A sheet of `rows` rows of client data: six columns, most cells a different text, then `extra` columns of
 * amounts.
 */
function addClientRows(wb: ExcelJS.Workbook, name: string, rows: number, extra = 0): void {
  const ws = wb.addWorksheet(name);
  const amounts = Array.from({ length: extra }, (_, c) => `Bedrag ${c + 1}`);
  ws.addRow(["Nr", "Cliënt", "Straat", "Postcode", "Bedrag", "Opmerking", ...amounts]);
  for (let i = 1; i <= rows; i++)
    ws.addRow([
      i,
      `Cliënt ${i}`,
      `Straat ${i % 997}`,
      `${1000 + (i % 9000)} AB`,
      i * 3.25,
      `Opmerking ${i * 7}`,
      ...amounts.map((_, c) => i + c / 100),
    ]);
}

const BIG_ROWS = 30000;

beforeAll(async () => {
  dir = tempDir("regiomonitor-other-programs-");
  expect(runPython(OPENPYXL, [file("leden-openpyxl.xlsx")]).code).toBe(0);
  writeFileSync(
    file("bezoekers-libreoffice.xlsx"),
    libreOffice(Buffer.from(CSV), dir, "csv", "xlsx", "Calc MS Excel 2007 XML"),
  );
  writeFileSync(file("rooster-exceljs.xlsx"), Buffer.from(await exceljsRoster().xlsx.writeBuffer()));
  // A hand-made copy: no monitor recorded, but a sheet the default monitor asks for ("Regio").
  const copy = new ExcelJS.Workbook();
  copy.addWorksheet("Regio").addRow(["Regio", "Leiden"]);
  writeFileSync(file("eigen-kopie.xlsx"), Buffer.from(await copy.xlsx.writeBuffer()));
  // Large: a standard workbook with the client sheet added, and the client sheet alone.
  const big = await openInExcelJs(templateWorkbook(buildTemplate(DEF, { eenheid: "Leiden" })));
  addClientRows(big, "Gegevens", BIG_ROWS);
  writeFileSync(file("groot-retour.xlsx"), Buffer.from(await big.xlsx.writeBuffer()));
  const alone = new ExcelJS.Workbook();
  addClientRows(alone, "Gegevens", BIG_ROWS);
  writeFileSync(file("groot-vreemd.xlsx"), Buffer.from(await alone.xlsx.writeBuffer()));
  // A sheet with the name of one the default monitor reads whole when it holds no table ("Regio"): 12,000
  // rows of 30 columns, more cells than a sheet may give.
  const regio = new ExcelJS.Workbook();
  addClientRows(regio, "Regio", 12000, 24);
  writeFileSync(file("groot-regio.xlsx"), Buffer.from(await regio.xlsx.writeBuffer()));
  // Small files with a sheet spanning 12,000 rows and 3,000 columns: 12,000 rows of three cells, and one
  // cell in column 3,000 (a sheet read whole would be a grid of 36 million cells).
  for (const name of ["Gegevens", "Regio"]) {
    const far = new ExcelJS.Workbook();
    addClientRows(far, name, 12000);
    far.getWorksheet(name)!.getCell(2, 3000).value = "ver weg";
    writeFileSync(file(`ver-${name.toLowerCase()}.xlsx`), Buffer.from(await far.xlsx.writeBuffer()));
  }
});

const NOT_A_RETURN = "is geen ingevulde werkmap van een monitor die Regiomonitor kent";

describe.each(["leden-openpyxl.xlsx", "bezoekers-libreoffice.xlsx", "rooster-exceljs.xlsx"])(
  "check %s",
  (name) => {
    test("exit 2: not a return of any known monitor, said in Dutch; no missing sheets listed", () => {
      const r = runCli(["check", file(name)]);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr).toContain(`${name} ${NOT_A_RETURN}`);
      expect(r.stderr).not.toMatch(/RAK|ontbreekt|\n\s+at /);
    });

    test("--json: the same verdict as data", () => {
      const r = runCli(["check", file(name), "--json"]);
      expect(r.code).toBe(2);
      expect(JSON.parse(r.stdout)).toEqual({
        bestand: name,
        soort: "geen-retour",
        bericht: expect.stringContaining(NOT_A_RETURN),
      });
    });
  },
);

test("the producers really made them: openpyxl's table, LibreOffice's sheet from the CSV", () => {
  const r = runPython(
    `
import sys, json, openpyxl
out = {}
for f in sys.argv[1:]:
    wb = openpyxl.load_workbook(f)
    out[f.rsplit("/", 1)[1]] = {ws.title: [list(ws.tables.keys()), ws["A2"].value] for ws in wb.worksheets}
print(json.dumps(out))
`,
    [file("leden-openpyxl.xlsx"), file("bezoekers-libreoffice.xlsx"), file("rooster-exceljs.xlsx")],
  );
  expect(r.code).toBe(0);
  const got = JSON.parse(r.stdout);
  expect(got["leden-openpyxl.xlsx"]).toEqual({ Leden: [["Ledenlijst"], "Jansen"], Notities: [[], null] });
  expect(Object.values(got["bezoekers-libreoffice.xlsx"])).toHaveLength(1);
  expect(got["rooster-exceljs.xlsx"]).toEqual({ Rooster: [["tblRooster"], "maandag"] });
  // LibreOffice names itself in the package.
  const app = (name: string) => String(unpack(readFileSync(file(name)))["docProps/app.xml"]);
  expect(app("bezoekers-libreoffice.xlsx")).toMatch(/<Application>LibreOffice/);
});

test("a hand-made copy with a monitor's sheet is still checked as a return (exit 1, its problems listed)", () => {
  const r = runCli(["check", file("eigen-kopie.xlsx")]);
  expect(r.code).toBe(1);
  expect(r.stderr + r.stdout).not.toContain(NOT_A_RETURN);
});

/**
 * Peak resident memory of the command line in a child process, in MB: GNU time's %M (KB), on the last line
 * of its output (a line before it says a non-zero exit status).
 */
function peakMb(args: string[]): { code: number; mb: number; stdout: string; stderr: string } {
  const rss = path.join(dir, `rss-${Math.random().toString(36).slice(2)}.txt`);
  const r = spawnSync(
    "/usr/bin/time",
    ["-f", "%M", "-o", rss, process.execPath, path.join(ROOT, "bin", "regiomonitor.js"), ...args],
    { encoding: "utf8", cwd: ROOT, maxBuffer: 64 * 1024 * 1024 },
  );
  return {
    code: r.status ?? -1,
    stdout: r.stdout,
    mb: parseInt(readFileSync(rss, "utf8").trim().split("\n").pop()!, 10) / 1024,
    stderr: r.stderr,
  };
}

describe.each([
  ["groot-retour.xlsx", 1, "30,000 rows in a sheet no monitor asks for, beside a return", ""],
  ["groot-vreemd.xlsx", 2, "30,000 rows in a sheet no monitor asks for", NOT_A_RETURN],
  [
    "groot-regio.xlsx",
    1,
    "12,000 rows of 30 columns in a sheet named as a monitor's",
    "heeft meer dan 250.000 cellen",
  ],
])("check on %s (over 1 MB: %s)", (name, code, _what, says) => {
  test(`peak memory under 200 MB; exit ${code}`, () => {
    expect(statSync(file(name)).size).toBeGreaterThan(1024 * 1024);
    const r = peakMb(["check", file(name)]);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.code).toBe(code);
    expect(r.stdout + r.stderr).toContain(says);
    console.log(`check ${name}: peak ${r.mb.toFixed(0)} MB`);
    expect(r.mb).toBeLessThan(200);
  });
});

describe.each([
  ["ver-gegevens.xlsx", 2, "in a sheet no monitor asks for", NOT_A_RETURN],
  [
    "ver-regio.xlsx",
    1,
    "in a sheet named as a monitor's",
    "is te groot om te lezen (10001 rijen en 3000 kolommen)",
  ],
])("check on %s (one cell in column 3,000 %s)", (name, code, _what, says) => {
  test(`peak memory under 200 MB; exit ${code}`, () => {
    const r = peakMb(["check", file(name)]);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.code).toBe(code);
    expect(r.stdout + r.stderr).toContain(says);
    console.log(`check ${name}: peak ${r.mb.toFixed(0)} MB`);
    expect(r.mb).toBeLessThan(200);
  });
});
