/**
 * The pane's writer and printing: every sheet gets its page layout (ExcelApi 1.9) and the overview its native
 * charts (ExcelApi 1.1/1.7), in the same two syncs; the fake Excel accepts only the documented members.
 */
import { createExcelHost } from "../../src/excel";
import { buildTemplate } from "../../src/core/engine/template";
import { layoutNational, nationalSheetNames } from "../../src/core/layout/national";
import { OVERVIEW_SHEET } from "../../src/core/layout/overview";
import { FILL_COLOURS, SERIES_COLOURS } from "../../src/core/sheet-model";
import { findMonitor } from "../../src/core/model";
import { inputFromModel } from "../helpers/inputs";
import { startfotoFill } from "../monitors/helpers";
import { createFakeExcel, measure } from "../fake-excel/fake-excel";
import { DEF, allReturns, nationalReport } from "../layout/fixtures";

/** An InvalidArgument/ItemNotFound error whose location names the refused member. */
const refused = (where: RegExp) => ({
  debugInfo: expect.objectContaining({ errorLocation: expect.stringMatching(where) }),
});

const models = () => layoutNational(DEF, nationalReport(DEF, allReturns().slice(0, 3)));

test("the national sheets print A4 landscape, one page wide, with title rows, header and footer; two syncs", async () => {
  const fake = createFakeExcel();
  const m = await measure(fake, () => createExcelHost(fake.Excel).renderSheets(models()));
  expect(m.syncs).toBe(2);
  // The workbook shows the overview.
  expect(fake.state.activeSheet).toBe(OVERVIEW_SHEET);
  // The factsheets (one per received region) carry the region and its round in the header.
  const factsheets = new Set(
    models()
      .map((x) => x.name)
      .filter((n) => !nationalSheetNames(DEF).includes(n)),
  );
  expect(factsheets.size).toBe(3);
  // The last printed column of each sheet (the explanations right of it stay on screen only); the sheets
  // printed portrait; the title and the note above the header row print once, the header row repeats.
  const printed: Record<string, string | null> = {
    [OVERVIEW_SHEET]: null,
    Retouren: "L",
    "Mijlpalen landelijk": "O",
    "Regio × mijlpaal": "I",
    "Vragenlijst landelijk": "E",
    "Open antwoorden": "D",
    "Regiomonitor meting": null,
  };
  const portrait = new Set(["Vragenlijst landelijk", "Open antwoorden"]);
  for (const name of fake.state.sheetNames().filter((n) => n !== "Blad1")) {
    const pl = fake.state.pageLayoutOf(name);
    const factsheet = factsheets.has(name);
    const last = factsheet ? "F" : printed[name];
    expect({ name, ...pl }).toEqual({
      name,
      orientation: factsheet || portrait.has(name) ? "Portrait" : "Landscape",
      paperSize: "A4",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      printTitleRows:
        name === OVERVIEW_SHEET || factsheet ? null : name === "Regiomonitor meting" ? "$1:$1" : "$3:$3",
      printArea: last ? expect.stringMatching(new RegExp(`^A1:${last}\\d+$`)) : null,
      rowBreaks: [],
      headerFooter: {
        centerHeader: factsheet
          ? `Regiomonitor RAK 2008–2010 · ${name} · Eindfoto · peildatum 15-01-2011`
          : "Regiomonitor RAK 2008–2010 · peildatum 15-01-2011",
        leftFooter: name,
        rightFooter: "Pagina &P van &N",
      },
    });
    // One named font for the whole sheet; header rows wrap.
    expect(fake.state.cellAt(name, "A1").format).toMatchObject({ "font.name": "Calibri", "font.size": 11 });
  }
  expect(fake.state.cellAt("Retouren", "A3").format).toMatchObject({
    wrapText: true,
    verticalAlignment: "Top",
  });
});

test("the overview gets two native charts of its own cells: % gerealiseerd and the stacked colours", async () => {
  const fake = createFakeExcel();
  await createExcelHost(fake.Excel).renderSheets(models());
  const charts = fake.state.chartsOf(OVERVIEW_SHEET);
  expect(charts).toEqual([
    expect.objectContaining({
      type: "ColumnClustered",
      source: "C7:C14",
      seriesBy: "Columns",
      title: "% gerealiseerd per mijlpaal",
      valueAxis: { minimum: 0, maximum: 1 },
      position: { start: "A16", end: "B29" },
      series: [{ name: "% gerealiseerd", values: "C8:C14", xAxisValues: "A8:A14", fill: null }],
    }),
    expect.objectContaining({
      type: "ColumnStacked",
      source: "D7:G14",
      title: "Mijlpalen: oordelen",
      valueAxis: { minimum: 0 },
      position: { start: "C16", end: "G29" },
      series: (["groen", "oranje", "rood", "grijs"] as const).map((c, i) => ({
        name: ["Groen", "Oranje", "Rood", "Grijs"][i],
        values: `${"DEFG"[i]}8:${"DEFG"[i]}14`,
        xAxisValues: "A8:A14",
        fill: `#${FILL_COLOURS[c]}`,
      })),
    }),
  ]);
  // The charts' data are the overview's cells.
  expect(fake.state.valuesOf(OVERVIEW_SHEET, "A8:A9")).toEqual([["M1"], ["M2"]]);
});

