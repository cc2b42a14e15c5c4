/**
 * Every kind of workbook the tool writes, every XML part of it validated against the ECMA-376 transitional
 * schemas by xmllint (test/helpers/ooxml-schema.ts): the standard workbook of each built-in monitor, the
 * `check --out` copy (sheets grafted into a returned workbook, also one saved with prefixed XML), an action
 * monitor's summary workbook, the national workbook, a comparison, a series and the definition workbook.
 * One explicit sheet holds a data bar, links and a chart together, written new and grafted: the schema puts
 * `<hyperlinks>` and `<drawing>` after `<conditionalFormatting>`, never inside a rule.
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { builtInMonitors, type Monitor } from "../../src/core/model";
import { aggregate } from "../../src/core/engine/national";
import { toNationalJson } from "../../src/core/engine/json";
import { layoutNational } from "../../src/core/layout/national";
import { layoutUnitSummary } from "../../src/core/layout/unit";
import { checkWorkbook } from "../../src/core/engine/pipeline";
import { buildTemplate } from "../../src/core/engine/template";
import { wantedSources } from "../../src/core/engine/read";
import { roundSheetModel } from "../../src/core/layout/round-sheet";
import { compareRoundsChecked } from "../../src/core/compare/compare";
import { layoutComparison } from "../../src/core/layout/compare";
import { buildSeries } from "../../src/core/series/series";
import { layoutSeries } from "../../src/core/layout/series";
import { OWNED_MARKER, type SheetModel } from "../../src/core/sheet-model";
import { addSheets } from "../../src/xlsx/add-sheets";
import { readXlsx } from "../../src/xlsx/read-xlsx";
import { buildTemplateWorkbook, sheetsXlsx } from "../../src/xlsx/writer";
import { definitionWorkbookBytes } from "../../src/xlsx/definition-workbook-write";
import { DEF, DEF_2013, inputFromModel } from "../helpers/inputs";
import { eindFills, startFills, unitFill, type ExampleFill } from "../compare/rounds";
import { prefixed } from "../helpers/producers";
import { validatePackage, type SchemaReport } from "../helpers/ooxml-schema";
import { runPython, tempDir } from "../helpers/files";

jest.setTimeout(300000);

const PRINT = { titelRijen: 1, koptekst: "Regiomonitor", voettekst: "Proef" };
const cell = (v: string | number | null, extra: Partial<SheetModel["rows"][0][0]> = {}) => ({ v, ...extra });

/**
 * One sheet with everything that has a place in the schema's order after the cells: a data bar (with its
 * Excel 2010 extension inside the rule), two links to cells inside the workbook, print settings and a chart.
 */
const EVERYTHING: SheetModel = {
  name: "Alles op één blad",
  rows: [
    [cell(`${OWNED_MARKER} proefblad`, { bold: true })],
    [cell("Regio", { bold: true }), cell("Gerealiseerd", { bold: true }), cell("Naar", { bold: true })],
    [cell("Noord"), cell(0.25, { fmt: "0%" }), cell("Details", { link: "A10" })],
    [cell("Zuid"), cell(0.75, { fmt: "0%" }), cell("Terug", { link: "'Alles op één blad'!A1" })],
    [cell("Oost & West <samen>"), cell(1, { fmt: "0%", fill: "groen" }), cell(null)],
  ],
  widths: [24, 14, 12],
  freezeRows: 2,
  dataBars: ["B3:B5"],
  afdruk: PRINT,
  grafieken: [
    {
      titel: "Gerealiseerd per regio",
      soort: "staaf",
      categorieKolom: 1,
      van: 3,
      tot: 5,
      reeksen: [{ kolom: 2, kleur: "groen" }],
      kopRij: 2,
      procent: true,
      plaats: { rij: 7, kolom: 5, rijen: 12, kolommen: 6 },
    },
  ],
};

/** The national JSON of a round of the example regions (published annex, and a Startfoto derived from it). */
function round(fills: ExampleFill[]) {
  const entries = fills.map((f) => {
    const input = inputFromModel(
      buildTemplate(DEF, { eenheid: f.regio, vul: unitFill(f) }),
      `${f.regio}.xlsx`,
    );
    return { bestand: input.bestand, result: checkWorkbook(input, [DEF], DEF).result };
  });
  return aggregate(DEF, entries);
}

/** The workbook's bytes with the summary of its own check grafted in, as `check --out` writes it. */
async function checkOutCopy(def: Monitor, bytes: Uint8Array, extra: SheetModel[]): Promise<Uint8Array> {
  const res = checkWorkbook(await readXlsx(bytes, wantedSources(def), "proef.xlsx"), [def], def);
  if (!res.result.ok || !res.score) throw new Error(`${def.id}: not readable`);
  const summary = layoutUnitSummary(def, res.result.ret, res.score, res.result.issues);
  return addSheets(bytes, [summary, ...extra], "proef.xlsx");
}

const reports: SchemaReport[] = [];
let checkOut: Uint8Array;
const kinds: string[] = [];

async function validate(name: string, bytes: Uint8Array): Promise<void> {
  kinds.push(name);
  reports.push(validatePackage(bytes, name));
}

