/**
 * `sheetsXlsx` (the national report and comparison written without ExcelJS) writes the same sheets as
 * `renderSheets` through ExcelJS, an independent reference: the same SheetModels, both files read back by
 * ExcelJS, openpyxl and LibreOffice, give the same cells, formats, fills, fonts, widths, frozen rows and data
 * bars. Links (which the reference leaves out) are read back against the models.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { strFromU8, unzipSync } from "fflate";
import { a1 } from "../../src/core/grid";
import { aggregate } from "../../src/core/engine/national";
import { layoutNational } from "../../src/core/layout/national";
import { layoutUnitSummary } from "../../src/core/layout/unit";
import { checkWorkbook } from "../../src/core/engine/pipeline";
import { buildTemplate } from "../../src/core/engine/template";
import { OWNED_MARKER, type SheetModel } from "../../src/core/sheet-model";
import { writeWorkbookFile } from "../../src/xlsx/files";
import { sheetsXlsx } from "../../src/xlsx/writer";
import { renderSheetsExcelJs } from "../helpers/exceljs-reference";
import { DEF, exampleFills, inputFromModel, setAnswer } from "../helpers/inputs";
import { excelJsCells, diffCells, type Seen } from "../helpers/sheet-cells";
import { runPython, tempDir } from "../helpers/files";
import { libreOfficeToXlsx } from "../helpers/xlsx-xml";

const dir = tempDir("regiomonitor-sheet-writer-");

/** The national sheets of the 37 examples (one answer is hostile text) and one region's summary. */
function models(): SheetModel[] {
  const inputs = exampleFills().map((f) =>
    inputFromModel(buildTemplate(DEF, { eenheid: f.eenheid, vul: f.fill }), `${f.eenheid}.xlsx`),
  );
  setAnswer(inputs[3], "O1a", "=SUM(A1:A3) en +31 6 en @home <b>&amp;</b> ");
  const entries = inputs.map((i) => ({ bestand: i.bestand, result: checkWorkbook(i, [DEF], DEF).result }));
  const nij = checkWorkbook(
    inputs.find((i) => i.bestand === "Nijmegen.xlsx")!,
    [DEF],
    DEF,
  );
  if (!nij.result.ok || !nij.score) throw new Error("Nijmegen");
  return [
    ...layoutNational(DEF, aggregate(DEF, entries)),
    layoutUnitSummary(DEF, nij.result.ret, nij.score, nij.result.issues),
  ];
}

const ms = models();
const direct = path.join(dir, "direct.xlsx");
const viaExcelJs = path.join(dir, "exceljs.xlsx");

beforeAll(async () => {
  await writeWorkbookFile(sheetsXlsx(ms), direct);
  const wb = new ExcelJS.Workbook();
  renderSheetsExcelJs(wb, ms);
  await writeWorkbookFile(Buffer.from(await wb.xlsx.writeBuffer()), viaExcelJs);
});

interface SheetView {
  cells: Map<string, Seen & { underline: boolean }>;
  widths: (number | undefined)[];
  frozen: number | undefined;
  dataBars: string[];
}

async function throughExcelJs(file: string): Promise<Map<string, SheetView>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const out = new Map<string, SheetView>();
  for (const m of ms) {
    const ws = wb.getWorksheet(m.name)!;
    const seen = excelJsCells(ws, m.rows.length, m.widths.length);
    const cells = new Map([...seen].map(([k, v]) => [k, { ...v, underline: false }]));
    m.rows.forEach((row, r) =>
      row.forEach((_, c) => {
        const cell = ws.getCell(r + 1, c + 1);
        cells.get(`${m.name}!${cell.address}`)!.underline = Boolean(cell.font?.underline);
      }),
    );
    out.set(m.name, {
      cells,
      widths: m.widths.map((_, i) => ws.getColumn(i + 1).width),
      frozen: (ws.views[0] as { ySplit?: number } | undefined)?.ySplit,
      dataBars: (ws as unknown as { conditionalFormattings: { ref: string }[] }).conditionalFormattings.map(
        (f) => f.ref,
      ),
    });
  }
  return out;
}

test("ExcelJS reads the same sheets from both files", async () => {
  const [a, b] = await Promise.all([throughExcelJs(viaExcelJs), throughExcelJs(direct)]);
  expect([...b.keys()]).toEqual(ms.map((m) => m.name));
  for (const m of ms) {
    const x = a.get(m.name)!;
    const y = b.get(m.name)!;
    expect(diffCells(x.cells, y.cells)).toEqual([]);
    expect([...y.cells.values()].some((c) => c.underline)).toBe(
      [...x.cells.values()].some((c) => c.underline),
    );
    // The model's widths; ExcelJS leaves out a width of 9 (its default), which Excel would show as 8.43.
    expect(y.widths).toEqual(m.widths);
    expect(x.widths).toEqual(m.widths.map((w) => (w === 9 ? undefined : w)));
    expect(y.frozen).toEqual(x.frozen);
    expect(y.dataBars).toEqual(m.dataBars);
    expect(y.dataBars).toEqual(x.dataBars);
  }
  // The owned marker and the hostile text arrive as text.
  const first = b.get(ms[0].name)!.cells.get(`${ms[0].name}!A1`)!;
  expect(String(first.value)).toMatch(new RegExp(`^${OWNED_MARKER}`));
  const texts = [...b.values()].flatMap((s) => [...s.cells.values()].map((c) => c.value));
  expect(texts.filter((t) => String(t).startsWith("=SUM(A1:A3) en +31 6 en @home <b>&amp;</b>"))).not.toEqual(
    [],
  );
});

