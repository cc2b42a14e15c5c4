/**
 * office-syncs (run by bench/run.js after compiling with tsconfig.bench.json): syncs and the largest single
 * request of the Office.js adapter's operations at 10, 1,000 and 10,000 rows, driven through Microsoft's Excel
 * client library (Excel on the web's file, `@microsoft/office-js`) over the simulated host: a sync is a request
 * the library sends (the reference clean-up `Excel.run` adds after a batch is counted apart), and a request's
 * size is the UTF-8 bytes of the JSON body the library builds. `renderSheets` writes new sheets,
 * `renderSheets-replace` replaces them (one more sync: A1 of the existing sheets). Goal: every read in at most
 * 2 syncs, sync counts constant over sizes, no request above 4 MB (a margin under Excel on the web's 5 MB).
 * Prints one JSON line.
 */
import type { SeedSheet, SeedValue } from "../test/fake-excel/fake-excel";
import { HOST_PROFILES } from "../test/fake-excel/host-profiles";
import { openOfficeJsExcel, type OfficeJsExcel } from "../test/fake-excel/office-js";
import { readWorkbook, renderSheets } from "../src/excel";
import { defaultMonitor, parseMonitor, type Monitor } from "../src/core/model";
import { wantedSources } from "../src/core/engine/read";
import { annexFills } from "../src/examples/fills";
import { buildTemplate } from "../src/core/engine/template";
import { aggregate } from "../src/core/engine/national";
import { layoutNational } from "../src/core/layout/national";
import { a1 } from "../src/core/grid";
import { readFileSync } from "node:fs";
import path from "node:path";

const ROWS = [10, 1000, 10000];
const REQUEST_LIMIT = 4 * 1024 * 1024;

/** A filled standard workbook in the fake, its questionnaire table stretched to `rows` body rows. */
function seed(def: Monitor, rows: number): SeedSheet[] {
  const csv = readFileSync(
    path.join(__dirname, "..", "..", "data", "rak-regio-mijlpalen-2011-01-15.csv"),
    "utf8",
  );
  const { eenheid, fill } = annexFills(def, csv)[0];
  const model = buildTemplate(def, { eenheid, vul: fill });
  const sheets: SeedSheet[] = model.tables.map((t) => {
    const body =
      t.sheet === "Vragenlijst" ? Array.from({ length: rows }, (_, i) => t.rows[i % t.rows.length]) : t.rows;
    const cells: SeedValue[][] = [t.header, ...body.map((r) => [...r])];
    return {
      name: t.sheet,
      cells,
      tables: [{ name: t.table, address: `A1:${a1(cells.length, t.header.length)}` }],
    };
  });
  sheets.push({ name: model.metaSheet.name, visibility: "VeryHidden", cells: model.metaSheet.rows });
  return sheets;
}

/** The national sheets for a definition of `rows` regions (the largest sheets have one row per region). */
function nationalModels(rows: number) {
  const base = defaultMonitor();
  const namen = Array.from({ length: rows }, (_, i) => ({ naam: `Regio ${i + 1}` }));
  const def = parseMonitor({ ...base, id: `bench-${rows}`, eenheden: { ...base.eenheden!, namen } });
  return layoutNational(def, aggregate(def, []));
}

/** Syncs, clean-up round trips and the largest request and response (bytes) of `op`, as the library sent them. */
async function measure(x: OfficeJsExcel, op: () => Promise<unknown>) {
  const from = x.host.requests.length;
  await op();
  const sent = x.host.requests.slice(from);
  return {
    syncs: sent.filter((r) => !r.cleanup).length,
    cleanups: sent.filter((r) => r.cleanup).length,
    largestPayloadBytes: Math.max(0, ...sent.map((r) => r.requestBytes)),
    largestResponseBytes: Math.max(0, ...sent.map((r) => r.responseBytes)),
  };
}

const WEB = HOST_PROFILES.find((p) => p.id === "web")!;

async function main(): Promise<void> {
  const def = defaultMonitor();
  const operations: ({ operation: string; rows: number } & Awaited<ReturnType<typeof measure>>)[] = [];
  for (const rows of ROWS) {
    const read = openOfficeJsExcel(WEB, { sheets: seed(def, rows) });
    const r = await measure(read, () => readWorkbook(read.Excel as never, wantedSources(def), "bench.xlsx"));
    operations.push({ operation: "readWorkbook", rows, ...r });
    read.close();
    const render = openOfficeJsExcel(WEB);
    const models = nationalModels(rows);
    const w = await measure(render, () => renderSheets(render.Excel as never, models));
    operations.push({ operation: "renderSheets", rows, ...w });
    const again = await measure(render, () => renderSheets(render.Excel as never, models));
    operations.push({ operation: "renderSheets-replace", rows, ...again });
    render.close();
  }
  const syncs = (op: string) => operations.filter((o) => o.operation === op).map((o) => o.syncs);
  const constant = (op: string) => new Set(syncs(op)).size === 1;
  const largest = Math.max(...operations.map((o) => o.largestPayloadBytes));
  const readAtMostTwo = syncs("readWorkbook").every((n) => n <= 2);
  process.stdout.write(
    JSON.stringify({
      operations,
      syncs: {
        readWorkbook: syncs("readWorkbook"),
        renderSheets: syncs("renderSheets"),
        "renderSheets-replace": syncs("renderSheets-replace"),
      },
      syncsConstant: constant("readWorkbook") && constant("renderSheets"),
      readAtMostTwo,
      largestPayloadBytes: largest,
      measuredBy: "Microsoft's Excel client library (excel-web-16.00.js), request bytes as sent",
      goal: "reads in at most 2 syncs; syncs constant; no request above 4 MB",
      met: readAtMostTwo && constant("readWorkbook") && constant("renderSheets") && largest <= REQUEST_LIMIT,
    }) + "\n",
  );
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
