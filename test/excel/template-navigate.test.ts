/** insertTemplate, selectCell, onTablesChanged and toDutchError against the fake Excel. */
import { createExcelHost, SheetMissingError, TemplateExistsError, toDutchError } from "../../src/excel";
import { buildTemplate } from "../../src/core/engine/template";
import { DATE_FORMAT, LISTS_SHEET, META_SHEET } from "../../src/core/template-model";
import { wantedSources } from "../../src/core/engine/read";
import { DEF, inputFromModel } from "../helpers/inputs";
import { createFakeExcel, FakeOfficeError, measure } from "../fake-excel/fake-excel";

const model = buildTemplate(DEF, { eenheid: "Twente", meetmoment: "2009-1" });

describe("insertTemplate", () => {
  test("creates the tables, lists, hidden and very hidden sheets and protection in two syncs", async () => {
    const fake = createFakeExcel();
    const m = await measure(fake, () => createExcelHost(fake.Excel).insertTemplate(model));
    expect(m.syncs).toBe(2);
    const s = fake.state;
    expect(s.sheetNames()).toEqual([
      "Blad1",
      model.toelichting.name,
      ...model.tables.map((t) => t.sheet),
      LISTS_SHEET,
      META_SHEET,
    ]);
    expect(s.sheet(LISTS_SHEET).visibility).toBe("Hidden");
    expect(s.sheet(META_SHEET).visibility).toBe("VeryHidden");
    expect(s.formulaCells()).toEqual([]);
    expect(s.tables().map((t) => [t.name, t.sheet, t.showFilterButton])).toEqual(
      model.tables.map((t) => [t.table, t.sheet, false]),
    );

    const mp = model.tables[1];
    expect(s.tables()[1].address).toBe(`A1:F${mp.rows.length + 1}`);
    const sheet = s.sheet(mp.sheet);
    expect(sheet.protected).toBe(true);
    expect(sheet.protectionPassword).toBeNull();
    expect(sheet.freezeRows).toBe(1);
    expect(s.cellAt(mp.sheet, "A1").value).toBe(mp.header[0]);
    expect(s.cellAt(mp.sheet, "A2")).toMatchObject({ value: mp.rows[0][0], locked: true });
    expect(s.cellAt(mp.sheet, "C2")).toMatchObject({ locked: false });
    expect(s.cellAt(mp.sheet, "D2")).toMatchObject({ numberFormat: DATE_FORMAT, locked: false });
    // One validation rule for the whole status column, not one per cell; the other columns to fill in
    // (C to F) get one validation each, for their input prompt.
    const body = (col: number) => ({ top: 2, left: col, bottom: mp.rows.length + 1, right: col });
    expect(sheet.validations.filter((v) => (v.rule as { list?: unknown }).list)).toEqual([
      expect.objectContaining({
        rect: body(3),
        rule: { list: { inCellDropDown: true, source: mp.lists[0].source } },
      }),
    ]);
    expect(sheet.validations.map((v) => v.rect)).toEqual([3, 4, 5, 6].map(body));
    // The template's strings stay text, also when they look like numbers or dates.
    const regio = model.tables[0];
    const row = regio.rows.findIndex((r) => r[1] === "2009-1");
    expect(s.cellAt(regio.sheet, `B${row + 2}`).value).toBe("2009-1");
    expect(s.valuesOf(META_SHEET, "A1:B2")).toEqual([
      ["definitie", model.definitie.id],
      ["versie", model.definitie.versie],
    ]);
    expect(s.cellAt(LISTS_SHEET, "A1").value).toBe(model.listsSheet.columns[0].header);
  });

  test("what it inserts reads back (through readWorkbook) as the template's own input", async () => {
    const fake = createFakeExcel();
    const host = createExcelHost(fake.Excel);
    await host.insertTemplate(model);
    const input = await host.readWorkbook(wantedSources(DEF), "Werkmap.xlsx");
    const expected = inputFromModel(model, "Werkmap.xlsx");
    expect(input.definitie).toEqual(model.definitie);
    expect(input.grids).toEqual(expected.grids);
  });

  test("refuses, changing nothing, when a template sheet exists", async () => {
    const fake = createFakeExcel({
      sheets: [{ name: "Blad1" }, { name: model.tables[1].sheet.toUpperCase(), cells: [[1]] }],
    });
    const before = fake.state.snapshot();
    const e = await createExcelHost(fake.Excel)
      .insertTemplate(model)
      .catch((x: unknown) => x);
    expect(e).toBeInstanceOf(TemplateExistsError);
    expect(toDutchError(e)).toContain(
      `Deze werkmap heeft al een blad '${model.tables[1].sheet.toUpperCase()}'`,
    );
    expect(fake.state.snapshot()).toEqual(before);
  });

  test("a failed write removes the sheets it added", async () => {
    const fake = createFakeExcel();
    fake.state.failSync(2, "GeneralException", { afterOps: 40 });
    await expect(createExcelHost(fake.Excel).insertTemplate(model)).rejects.toMatchObject({
      code: "GeneralException",
    });
    expect(fake.state.sheetNames()).toEqual(["Blad1"]);
    expect(fake.state.tables()).toEqual([]);
  });
});

