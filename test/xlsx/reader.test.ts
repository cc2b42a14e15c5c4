/**
 * The one .xlsx reader (`read-xlsx.ts`) against ExcelJS as a reference reader, where ExcelJS reads right: the
 * same WorkbookInput (or a refusal) on every file of the hostile corpus, on the 37 example workbooks, on edge
 * workbooks written by ExcelJS and on hand-edited XML. Plain-sheet grids are compared without their trailing
 * empty rows and columns (ExcelJS counts styled empty cells in its extents; the reader counts values). Where
 * ExcelJS is wrong, the reader reads what Excel shows; those cases are pinned down at the end.
 */
import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { unzipSync, zipSync, strFromU8, strToU8 } from "fflate";
import { readXlsx } from "../../src/xlsx/read-xlsx";
import { sheetParts } from "../../src/xlsx/internal-links";
import { UnreadableFileError } from "../../src/xlsx/unreadable";
import { openInExcelJs, readWorkbookBuffer } from "../helpers/exceljs-reference";
import { templateWorkbook } from "../../src/xlsx/write-template";
import { wantedSources } from "../../src/core/engine/read";
import type { RawValue, WorkbookInput } from "../../src/core/grid";
import { corpus } from "../helpers/corpus";
import { writeExampleWorkbooks } from "../helpers/example-files";
import { tempDir } from "../helpers/files";
import { DEF, filledModel } from "../helpers/inputs";

const WANTED = wantedSources(DEF);

type Outcome = { input: WorkbookInput } | { refused: string };
type Reader = typeof readXlsx;

async function outcome(read: Reader, buf: Uint8Array, bestand: string): Promise<Outcome> {
  try {
    return { input: await read(buf, WANTED, bestand) };
  } catch (e) {
    if (e instanceof UnreadableFileError) return { refused: e.reden };
    throw e;
  }
}

/** Grids without trailing rows and columns that are all empty (extents differ, contents must not). */
function trimmed(o: Outcome): Outcome {
  if (!("input" in o)) return o;
  const trim = (values: RawValue[][]) => {
    const rows = values.map((r) => r.slice());
    while (rows.length > 1 && rows[rows.length - 1].every((v) => v === null)) rows.pop();
    const width = Math.max(
      1,
      ...rows.map((r) => {
        let i = r.length;
        while (i > 1 && r[i - 1] === null) i--;
        return i;
      }),
    );
    return rows.map((r) => r.slice(0, width));
  };
  return {
    input: {
      ...o.input,
      grids: o.input.grids.map((g) => (g.table === null ? { ...g, values: trim(g.values) } : g)),
    },
  };
}

async function expectSame(buf: Uint8Array, bestand = "test.xlsx"): Promise<Outcome> {
  const before = Buffer.from(buf);
  const read = await outcome(readXlsx, buf, bestand);
  const exceljs = await outcome(readWorkbookBuffer, buf, bestand);
  if ("refused" in read && "refused" in exceljs) return read;
  expect(trimmed(read)).toStrictEqual(trimmed(exceljs));
  expect(Buffer.from(buf).equals(before)).toBe(true);
  return read;
}

async function written(wb: ExcelJS.Workbook, options?: Partial<ExcelJS.XlsxWriteOptions>): Promise<Buffer> {
  return Buffer.from(await wb.xlsx.writeBuffer(options));
}

/** The filled standard workbook of a region, changed by `mutate`. */
async function standard(
  regio = "Leiden",
  mutate?: (wb: ExcelJS.Workbook) => void,
): Promise<ExcelJS.Workbook> {
  const wb = await openInExcelJs(templateWorkbook(filledModel(regio)));
  mutate?.(wb);
  return wb;
}

/** Rewrites parts of an .xlsx as text (hand-made XML that ExcelJS itself would never write). */
/**
 * Edits parts of a package by their path, or a worksheet by its sheet name (`blad:Vragenlijst`), so that an
 * edit follows the sheet wherever the writer puts it.
 */
