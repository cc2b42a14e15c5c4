/**
 * `addSheets` (check --out): the summary written by our sheet writer and added to the original package. The copy opens in openpyxl and LibreOffice, holds the summary with its formats, and every
 * original part is byte for byte the same except the workbook, its relationships, the content types and the
 * styles (cell formats appended, never changed). Also on files saved by other programs (prefixed XML, Strict,
 * openpyxl); an owned sheet is replaced in place, a user's sheet of that name is never touched.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { unzipSync, zipSync } from "fflate";
import { templateWorkbook } from "../../src/xlsx/write-template";
import { addSheets, SheetNameTakenError } from "../../src/xlsx/add-sheets";
import { readXlsx } from "../../src/xlsx/read-xlsx";
import { checkWorkbook } from "../../src/core/engine/pipeline";
import { wantedSources } from "../../src/core/engine/read";
import { layoutUnitSummary } from "../../src/core/layout/unit";
import type { SheetModel } from "../../src/core/sheet-model";
import { runPython, tempDir } from "../helpers/files";
import { DEF, filledModel } from "../helpers/inputs";
import { openpyxlSaved, prefixed, strict, unpack } from "../helpers/producers";

jest.setTimeout(240000);

let dir: string;
let original: Buffer;
let summary: SheetModel;

beforeAll(async () => {
  dir = tempDir("regiomonitor-graft-");
  original = templateWorkbook(filledModel("Leiden"));
  const input = await readXlsx(original, wantedSources(DEF), "Leiden.xlsx");
  const res = checkWorkbook(input, [DEF], DEF);
  if (!res.result.ok || !res.score) throw new Error("not readable");
  summary = layoutUnitSummary(DEF, res.result.ret, res.score, res.result.issues);
});

/** Every sheet's cells (value, number format, bold, fill) as openpyxl sees them. */
function openpyxlCells(file: string): Record<string, [string, unknown, string, boolean, string | null][]> {
  const script = `
import sys, json, datetime, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
out = {}
for ws in wb.worksheets:
    cells = []
    for row in ws.iter_rows():
        for c in row:
            if c.value is None and not c.font.b:
                continue
            v = c.value.isoformat() if isinstance(c.value, (datetime.date, datetime.datetime)) else c.value
            fill = c.fill.fgColor.rgb if c.fill is not None and c.fill.fill_type == "solid" else None
            cells.append([c.coordinate, v, c.number_format, bool(c.font.b), fill])
    out[ws.title] = cells
print(json.dumps(out))
`;
  const r = runPython(script, [file]);
  if (r.code !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout);
}

function libreOfficeCsv(file: string, sheet: number): string {
  const out = path.join(path.dirname(file), `csv-${sheet}`);
  const r = spawnSync(
    "soffice",
    [
      `-env:UserInstallation=file://${out}/profile`,
      "--headless",
      "--convert-to",
      `csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,${sheet}`,
      "--outdir",
      out,
      file,
    ],
    { encoding: "utf8", timeout: 180000 },
  );
  if (r.status !== 0) throw new Error(r.stderr);
  const csv = readdirSync(out).find((n) => n.endsWith(".csv"));
  if (!csv) throw new Error(`no csv: ${r.stdout} ${r.stderr}`);
  return readFileSync(path.join(out, csv), "utf8");
}

async function copyOf(buf: Buffer, name: string): Promise<string> {
  const file = path.join(dir, name);
  writeFileSync(file, await addSheets(buf, [summary], name));
  return file;
}

test("the copy opens in openpyxl with the summary added and every original cell unchanged", async () => {
  const file = await copyOf(original, "kopie.xlsx");
  const orig = path.join(dir, "origineel.xlsx");
  writeFileSync(orig, original);
  const before = openpyxlCells(orig);
  const after = openpyxlCells(file);
  expect(Object.keys(after)).toEqual([...Object.keys(before), "Samenvatting"]);
  for (const sheet of Object.keys(before)) expect([sheet, after[sheet]]).toEqual([sheet, before[sheet]]);
  const s = after["Samenvatting"];
  expect(s[0]).toEqual(["A1", summary.rows[0][0].v, "@", true, null]);
  // A percentage stays a number with its format; a RAG cell keeps its fill.
  const pct = s.find((c) => c[0] === "C5")!;
  expect(pct[1]).toBe(1);
  expect(pct[2]).toMatch(/%/);
  expect(s.some((c) => c[4] !== null)).toBe(true);
});