test("a questionnaire's overview: a stacked chart of shares per scale, the answers in the series colours", async () => {
  // Two startfoto returns: S1 'Ja' in one, 'Nee' in the other; every other question its first option.
  const SF = findMonitor("ghnt-2018-startfoto")!;
  const input = (regio: string, answers: Record<string, string | null>) =>
    inputFromModel(
      buildTemplate(SF, { eenheid: regio, vul: startfotoFill(SF, regio, answers) }),
      `${regio}.xlsx`,
    );
  const report = nationalReport(SF, [
    input("Twente", { S1: "Ja" }),
    input("Zeeland", { S1: "Nee", S1a: null }),
  ]);
  const fake = createFakeExcel();
  await createExcelHost(fake.Excel).renderSheets(layoutNational(SF, report));
  const charts = fake.state.chartsOf(OVERVIEW_SHEET);
  expect(charts.map((c) => c.title)).toEqual([
    "Antwoorden Ja / Nog niet, volgt dit jaar / Nee",
    "Antwoorden Ja / Gedeeltelijk / Nee",
    "Antwoorden Ja, vastgesteld / In voorbereiding / Nee",
    "Antwoorden Ja, benoemd / Wordt benoemd / Nee",
  ]);
  const first = charts[0];
  expect(first).toMatchObject({ type: "ColumnStacked", valueAxis: { minimum: 0, maximum: 1 } });
  // The answers in the order of the scale, in the series colours; 'Gegevens onbekend' grey.
  expect(first.series.map((x) => [x.name, x.fill])).toEqual([
    ["Ja", `#${SERIES_COLOURS[0]}`],
    ["Nog niet, volgt dit jaar", `#${SERIES_COLOURS[1]}`],
    ["Nee", `#${SERIES_COLOURS[2]}`],
    ["Gegevens onbekend", `#${FILL_COLOURS.grijs}`],
  ]);
  // S1 over the 30 expected regions: one Ja, one Nee, and the 28 not received count as Gegevens onbekend,
  // as on the national sheets; these are the chart's own cells.
  const row = Number(/\d+/.exec(first.series[0].values)![0]);
  expect(fake.state.valuesOf(OVERVIEW_SHEET, `A${row}:F${row}`)).toEqual([
    ["S1", "Is in de regio een regionaal projectleider aangesteld?", 1 / 30, 0, 1 / 30, 28 / 30],
  ]);
  // Four charts do not fit on one page: the pane sets manual page breaks, none inside a chart (a break at
  // row r begins a page at r).
  const breaks = fake.state.pageLayoutOf(OVERVIEW_SHEET).rowBreaks;
  expect(breaks.length).toBeGreaterThan(0);
  for (const c of charts) {
    const [from, to] = [c.position?.start, c.position?.end].map((a) => Number(/\d+/.exec(a ?? "")?.[0]));
    expect(breaks.filter((b) => b > from && b <= to)).toEqual([]);
  }
});

test("the fake refuses what Microsoft does not document for page layout and charts", async () => {
  const fake = createFakeExcel();
  const run = (f: (ws: Excel.Worksheet) => void) =>
    fake.Excel.run(async (context) => {
      f(context.workbook.worksheets.getItem("Blad1") as unknown as Excel.Worksheet);
      await context.sync();
    });
  await expect(
    run((ws) => void (ws.pageLayout.orientation = "Sideways" as Excel.PageOrientation)),
  ).rejects.toMatchObject(refused(/orientation/));
  await expect(
    run((ws) => void (ws.pageLayout.paperSize = "Napkin" as Excel.PaperType)),
  ).rejects.toMatchObject(refused(/paperSize/));
  await expect(
    run((ws) => void (ws.pageLayout.zoom = { scale: 80, horizontalFitToPages: 1 })),
  ).rejects.toMatchObject(refused(/not both/));
  await expect(run((ws) => ws.pageLayout.setPrintTitleRows("A1:C3"))).rejects.toMatchObject(
    refused(/setPrintTitleRows/),
  );
  await expect(
    run((ws) => void ws.charts.add("ColumnClustered", ws.getRange("A1:B3"), "Auto")),
  ).rejects.toMatchObject(refused(/Auto/));
  await expect(
    run((ws) => void ws.charts.add("Sparkle" as Excel.ChartType, ws.getRange("A1:B3"), "Columns")),
  ).rejects.toMatchObject(refused(/Sparkle/));
  await expect(
    run((ws) =>
      ws.charts
        .add("ColumnClustered", ws.getRange("A1:B3"), "Columns")
        .series.getItemAt(5)
        .setXAxisValues(ws.getRange("A1:A3")),
    ),
  ).rejects.toMatchObject(refused(/getItemAt\(5\)/));
  expect(fake.state.pageLayoutOf("Blad1").orientation).toBe("Portrait");
});

test("the template inserted from the pane prints like the file template: header row on every page", async () => {
  const fake = createFakeExcel();
  await createExcelHost(fake.Excel).insertTemplate(buildTemplate(DEF));
  for (const sheet of ["Regio", "Mijlpalen", "Vragenlijst"])
    expect(fake.state.pageLayoutOf(sheet)).toMatchObject({
      orientation: "Landscape",
      paperSize: "A4",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      printTitleRows: "$1:$1",
      headerFooter: {
        centerHeader: "Regiomonitor RAK 2008–2010 · peildatum: zie blad Regio",
        leftFooter: sheet,
        rightFooter: "Pagina &P van &N",
      },
    });
});
