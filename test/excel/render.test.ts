/** renderSheets against the fake Excel: two syncs, correct cells, text never a formula, all or nothing. */
import { createExcelHost, SheetNameTakenError, TEMP_SHEET_PREFIX, toDutchError } from "../../src/excel";
import { FILL_COLOURS, OWNED_MARKER, type ModelCell, type SheetModel } from "../../src/core/sheet-model";
import { charsToPoints, REQUEST_BUDGET_BYTES } from "../../src/excel/shared";
import { createFakeExcel, measure, PAYLOAD_LIMIT_BYTES } from "../fake-excel/fake-excel";

function summary(rows: number, name = "Samenvatting", title = `${OWNED_MARKER} Samenvatting`): SheetModel {
  const body: ModelCell[][] = Array.from({ length: rows }, (_, i) => [
    { v: `Regio ${i + 1}`, link: `'Regio × mijlpaal'!A${i + 5}` },
    { v: (i % 10) / 10, fmt: "0.0%", fill: i % 2 === 0 ? "groen" : "rood" },
    { v: 40179 + i, fmt: "dd-mm-yyyy" },
    { v: null },
  ]);
  return {
    name,
    rows: [
      [{ v: title, bold: true }, { v: null }, { v: null }, { v: null }],
      [
        { v: "Regio", bold: true, fill: "kop" },
        { v: "Score", bold: true, fill: "kop" },
        { v: "Peildatum", bold: true, fill: "kop" },
        { v: "Opmerking", bold: true, fill: "kop" },
      ],
      ...body,
    ],
    widths: [30, 12, 14, 40],
    freezeRows: 2,
    dataBars: [`B3:B${rows + 2}`],
    afdruk: { titelRijen: 0, koptekst: "Test", voettekst: "Test" },
  };
}

describe.each([10, 10000])("renderSheets with %i rows", (rows) => {
  test("takes two syncs and writes values, formats, fills, bold, widths, freeze, links and data bars", async () => {
    const fake = createFakeExcel();
    const host = createExcelHost(fake.Excel);
    const m = await measure(fake, () => host.renderSheets([summary(rows)]));
    // 10,000 rows are 13.35 MB as Microsoft's library sends them: the names, then four requests of at most
    // 4 MB by the adapter's request model (src/excel/request-cost.ts).
    expect(m.syncs).toBeLessThanOrEqual(rows > 1000 ? 5 : 2);
    expect(m.largestPayloadBytes).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    expect(fake.state.sheetNames()).toEqual(["Blad1", "Samenvatting"]);
    const s = fake.state;
    expect(s.cellAt("Samenvatting", "A1")).toMatchObject({
      value: `${OWNED_MARKER} Samenvatting`,
      bold: true,
      numberFormat: "@",
    });
    expect(s.cellAt("Samenvatting", "B2")).toMatchObject({
      value: "Score",
      bold: true,
      fill: `#${FILL_COLOURS.kop}`,
    });
    expect(s.cellAt("Samenvatting", "A3")).toMatchObject({
      value: "Regio 1",
      bold: false,
      hyperlink: { documentReference: "'Regio × mijlpaal'!A5" },
    });
    expect(s.cellAt("Samenvatting", "A3").format["font.underline"]).toBe("Single");
    expect(s.cellAt("Samenvatting", "B3")).toMatchObject({
      value: 0,
      numberFormat: "0.0%",
      fill: `#${FILL_COLOURS.groen}`,
    });
    expect(s.cellAt("Samenvatting", "B4")).toMatchObject({ value: 0.1, fill: `#${FILL_COLOURS.rood}` });
    expect(s.cellAt("Samenvatting", `C${rows + 2}`)).toMatchObject({
      value: 40179 + rows - 1,
      numberFormat: "dd-mm-yyyy",
    });
    expect(s.cellAt("Samenvatting", "D3")).toMatchObject({ value: null, fill: null });
    const sheet = s.sheet("Samenvatting");
    expect(sheet.freezeRows).toBe(2);
    expect([1, 2, 3, 4].map((c) => sheet.columnWidths.get(c))).toEqual([30, 12, 14, 40].map(charsToPoints));
    expect(sheet.conditionalFormats).toEqual([
      expect.objectContaining({
        type: "DataBar",
        props: expect.objectContaining({
          lowerBoundRule: { type: "Number", formula: "0" },
          upperBoundRule: { type: "Number", formula: "1" },
        }),
      }),
    ]);
    expect(s.formulaCells()).toEqual([]);
  });
});

