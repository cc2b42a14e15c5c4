/**
 * readWorkbook against the fake Excel: two syncs at any size (which sheets and tables exist, then only those),
 * and the right Grids; the fake refuses any call on a possibly-null object.
 */
import { createExcelHost } from "../../src/excel";
import { META_SHEET } from "../../src/core/template-model";
import { MAX_TABLE_ROWS } from "../../src/core/limits";
import { createFakeExcel, measure, type SeedValue } from "../fake-excel/fake-excel";

const WANTED = [
  { sheet: "Regio", table: "tblRegio" },
  { sheet: "Mijlpalen", table: "tblMijlpalen" },
  { sheet: "Vragenlijst", table: "tblVragenlijst" },
];

function mijlpaalRows(n: number): SeedValue[][] {
  return Array.from({ length: n }, (_, i) => [
    `M${i + 1}`,
    `Mijlpaal ${i + 1}`,
    i % 3 === 0 ? "Gereed" : null,
    39814 + i,
  ]);
}

function workbook(rows: number) {
  return createFakeExcel({
    sheets: [
      {
        name: "Regio",
        cells: [
          ["Veld", "Waarde"],
          ["Regio", "Twente"],
          ["Peildatum", 40179],
        ],
        tables: [{ name: "tblRegio", address: "A1:B3" }],
      },
      {
        name: "Mijlpalen",
        at: "B2",
        cells: [["Code", "Mijlpaal", "Status", "Datum gereed"], ...mijlpaalRows(rows)],
        tables: [{ name: "tblMijlpalen", address: `B2:E${2 + rows}` }],
      },
      {
        // No table any more: the user converted it to a range that starts at B3.
        name: "Vragenlijst",
        at: "B3",
        cells: [
          ["Nr", "Vraag", "Antwoord"],
          [1, "Is er een plan?", { error: "#REF!" }],
          // Typed as text: stays text. Only an error value (valueTypes "Error") is an error.
          [2, "Hoeveel?", "#N/A"],
          [3, "", true],
        ],
      },
      {
        name: META_SHEET,
        visibility: "VeryHidden",
        cells: [
          ["definitie", "rak-2008-2010"],
          ["versie", "1.0"],
        ],
      },
    ],
  });
}

describe.each([10, 10000])("readWorkbook with %i rows", (rows) => {
  test("takes exactly two syncs and returns the right grids", async () => {
    const fake = workbook(rows);
    const host = createExcelHost(fake.Excel);
    const m = await measure(fake, () => host.readWorkbook(WANTED, "Twente.xlsx"));
    expect(m.syncs).toBe(2);
    const input = m.result;
    expect(input.bestand).toBe("Twente.xlsx");
    expect(input.definitie).toEqual({ id: "rak-2008-2010", versie: "1.0" });
    expect(input.bladen).toEqual(["Regio", "Mijlpalen", "Vragenlijst", META_SHEET]);
    expect(input.grids).toHaveLength(3);

    const [regio, mijlpalen, vragen] = input.grids;
    expect(regio).toEqual({
      sheet: "Regio",
      table: "tblRegio",
      top: 1,
      left: 1,
      values: [
        ["Veld", "Waarde"],
        ["Regio", "Twente"],
        ["Peildatum", 40179],
      ],
    });
    expect(mijlpalen).toMatchObject({ sheet: "Mijlpalen", table: "tblMijlpalen", top: 2, left: 2 });
    expect(mijlpalen.values).toHaveLength(rows + 1);
    expect(mijlpalen.values[0]).toEqual(["Code", "Mijlpaal", "Status", "Datum gereed"]);
    expect(mijlpalen.values[1]).toEqual(["M1", "Mijlpaal 1", "Gereed", 39814]);
    expect(mijlpalen.values[2]).toEqual(["M2", "Mijlpaal 2", null, 39815]);
    expect(mijlpalen.values[rows]).toEqual(mijlpaalRows(rows)[rows - 1]);

    // The plain range is read from A1 (like the ExcelJS adapter): nulls before it, error values as {error},
    // the text '#N/A' as text.
    expect(vragen).toMatchObject({ sheet: "Vragenlijst", table: null, top: 1, left: 1 });
    expect(vragen.values).toEqual([
      [null, null, null, null],
      [null, null, null, null],
      [null, "Nr", "Vraag", "Antwoord"],
      [null, 1, "Is er een plan?", { error: "#REF!" }],
      [null, 2, "Hoeveel?", "#N/A"],
      [null, 3, null, true],
    ]);
  });
});

describe("readWorkbook edge cases", () => {
  test("a workbook without the sources or the meta sheet gives no grids and no definition, in one sync", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "Blad1", cells: [["iets"]] }] });
    const m = await measure(fake, () => createExcelHost(fake.Excel).readWorkbook(WANTED, "leeg.xlsx"));
    expect(m.syncs).toBe(1);
    expect(m.result).toEqual({ bestand: "leeg.xlsx", definitie: null, bladen: ["Blad1"], grids: [] });
  });

  test("names that differ only in case are found in two syncs", async () => {
    const fake = createFakeExcel({
      sheets: [
        { name: "REGIO", cells: [["Veld"], ["x"]], tables: [{ name: "TblRegio", address: "A1:A2" }] },
        { name: "mijlpalen" },
      ],
    });
    const m = await measure(fake, () => createExcelHost(fake.Excel).readWorkbook(WANTED, "x.xlsx"));
    expect(m.syncs).toBe(2);
    expect(m.result.grids.map((g) => [g.sheet, g.table, g.values])).toEqual([
      ["REGIO", "TblRegio", [["Veld"], ["x"]]],
      ["mijlpalen", null, [[null]]],
    ]);
  });

  test("names that differ in accents or spaces are found in the same two syncs", async () => {
    const fake = createFakeExcel({
      sheets: [
        { name: "regio", cells: [["Veld"], ["x"]] },
        { name: "Mijlpalen ", cells: [["Code"], ["M1"]] },
        { name: "Vragen", cells: [["Nr"]], tables: [{ name: "TBLVRAGENLIJST", address: "A1:A2" }] },
      ],
    });
    const m = await measure(fake, () => createExcelHost(fake.Excel).readWorkbook(WANTED, "x.xlsx"));
    expect(m.syncs).toBe(2);
    expect(m.result.grids.map((g) => [g.sheet, g.table])).toEqual([
      ["regio", null],
      ["Mijlpalen ", null],
      ["Vragen", "TBLVRAGENLIJST"],
    ]);
  });

  test("reads at most MAX_TABLE_ROWS + 1 rows of a table or sheet", async () => {
    const rows = MAX_TABLE_ROWS + 50;
    const fake = createFakeExcel({
      sheets: [
        {
          name: "Mijlpalen",
          cells: [["Code"], ...Array.from({ length: rows }, (_, i) => [`M${i}`])],
          tables: [{ name: "tblMijlpalen", address: `A1:A${rows + 1}` }],
        },
        { name: "Regio", cells: Array.from({ length: rows }, (_, i) => [i]) },
      ],
    });
    const m = await measure(fake, () =>
      createExcelHost(fake.Excel).readWorkbook(WANTED.slice(0, 2), "x.xlsx"),
    );
    expect(m.syncs).toBe(2);
    expect(m.result.grids.map((g) => g.values.length)).toEqual([MAX_TABLE_ROWS + 1, MAX_TABLE_ROWS + 1]);
  });
});
