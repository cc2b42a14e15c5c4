/**
 * What the file writer puts in the package, read from the XML itself (and by openpyxl and LibreOffice):
 * links to cells inside the workbook are a location without a relationship, and every dropdown list is
 * one data validation for a whole range, none overlapping.
 */
import { spawnSync } from "node:child_process";
import path from "node:path";
import ExcelJS from "exceljs";
import { builtInMonitors, defaultMonitor, rowsTable } from "../../src/core/model";
import { buildTemplate } from "../../src/core/engine/template";
import { a1 } from "../../src/core/grid";
import { OWNED_MARKER, type ModelCell, type SheetModel } from "../../src/core/sheet-model";
import type { TemplateModel } from "../../src/core/template-model";
import { addSheets } from "../../src/xlsx/add-sheets";
import { templateWorkbook } from "../../src/xlsx/write-template";
import { writeBytesFile, writeWorkbookFile } from "../../src/xlsx/files";
import { sheetsXlsx } from "../../src/xlsx/writer";
import { runPython, tempDir } from "../helpers/files";
import { elements, libreOfficeToXlsx, sheetPackages, validations } from "../helpers/xlsx-xml";

const dir = tempDir("regiomonitor-xml-");
const HYPERLINK_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink";

/** A small owned sheet: a header and three links (another sheet, a quoted name, the same sheet). */
function linkSheet(name: string): SheetModel {
  const c = (v: string | number | null, extra: Partial<ModelCell> = {}): ModelCell => ({ v, ...extra });
  return {
    name,
    rows: [
      [c(`${OWNED_MARKER} links`, { bold: true }), c(null)],
      [c("naar mijlpaal", { link: "'Regio × mijlpaal'!A5" }), c("tekst")],
      [c("naar Tom & Jerry's", { link: "'Tom & Jerry''s'!B2" }), c(2)],
      [c("hier", { link: "B3" }), c(null)],
    ],
    widths: [20, 10],
    freezeRows: 1,
    dataBars: [],
    afdruk: { titelRijen: 0, koptekst: "Test", voettekst: "Test" },
  };
}

const target = (name: string): SheetModel => ({
  name,
  rows: [[{ v: `${OWNED_MARKER} doel` }], [{ v: "x" }]],
  widths: [10],
  freezeRows: 0,
  dataBars: [],
  afdruk: { titelRijen: 0, koptekst: "Test", voettekst: "Test" },
});

const linkModels = () => [linkSheet("Samenvatting"), target("Regio × mijlpaal"), target("Tom & Jerry's")];

/** A user's workbook made by another program (ExcelJS): one sheet with a link to a web site. */
async function userWorkbook(): Promise<Uint8Array> {
  const user = new ExcelJS.Workbook();
  user.addWorksheet("Mijn blad").getCell("A1").value = {
    text: "site",
    hyperlink: "https://example.invalid/",
  } as ExcelJS.CellHyperlinkValue;
  return new Uint8Array(await user.xlsx.writeBuffer());
}

