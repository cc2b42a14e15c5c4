/**
 * Product fixes of issue 16 on the adapter side, over the strict fake (test/fake-excel): a host without
 * `Excel.createWorkbook` as Microsoft's library reports it, events registered with the ids Excel needs, and
 * every message for an unsupported host naming what to use instead. The requirement set is the one manifest.xml
 * declares; the Excel versions are Microsoft's table "Excel JavaScript API requirement sets" (ExcelApi 1.9:
 * Windows Version 1903, Mac 16.24, Excel on the web).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import * as vm from "node:vm";
import { createExcelHost, NoNewWorkbookError, toDutchError, type ExcelApi } from "../../src/excel";
import { renderSheets } from "../../src/excel/render";
import { buildTemplate } from "../../src/core/engine/template";
import { parseMonitor } from "../../src/core/model";
import { OWNED_MARKER, type ModelCell, type SheetModel } from "../../src/core/sheet-model";
import { entryFromInput, nationalResult } from "../../src/taskpane/features/import/national";
import { DEF, exampleFills, inputFromModel, validInput } from "../helpers/inputs";
import {
  CALL_COST,
  REQUEST_BUDGET_BYTES,
  REQUEST_LIMIT_BYTES,
  jsonBytes,
  modelledBytes,
  packByBytes,
  rowBlocks,
  utf8Length,
} from "../../src/excel/request-cost";
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

describe("the request-size model (pure)", () => {
  test("UTF-8 lengths as Node counts them", () => {
    for (const s of ["Regio", "Gegevens één", "Regio × mijlpaal", "€ 5", "😀", ""])
      expect(utf8Length(s)).toBe(Buffer.byteLength(s, "utf8"));
    expect(jsonBytes([["Zuid-Holland Zuid", 0.5, "é"]])).toBe(
      Buffer.byteLength('[["Zuid-Holland Zuid",0.5,"é"]]', "utf8"),
    );
  });

  test("a fill: a method with its arguments, two navigations, one set (counted by hand)", () => {
    const bytes = modelledBytes<Excel.Worksheet>((ws) => {
      ws.getRange("A1:B2").format.fill.color = "#FFFFFF";
    });
    const { method, navigation, set } = CALL_COST;
    // getRange + ["A1:B2"]; format; fill; color + "#FFFFFF"
    expect(bytes).toBe(method + 8 + 9 + (navigation + 6) + (navigation + 4) + (set + 5 + 9));
  });

  test("the same navigation twice is one object path; every call is a new one", () => {
    const { method, navigation, set } = CALL_COST;
    const once = modelledBytes<Excel.Worksheet>((ws) => {
      const font = ws.getRange("A1").format.font;
      font.bold = true;
      font.color = "#0563C1";
    });
    expect(once).toBe(method + 8 + 6 + navigation + 6 + navigation + 4 + (set + 4 + 4) + (set + 5 + 9));
    const twice = modelledBytes<Excel.Worksheet>((ws) => {
      ws.getRange("A1").format.font.bold = true;
      ws.getRange("A1").format.font.bold = true;
    });
    expect(twice).toBe(2 * (method + 8 + 6 + navigation + 6 + navigation + 4 + set + 4 + 4));
  });

  test("packByBytes keeps the order, stays within the budget, and gives an oversized item its own group", () => {
    const items = [30, 30, 30, 150, 10, 60, 50].map((bytes, id) => ({ id, bytes }));
    const groups = packByBytes(items, 100);
    expect(groups.map((g) => g.map((x) => x.id))).toEqual([[0, 1, 2], [3], [4, 5], [6]]);
    expect(packByBytes([], 100)).toEqual([]);
  });

  test("rowBlocks: consecutive [start, end) blocks within the budget", () => {
    expect(rowBlocks(10, () => 30, 100)).toEqual([
      [0, 3],
      [3, 6],
      [6, 9],
      [9, 10],
    ]);
    expect(rowBlocks(3, (i) => (i === 1 ? 500 : 10), 100)).toEqual([
      [0, 1],
      [1, 2],
      [2, 3],
    ]);
    expect(rowBlocks(0, () => 1, 100)).toEqual([]);
  });
});

/**
 * Microsoft's Excel client library (`excel-web-16.00.js` of `@microsoft/office-js`, loaded offline in a VM
 * context) in front of a recording transport: it only answers what renderSheets needs to go on (one sheet
 * `Blad1`, reference ids for new objects) and keeps the byte size of every request body the library builds.
 * The full host double is test/fake-excel's; this only measures what is sent.
 */
