/**
 * Sheets that print (issue 12, item 3), on the real files the command line writes, read by an independent
 * reader (python3-openpyxl) and printed by LibreOffice:
 * - every sheet of every file the tool writes (the template of RAK and of an action monitor, `check --out`
 *   copies of both, the national workbooks of both, the comparison) has A4 (paper size 9) landscape, fit to
 *   one page wide, print titles where the sheet has header rows, a header with the monitor (and peildatum)
 *   and a footer "Pagina &P van &N"; every styled cell names its font (Calibri 11);
 * - no RAG fill on a zero count; data bars only over data rows (never a Totaal row or a bold total);
 * - the national workbook opens on the overview, whose charts point at its own cells;
 * - long texts wrap inside the table instead of running past its last column;
 * - LibreOffice prints the RAK national workbook of three returns on 11 pages (was 18): explanation columns
 *   stay on the sheets but out of the print area, title rows print once, factsheets on one portrait page.
 */
import { readdirSync } from "node:fs";
import path from "node:path";
import { buildTemplate } from "../../src/core/engine/template";
import { templateWorkbook } from "../../src/xlsx/write-template";
import { writeWorkbookFile } from "../../src/xlsx/files";
import { DEF, exampleFills } from "../helpers/inputs";
import { runCli, runPython, tempDir } from "../helpers/files";
import { pagesPerSheet, pdfPages, printWithLibreOffice } from "./pdf-pages";

jest.setTimeout(240_000);

const dir = tempDir("regiomonitor-print-");
const p = (name: string) => path.join(dir, name);
const RAG_FILLS = ["FFC6EFCE", "FFFFD966", "FFF4B6B6", "FFD9D9D9"];

/** What openpyxl reads of every sheet of a workbook (see the script). */
interface SheetRead {
  title: string;
  state: string;
  orientation: string | null;
  paperSize: number | null;
  fitToWidth: number | null;
  fitToHeight: number | null;
  fitToPage: boolean | null;
  printTitleRows: string | null;
  /** The print area (`'Blad'!$A$1:$F$40`), null when every column prints. */
  printArea: string | null;
  header: string | null;
  footerLeft: string | null;
  footerRight: string | null;
  /** Styled cells (bold, fill or link) whose font is not Calibri 11: `A1` addresses. */
  badFonts: string[];
  /** Cells with the value 0 and a RAG fill. */
  zeroFills: string[];
  /** Data bar ranges and the rows inside them that are totals (a "Totaal" cell or a bold value). */
  dataBars: string[];
  totalsUnderBars: string[];
  /**
   * Cells below the print titles (of a visible sheet) whose plain text does not wrap and runs past the last
   * column of the table: a page fitted to its width then shrinks to fit the text, unreadably small.
   */
  spills: string[];
  /** Height of row 3 (the header row of the national sheets), null when not set. */
  row3Height: number | null;
  charts: { title: string | null; series: { name: string; values: string; categories: string }[] }[];
}
interface WorkbookRead {
  active: string;
  sheets: SheetRead[];
}