test("a sheet bigger than one request is written in row blocks before the swap", async () => {
  const fake = createFakeExcel();
  const model = summary(4000);
  // Long texts make this sheet's values well over 4 MB.
  model.rows.forEach((r, i) => {
    if (i >= 2) r[3] = { v: `Opmerking ${"x".repeat(1200)}` };
  });
  const m = await measure(fake, () => createExcelHost(fake.Excel).renderSheets([model]));
  expect(m.syncs).toBeGreaterThan(2);
  expect(m.largestPayloadBytes).toBeLessThanOrEqual(REQUEST_BUDGET_BYTES + 10000);
  expect(fake.state.cellAt("Samenvatting", "D4002").value).toMatch(/^Opmerking x/);
  expect(fake.state.sheetNames()).toEqual(["Blad1", "Samenvatting"]);
});

test("strings that look like formulas are written as text", async () => {
  const fake = createFakeExcel();
  const risky = ["=SUM(A1)", "+31 6", "-5 dagen", "@home", "\tx", "\rx", "=1+1", "12", "TRUE", "#REF!"];
  const model: SheetModel = {
    name: "Open antwoorden",
    rows: [[{ v: `${OWNED_MARKER} Open antwoorden` }], ...risky.map((v) => [{ v }])],
    widths: [40],
    freezeRows: 1,
    dataBars: [],
    afdruk: { titelRijen: 0, koptekst: "Test", voettekst: "Test" },
  };
  await createExcelHost(fake.Excel).renderSheets([model]);
  expect(fake.state.formulaCells()).toEqual([]);
  risky.forEach((v, i) => expect(fake.state.cellAt("Open antwoorden", `A${i + 2}`).value).toBe(v));
});

test("a user sheet with a target name makes it refuse without changing anything", async () => {
  const fake = createFakeExcel({
    sheets: [{ name: "Blad1" }, { name: "Samenvatting", cells: [["Mijn eigen samenvatting"], [42]] }],
  });
  const before = fake.state.snapshot();
  const m = await measure(fake, () =>
    createExcelHost(fake.Excel)
      .renderSheets([summary(3, "Nieuw blad"), summary(3)])
      .catch((e: unknown) => e),
  );
  expect(m.result).toBeInstanceOf(SheetNameTakenError);
  expect(toDutchError(m.result)).toBe(
    "Er staat al een blad 'Samenvatting' dat niet door Regiomonitor is gemaakt. Hernoem of verwijder dat blad en probeer het opnieuw; uw eigen bladen worden nooit overschreven.",
  );
  // Sync 1: which sheets exist; sync 2: A1 of the existing target. Nothing is written.
  expect(m.syncs).toBe(2);
  expect(fake.state.snapshot()).toEqual(before);
});

test("re-rendering replaces the owned sheet in its place", async () => {
  const fake = createFakeExcel({ sheets: [{ name: "Blad1" }, { name: "Blad2" }] });
  const host = createExcelHost(fake.Excel);
  await host.renderSheets([summary(20)]);
  await fake.Excel.run(async (context) => {
    context.workbook.worksheets.getItem("Samenvatting").position = 1;
    await context.sync();
  });
  expect(fake.state.sheetNames()).toEqual(["Blad1", "Samenvatting", "Blad2"]);
  const m = await measure(fake, () =>
    host.renderSheets([summary(5, "Samenvatting", `${OWNED_MARKER} Samenvatting (nieuw)`)]),
  );
  // Which sheets exist, then A1 of the existing one (owned?), then the write.
  expect(m.syncs).toBe(3);
  expect(fake.state.sheetNames()).toEqual(["Blad1", "Samenvatting", "Blad2"]);
  expect(fake.state.cellAt("Samenvatting", "A1").value).toBe(`${OWNED_MARKER} Samenvatting (nieuw)`);
  expect(fake.state.cellAt("Samenvatting", "A8").value).toBeNull();
  expect(fake.state.cellAt("Samenvatting", "A22").value).toBeNull();
});

test("the active owned sheet stays active after it is replaced", async () => {
  const fake = createFakeExcel();
  const host = createExcelHost(fake.Excel);
  await host.renderSheets([summary(3)]);
  await host.selectCell("Samenvatting", "B3");
  await host.renderSheets([summary(4)]);
  expect(fake.state.activeSheet).toBe("Samenvatting");
});