const OPENPYXL_VIEW = `
import sys, json, warnings, openpyxl
# Both files hold Excel 2010 data bar extensions (solid bars), which openpyxl reads without: not a difference.
warnings.simplefilter("ignore")
out = {}
for f in sys.argv[1:]:
    wb = openpyxl.load_workbook(f)
    sheets = {}
    for ws in wb.worksheets:
        cells = {}
        for row in ws.iter_rows():
            for c in row:
                if c.value is None and not c.has_style:
                    continue
                fill = c.fill.fgColor.rgb if c.fill and c.fill.fill_type == "solid" else None
                cells[c.coordinate] = [c.value, c.number_format, fill, bool(c.font.b), c.font.u,
                                       c.hyperlink.location if c.hyperlink else None,
                                       c.hyperlink.target if c.hyperlink else None]
        bars = [str(cf.sqref) for cf in ws.conditional_formatting]
        widths = {k: v.width for k, v in ws.column_dimensions.items() if v.customWidth}
        sheets[ws.title] = {"cells": cells, "freeze": ws.freeze_panes, "bars": bars, "widths": widths}
    out[f] = {"names": wb.sheetnames, "sheets": sheets}
print(json.dumps(out, default=str))
`;

test("openpyxl reads the same cells, links, widths, panes and data bars from both files", () => {
  const py = runPython(OPENPYXL_VIEW, [viaExcelJs, direct]);
  expect(py.stderr).toBe("");
  const got = JSON.parse(py.stdout);
  const [a, b] = [got[viaExcelJs], got[direct]];
  expect(b.names).toEqual(ms.map((m) => m.name));
  for (const name of b.names) {
    const x = a.sheets[name];
    const y = b.sheets[name];
    // Cells ExcelJS writes with the default style only (empty, unstyled) may differ in presence; values may not.
    const keys = new Set([...Object.keys(x.cells), ...Object.keys(y.cells)]);
    // The reference writes no links (ExcelJS would make them External relationships): compared without them.
    const cellOf = (c: unknown[] | undefined) => c?.slice(0, 5) ?? null;
    for (const k of keys) expect([name, k, cellOf(y.cells[k])]).toEqual([name, k, cellOf(x.cells[k])]);
    expect(y.freeze).toEqual(x.freeze);
    expect(y.bars.sort()).toEqual(x.bars.sort());
    for (const [col, w] of Object.entries(x.widths)) expect([col, y.widths[col]]).toEqual([col, w]);
  }
  // Every link of the models is a location (sheet-qualified) with no target.
  let links = 0;
  for (const m of ms)
    m.rows.forEach((row, r) =>
      row.forEach((c, k) => {
        if (!c.link || c.v === null) return;
        links += 1;
        const location = c.link.includes("!") ? c.link : `'${m.name.replace(/'/g, "''")}'!${c.link}`;
        const seen = b.sheets[m.name].cells[a1(r + 1, k + 1)] as unknown[];
        expect([m.name, a1(r + 1, k + 1), seen[5], seen[6]]).toEqual([
          m.name,
          a1(r + 1, k + 1),
          location,
          null,
        ]);
      }),
    );
  expect(links).toBeGreaterThan(0);
});

test("every part is well-formed XML, and the same models give the same bytes", async () => {
  const files = unzipSync(readFileSync(direct));
  const names = Object.keys(files);
  expect(names).toEqual(expect.arrayContaining(["[Content_Types].xml", "_rels/.rels", "xl/workbook.xml"]));
  for (const n of names) {
    const xml = strFromU8(files[n]);
    const lint = spawnSync("xmllint", ["--noout", "-"], { input: xml, encoding: "utf8" });
    expect([n, lint.status, lint.stderr]).toEqual([n, 0, ""]);
  }
  expect(Buffer.from(sheetsXlsx(models())).equals(readFileSync(direct))).toBe(true);
  // Python's zipfile checks every entry's CRC-32 and sizes.
  const zipCheck = runPython(
    "import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); print(z.testzip(), len(z.namelist()))",
    [direct],
  );
  expect(zipCheck.stdout.trim()).toBe(`None ${names.length}`);
});

test("LibreOffice opens it and saves the same values", async () => {
  const out = path.join(dir, "libreoffice");
  const r = libreOfficeToXlsx([direct], out);
  expect(r.status).toBe(0);
  const py = runPython(OPENPYXL_VIEW, [direct, path.join(out, "direct.xlsx")]);
  expect(py.stderr).toBe("");
  const got = JSON.parse(py.stdout);
  const [a, b] = [got[direct], got[path.join(out, "direct.xlsx")]];
  expect(b.names).toEqual(a.names);
  for (const name of a.names) {
    const values = (s: { cells: Record<string, unknown[]> }) =>
      Object.fromEntries(
        Object.entries(s.cells)
          .filter(([, c]) => c[0] !== null)
          // LibreOffice saves numbers with 15 significant digits.
          .map(([k, c]) => [k, typeof c[0] === "number" ? Number(c[0].toPrecision(12)) : c[0]]),
      );
    // (Its headless conversion leaves out frozen panes, of ExcelJS's files too.)
    expect(values(b.sheets[name])).toEqual(values(a.sheets[name]));
  }
}, 150_000);