test("the copy opens in LibreOffice: the summary's first rows as CSV", async () => {
  const file = await copyOf(original, "kopie-lo.xlsx");
  const csv = libreOfficeCsv(file, 7);
  expect(csv.split("\n")[0]).toContain("Regiomonitor · Samenvatting — Leiden");
  expect(csv).toContain("Invulgraad Regio,4 van 4 verplichte cellen,100%");
  expect(libreOfficeCsv(file, 1)).toEqual(libreOfficeCsv(path.join(dir, "origineel.xlsx"), 1));
});

test("parts other than workbook, relationships, content types and styles are copied byte for byte", async () => {
  const before = unzipSync(original);
  const after = unzipSync(await addSheets(original, [summary], "x.xlsx"));
  expect(Object.keys(after).sort()).toEqual(
    // Links inside the workbook are written as locations: the grafted sheet has no relationships part.
    [...Object.keys(before).filter((n) => !n.endsWith("/")), "xl/worksheets/sheet7.xml"].sort(),
  );
  const changed = Object.keys(after)
    .filter((n) => before[n])
    .filter((n) => Buffer.compare(Buffer.from(before[n]), Buffer.from(after[n])) !== 0);
  expect(changed.sort()).toEqual([
    "[Content_Types].xml",
    "xl/_rels/workbook.xml.rels",
    "xl/styles.xml",
    "xl/workbook.xml",
  ]);
  // Styles: the original cell formats are a prefix of the new ones.
  const xfs = (x: Uint8Array) => /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(Buffer.from(x).toString())![1];
  expect(xfs(after["xl/styles.xml"]).startsWith(xfs(before["xl/styles.xml"]))).toBe(true);
});

test("writing again replaces the owned sheet in place; a user's sheet of that name is refused", async () => {
  const once = await addSheets(original, [summary], "x.xlsx");
  const twice = await addSheets(once, [summary], "x.xlsx");
  const names = (b: Uint8Array) => readXlsx(b, [], "x.xlsx").then((i) => i.bladen);
  expect(await names(twice)).toEqual(await names(once));
  expect(Object.keys(unzipSync(twice)).length).toBe(Object.keys(unzipSync(once)).length);
  const user = { ...summary, name: "Regio" };
  await expect(addSheets(original, [user], "x.xlsx")).rejects.toBeInstanceOf(SheetNameTakenError);
});

test.each([
  ["prefixed", (b: Buffer) => prefixed(b)],
  ["strict", (b: Buffer) => strict(b)],
  ["openpyxl", (b: Buffer) => openpyxlSaved(b, dir)],
])(
  "a copy of a %s workbook holds the summary (openpyxl, except Strict which it cannot read) and reads back",
  async (name, make) => {
    const variant = make(original);
    const file = await copyOf(variant, `kopie-${name}.xlsx`);
    // openpyxl does not read Strict OOXML at all; the other two it must open.
    if (name !== "strict") expect(openpyxlCells(file)["Samenvatting"][0][1]).toBe(summary.rows[0][0].v);
    const back = await readXlsx(
      readFileSync(file),
      [{ sheet: "Samenvatting", table: "-" }, ...wantedSources(DEF)],
      "k.xlsx",
    );
    expect(back.grids[0].values[0][0]).toBe(summary.rows[0][0].v);
    expect(back.bladen).toContain("Samenvatting");
    const parts = Object.keys(unpack(variant)).filter((n) => !n.endsWith("/"));
    expect(Object.keys(unzipSync(readFileSync(file)))).toEqual(expect.arrayContaining(parts));
  },
);

test("a workbook without a styles part gets the summary's styles as its own", async () => {
  const p = unzipSync(original);
  delete p["xl/styles.xml"];
  const rels = Buffer.from(p["xl/_rels/workbook.xml.rels"]).toString();
  p["xl/_rels/workbook.xml.rels"] = new Uint8Array(
    Buffer.from(rels.replace(/<Relationship [^>]*\/styles"[^>]*\/>/, "")),
  );
  // The original's cells then refer to cell formats that do not exist; openpyxl still opens it (as Excel does).
  const bare = Buffer.from(zipSync(p));
  const file = await copyOf(bare, "zonder-stijlen.xlsx");
  const after = openpyxlCells(file);
  expect(after["Samenvatting"][0]).toEqual(["A1", summary.rows[0][0].v, "@", true, null]);
  expect(Object.keys(unzipSync(readFileSync(file)))).toContain("xl/styles.xml");
});