function microsoftsLibrary(): { excel: ExcelApi; requests: { bytes: number; actions: number }[] } {
  type Action = { Id: number; ActionType: number; ObjectPathId: number };
  type Body = { Actions: Action[]; ObjectPaths: Record<string, { Name: string }> };
  const g: Record<string, unknown> = { console, setTimeout, clearTimeout, navigator: { userAgent: "node" } };
  g.window = g;
  g.self = g;
  g.document = {
    createElement: () => ({}),
    getElementsByTagName: () => [],
    addEventListener() {},
    cookie: "",
  };
  g.location = { href: "https://localhost/", protocol: "https:", search: "", hash: "" };
  g.addEventListener = () => undefined;
  vm.createContext(g);
  const lib = require.resolve("@microsoft/office-js/dist/excel-web-16.00.js");
  vm.runInContext(fs.readFileSync(lib, "utf8"), g, { filename: lib });
  const requests: { bytes: number; actions: number }[] = [];
  const ext = g.OfficeExtension as { SessionBase: { prototype: object; _overrideSession?: unknown } };
  const session = Object.assign(Object.create(ext.SessionBase.prototype) as object, {
    _resolveRequestUrlAndHeaderInfo: () => Promise.resolve({ url: "test", headers: {} }),
    _createRequestExecutorOrNull: () => ({
      executeAsync(_custom: unknown, _flags: unknown, message: { Body: Body }) {
        const body = message.Body;
        requests.push({
          bytes: Buffer.byteLength(JSON.stringify(body), "utf8"),
          actions: body.Actions.length,
        });
        const Results = body.Actions.filter((a) => a.ActionType === 1 || a.ActionType === 2).map((a) => {
          if (a.ActionType === 1) return { ActionId: a.Id, Value: { _ReferenceId: `r${a.Id}` } };
          const worksheets = body.ObjectPaths[String(a.ObjectPathId)].Name === "Worksheets";
          const blad1 = { Name: "Blad1", Position: 0, Visibility: "Visible" };
          return { ActionId: a.Id, Value: worksheets ? { _Items: [blad1] } : blad1 };
        });
        return Promise.resolve({ ErrorCode: "", ErrorMessage: "", Headers: {}, Body: { Results } });
      },
    }),
  });
  ext.SessionBase._overrideSession = session;
  return { excel: g.Excel as ExcelApi, requests };
}

const MB = 1024 * 1024;

/** The national sheets of `n` units, each unit a return filled from the annex's example regions in turn. */
function nationalModels(n: number): SheetModel[] {
  const fills = exampleFills();
  if (n === fills.length)
    return nationalResult(
      fills.map((f) => entryFromInput(validInput(f.eenheid, `${f.eenheid}.xlsx`), DEF)),
      DEF,
    ).models;
  const namen = Array.from({ length: n }, (_, i) => ({ naam: `Gemeente ${i + 1}` }));
  const def = parseMonitor({ ...DEF, id: `gemeenten-${n}`, eenheden: { ...DEF.eenheden!, namen } });
  const entries = namen.map((u, i) =>
    entryFromInput(
      inputFromModel(
        buildTemplate(def, { eenheid: u.naam, vul: fills[i % fills.length].fill }),
        `${u.naam}.xlsx`,
      ),
      def,
    ),
  );
  return nationalResult(entries, def).models;
}

/** A sheet of `rows` rows of four columns, a link and a fill in every row (the render test's shape). */
function longSheet(rows: number): SheetModel {
  const body: ModelCell[][] = Array.from({ length: rows }, (_, i) => [
    { v: `Regio ${i + 1}`, link: `'Regio × mijlpaal'!A${i + 5}` },
    { v: (i % 10) / 10, fmt: "0.0%", fill: i % 2 === 0 ? "groen" : "rood" },
    { v: 40179 + i, fmt: "dd-mm-yyyy" },
    { v: null },
  ]);
  return {
    name: "Samenvatting",
    rows: [
      [{ v: `${OWNED_MARKER} Samenvatting`, bold: true }, { v: null }, { v: null }, { v: null }],
      ...body,
    ],
    widths: [30, 12, 14, 40],
    freezeRows: 1,
    dataBars: [`B2:B${rows + 1}`],
    afdruk: { titelRijen: 1, koptekst: "Test", voettekst: "Test" },
  };
}

describe("requests as Microsoft's library sends them (renderSheets into the open workbook)", () => {
  test.each([
    ["the national sheets of the 37 example returns", () => nationalModels(37)],
    ["the national sheets of 342 units", () => nationalModels(342)],
    ["a sheet of 10,000 rows", () => [longSheet(10_000)]],
  ])(
    "%s: every request at most 5 MB, every write request within the 4 MB budget",
    async (label, make) => {
      const models = make();
      const { excel, requests } = microsoftsLibrary();
      await renderSheets(excel, models);
      // Sync 1 reads the names; the writes follow; the library's own last request releases the ranges it kept.
      const [names, ...rest] = requests;
      const writes = rest.slice(0, -1);
      const cleanup = rest[rest.length - 1];
      expect(names.actions).toBeLessThan(10);
      expect(writes.length).toBeGreaterThan(0);
      for (const w of writes) expect(w.bytes).toBeLessThanOrEqual(REQUEST_BUDGET_BYTES);
      for (const r of requests) expect(r.bytes).toBeLessThanOrEqual(REQUEST_LIMIT_BYTES);
      const total = writes.reduce((s, w) => s + w.bytes, 0);
      // The bound of docs/addin.md: one write request per started 4 MB of what is sent, plus at most one.
      expect(writes.length).toBeLessThanOrEqual(Math.ceil(total / REQUEST_BUDGET_BYTES) + 1);
      console.log(
        `${label}: ${requests.length} requests; writes ${writes.map((w) => (w.bytes / MB).toFixed(2)).join(" + ")} MB ` +
          `(${writes.reduce((s, w) => s + w.actions, 0)} actions); largest ${(Math.max(...requests.map((r) => r.bytes)) / MB).toFixed(2)} MB; ` +
          `library clean-up ${(cleanup.bytes / MB).toFixed(2)} MB`,
      );
    },
    120_000,
  );
});
