/**
 * The previous round as the pane reads it (core/app/round-file.ts `readRoundText`, through the lazy .xlsx reader):
 * a JSON export as it is, a national workbook (.xlsx bytes written by our writer) by its very hidden round sheet,
 * and Dutch messages for a workbook without the sheet and for a file that is no workbook at all.
 */
import { defaultMonitor } from "../../src/core/model";
import { aggregate } from "../../src/core/engine/national";
import { toNationalJson } from "../../src/core/engine/json";
import { layoutNational } from "../../src/core/layout/national";
import { roundSheetModel } from "../../src/core/layout/round-sheet";
import { sheetsXlsx } from "../../src/xlsx/sheet-writer";
import { readRoundText as previousRoundText } from "../../src/core";
import * as reader from "../../src/taskpane/shared/lazy/xlsx-reader";
import type { ReadPlan } from "../../src/core/grid";

const def = defaultMonitor();
const json = toNationalJson(def, aggregate(def, []));
let loads = 0;
/** The pane's planned read (its lazy reader chunk), counting how often the core asks for it. */
const loadReader = async (bytes: Uint8Array, plan: ReadPlan, naam: string) => {
  loads++;
  return reader.readPlanned(bytes, plan, naam);
};

async function xlsxBytes(withRoundSheet: boolean): Promise<Uint8Array> {
  const models = layoutNational(def, aggregate(def, []));
  return Promise.resolve(sheetsXlsx(withRoundSheet ? [...models, roundSheetModel(json)] : models));
}

test("a JSON export is taken as it is (BOM dropped), without loading the .xlsx reader", async () => {
  loads = 0;
  const text = "\uFEFF" + JSON.stringify(json, null, 2);
  const r = await previousRoundText(new TextEncoder().encode(text), "start.json", loadReader);
  expect(r).toEqual({ ok: true, text: JSON.stringify(json, null, 2) });
  expect(loads).toBe(0);
});

test("a national workbook gives the round's JSON from its very hidden sheet", async () => {
  const r = await previousRoundText(await xlsxBytes(true), "landelijk.xlsx", loadReader);
  expect(r.ok).toBe(true);
  if (r.ok) expect(JSON.parse(r.text)).toEqual(json);
});

test("a workbook without the round sheet, and a file that is no workbook, give Dutch messages", async () => {
  expect(await previousRoundText(await xlsxBytes(false), "oud.xlsx", loadReader)).toEqual({
    ok: false,
    fouten: [expect.stringContaining("oud.xlsx is een werkmap zonder de gegevens van een landelijke meting")],
  });
  const broken = await previousRoundText(new TextEncoder().encode("PK kapot"), "kapot.xlsx", loadReader);
  expect(broken).toMatchObject({ ok: false, fouten: [expect.stringMatching(/^kapot\.xlsx: .+/)] });
});
