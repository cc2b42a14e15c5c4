/**
 * Helpers for the action-monitor tests on the one engine: real .xlsx files written through the template
 * path (`buildTemplate` → `buildTemplateWorkbook` → file), read back with the xlsx reader and checked with
 * the one pipeline; the summary is the national aggregation of that one workbook.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { findMonitor, type Monitor } from "../../src/core/model";
import { buildTemplate, type FillValue, type UnitFill } from "../../src/core/engine/template";
import { checkWorkbook, type CheckResult } from "../../src/core/engine/pipeline";
import { wantedSources } from "../../src/core/engine/read";
import { aggregate } from "../../src/core/engine/national";
import type { NationalReport } from "../../src/core/engine/national-types";
import type { RowJudgement } from "../../src/core/engine/judge";
import type { RowValue } from "../../src/core/engine/values";
import { readXlsx } from "../../src/xlsx/read-xlsx";
import { buildTemplateWorkbook } from "../../src/xlsx/writer";
import { writeWorkbookFile } from "../../src/xlsx/files";
import { ROOT } from "../helpers/files";

export const DEF_2013: Monitor = findMonitor("actiemonitor-2013")!;
export const DEF_2018: Monitor = findMonitor("ghnt-2018")!;

export const csvText = (name: string): string => readFileSync(path.join(ROOT, "data", name), "utf8");

/** What one action's owner filled in (column id → value). */
export type ActionFill = Record<string, FillValue>;

/** The fill of the `acties` table: action key → filled columns. */
export const actionsFill = (acties: Record<string, ActionFill>): UnitFill => ({ rijen: { acties } });

/** Writes the workbook for `fill` as a real .xlsx file, reads it back with the xlsx reader and checks it. */
export async function writeAndCheck(def: Monitor, fill: UnitFill, file: string): Promise<CheckResult> {
  await writeWorkbookFile(await buildTemplateWorkbook(buildTemplate(def, { vul: fill })), file);
  return checkFile(file, def);
}

export async function checkFile(file: string, def: Monitor): Promise<CheckResult> {
  const input = await readXlsx(readFileSync(file), wantedSources(def), path.basename(file));
  return checkWorkbook(input, [def], null);
}

/** The national summary of one checked workbook (groups, shift, judged actions). */
export function summaryOf(def: Monitor, file: string, res: CheckResult): NationalReport {
  return aggregate(def, [{ bestand: path.basename(file), result: res.result }]);
}

/** The judgement and the read row of action `key`. */
export function actionOf(res: CheckResult, key: string): { oordeel: RowJudgement; row: RowValue } {
  if (!res.result.ok || !res.score) throw new Error(`niet gelezen: ${JSON.stringify(res.result.issues)}`);
  const oordeel = res.score.oordelen.acties.find((j) => j.sleutel === key);
  const row = res.result.ret.tabellen.acties.find((r) => r.sleutel === key);
  if (!oordeel || !row) throw new Error(`actie ${key} ontbreekt`);
  return { oordeel, row };
}
