/** Helpers for the action-monitor tests: real .xlsx files written through the template path and read back. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { findActionDefinition } from "../legacy/core/definition";
import {
  actionWantedSources,
  buildActionTemplate,
  checkActionWorkbook,
  type ActionCheckResult,
  type ActionDefinition,
  type ActionFill,
} from "../legacy/core/actions";
import { readXlsx } from "../../src/xlsx/read-xlsx";
import { templateWorkbook } from "../../src/xlsx/write-template";
import { writeWorkbookFile } from "../../src/xlsx/files";
import { ROOT } from "../helpers/files";

export const DEF_2013: ActionDefinition = findActionDefinition("actiemonitor-2013")!;
export const DEF_2018: ActionDefinition = findActionDefinition("ghnt-2018")!;

export const csvText = (name: string): string => readFileSync(path.join(ROOT, "data", name), "utf8");

/** Writes the workbook for `fills` as a real .xlsx file, reads it back with the ExcelJS adapter and checks it. */
export async function writeAndCheck(
  def: ActionDefinition,
  fills: Record<string, ActionFill>,
  file: string,
): Promise<ActionCheckResult> {
  await writeWorkbookFile(templateWorkbook(buildActionTemplate(def, fills)), file);
  return checkFile(file, def);
}

export async function checkFile(file: string, def: ActionDefinition): Promise<ActionCheckResult> {
  return checkActionWorkbook(
    await readXlsx(readFileSync(file), actionWantedSources(def), path.basename(file)),
    [def],
  );
}
