/**
 * Request sizes as Microsoft's library sends them: the national write of the 37 example returns, and of 342
 * units, into the open workbook on Excel on the web (which refuses a request over 5 MB). The bytes are the
 * UTF-8 JSON body of each request the library hands its executor (object paths and actions for every
 * `getRange`, `.format`, `.fill`), not an estimate.
 */
import { createExcelHost } from "../../src/excel";
import type { Monitor } from "../../src/core/model";
import { layoutNational } from "../../src/core/layout/national";
import { buildTemplate } from "../../src/core/engine/template";
import { DEF, exampleFills, inputFromModel } from "../helpers/inputs";
import { nationalReport } from "../layout/fixtures";
import { PAYLOAD_LIMIT_BYTES } from "../fake-excel/fake-excel";
import { HOST_PROFILES } from "../fake-excel/host-profiles";
import { openOfficeJsExcel } from "../fake-excel/office-js";

const WEB = HOST_PROFILES.find((p) => p.id === "web")!;

/**
 * `n` filled returns: the 37 example regions of the annex, then (for more) the same fills under new unit
 * names (`Alkmaar 2`, …), with the definition's unit list extended to exactly these `n` units.
 */
function returns(n: number): { def: Monitor; inputs: ReturnType<typeof inputFromModel>[] } {
  const fills = exampleFills();
  const names = Array.from({ length: n }, (_, i) => {
    const f = fills[i % fills.length];
    return i < fills.length ? f.eenheid : `${f.eenheid} ${Math.floor(i / fills.length) + 1}`;
  });
  const units = DEF.eenheden;
  if (!units) throw new Error("the RAK definition has units");
  const def: Monitor = {
    ...DEF,
    eenheden: { ...units, namen: names.map((naam, i) => ({ ...units.namen[i % units.namen.length], naam })) },
  };
  const inputs = names.map((eenheid, i) =>
    inputFromModel(
      buildTemplate(def, { eenheid, vul: fills[i % fills.length].fill }),
      `Regiomonitor-${eenheid}.xlsx`,
    ),
  );
  return { def, inputs };
}

// Without splitting by the real request (src/excel/request-cost.ts), this write was one request of 6.17 MB.

describe.each([37, 342])("the national write of %i units into the open workbook (Excel on the web)", (n) => {
  test("succeeds with every request the library sends at most 5 MB", async () => {
    const { def, inputs } = returns(n);
    const models = layoutNational(def, nationalReport(def, inputs));
    // Every unit has its row on the national sheet of regions × milestones.
    const perUnit = models.find((m) => m.name === "Regio × mijlpaal");
    const firsts = new Set(perUnit?.rows.map((row) => row[0]?.v));
    expect(def.eenheden?.namen.filter((u) => firsts.has(u.naam))).toHaveLength(n);
    const x = openOfficeJsExcel(WEB);
    try {
      await createExcelHost(x.Excel as never).renderSheets(models);
      expect(x.host.requests.filter((r) => r.error !== null)).toEqual([]);
      expect(x.host.largestRequestBytes).toBeLessThanOrEqual(PAYLOAD_LIMIT_BYTES);
      expect(x.fake.state.sheetNames()).toEqual(["Blad1", ...models.map((m) => m.name)]);
    } finally {
      x.close();
    }
  });
});

test("the library's request for a write is what the host measures: refused over 5 MB before anything runs", async () => {
  // One sheet of 60,000 text rows in one request: the library's body is over 5 MB; the host refuses it whole.
  const x = openOfficeJsExcel(WEB);
  try {
    const ctx = new x.Excel.RequestContext();
    const ws = ctx.workbook.worksheets.getItem("Blad1");
    const rows = Array.from({ length: 60_000 }, (_, i) => [`regel ${i} ${"x".repeat(80)}`]);
    ws.getRange(`A1:A${rows.length}`).values = rows;
    await expect(ctx.sync()).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    const r = x.host.requests.at(-1);
    expect(r?.requestBytes).toBeGreaterThan(PAYLOAD_LIMIT_BYTES);
    // The body carries the values and, around them, the object paths and actions.
    expect(r?.requestBytes).toBeGreaterThan(Buffer.byteLength(JSON.stringify(rows), "utf8"));
    expect(x.fake.state.cellAt("Blad1", "A1").value).toBeNull();
  } finally {
    x.close();
  }
});
