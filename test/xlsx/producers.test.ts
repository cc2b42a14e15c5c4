/**
 * Producer variants (test/helpers/producers.ts) of one filled regional workbook: saved by openpyxl and by
 * LibreOffice (xlsx → xlsx, and xlsx → ods → xlsx), and rewritten as the format allows (namespace prefixes,
 * Strict OOXML, inline strings, rich text, ISO dates, 1904 dates, other part names with absolute targets,
 * lying zip size headers). Each gives the same `check --json` verdict and scores and the same `aggregate`
 * national JSON as the original, through the real command line.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { templateWorkbook } from "../../src/xlsx/write-template";
import { readXlsx } from "../../src/xlsx/read-xlsx";
import { wantedSources } from "../../src/core/engine/read";
import { runCli, tempDir } from "../helpers/files";
import { DEF, filledModel } from "../helpers/inputs";
import {
  date1904,
  inlineStrings,
  isoDates,
  libreOffice,
  lyingSizes,
  openpyxlSaved,
  otherPartNames,
  prefixed,
  richText,
  strict,
  unpack,
} from "../helpers/producers";

jest.setTimeout(300000);

let dir: string;
let original: Buffer;
const variants: Record<string, Buffer> = {};

beforeAll(async () => {
  dir = tempDir("regiomonitor-producers-");
  original = templateWorkbook(filledModel("Leiden"));
  variants["openpyxl"] = openpyxlSaved(original, dir);
  variants["libreoffice"] = libreOffice(original, dir, "xlsx", "xlsx", "Calc MS Excel 2007 XML");
  variants["libreoffice-ods"] = libreOffice(
    libreOffice(original, dir, "xlsx", "ods"),
    dir,
    "ods",
    "xlsx",
    "Calc MS Excel 2007 XML",
  );
  variants["prefixed"] = prefixed(original);
  variants["strict"] = strict(original);
  variants["strict-prefixed"] = prefixed(strict(original));
  variants["inline-strings"] = inlineStrings(original);
  variants["rich-text"] = richText(original);
  variants["iso-dates"] = isoDates(original);
  variants["date1904"] = date1904(original);
  variants["other-part-names"] = otherPartNames(original);
  variants["lying-sizes"] = lyingSizes(original);
  variants["all-at-once"] = lyingSizes(otherPartNames(prefixed(date1904(inlineStrings(richText(original))))));
});

/** What `check --json` says, without the file name. */
function checkJson(file: string, name: string) {
  const r = runCli(["check", file, "--json"]);
  return { code: r.code, json: JSON.parse(r.stdout.split(name).join("BESTAND")) };
}

/** The national JSON of `aggregate` over just this file, without the file name. */
function aggregateJson(file: string, name: string) {
  const out = path.join(path.dirname(file), `${name}-landelijk.xlsx`);
  const json = out.replace(/\.xlsx$/, ".json");
  const r = runCli(["aggregate", file, "-o", out, "--json", json]);
  expect(r.stderr).not.toMatch(/overgeslagen/);
  return JSON.parse(readFileSync(json, "utf8").split(name).join("BESTAND"));
}

test("the variants really are what they claim", () => {
  const has = (v: string, part: string, re: RegExp) => {
    const p = unpack(variants[v]);
    const found = Object.entries(p).some(([n, x]) => n.includes(part) && typeof x === "string" && re.test(x));
    expect([v, part, found]).toEqual([v, part, true]);
  };
  has("openpyxl", "xl/_rels/workbook.xml.rels", /Target="\/xl\/worksheets\/sheet1\.xml"/);
  has("openpyxl", "xl/worksheets/_rels/sheet", /Target="\/xl\/tables\/table1\.xml"/);
  has("prefixed", "xl/worksheets/sheet", /<x:row [^>]*>/);
  has("prefixed", "xl/workbook.xml", /rel:id=/);
  has("strict", "xl/workbook.xml", /purl\.oclc\.org\/ooxml\/spreadsheetml\/main/);
  has("inline-strings", "xl/worksheets/sheet", /t="inlineStr"/);
  has("rich-text", "xl/sharedStrings.xml", /<si><r><rPr><b\/>/);
  has("iso-dates", "xl/worksheets/sheet", /t="d"><v>2011-01-15T00:00:00<\/v>/);
  has("date1904", "xl/workbook.xml", /date1904="true"/);
  has("other-part-names", "xl/bladen/_rels/blad", /Target="\/xl\/lijsten\/lijst1\.xml"/);
  expect(Object.keys(unpack(variants["other-part-names"]))).not.toContain("xl/workbook.xml");
  const b = variants["lying-sizes"];
  const eocd = b.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  expect(b.readUInt32LE(b.readUInt32LE(eocd + 16) + 24)).toBe(1);
});

test("every variant reads the same Peildatum, region and answers as the original", async () => {
  const wanted = wantedSources(DEF);
  const base = await readXlsx(original, wanted, "x.xlsx");
  const cells = (i: typeof base) =>
    i.grids.map((g) => [g.sheet, g.table, g.values.slice(0, 12).map((r) => r.slice(0, 5))]);
  for (const [name, buf] of Object.entries(variants)) {
    const input = await readXlsx(buf, wanted, "x.xlsx");
    expect([name, input.definitie, input.grids.map((g) => g.table)]).toEqual([
      name,
      base.definitie,
      ["tblRegio", "tblMijlpalen", "tblVragenlijst"],
    ]);
    // LibreOffice stores whole numbers and dates as they are, openpyxl too; the values must be equal.
    expect([name, cells(input)]).toEqual([name, cells(base)]);
  }
});

describe("check --json and aggregate --json through the command line", () => {
  let reference: { check: ReturnType<typeof checkJson>; aggregate: unknown };

  beforeAll(() => {
    const d = path.join(dir, "original");
    mkdirSync(d);
    const f = path.join(d, "original.xlsx");
    writeFileSync(f, original);
    reference = { check: checkJson(f, "original.xlsx"), aggregate: aggregateJson(f, "original.xlsx") };
    expect(reference.check.code).toBe(0);
    expect(reference.check.json.gelezen).toBe(true);
  });

  test.each([
    "openpyxl",
    "libreoffice",
    "libreoffice-ods",
    "prefixed",
    "strict",
    "strict-prefixed",
    "inline-strings",
    "rich-text",
    "iso-dates",
    "date1904",
    "other-part-names",
    "lying-sizes",
    "all-at-once",
  ])("%s", (name) => {
    const d = path.join(dir, name);
    mkdirSync(d);
    const f = path.join(d, `${name}.xlsx`);
    writeFileSync(f, variants[name]);
    expect(checkJson(f, `${name}.xlsx`)).toEqual(reference.check);
    expect(aggregateJson(f, `${name}.xlsx`)).toEqual(reference.aggregate);
  });
});
