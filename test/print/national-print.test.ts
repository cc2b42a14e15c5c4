/**
 * Prints you would hand out (issue 19, part 3), judged on LibreOffice's PDF of the national workbooks the
 * command line writes:
 * - the RAK national workbook of the 37 example returns (the published annex) prints in less than half of
 *   the 128 pages it took before, every factsheet on one page; the counts per sheet are stated below;
 * - no chart is cut by a page break: the overview of the GHNT startfoto (four stacked charts) prints on
 *   exactly the pages its manual breaks make (so LibreOffice added no break of its own), and no break falls
 *   inside a chart;
 * - the explanations stay on the sheets (the last columns) but out of the printed area, and the owned-sheet
 *   note ("bij opnieuw importeren wordt dit blad vervangen") prints once per sheet, not on every page.
 * Measured on 07-12-2026 (2 cores shared): about 2 minutes, most of it LibreOffice.
 */
import path from "node:path";
import { buildTemplate } from "../../src/core/engine/template";
import { findMonitor } from "../../src/core/model";
import { templateWorkbook } from "../../src/xlsx/write-template";
import { writeWorkbookFile } from "../../src/xlsx/files";
import { writeExampleWorkbooks } from "../helpers/example-files";
import { runCli, runPython, tempDir } from "../helpers/files";
import { startfotoFill } from "../monitors/helpers";
import { overlappingText } from "./overlap";
import { pagesPerSheet, pdfPages, printWithLibreOffice } from "./pdf-pages";

jest.setTimeout(600_000);

const dir = tempDir("regiomonitor-national-print-");
const p = (...names: string[]) => path.join(dir, ...names);

function aggregate(args: string[]): void {
  const r = runCli(["aggregate", ...args]);
  if (r.code !== 0 && r.code !== 1) throw new Error(`${args.join(" ")}: ${r.code} ${r.stderr}`);
}

/** Per sheet (openpyxl): the manual row breaks (rows that begin a page) and the rows each chart covers. */
function breaksAndCharts(file: string, sheet: string): { breaks: number[]; charts: [number, number][] } {
  const script = `
import sys, json, warnings, openpyxl
warnings.simplefilter("ignore")
ws = openpyxl.load_workbook(sys.argv[1])[sys.argv[2]]
charts = [[c.anchor._from.row + 1, c.anchor.to.row + 1] for c in ws._charts]
print(json.dumps({"breaks": [b.id + 1 for b in ws.row_breaks.brk], "charts": charts}))
`;
  const r = runPython(script, [file, sheet]);
  if (r.code !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout) as { breaks: number[]; charts: [number, number][] };
}

test("LibreOffice prints the RAK national workbook of the 37 example returns on 48 pages (was 128)", async () => {
  await writeExampleWorkbooks(p("regios"));
  aggregate([p("regios"), "-o", p("landelijk.xlsx")]);
  const pdf = printWithLibreOffice(p("landelijk.xlsx"), p("pdf"));
  const pages = pdfPages(pdf);
  const counts = pagesPerSheet(pages);
  const national = {
    "Landelijk overzicht": 1,
    Retouren: 2,
    "Mijlpalen landelijk": 1,
    "Regio × mijlpaal": 1,
    // About 180 rows: one per question and per answer, portrait.
    "Vragenlijst landelijk": 3,
    // 130 open answers of the 37 regions, portrait.
    "Open antwoorden": 3,
  };
  // Before (main of 07-12-2026): overview 1, Retouren 2, Mijlpalen landelijk 1, Regio × mijlpaal 2,
  // Vragenlijst landelijk 5, Open antwoorden 6 and 3 pages per factsheet: 17 + 37 × 3 = 128 pages.
  const factsheets = Object.keys(counts).filter((n) => !(n in national));
  expect(factsheets).toHaveLength(37);
  expect(counts).toEqual({ ...national, ...Object.fromEntries(factsheets.map((n) => [n, 1])) });
  expect(pages).toHaveLength(11 + 37);
  expect(pages.length).toBeLessThan(128 / 2);
  // The owned-sheet note prints once per sheet: on the first page of each of the 43 sheets only.
  const note = /opnieuw importeren/;
  expect(pages.filter((t) => note.test(t))).toHaveLength(6 + 37);
  // The explanations are not printed ("Groen: status 'Gereed / in uitvoering'." is M1's on a factsheet).
  expect(pages.some((t) => t.includes("Groen: status 'Gereed / in uitvoering'."))).toBe(false);
  // The overview's charts are on its one page.
  expect(breaksAndCharts(p("landelijk.xlsx"), "Landelijk overzicht").breaks).toEqual([]);
  // No text prints over other text (before: a file name in Retouren's files table over its region).
  expect(overlappingText(pdf)).toEqual([]);
});

test("no chart is cut: the GHNT startfoto overview prints on the pages its breaks make", async () => {
  const SF = findMonitor("ghnt-2018-startfoto")!;
  for (const regio of ["Twente", "Zeeland", "Drenthe"])
    await writeWorkbookFile(
      templateWorkbook(buildTemplate(SF, { eenheid: regio, vul: startfotoFill(SF, regio) })),
      p("ghnt", `${regio}.xlsx`),
    );
  aggregate([p("ghnt"), "-o", p("ghnt-landelijk.xlsx")]);
  const { breaks, charts } = breaksAndCharts(p("ghnt-landelijk.xlsx"), "Landelijk overzicht");
  // Four charts (one per answer scale); no break falls inside one (a break at row r begins a page).
  expect(charts).toHaveLength(4);
  for (const [from, to] of charts) expect(breaks.filter((b) => b > from && b <= to)).toEqual([]);
  const pages = pdfPages(printWithLibreOffice(p("ghnt-landelijk.xlsx"), p("ghnt-pdf")));
  // Before: 3 pages, the third holding only the bottom of a chart. Now each page ends at a break of ours.
  expect(pagesPerSheet(pages)["Landelijk overzicht"]).toBe(breaks.length + 1);
  // Each chart's title is on a page (LibreOffice writes chart texts as text).
  const overview = pages.filter((t) => /Landelijk overzicht\s+Pagina/.test(t));
  for (const title of [
    "Antwoorden Ja / Nog niet, volgt dit jaar / Nee",
    "Antwoorden Ja / Gedeeltelijk / Nee",
  ])
    expect(overview.filter((t) => t.includes(title)).length).toBeGreaterThan(0);
});
