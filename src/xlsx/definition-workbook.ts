/**
 * Reading a monitor definition workbook (.xlsx) with the one reader (read-xlsx.ts), on the command line and
 * in the task pane. The sheets are docs/definitions.md's contract; definition-workbook-write.ts writes them.
 */
import type { MonitorLoad } from "../core/model";
import { definitionFromSheets } from "../core/model/xlsform";
import { readXlsx } from "./read-xlsx";

/** No Excel table can be named this, so every sheet is read whole. */
const NO_TABLE = " ";

/** Reads a definition workbook; throws UnreadableFileError when the file is no readable workbook. */
export async function readDefinitionWorkbook(buf: Uint8Array, bestand: string): Promise<MonitorLoad> {
  const names = (await readXlsx(buf, [], bestand)).bladen;
  const input = await readXlsx(
    buf,
    names.map((sheet) => ({ sheet, table: NO_TABLE })),
    bestand,
  );
  return definitionFromSheets(input.grids, bestand);
}