async function editParts(buf: Uint8Array, edits: Record<string, (xml: string) => string>): Promise<Buffer> {
  const files = unzipSync(buf);
  const text = (p: string) => (files[p] ? strFromU8(files[p]) : "");
  const parts = sheetParts(text("xl/workbook.xml"), text("xl/_rels/workbook.xml.rels"));
  for (const [key, edit] of Object.entries(edits)) {
    const name = key.startsWith("blad:") ? (parts.get(key.slice(5)) ?? key) : key;
    if (!files[name]) throw new Error(`no part ${key}`);
    files[name] = strToU8(edit(strFromU8(files[name])));
  }
  return Buffer.from(zipSync(files));
}

const grid = (o: Outcome, sheet: string) => {
  if (!("input" in o)) throw new Error(`refused: ${o.refused}`);
  const g = o.input.grids.find((x) => x.sheet === sheet);
  if (!g) throw new Error(`no grid ${sheet}`);
  return g;
};

describe("the hostile corpus", () => {
  test.each(corpus().map((c) => [c.file, c] as const))("%s", async (file, c) => {
    const o = await expectSame(await c.make(), file);
    if ("refused" in o) expect(o.refused).toContain(c.refused);
  });
});

test("the 37 example workbooks", async () => {
  const files = await writeExampleWorkbooks(tempDir("regiomonitor-lean-"));
  expect(files).toHaveLength(37);
  for (const f of files) {
    const o = await expectSame(readFileSync(f), f);
    expect("input" in o && o.input.grids.map((g) => g.table)).toEqual([
      "tblRegio",
      "tblMijlpalen",
      "tblVragenlijst",
    ]);
  }
});

describe("edge workbooks written by ExcelJS", () => {
  test("shared formulas, rich text, booleans, dates, errors, hyperlinks and merged cells", async () => {
    const wb = await standard("Delft", (w) => {
      const v = w.getWorksheet("Vragenlijst")!;
      v.getCell("D2").value = { formula: 'IF(1=1,"Alle","Geen")', result: "Alle" };
      // Shared formulas: ExcelJS writes them, its typings do not say so.
      v.getCell("E2").value = {
        formula: "1+1",
        result: 2,
        shareType: "shared",
        ref: "E2:E4",
      } as unknown as ExcelJS.CellFormulaValue;
      v.getCell("E3").value = { sharedFormula: "E2", result: 3 };
      v.getCell("E4").value = { sharedFormula: "E2", result: 4 };
      v.getCell("E5").value = { richText: [{ text: "vet ", font: { bold: true } }, { text: "en gewoon" }] };
      v.getCell("E6").value = true;
      v.getCell("E7").value = false;
      v.getCell("E8").value = { error: "#N/A" } as ExcelJS.CellErrorValue;
      v.getCell("E9").value = { formula: "1/0", result: { error: "#DIV/0!" } } as ExcelJS.CellFormulaValue;
      v.getCell("E10").value = { text: "link", hyperlink: "https://example.invalid/" };
      v.getCell("E11").value = 1234.5678;
      v.getCell("E12").value = "tekst met & < > \" ' en \t tab";
      v.mergeCells("C20:D21");
      const r = w.getWorksheet("Regio")!;
      r.getCell("B4").value = new Date(Date.UTC(2011, 0, 15, 13, 45, 30, 123));
      r.getCell("B5").value = new Date(Date.UTC(1900, 0, 1));
      const m = w.getWorksheet("Mijlpalen")!;
      m.getCell("D3").value = new Date(Date.UTC(2009, 5, 1));
      m.getCell("D4").value = { formula: "DATE(2010,1,1)", result: new Date(Date.UTC(2010, 0, 1)) };
      m.mergeCells("E3:F3");
      m.getCell("H40").value = "buiten de tabel";
    });
    await expectSame(await written(wb));
    // The same without shared strings: plain strings as t="str", rich text as inline strings.
    const o = await expectSame(await written(wb, { useSharedStrings: false }));
    expect(grid(o, "Vragenlijst").values[4][4]).toBe("vet en gewoon");
  });

  test("a 1904 workbook", async () => {
    const wb = await standard("Ede");
    wb.properties.date1904 = true;
    wb.getWorksheet("Regio")!.getCell("B4").value = new Date(Date.UTC(2011, 0, 15, 6));
    await expectSame(await written(wb));
  });

  test("plain sheets: renamed with other case and spacing, a table not at A1, trailing styled cells", async () => {
    const wb = new ExcelJS.Workbook();
    const model = filledModel("Utrecht");
    for (const t of model.tables) {
      if (t.sheet === "Mijlpalen") {
        const ws = wb.addWorksheet("Mijlpalen");
        ws.getCell("A1").value = "Titel boven de tabel";
        ws.addTable({
          name: t.table,
          ref: "C5",
          headerRow: true,
          columns: t.header.map((name) => ({ name })),
          rows: t.rows.map((r) => [...r]),
        });
        ws.getCell("K30").style = { font: { bold: true } };
      } else {
        const ws = wb.addWorksheet(t.sheet === "Regio" ? " REGIO " : t.sheet.toLowerCase());
        ws.addRows([[], ["Titel"], t.header, ...t.rows.map((r) => [...r])]);
        ws.getCell("M50").style = { font: { italic: true } };
        ws.getRow(70).height = 30;
        ws.getCell("P60").value = { text: "", hyperlink: "https://example.invalid/" };
      }
    }
    const meta = wb.addWorksheet(model.metaSheet.name, { state: "veryHidden" });
    meta.addRows(model.metaSheet.rows);
    const o = await expectSame(await written(wb));
    expect(grid(o, "Mijlpalen")).toMatchObject({ table: "tblMijlpalen", top: 5, left: 3 });
    expect(grid(o, " REGIO ").table).toBeNull();
    // Empty styled cells count only in rows with a value; the hyperlink in P60 makes its row count.
    expect(grid(o, " REGIO ").values[0]).toHaveLength(16);
  });
});

