/** The fake Excel must behave like Office.js where the adapter relies on it, or adapter tests prove nothing. */
import { createFakeExcel, measure, PAYLOAD_LIMIT_BYTES } from "../fake-excel/fake-excel";

describe("fake Excel proxy semantics", () => {
  test("reading a property that was not loaded throws PropertyNotLoaded", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "Blad1", cells: [["a", 1]] }] });
    await fake.Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Blad1").getRange("A1:B1");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      range.load("values");
      // Loaded but not synced yet: still not available.
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(range.values).toEqual([["a", 1]]);
      expect(() => range.address).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });

  test("collections need items loaded; load forms string, array and object all work", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "Een" }, { name: "Twee", visibility: "Hidden" }] });
    await fake.Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      expect(() => sheets.items).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      sheets.load("items/name");
      const a = sheets.getItem("Een").load(["name", "position"]);
      const b = sheets.getItem("twee").load({ visibility: true });
      await context.sync();
      expect(sheets.items.map((s) => s.name)).toEqual(["Een", "Twee"]);
      expect(() => sheets.items[0].visibility).toThrow();
      expect([a.name, a.position]).toEqual(["Een", 0]);
      expect(b.visibility).toBe("Hidden");
    });
  });

  test("getItem of a missing sheet fails at sync; getItemOrNullObject gives a null object", async () => {
    const fake = createFakeExcel();
    await fake.Excel.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("Weg");
      expect(() => missing.isNullObject).toThrow();
      missing.load("name");
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      context.workbook.worksheets.getItem("Weg").load("name");
      await expect(context.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
    });
  });

  test("refuses what Microsoft does not document for null objects: calls before the sync, anything after it", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "Blad1", cells: [["a"]] }] });
    await fake.Excel.run(async (context) => {
      const wb = context.workbook;
      const missing = wb.worksheets.getItemOrNullObject("Weg");
      const present = wb.worksheets.getItemOrNullObject("Blad1");
      const table = wb.tables.getItemOrNullObject("tblWeg");
      // Before the sync: only load (and isNullObject, which is not there yet).
      expect(() => missing.getUsedRangeOrNullObject(true)).toThrow(/may be a null object/);
      expect(() => missing.getRange("A1")).toThrow(/may be a null object/);
      expect(() => present.getRange("A1")).toThrow(/may be a null object/);
      expect(() => table.worksheet).toThrow(/may be a null object/);
      expect(() => table.getRange()).toThrow(/may be a null object/);
      expect(() => {
        missing.name = "Nieuw";
      }).toThrow(/may be a null object/);
      expect(() => missing.activate()).toThrow(/may be a null object/);
      const used = wb.worksheets.getItem("Blad1").getUsedRangeOrNullObject(true);
      expect(() => used.getCell(0, 0)).toThrow(/may be a null object/);
      expect(missing.load("name")).toBe(missing);
      present.load("name");
      table.load("name");
      used.load("values");
      await context.sync();
      // After it: a null object allows isNullObject only; an existing object everything.
      expect(missing.isNullObject).toBe(true);
      expect(() => missing.name).toThrow(/on a null object/);
      expect(() => missing.getRange("A1")).toThrow(/on a null object/);
      expect(() => missing.load("name")).toThrow(/on a null object/);
      expect(() => table.worksheet).toThrow(/on a null object/);
      expect(present.isNullObject).toBe(false);
      expect(present.name).toBe("Blad1");
      const a1 = present.getRange("A1").load("values");
      expect(used.isNullObject).toBe(false);
      expect(used.getCell(0, 0)).toBeDefined();
      await context.sync();
      expect(a1.values).toEqual([["a"]]);
    });
  });

  test("valueTypes tell an error value from text that looks like one", async () => {
    const fake = createFakeExcel({
      sheets: [{ name: "Blad1", cells: [[{ error: "#N/A" }, "#N/A", 3, true, null]] }],
    });
    await fake.Excel.run(async (context) => {
      const r = context.workbook.worksheets.getItem("Blad1").getRange("A1:E1").load("values,valueTypes");
      await context.sync();
      expect(r.values).toEqual([["#N/A", "#N/A", 3, true, ""]]);
      expect(r.valueTypes).toEqual([["Error", "String", "Double", "Boolean", "Empty"]]);
    });
  });

  test("writes take effect at sync, in order; strings become formulas unless text format or apostrophe", async () => {
    const fake = createFakeExcel();
    await fake.Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Blad1");
      ws.getRange("A1:E1").values = [["=SUM(1)", "+31 6", "-5 dagen", "@home", "'=tekst"]];
      ws.getRange("A2:B2").numberFormat = [["@", "General"]];
      ws.getRange("A2:B2").values = [["=SUM(1)", "12"]];
      expect(fake.state.cellAt("Blad1", "A1").value).toBeNull();
      await context.sync();
    });
    expect(fake.state.cellAt("Blad1", "A1").formula).toBe("=SUM(1)");
    expect(fake.state.cellAt("Blad1", "B1").formula).toBe("=+31 6");
    expect(fake.state.cellAt("Blad1", "C1").formula).toBe("=-5 dagen");
    expect(fake.state.cellAt("Blad1", "D1").formula).toBe("=@home");
    expect(fake.state.cellAt("Blad1", "E1")).toMatchObject({ value: "=tekst", formula: null });
    expect(fake.state.cellAt("Blad1", "A2")).toMatchObject({
      value: "=SUM(1)",
      formula: null,
      numberFormat: "@",
    });
    expect(fake.state.cellAt("Blad1", "B2").value).toBe(12);
  });

  test("counts syncs and payloads, and refuses a request over 5 MB", async () => {
    const fake = createFakeExcel();
    const big = "x".repeat(1000);
    const m = await measure(fake, () =>
      fake.Excel.run(async (context) => {
        const ws = context.workbook.worksheets.getItem("Blad1");
        ws.getRange("A1:A10").values = Array.from({ length: 10 }, () => [big]);
        await context.sync();
        ws.getRange(`A1:A${6000}`).values = Array.from({ length: 6000 }, () => [big]);
        await context.sync();
      }).catch((e: unknown) => e),
    );
    expect(m.syncs).toBe(2);
    expect(m.result).toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(fake.stats.largestPayloadBytes).toBeGreaterThan(PAYLOAD_LIMIT_BYTES);
    expect(fake.state.cellAt("Blad1", "A11").value).toBeNull();
  });

  test("injected failures, protected sheets and Excel.run's final flush", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "Blad1" }, { name: "Vast", protect: true }] });
    fake.state.failNextSyncWith("InvalidOperationInCellEditMode");
    await expect(
      fake.Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Blad1").getRange("A1").values = [[1]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidOperationInCellEditMode" });
    expect(fake.state.cellAt("Blad1", "A1").value).toBeNull();

    await expect(
      fake.Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Vast").getRange("A1").values = [[1]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "AccessDenied" });

    const before = fake.stats.syncs;
    await fake.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Blad1").getRange("A1").values = [[2]];
    });
    expect(fake.stats.syncs).toBe(before + 1);
    expect(fake.state.cellAt("Blad1", "A1").value).toBe(2);
  });

  test("events: handlers registered at sync fire on fireChanged and can be removed", async () => {
    const fake = createFakeExcel({
      sheets: [
        {
          name: "T",
          cells: [
            ["a", "b"],
            [1, 2],
          ],
          tables: [{ name: "tbl", address: "A1:B2" }],
        },
      ],
    });
    const seen: string[] = [];
    const result = await fake.Excel.run(async (context) => {
      const r = context.workbook.tables.getItem("tbl").onChanged.add(async (e) => {
        seen.push(e.address);
      });
      await context.sync();
      return r;
    });
    expect(await fake.state.fireChanged("T", "B2")).toBe(1);
    expect(await fake.state.fireChanged("T", "D9")).toBe(0);
    await fake.Excel.run(result.context, async (context) => {
      result.remove();
      await context.sync();
    });
    expect(fake.state.handlerCount()).toBe(0);
    expect(seen).toEqual(["B2"]);
  });
});