describe.each(["sheetsXlsx", "addSheets"])("links to cells inside the workbook, written by %s,", (writer) => {
  const file = path.join(dir, `links-${writer}.xlsx`);
  beforeAll(async () => {
    if (writer === "sheetsXlsx") await writeWorkbookFile(sheetsXlsx(linkModels()), file);
    else await writeBytesFile(await addSheets(await userWorkbook(), linkModels(), "gebruiker.xlsx"), file);
  });

  test("are <hyperlink ref location display/> with no r:id and no relationship", async () => {
    const sheets = await sheetPackages(file);
    const s = sheets.get("Samenvatting")!;
    expect(elements(s.xml, "hyperlink").map((h) => h.attrs)).toEqual([
      { ref: "A2", location: "'Regio × mijlpaal'!A5", display: "naar mijlpaal" },
      { ref: "A3", location: "'Tom & Jerry''s'!B2", display: "naar Tom & Jerry's" },
      { ref: "A4", location: "'Samenvatting'!B3", display: "hier" },
    ]);
    // Our sheets only: the user's own sheet keeps its link to a web site (see below).
    for (const [, p] of [...sheets].filter(([n]) => n !== "Mijn blad")) {
      expect(p.rels).not.toContain(HYPERLINK_REL);
      expect(p.rels).not.toContain('TargetMode="External"');
    }
    // The schema's order: hyperlinks after sheetData and before pageMargins.
    expect(s.xml.indexOf("</sheetData>")).toBeLessThan(s.xml.indexOf("<hyperlinks>"));
    expect(s.xml.indexOf("</hyperlinks>")).toBeLessThan(s.xml.indexOf("<pageMargins"));
    const xmllint = spawnSync("xmllint", ["--noout", "-"], { input: s.xml, encoding: "utf8" });
    expect(xmllint.status).toBe(0);
  });

  test("openpyxl reads a location and no target; the text stays text", () => {
    const py = runPython(
      `
import sys, json, openpyxl
ws = openpyxl.load_workbook(sys.argv[1])["Samenvatting"]
print(json.dumps([[c.value, c.hyperlink.location, c.hyperlink.target] for c in (ws["A2"], ws["A3"], ws["A4"])]))
`,
      [file],
    );
    expect(py.stderr).toBe("");
    expect(JSON.parse(py.stdout)).toEqual([
      ["naar mijlpaal", "'Regio × mijlpaal'!A5", null],
      ["naar Tom & Jerry's", "'Tom & Jerry''s'!B2", null],
      ["hier", "'Samenvatting'!B3", null],
    ]);
  });
});

describe("links in a user's workbook", () => {
  test("in a user's workbook (check --out), only the owned sheet's links change; the user's own link stays", async () => {
    const once = await addSheets(await userWorkbook(), linkModels(), "gebruiker.xlsx");
    // Added twice (as a repeated check --out does): the owned sheet is replaced, its links written once.
    const copy = path.join(dir, "gebruiker-kopie.xlsx");
    await writeBytesFile(await addSheets(once, [linkSheet("Samenvatting")], "gebruiker.xlsx"), copy);
    const sheets = await sheetPackages(copy);
    const mine = sheets.get("Mijn blad")!;
    const [own] = elements(mine.xml, "hyperlink");
    expect(own.attrs.location).toBeUndefined();
    const rel = elements(mine.rels, "Relationship").find((r) => r.attrs.Id === own.attrs["r:id"])!;
    expect(rel.attrs).toMatchObject({ Target: "https://example.invalid/", TargetMode: "External" });
    const summary = elements(sheets.get("Samenvatting")!.xml, "hyperlink");
    expect(summary.map((h) => h.attrs.ref)).toEqual(["A2", "A3", "A4"]);
    expect(summary.every((h) => h.attrs["r:id"] === undefined)).toBe(true);
  });
});

/** Every cell that should get a list, with its source, from the template model. */
function expectedLists(model: TemplateModel): Map<string, Map<string, string>> {
  const out = new Map<string, Map<string, string>>();
  for (const t of model.tables) {
    const cells = new Map<string, string>();
    for (const l of t.lists) cells.set(a1(l.row + 2, l.col + 1), l.source.replace(/^=/, ""));
    out.set(t.sheet, cells);
  }
  return out;
}

/** Cell → list of a written sheet; fails when a cell is in two validations. */
function writtenLists(xml: string): Map<string, string> {
  const seen = new Map<string, string>();
  const any = new Set<string>();
  for (const v of validations(xml)) {
    // A cell to fill in without a list has a validation for its input prompt only (type none).
    expect(["list", "", "none"]).toContain(v.type);
    for (const cell of v.cells) {
      if (any.has(cell)) throw new Error(`cel ${cell} staat in twee gegevensvalidaties`);
      any.add(cell);
      if (v.type === "list") seen.set(cell, v.formula1);
    }
  }
  return seen;
}

const def = defaultMonitor();
const mijlpalen = rowsTable(def, "mijlpalen")!;
const vragenlijst = rowsTable(def, "vragenlijst")!;
const templates: { name: string; model: TemplateModel }[] = [
  { name: "rak", model: buildTemplate(def, { eenheid: "Delft" }) },
  ...builtInMonitors()
    .filter((d) => d.id !== def.id)
    .map((d) => ({ name: d.id, model: buildTemplate(d) })),
];