const SCRIPT = `
import sys, json, warnings, openpyxl
from openpyxl.utils.cell import range_boundaries, get_column_letter
warnings.simplefilter("ignore")
RAG = set(${JSON.stringify(RAG_FILLS)})
wb = openpyxl.load_workbook(sys.argv[1])
out = {"active": wb.active.title, "sheets": []}
def text(part):
    return part.text if part is not None and part.text is not None else None
for ws in wb.worksheets:
    ps = ws.page_setup
    area = ws.print_area
    area = (area[0] if isinstance(area, (list, tuple)) else area) if area else None
    pr = ws.sheet_properties.pageSetUpPr
    s = {
        "title": ws.title, "state": ws.sheet_state,
        "orientation": ps.orientation, "paperSize": int(ps.paperSize) if ps.paperSize is not None else None,
        "fitToWidth": int(ps.fitToWidth) if ps.fitToWidth is not None else None,
        "fitToHeight": int(ps.fitToHeight) if ps.fitToHeight is not None else None,
        "fitToPage": bool(pr.fitToPage) if pr is not None and pr.fitToPage is not None else None,
        "printTitleRows": ws.print_title_rows, "printArea": area,
        "header": text(ws.oddHeader.center), "footerLeft": text(ws.oddFooter.left),
        "footerRight": text(ws.oddFooter.right),
        "row3Height": ws.row_dimensions[3].ht,
        "badFonts": [], "zeroFills": [], "dataBars": [], "totalsUnderBars": [], "charts": [], "spills": [],
    }
    titles = int(ws.print_title_rows.split(":")[1].lstrip("$")) if ws.print_title_rows else 0
    width = lambda k: ws.column_dimensions[get_column_letter(k)].width or 8.43
    # The printed columns: the print area's, else all.
    last = range_boundaries(area.split("!")[-1])[2] if area else ws.max_column
    # The room from a column to the table's right edge, in width units (a unit holds about 1.3 letters).
    room = {k: sum(width(j) for j in range(k, last + 1)) for k in range(1, last + 1)}
    for row in ws.iter_rows():
        for c in row:
            fill = c.fill.fgColor.rgb if c.fill is not None and c.fill.fill_type == "solid" else None
            styled = c.font.b or fill is not None or c.hyperlink is not None
            if styled and (c.font.name != "Calibri" or float(c.font.sz or 0) != 11):
                s["badFonts"].append(c.coordinate)
            if fill in RAG and c.value == 0:
                s["zeroFills"].append(c.coordinate)
            if ws.sheet_state == "visible" and c.row > titles and c.column <= last and isinstance(c.value, str):
                if not c.alignment.wrap_text and len(c.value) > 1.3 * room[c.column]:
                    s["spills"].append(c.coordinate)
    for cf in ws.conditional_formatting:
        for rule in cf.rules:
            if rule.type != "dataBar":
                continue
            for rng in str(cf.sqref).split():
                s["dataBars"].append(rng)
                c1, r1, c2, r2 = range_boundaries(rng)
                for r in range(r1, r2 + 1):
                    cells = [ws.cell(row=r, column=k) for k in range(1, ws.max_column + 1)]
                    if any(x.value == "Totaal" for x in cells) or ws.cell(row=r, column=c1).font.b:
                        s["totalsUnderBars"].append(f"{get_column_letter(c1)}{r}")
    for ch in ws._charts:
        title = None
        if ch.title is not None and ch.title.tx is not None and ch.title.tx.rich is not None:
            title = "".join(r.t for p in ch.title.tx.rich.p for r in (p.r or []))
        series = []
        for se in ch.series:
            cat = se.cat.strRef.f if se.cat.strRef is not None else se.cat.numRef.f
            series.append({"name": se.tx.strRef.f, "values": se.val.numRef.f, "categories": cat})
        s["charts"].append({"title": title, "series": series})
    out["sheets"].append(s)
print(json.dumps(out))
`;

function read(file: string): WorkbookRead {
  const r = runPython(SCRIPT, [file]);
  if (r.code !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout) as WorkbookRead;
}

/** The page setup every sheet the tool writes must have. */
function expectPrints(
  s: SheetRead,
  monitor: string,
  titleRows: string | null,
  orientation: "landscape" | "portrait" = "landscape",
): void {
  expect({ sheet: s.title, orientation: s.orientation, paper: s.paperSize }).toEqual({
    sheet: s.title,
    orientation,
    paper: 9,
  });
  expect([s.title, s.fitToPage, s.fitToWidth, s.fitToHeight]).toEqual([s.title, true, 1, 0]);
  expect([s.title, s.printTitleRows]).toEqual([s.title, titleRows]);
  expect(s.header).toContain(monitor);
  expect([s.footerLeft, s.footerRight]).toEqual([s.title, "Pagina &P van &N"]);
  expect([s.title, s.badFonts]).toEqual([s.title, []]);
  expect([s.title, s.zeroFills]).toEqual([s.title, []]);
  expect([s.title, s.totalsUnderBars]).toEqual([s.title, []]);
  expect([s.title, s.spills]).toEqual([s.title, []]);
}

const RAK = DEF.naam;
/** The header rows of the action monitors' sheets (title, subtitle, rule, blank and header: Overzicht acties). */
const TITLE_ROWS: Record<string, string | null> = {
  Samenvatting: "$4:$4",
  "Landelijk overzicht": null,
  "Overzicht acties": "$5:$5",
  Actielijst: "$4:$4",
};
const GHNT = "Geweld hoort nergens thuis 2018–2021";
let rakFiles: string[] = [];

