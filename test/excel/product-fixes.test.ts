/**
 * Product fixes of issue 16 on the adapter side, over the strict fake (test/fake-excel): a host without
 * `Excel.createWorkbook` as Microsoft's library reports it, events registered with the ids Excel needs, and
 * every message for an unsupported host naming what to use instead. The requirement set is the one manifest.xml
 * declares; the Excel versions are Microsoft's table "Excel JavaScript API requirement sets" (ExcelApi 1.9:
 * Windows Version 1903, Mac 16.24, Excel on the web).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { createExcelHost, NoNewWorkbookError, toDutchError, type ExcelApi } from "../../src/excel";
import { createFakeExcel, FakeOfficeError, type SeedSheet } from "../fake-excel/fake-excel";

const ROOT = path.resolve(__dirname, "..", "..");

/** The error Microsoft's library throws from its requirement-set check (resource string ApiNotFoundDetails). */
function apiNotFound(member: string, set: string): FakeOfficeError {
  return new FakeOfficeError(
    "ApiNotFound",
    `The method or property ${member} is part of the ${set} requirement set, which is not available in your version of Excel.`,
    member,
  );
}

describe("a host that cannot create a workbook", () => {
  test("ApiNotFound, thrown synchronously by the library's check, becomes NoNewWorkbookError", async () => {
    const fake = createFakeExcel();
    const thrown = apiNotFound("Excel.createWorkbook", "ExcelApi 1.8");
    const api: ExcelApi = {
      run: fake.Excel.run,
      createWorkbook: () => {
        throw thrown;
      },
    };
    const e = await createExcelHost(api)
      .createWorkbook("UEsDBA==")
      .catch((x: unknown) => x);
    expect(e).toBeInstanceOf(NoNewWorkbookError);
    expect((e as Error).cause).toBe(thrown);
    expect(toDutchError(e)).toMatch(/Kies 'In deze werkmap'/);
  });

  test.each(["NotImplemented", "UnsupportedFeature"])(
    "%s from the host becomes NoNewWorkbookError; the open workbook is untouched",
    async (code) => {
      const fake = createFakeExcel({ sheets: [{ name: "Blad1", cells: [["mijn"]] }] });
      fake.state.failNextSyncWith(code);
      const e = await createExcelHost(fake.Excel)
        .createWorkbook("UEsDBA==")
        .catch((x: unknown) => x);
      expect(e).toBeInstanceOf(NoNewWorkbookError);
      expect(fake.created).toHaveLength(0);
      expect(fake.state.sheetNames()).toEqual(["Blad1"]);
    },
  );

  test("any other failure is passed on as it is (not read as a missing feature)", async () => {
    const fake = createFakeExcel();
    const e = await createExcelHost(fake.Excel)
      .createWorkbook("geen base64!")
      .catch((x: unknown) => x);
    expect(e).not.toBeInstanceOf(NoNewWorkbookError);
    expect(e).toMatchObject({ code: "InvalidArgument" });
  });
});

describe("messages for an unsupported host name what to use instead", () => {
  const manifest = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
  const addin = fs.readFileSync(path.join(ROOT, "docs", "addin.md"), "utf8");

  test("manifest.xml declares ExcelApi 1.9 (print settings: Worksheet.pageLayout, headersFooters), as docs/addin.md says", () => {
    expect(manifest).toMatch(/<Set Name="ExcelApi" MinVersion="1\.9"\/>/);
    expect(addin).toContain("Minimum requirement set: `ExcelApi 1.9`");
  });

  test.each([
    ["ApiNotFound", apiNotFound("Worksheet.pageLayout", "ExcelApi 1.9")],
    ["NotImplemented", new FakeOfficeError("NotImplemented", "The requested feature isn't implemented.")],
    ["UnsupportedFeature", new FakeOfficeError("UnsupportedFeature", "The operation failed.")],
    ["a requirement-set text without code", new Error("ExcelApi 1.9 requirement set is not available")],
  ])("%s: Microsoft's minimum versions for ExcelApi 1.9, and Excel on the web", (_label, error) => {
    const text = toDutchError(error);
    expect(text).toContain("Excel API 1.9");
    // Windows Version 1903 (build 11425.20204), Mac 16.24: Microsoft's requirement-set table.
    expect(text).toMatch(/versie 1903 of later/);
    expect(text).toMatch(/Mac 16\.24 of later/);
    expect(text).toMatch(/Excel voor het web/);
    // Excel 2019 as such is not enough (volume licence stops at ExcelApi 1.7; early builds lack 1.9).
    expect(text).not.toMatch(/Excel 2019/);
  });

  test("a TypeError of our own is not passed off as an old Excel", () => {
    expect(toDutchError(new TypeError("x.foo is not a function"))).toMatch(
      /^Excel meldt een onverwachte fout/,
    );
  });
});