describe("dropdown lists in the template", () => {
  const files = new Map<string, string>();
  beforeAll(async () => {
    for (const t of templates) {
      const f = path.join(dir, `${t.name}.xlsx`);
      await writeWorkbookFile(templateWorkbook(t.model), f);
      files.set(t.name, f);
    }
  });

  test.each(templates.map((t) => t.name))(
    "%s: one validation per range, none overlapping, each list cell exactly its list",
    async (name) => {
      const model = templates.find((t) => t.name === name)!.model;
      const sheets = await sheetPackages(files.get(name)!);
      for (const [sheet, cells] of expectedLists(model)) {
        expect(Object.fromEntries(writtenLists(sheets.get(sheet)!.xml))).toEqual(Object.fromEntries(cells));
      }
    },
  );

  test("Mijlpalen Status and Vragenlijst Antwoord: whole ranges, e.g. one validation for the Status column", async () => {
    const sheets = await sheetPackages(files.get("rak")!);
    const lists = (xml: string) => validations(xml).filter((v) => v.type === "list");
    const status = lists(sheets.get(mijlpalen.blad)!.xml);
    expect(status).toHaveLength(1);
    expect(status[0].cells).toEqual(mijlpalen.rijen.map((_, i) => `C${i + 2}`));
    // Questions next to each other with the same scale share one validation.
    const answers = lists(sheets.get(vragenlijst.blad)!.xml);
    const scaleRows = vragenlijst.rijen.flatMap((v, i) => (v.cel?.type === "keuze" ? [i + 2] : []));
    const runs = scaleRows.filter(
      (r, i) =>
        i === 0 ||
        r !== scaleRows[i - 1] + 1 ||
        vragenlijst.rijen[r - 2].cel?.schaal !== vragenlijst.rijen[r - 3].cel?.schaal,
    ).length;
    expect(answers).toHaveLength(runs);
    expect(answers.flatMap((v) => v.cells).sort()).toEqual(scaleRows.map((r) => `D${r}`).sort());
  });

  test("openpyxl reads the same ranges", () => {
    const py = runPython(
      `
import sys, json, openpyxl
out = {}
for f in sys.argv[1:]:
    wb = openpyxl.load_workbook(f)
    out[f] = {ws.title: [[str(d.sqref), d.formula1] for d in ws.data_validations.dataValidation] for ws in wb.worksheets}
print(json.dumps(out))
`,
      [...files.values()],
    );
    expect(py.stderr).toBe("");
    const got = JSON.parse(py.stdout) as Record<string, Record<string, [string, string][]>>;
    for (const t of templates) {
      const sheets = got[files.get(t.name)!];
      for (const [sheet, cells] of expectedLists(t.model)) {
        const seen = new Map<string, string>();
        // Prompt-only validations (no formula) hold no list.
        for (const [sqref, formula] of sheets[sheet].filter(([, f]) => f !== null))
          for (const ref of sqref.split(" "))
            for (const cell of validations(
              `<dataValidation type="list" sqref="${ref}"><formula1>${formula}</formula1></dataValidation>`,
            )[0].cells) {
              expect(seen.has(cell)).toBe(false);
              seen.set(cell, formula);
            }
        expect(Object.fromEntries(seen)).toEqual(Object.fromEntries(cells));
      }
    }
  });

  test("LibreOffice keeps a dropdown on every list cell (saved again as .xlsx)", async () => {
    const out = path.join(dir, "libreoffice");
    const r = libreOfficeToXlsx([...files.values()], out);
    expect(r.status).toBe(0);
    for (const t of templates) {
      const sheets = await sheetPackages(path.join(out, `${t.name}.xlsx`));
      for (const [sheet, cells] of expectedLists(t.model)) {
        expect(Object.fromEntries(writtenLists(sheets.get(sheet)!.xml))).toEqual(Object.fromEntries(cells));
      }
    }
  }, 150_000);
});