describe("hand-edited XML", () => {
  const base = async () => written(await standard("Tilburg"));

  test("entities, line ends, phonetic runs and xml:space in shared strings", async () => {
    const buf = await editParts(await base(), {
      "xl/sharedStrings.xml": (x) =>
        x
          .replace(
            "<si><t>Tilburg</t></si>",
            '<si><t xml:space="preserve"> Til_x0007_burg &#x1F44D;&#128077; </t></si>',
          )
          .replace(
            "<si><t>Eindfoto</t></si>",
            '<si><r><rPr><b/></rPr><t>Eind</t></r><r><t xml:space="preserve">foto\r\nA_x000D_B</t></r><rPh sb="0" eb="1"><t>x</t></rPh></si>',
          ),
    });
    const o = await expectSame(buf);
    expect(grid(o, "Regio").values.flat()).toContain(" Til\u0007burg \u{1F44D}\u{1F44D} ");
  });

  test("str, inlineStr, booleans, errors and formulas typed by hand; pretty-printed; cells without r", async () => {
    const buf = await editParts(await base(), {
      "blad:Vragenlijst": (x) =>
        x
          .replace(/<c r="D2"[^>]*?(\/>|>.*?<\/c>)/, '<c r="D2" t="str"><v>a &amp; b &lt;c&gt;</v></c>')
          .replace(/<c r="E2"[^>]*?(\/>|>.*?<\/c>)/, '<c r="E2" t="inlineStr"><is><t>in line</t></is></c>')
          .replace(/<c r="E3"[^>]*?(\/>|>.*?<\/c>)/, '<c r="E3" t="b"><v>true</v></c>')
          .replace(/<c r="E4"[^>]*?(\/>|>.*?<\/c>)/, '<c r="E4" t="e"><f>NA()</f><v>#N/A</v></c>')
          .replace(/<c r="E5"[^>]*?(\/>|>.*?<\/c>)/, '<c r="E5"><f>1+2</f><v>3</v></c>')
          .replace(/<c r="E6"[^>]*?(\/>|>.*?<\/c>)/, '<c r="E6"><v>1e3</v></c>')
          .replace(/<c r="E7"[^>]*?(\/>|>.*?<\/c>)/, '<c r="E7" t="str"><f>A1&amp;""</f><v>Nr</v></c>')
          .replace(/(<c )r="[B-Z]\d+" /g, "$1")
          .replace(/(<\/c>|<\/row>|<sheetData>)/g, "$1\n  ")
          .replace("<sheetData>", "<!-- bewerkt --><sheetData>"),
    });
    const o = await expectSame(buf);
    const v = grid(o, "Vragenlijst").values;
    expect(v[1][3]).toBe("a & b <c>");
    expect(v[1][4]).toBe("in line");
  });

  test("a custom date format overriding a built-in id, and a date format in quotes that is not one", async () => {
    const buf = await editParts(await base(), {
      "xl/styles.xml": (x) => x.replace('formatCode="dd-mm-yyyy"', 'formatCode="&quot;dag&quot; 0"'),
    });
    const o = await expectSame(buf);
    expect(typeof grid(o, "Regio").values[3][1]).toBe("number");
  });
});