describe("selectCell", () => {
  test("activates the sheet and selects the cell in one sync", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "Blad1" }, { name: "Mijlpalen" }] });
    const m = await measure(fake, () => createExcelHost(fake.Excel).selectCell("Mijlpalen", "C7"));
    expect(m.syncs).toBe(1);
    expect(fake.state.activeSheet).toBe("Mijlpalen");
    expect(fake.state.selection).toEqual({ sheet: "Mijlpalen", address: "C7" });
  });

  test("says so in Dutch when the sheet is gone", async () => {
    const fake = createFakeExcel();
    const e = await createExcelHost(fake.Excel)
      .selectCell("Weg", "A1")
      .catch((x: unknown) => x);
    expect(e).toBeInstanceOf(SheetMissingError);
    expect(toDutchError(e)).toBe(
      "Het blad 'Weg' staat niet (meer) in deze werkmap; het is misschien hernoemd of verwijderd. Controleer de werkmap opnieuw.",
    );
  });
});

test("onTablesChanged listens to the tables (or their sheets) and stops when asked", async () => {
  const fake = createFakeExcel({
    sheets: [
      { name: "Regio", cells: [["Veld"], ["x"]], tables: [{ name: "tblRegio", address: "A1:A2" }] },
      { name: "Mijlpalen", cells: [["Code"]] },
    ],
  });
  const changes: string[] = [];
  const stop = await createExcelHost(fake.Excel).onTablesChanged(
    [
      { sheet: "Regio", table: "tblRegio" },
      { sheet: "Mijlpalen", table: "tblMijlpalen" },
      { sheet: "Vragenlijst", table: "tblVragenlijst" },
    ],
    (c) => changes.push(c.address),
  );
  expect(fake.state.handlerCount()).toBe(2);
  await fake.state.fireChanged("Regio", "A2");
  await fake.state.fireChanged("Regio", "C9");
  await fake.state.fireChanged("Mijlpalen", "B4");
  expect(changes).toEqual(["A2", "B4"]);
  await stop();
  expect(fake.state.handlerCount()).toBe(0);
});

describe("toDutchError", () => {
  const err = (code: string) => new FakeOfficeError(code, `raw ${code}`);
  test.each([
    [
      "InvalidOperationInCellEditMode",
      "Excel is bezig met het bewerken van een cel. Druk op Enter of Esc en probeer het opnieuw.",
    ],
    ["AccessDenied", "beveiligd"],
    ["ApiNotFound", "Deze Excel-versie mist"],
    ["ItemNotFound", "niet (meer) vinden"],
    ["RequestPayloadSizeLimitExceeded", "5 MB"],
    ["GeneralException", "algemene fout"],
  ])("%s", (code, text) => {
    expect(toDutchError(err(code))).toContain(text);
  });
  test("ApiNotFound also says which Excel to use", () => {
    // Microsoft's minimum builds for ExcelApi 1.9, the set manifest.xml declares (test/excel/product-fixes.test.ts).
    expect(toDutchError(err("ApiNotFound"))).toMatch(
      /versie 1903 of later.*Mac 16\.24 of later.*Excel voor het web/,
    );
  });
  test("an unknown error keeps its original message", () => {
    expect(toDutchError(err("Vreemd"))).toContain("raw Vreemd");
    expect(toDutchError(new Error("kapot"))).toContain("kapot");
  });
});