describe("a failure while writing", () => {
  test.each(Array.from({ length: 45 }, (_, i) => i))(
    "leaves the previous owned sheet unchanged and no temporary sheets (failure after %i operations)",
    async (afterOps) => {
      const fake = createFakeExcel();
      const host = createExcelHost(fake.Excel);
      await host.renderSheets([summary(5)]);
      const before = fake.state.snapshot();
      // Sync 3 of the replacement is the write (1: which sheets exist, 2: A1 of the owned one).
      fake.state.failSync(fake.stats.syncs + 3, "GeneralException", { afterOps });
      await expect(host.renderSheets([summary(8)])).rejects.toMatchObject({ code: "GeneralException" });
      expect(fake.state.sheetNames().filter((n) => n.startsWith(TEMP_SHEET_PREFIX))).toEqual([]);
      expect(fake.state.snapshot()).toEqual(before);
    },
  );

  test("in cell edit mode the message says what to do", async () => {
    const fake = createFakeExcel();
    fake.state.failNextSyncWith("InvalidOperationInCellEditMode");
    const e = await createExcelHost(fake.Excel)
      .renderSheets([summary(2)])
      .catch((x: unknown) => x);
    expect(toDutchError(e)).toBe(
      "Excel is bezig met het bewerken van een cel. Druk op Enter of Esc en probeer het opnieuw.",
    );
    expect(fake.state.sheetNames()).toEqual(["Blad1"]);
  });
});

test("several sheets at once: new and replaced ones, three syncs", async () => {
  const fake = createFakeExcel();
  const host = createExcelHost(fake.Excel);
  await host.renderSheets([summary(2, "Retouren", `${OWNED_MARKER} Retouren`)]);
  const m = await measure(fake, () =>
    host.renderSheets([
      summary(3, "Retouren", `${OWNED_MARKER} Retouren 2`),
      summary(3, "Mijlpalen landelijk", `${OWNED_MARKER} Mijlpalen`),
    ]),
  );
  expect(m.syncs).toBe(3);
  expect(fake.state.sheetNames()).toEqual(["Blad1", "Retouren", "Mijlpalen landelijk"]);
  expect(fake.state.cellAt("Retouren", "A1").value).toBe(`${OWNED_MARKER} Retouren 2`);
});

describe("a very hidden model (the round sheet)", () => {
  const hidden = (title: string): SheetModel => ({
    ...summary(3, "Regiomonitor meting", `${OWNED_MARKER} ${title}`),
    visibility: "veryHidden",
  });

  test("is written very hidden, and replaced in place (Excel refuses to delete a very hidden sheet)", async () => {
    const fake = createFakeExcel();
    const host = createExcelHost(fake.Excel);
    await host.renderSheets([summary(2, "Retouren", `${OWNED_MARKER} Retouren`), hidden("eerste")]);
    expect(fake.state.sheet("Regiomonitor meting").visibility).toBe("VeryHidden");
    expect(fake.state.sheet("Retouren").visibility).toBe("Visible");
    // The fake refuses a very hidden delete, as Excel documents.
    await expect(
      fake.Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Regiomonitor meting").delete();
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidOperation" });

    await host.renderSheets([summary(2, "Retouren", `${OWNED_MARKER} Retouren`), hidden("tweede")]);
    expect(fake.state.sheetNames()).toEqual(["Blad1", "Retouren", "Regiomonitor meting"]);
    expect(fake.state.sheet("Regiomonitor meting").visibility).toBe("VeryHidden");
    expect(fake.state.cellAt("Regiomonitor meting", "A1").value).toBe(`${OWNED_MARKER} tweede`);
    expect(fake.state.sheetNames().filter((n) => n.startsWith("~rm-"))).toEqual([]);
  });

  test.each(Array.from({ length: 30 }, (_, i) => i))(
    "a failure while replacing it (after %i operations) leaves the old one, still very hidden",
    async (afterOps) => {
      const fake = createFakeExcel();
      const host = createExcelHost(fake.Excel);
      await host.renderSheets([hidden("eerste")]);
      const before = fake.state.snapshot();
      fake.state.failSync(fake.stats.syncs + 3, "GeneralException", { afterOps });
      await expect(host.renderSheets([hidden("tweede")])).rejects.toMatchObject({ code: "GeneralException" });
      expect(fake.state.snapshot()).toEqual(before);
    },
  );
});