beforeAll(async () => {
  for (const m of builtInMonitors()) {
    const template = await buildTemplateWorkbook(buildTemplate(m));
    await validate(`standaardwerkmap ${m.id}`, template);
    await validate(`definitiewerkmap ${m.id}`, definitionWorkbookBytes(m));
  }
  const leiden = eindFills()[0];
  const filled = await buildTemplateWorkbook(
    buildTemplate(DEF, { eenheid: leiden.regio, vul: unitFill(leiden) }),
  );
  checkOut = await checkOutCopy(DEF, filled, [EVERYTHING]);
  await validate("check --out", checkOut);
  await validate("check --out op prefixed XML", await checkOutCopy(DEF, prefixed(filled), [EVERYTHING]));
  const action = await buildTemplateWorkbook(buildTemplate(DEF_2013));
  const actionRes = checkWorkbook(
    await readXlsx(action, wantedSources(DEF_2013), "a.xlsx"),
    [DEF_2013],
    DEF_2013,
  );
  const actionNational = aggregate(DEF_2013, [{ bestand: "a.xlsx", result: actionRes.result }]);
  await validate(
    "samenvatting actiemonitor",
    await checkOutCopy(DEF_2013, action, layoutNational(DEF_2013, actionNational)),
  );
  const eind = round(eindFills());
  const start = round(startFills());
  await validate(
    "landelijke werkmap",
    sheetsXlsx([...layoutNational(DEF, eind), roundSheetModel(toNationalJson(DEF, eind)), EVERYTHING]),
  );
  const cmp = compareRoundsChecked(toNationalJson(DEF, start), toNationalJson(DEF, eind));
  if (!cmp.ok) throw new Error("comparison refused");
  await validate("vergelijking", sheetsXlsx([layoutComparison(cmp.comparison)]));
  const series = buildSeries(
    [
      { json: toNationalJson(DEF, start), bestand: "start.json" },
      { json: toNationalJson(DEF, eind), bestand: "eind.json" },
    ],
    DEF,
  );
  if (!series.ok) throw new Error(series.fout);
  await validate("reeks", sheetsXlsx(layoutSeries(series.reeks)));
});

test("every XML part of every kind of workbook validates against ECMA-376", () => {
  const failures = Object.assign({}, ...reports.map((r) => r.failures)) as Record<string, string[]>;
  expect(failures).toEqual({});
  expect(reports.flatMap((r) => r.unknown)).toEqual([]);
});

test("the validation saw worksheets, styles, charts, drawings, relationships and content types of each kind", () => {
  const validated = (schema: string) => reports.flatMap((r) => r.validated[schema] ?? []);
  for (const k of kinds) {
    expect(validated("sml.xsd").some((p) => p.startsWith(`${k}:xl/worksheets/`))).toBe(true);
    expect(validated("sml.xsd")).toContain(`${k}:xl/styles.xml`);
    expect(validated("opc-contentTypes.xsd")).toContain(`${k}:[Content_Types].xml`);
    expect(validated("opc-relationships.xsd")).toContain(`${k}:xl/_rels/workbook.xml.rels`);
  }
  for (const k of ["check --out", "samenvatting actiemonitor", "landelijke werkmap"]) {
    expect(validated("dml-chart.xsd").some((p) => p.startsWith(`${k}:xl/charts/`))).toBe(true);
    expect(validated("dml-spreadsheetDrawing.xsd").some((p) => p.startsWith(`${k}:xl/drawings/`))).toBe(true);
  }
});

test("a rule of the schema is enforced: a hyperlink inside a data bar's rule fails", () => {
  // The validator itself, on the broken order the regular-expression patching once produced.
  const good = sheetsXlsx([EVERYTHING]);
  const files = unzipSync(good);
  const sheet = strFromU8(files["xl/worksheets/sheet1.xml"]);
  const broken = sheet
    .replace(/<hyperlinks>.*?<\/hyperlinks>/, "")
    .replace(
      '<extLst><ext uri="{B025F937',
      '<hyperlinks><hyperlink ref="C3" location="A10"/></hyperlinks><extLst><ext uri="{B025F937',
    );
  expect(broken).not.toEqual(sheet);
  const report = validatePackage(zipSync({ ...files, "xl/worksheets/sheet1.xml": strToU8(broken) }), "kapot");
  expect(Object.keys(report.failures)).toEqual(["kapot:xl/worksheets/sheet1.xml"]);
  expect(validatePackage(good, "heel").failures).toEqual({});
});

test("openpyxl reads the grafted sheet's link, data bar and chart", () => {
  const file = path.join(tempDir("regiomonitor-ooxml-read-"), "kopie.xlsx");
  writeFileSync(file, checkOut);
  const py = runPython(
    `
import sys, json, warnings, openpyxl
warnings.simplefilter("ignore")
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb["Alles op één blad"]
print(json.dumps({
  "sheets": wb.sheetnames[-2:],
  "links": [[c, ws[c].hyperlink.location, ws[c].hyperlink.target] for c in ("C3", "C4")],
  "bars": [str(cf.sqref) for cf in ws.conditional_formatting],
  "charts": len(ws._charts),
  "text": ws["A5"].value,
}))
`,
    [file],
  );
  expect(py.stderr).toBe("");
  expect(JSON.parse(py.stdout)).toEqual({
    sheets: ["Samenvatting", "Alles op één blad"],
    links: [
      ["C3", "'Alles op één blad'!A10", null],
      ["C4", "'Alles op één blad'!A1", null],
    ],
    bars: ["B3:B5"],
    charts: 1,
    text: "Oost & West <samen>",
  });
});
