/**
 * Test-only inputs for the layout tests, all made by the one engine: returns read with `checkWorkbook` and
 * national reports made with the real `aggregate`.
 */
import type { Monitor } from "../../src/core/model";
import type { WorkbookInput } from "../../src/core/grid";
import { checkWorkbook } from "../../src/core/engine/pipeline";
import { aggregate } from "../../src/core/engine/national";
import { buildTemplate } from "../../src/core/engine/template";
import { ghnt2018Fill, taskforce2013Fill } from "../../src/examples/fills";
import type { NationalReport } from "../../src/core/engine/national-types";
import type { ModelCell, SheetModel } from "../../src/core/sheet-model";
import { csvText } from "../actions/helpers";
import { DEF, DEF_2013, DEF_2018, exampleFills, inputFromModel, validInput } from "../helpers/inputs";

/** A return read and scored by the one engine; throws when it is not readable. */
export function checked(def: Monitor, input: WorkbookInput) {
  const c = checkWorkbook(input, [def], def);
  if (!c.result.ok || !c.score) throw new Error(`not readable: ${input.bestand}`);
  return { ret: c.result.ret, score: c.score, issues: c.result.issues };
}

/** The national report of `inputs` made by the real aggregation. */
export function nationalReport(def: Monitor, inputs: WorkbookInput[]): NationalReport {
  return aggregate(
    def,
    inputs.map((i) => ({ bestand: i.bestand, result: checkWorkbook(i, [def], def).result })),
  );
}

/** The 37 example returns of the annex, one file per region. */
export const allReturns = (): WorkbookInput[] =>
  exampleFills().map((f) => validInput(f.eenheid, `Regiomonitor-${f.eenheid}.xlsx`));

/** The filled example return of an action monitor (2013: the taskforce list; 2018: GHNT). */
export function actionInput(id: "actiemonitor-2013" | "ghnt-2018"): { def: Monitor; input: WorkbookInput } {
  const def = id === "ghnt-2018" ? DEF_2018 : DEF_2013;
  const vul =
    id === "ghnt-2018" ? ghnt2018Fill(def) : taskforce2013Fill(def, csvText("taskforce-acties-2013.csv"));
  return { def, input: inputFromModel(buildTemplate(def, { vul }), `${id}.xlsx`) };
}

/** The shown values of a sheet model, row by row. */
export const values = (m: SheetModel): unknown[][] => m.rows.map((r) => r.map((c) => c.v));

/** The row whose first cell is `first` (after row `from`, 0-based); throws when there is none. */
export function rowOf(m: SheetModel, first: unknown, from = 0): ModelCell[] {
  const r = m.rows.findIndex((row, i) => i >= from && row[0]?.v === first);
  if (r < 0) throw new Error(`${m.name}: no row '${String(first)}'`);
  return m.rows[r];
}

export function indexOf(m: SheetModel, first: unknown, from = 0): number {
  const r = m.rows.findIndex((row, i) => i >= from && row[0]?.v === first);
  if (r < 0) throw new Error(`${m.name}: no row '${String(first)}'`);
  return r;
}

export { DEF };
