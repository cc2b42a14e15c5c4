/**
 * Reading a monitor definition workbook (.xlsx) with the one reader (read-xlsx.ts), on the command line and
 * in the task pane. The sheets are docs/definitions.md's contract; definition-workbook-write.ts writes them.
 */
import { makeIssue } from "../core/issues";
import type { MonitorLoad } from "../core/model";
import { definitionFromSheets } from "../core/model/xlsform";
import { readWorkbook } from "./read-xlsx";
import { UnreadableFileError } from "./unreadable";

/**
 * Reads a definition workbook, every sheet whole, in one pass; throws UnreadableFileError when the file is no
 * readable workbook.
 */
export async function readDefinitionWorkbook(buf: Uint8Array, bestand: string): Promise<MonitorLoad> {
  const input = await readWorkbook(buf, ({ bladen }) => ({ tables: [], sheets: bladen }), bestand);
  return definitionFromSheets(input.grids, bestand);
}

/** As `readDefinitionWorkbook`, but a file that is no readable workbook is a load with its Dutch reason. */
export async function loadDefinitionWorkbook(buf: Uint8Array, bestand: string): Promise<MonitorLoad> {
  try {
    return await readDefinitionWorkbook(buf, bestand);
  } catch (e) {
    if (e instanceof UnreadableFileError)
      return { ok: false, fouten: [makeIssue("bestand_onleesbaar", { bestand }, { reden: e.reden })] };
    throw e;
  }
}