beforeAll(async () => {
  // Three RAK returns of the published annex, as a region would send them (peildatum 15-01-2011).
  rakFiles = [];
  for (const { eenheid, fill } of exampleFills().slice(0, 3)) {
    const file = p(path.join("regios", `${eenheid}.xlsx`));
    await writeWorkbookFile(templateWorkbook(buildTemplate(DEF, { eenheid, vul: fill })), file);
    rakFiles.push(file);
  }
  const run = (args: string[], ok = [0]) => {
    const r = runCli(args);
    if (!ok.includes(r.code)) throw new Error(`${args.join(" ")}: ${r.code} ${r.stderr}`);
  };
  run(["template", "--definitie-id", "ghnt-2018", "--voorbeeld", "-o", p("ghnt.xlsx")]);
  run(["check", rakFiles[0], "--out", p("rak-check.xlsx")], [0, 1]);
  run(["check", p("ghnt.xlsx"), "--out", p("ghnt-check.xlsx")], [0, 1]);
  run(["aggregate", p("regios"), "-o", p("landelijk.xlsx"), "--json", p("landelijk.json")], [0, 1]);
  run(
    ["aggregate", rakFiles[0], rakFiles[1], "-o", p("landelijk-2.xlsx"), "--json", p("landelijk-2.json")],
    [0, 1],
  );
  run(["aggregate", "--definitie-id", "ghnt-2018", p("ghnt.xlsx"), "-o", p("ghnt-landelijk.xlsx")], [0, 1]);
  run(["compare", p("landelijk-2.json"), p("landelijk.json"), "-o", p("vergelijking.xlsx")], [0, 1]);
});

test("the RAK template: every sheet prints, the header row repeats, fonts named", () => {
  const wb = read(rakFiles[0]);
  expect(wb.sheets.map((s) => s.title)).toEqual([
    "Toelichting",
    "Regio",
    "Mijlpalen",
    "Vragenlijst",
    "Keuzelijsten",
    "_regiomonitor",
  ]);
  for (const s of wb.sheets)
    expectPrints(s, RAK, s.title === "_regiomonitor" || s.title === "Toelichting" ? null : "$1:$1");
  expect(wb.sheets[2].header).toBe(`${RAK} · peildatum: zie blad Regio`);
});

test("the action monitor's template prints the same way", () => {
  const wb = read(p("ghnt.xlsx"));
  for (const s of wb.sheets)
    expectPrints(s, GHNT, s.title === "_regiomonitor" || s.title === "Toelichting" ? null : "$1:$1");
});

test("check --out of a RAK return: the Samenvatting prints, with the region and peildatum in the header", () => {
  const wb = read(p("rak-check.xlsx"));
  const sum = wb.sheets.find((s) => s.title === "Samenvatting")!;
  // The header row repeats; the title and the note above it print once.
  expectPrints(sum, RAK, "$4:$4");
  expect(sum.header).toMatch(
    /^Regiomonitor RAK 2008–2010 · .+ · (Startfoto|Eindfoto) · peildatum \d\d-\d\d-\d{4}$/,
  );
  // The region's own sheets keep the template's print settings.
  for (const s of wb.sheets.filter((x) => x.title !== "Samenvatting"))
    expect([s.title, s.orientation, s.fitToWidth]).toEqual([s.title, "landscape", 1]);
});

test("check --out of an action monitor: Samenvatting and the national sheets print; the overview has charts", () => {
  const wb = read(p("ghnt-check.xlsx"));
  const own = wb.sheets.filter((s) =>
    ["Samenvatting", "Landelijk overzicht", "Overzicht acties", "Actielijst"].includes(s.title),
  );
  expect(own.map((s) => s.title)).toEqual([
    "Samenvatting",
    "Landelijk overzicht",
    "Overzicht acties",
    "Actielijst",
  ]);
  for (const s of own) expectPrints(s, GHNT, TITLE_ROWS[s.title]);
  const ov = own.find((s) => s.title === "Landelijk overzicht")!;
  // Per actielijn, bouwsteen and fase: % voltooid and the colours.
  expect(ov.charts).toHaveLength(6);
  expect(ov.charts[0].title).toBe("% voltooid per actielijn");
  expect(ov.charts[1].series.map((x) => x.name)).toEqual(
    ["D", "E", "F", "G"].map((c) =>
      expect.stringMatching(new RegExp(`^'Landelijk overzicht'!\\$${c}\\$\\d+$`)),
    ),
  );
});