describe("deviations: where ExcelJS is wrong, the reader reads what Excel shows", () => {
  test("a formula whose cached result is 0 or FALSE", async () => {
    const wb = await standard("Zaanstad", (w) => {
      const v = w.getWorksheet("Vragenlijst")!;
      v.getCell("E2").value = { formula: "1-1", result: 0 };
      v.getCell("E3").value = { formula: "1=2", result: false };
    });
    const buf = await written(wb);
    const lean = grid(await outcome(readXlsx, buf, "x.xlsx"), "Vragenlijst").values;
    const exceljs = grid(await outcome(readWorkbookBuffer, buf, "x.xlsx"), "Vragenlijst").values;
    expect([lean[1][4], lean[2][4]]).toEqual([0, false]);
    expect([exceljs[1][4], exceljs[2][4]]).toEqual([null, null]);
  });

  test("a text result of a formula in a date-formatted cell", async () => {
    const wb = await standard("Venlo", (w) => {
      w.getWorksheet("Regio")!.getCell("B4").value = { formula: 'TEXT(1,"x")', result: "onbekend" };
    });
    const buf = await written(wb);
    expect(grid(await outcome(readXlsx, buf, "x.xlsx"), "Regio").values[3][1]).toBe("onbekend");
    expect(grid(await outcome(readWorkbookBuffer, buf, "x.xlsx"), "Regio").values[3][1]).toBeNaN();
  });

  test("rows and first cells without an r attribute take their implicit position", async () => {
    const buf = await editParts(await written(await standard("Vlissingen")), {
      "blad:Regio": (x) => x.replace(/<row r="\d+"/g, "<row").replace(/<c r="[A-Z]+\d+"/g, "<c"),
    });
    expect(await outcome(readWorkbookBuffer, buf, "x.xlsx")).toHaveProperty("refused");
    const ref = await outcome(readXlsx, await written(await standard("Vlissingen")), "x.xlsx");
    expect(grid(await outcome(readXlsx, buf, "x.xlsx"), "Regio")).toStrictEqual(grid(ref, "Regio"));
  });

  test("escapes decoded as Excel does: _xHHHH_ in any case and in inline strings; entities decoded once", async () => {
    const buf = await editParts(await written(await standard("Tilburg")), {
      "xl/sharedStrings.xml": (x) =>
        x.replace("<si><t>Tilburg</t></si>", "<si><t>Til_x000d_burg_x005F_x0041_</t></si>"),
      "blad:Vragenlijst": (x) =>
        x
          .replace(/<c r="D2"[^>]*?(\/>|>.*?<\/c>)/, '<c r="D2" t="str"><v>a &amp;amp; b</v></c>')
          .replace(
            /<c r="E2"[^>]*?(\/>|>.*?<\/c>)/,
            '<c r="E2" t="inlineStr"><is><t>in_x0041_line</t></is></c>',
          ),
    });
    const read = grid(await outcome(readXlsx, buf, "x.xlsx"), "Vragenlijst").values;
    const exceljs = grid(await outcome(readWorkbookBuffer, buf, "x.xlsx"), "Vragenlijst").values;
    expect([read[1][3], read[1][4]]).toEqual(["a &amp; b", "inAline"]);
    expect([exceljs[1][3], exceljs[1][4]]).toEqual(["a & b", "in_x0041_line"]);
    expect(grid(await outcome(readXlsx, buf, "x.xlsx"), "Regio").values.flat()).toContain("Til\rburg_x0041_");
  });
});