/**
 * The fake's namespace, with Microsoft's rule for events added: `Table.onChanged`, `Worksheet.onChanged` and
 * `Worksheet.onSelectionChanged` register under the target's id (`getTargetIdFunc: () => this.id` in
 * excel-web-16.00.js), so reading the id must succeed when `add` is called (PropertyNotLoaded otherwise).
 */
function eventsNeedIds(fake: ReturnType<typeof createFakeExcel>): ExcelApi {
  const events = new Set(["onChanged", "onSelectionChanged"]);
  const withIdCheck = <T extends object>(target: T): T => {
    const wrapped: T = new Proxy(target, {
      get(t, prop, receiver) {
        const value: unknown = Reflect.get(t, prop, receiver);
        // load() returns the object itself: keep it wrapped.
        if (prop === "load")
          return (...a: unknown[]) => {
            (value as (...x: unknown[]) => unknown).apply(t, a);
            return wrapped;
          };
        if (typeof prop !== "string" || !events.has(prop)) return value;
        const handlers = value as { add: (...a: unknown[]) => unknown };
        return {
          add: (...a: unknown[]) => {
            void (t as { id: string }).id; // throws PropertyNotLoaded when the id was not loaded
            return handlers.add(...a);
          },
        };
      },
    });
    return wrapped;
  };
  const wrapCollection = <C extends object>(c: C): C =>
    new Proxy(c, {
      get(t, prop, receiver) {
        const value: unknown = Reflect.get(t, prop, receiver);
        if (prop !== "getItemOrNullObject" && prop !== "getItem") return value;
        return (name: string) => withIdCheck((value as (n: string) => object).call(t, name));
      },
    });
  const wrapContext = (context: Excel.RequestContext): Excel.RequestContext => {
    const workbook = new Proxy(context.workbook, {
      get(t, prop, receiver) {
        const value: unknown = Reflect.get(t, prop, receiver);
        return prop === "tables" || prop === "worksheets" ? wrapCollection(value as object) : value;
      },
    });
    return new Proxy(context, { get: (t, p, r) => (p === "workbook" ? workbook : Reflect.get(t, p, r)) });
  };
  type Batch = (context: Excel.RequestContext) => Promise<unknown>;
  const run = (a: Batch | object, b?: Batch) =>
    // `Excel.run(batch)` gets the id check; `Excel.run(context, batch)` (unregistering) runs as it is.
    typeof a === "function"
      ? fake.Excel.run((context: Excel.RequestContext) => a(wrapContext(context)))
      : fake.Excel.run(a as Excel.RequestContext, b!);
  return { run: run as unknown as ExcelApi["run"] };
}

describe("events are registered with the ids Excel needs", () => {
  const seed: { sheets: SeedSheet[] } = {
    sheets: [
      {
        name: "Mijlpalen",
        cells: [
          ["Mijlpaal", "Status"],
          ["Eerste", "gereed"],
        ],
        tables: [{ name: "tblMijlpalen", address: "A1:B2" }],
      },
      { name: "Vragenlijst", cells: [["Vraag"]] },
    ],
  };

  test("Table.onChanged (a table that exists) and Worksheet.onChanged (a table made a range)", async () => {
    const fake = createFakeExcel(seed);
    const host = createExcelHost(eventsNeedIds(fake));
    const stop = await host.onTablesChanged(
      [
        { sheet: "Mijlpalen", table: "tblMijlpalen" },
        { sheet: "Vragenlijst", table: "tblVragenlijst" },
      ],
      () => undefined,
    );
    expect(fake.stats.operations.at(-1)).toEqual([
      "workbook.tables.getItemOrNullObject().onChanged.add()",
      "worksheets.getItemOrNullObject().onChanged.add()",
    ]);
    await stop();
  });

  test("Worksheet.onSelectionChanged", async () => {
    const fake = createFakeExcel(seed);
    const host = createExcelHost(eventsNeedIds(fake));
    const stop = await host.onSelectionChanged(["Mijlpalen", "Weg"], () => undefined);
    expect(fake.stats.operations.at(-1)).toEqual([
      "worksheets.getItemOrNullObject().onSelectionChanged.add()",
    ]);
    await stop();
  });
});