test("the RAK national workbook opens on the overview; every sheet prints; the charts read the overview's cells", () => {
  const wb = read(p("landelijk.xlsx"));
  expect(wb.active).toBe("Landelijk overzicht");
  expect(wb.sheets.map((s) => s.title)).toEqual([
    "Landelijk overzicht",
    "Retouren",
    "Mijlpalen landelijk",
    "Regio × mijlpaal",
    "Vragenlijst landelijk",
    "Open antwoorden",
    // A factsheet per received region.
    "Alkmaar",
    "Almere",
    "Amersfoort",
    "Regiomonitor meting",
  ]);
  const factsheets = ["Alkmaar", "Almere", "Amersfoort"];
  for (const s of wb.sheets) {
    const factsheet = factsheets.includes(s.title);
    expectPrints(
      s,
      s.state === "veryHidden"
        ? "rak-2008-2010"
        : factsheet
          ? `${RAK} · ${s.title} · `
          : `${RAK} · peildatum 15-01-2011`,
      s.title === "Landelijk overzicht" || factsheet ? null : s.state === "veryHidden" ? "$1:$1" : "$3:$3",
      factsheet || ["Vragenlijst landelijk", "Open antwoorden"].includes(s.title) ? "portrait" : "landscape",
    );
  }
  const ov = wb.sheets[0];
  // The overview's table: header in row 7, M1..M7 in rows 8 to 14.
  expect(ov.charts).toEqual([
    {
      title: "% gerealiseerd per mijlpaal",
      series: [
        {
          name: "'Landelijk overzicht'!$C$7",
          values: "'Landelijk overzicht'!$C$8:$C$14",
          categories: "'Landelijk overzicht'!$A$8:$A$14",
        },
      ],
    },
    {
      title: "Mijlpalen: oordelen",
      series: ["D", "E", "F", "G"].map((c) => ({
        name: `'Landelijk overzicht'!$${c}$7`,
        values: `'Landelijk overzicht'!$${c}$8:$${c}$14`,
        categories: "'Landelijk overzicht'!$A$8:$A$14",
      })),
    },
  ]);
  // Data bars: % gerealiseerd on the overview, and per question only over the answer rows.
  expect(ov.dataBars).toEqual(["C8:C14"]);
  // Long headers wrap and their row is tall enough for the longest: "M1 Intentieverklaring en regionale
  // projectstructuur met stuurgroep" in 22 characters is five lines (estimated for bold text) of 15 points.
  expect(wb.sheets.find((s) => s.title === "Regio × mijlpaal")!.row3Height).toBe(75);
  const vragen = wb.sheets.find((s) => s.title === "Vragenlijst landelijk")!;
  expect(vragen.dataBars.length).toBeGreaterThan(10);
});

test("the action monitor's national workbook and the comparison print", () => {
  const a = read(p("ghnt-landelijk.xlsx"));
  expect(a.active).toBe("Landelijk overzicht");
  for (const s of a.sheets.filter((x) => x.state !== "veryHidden"))
    expectPrints(s, GHNT, TITLE_ROWS[s.title]);
  const c = read(p("vergelijking.xlsx"));
  expect(c.sheets.map((s) => s.title)).toEqual(["Vergelijking"]);
  // Its sections each have their own header row: nothing repeats, the title and the note print once.
  expectPrints(c.sheets[0], "Vergelijking van twee metingen (rak-2008-2010)", null);
  expect(c.sheets[0].header).toBe(
    "Vergelijking van twee metingen (rak-2008-2010) · oud: peildatum 15-01-2011 · nieuw: peildatum 15-01-2011",
  );
});

test("LibreOffice prints the RAK national workbook of three returns on 11 pages, one page wide", () => {
  const out = p("pdf");
  const pdf = printWithLibreOffice(p("landelijk.xlsx"), out);
  const pages = pdfPages(pdf);
  // One page per table and per factsheet but Vragenlijst landelijk (about 140 answer rows, portrait); the
  // explanations stay on the sheets but out of the print. Before: 18 pages (3 per factsheet, the explanation
  // columns making every row several lines tall); before any page setup: 48 portrait pages.
  expect(pagesPerSheet(pages)).toEqual({
    "Landelijk overzicht": 1,
    Retouren: 1,
    "Mijlpalen landelijk": 1,
    "Regio × mijlpaal": 1,
    "Vragenlijst landelijk": 3,
    "Open antwoorden": 1,
    Alkmaar: 1,
    Almere: 1,
    Amersfoort: 1,
  });
  // Every page has the footer with its number.
  pages.forEach((t, i) => expect(t).toContain(`Pagina ${i + 1} van ${pages.length}`));
  expect(readdirSync(out).filter((f) => f !== "lo-profile")).toEqual(["landelijk.pdf"]);
});
