/**
 * Monitor definitions as .xlsx workbooks: read with the one reader (read-xlsx.ts; also in the task pane)
 * and written with the own sheet writer (sheet-writer.ts). The sheets are docs/definitions.md's contract.
 */
import type { Grid, RawValue } from "../core/grid";
import type { MonitorLoad, Monitor } from "../core/model";
import { definitionFromSheets, definitionToSheets } from "../core/model/xlsform";
import type { ModelCell, SheetModel } from "../core/sheet-model";
import { readXlsx } from "./read-xlsx";
import { sheetsXlsx } from "./sheet-writer";

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

const width = (values: RawValue[][], c: number): number =>
  Math.min(
    60,
    Math.max(
      8,
      ...values.map((r) => {
        const v = r[c];
        const longest =
          v === null || v === undefined
            ? 0
            : Math.max(
                ...String(v)
                  .split("\n")
                  .map((l) => l.length),
              );
        return longest + 2;
      }),
    ),
  );

function sheetModel(g: Grid): SheetModel {
  const cols = Math.max(1, ...g.values.map((r) => r.length));
  const rows: ModelCell[][] = g.values.map((r, i) =>
    Array.from({ length: cols }, (_, c) => {
      const v = r[c] ?? null;
      const value = typeof v === "string" || typeof v === "number" ? v : null;
      return i === 0 ? { v: value, bold: true, fill: "kop" as const } : { v: value };
    }),
  );
  return {
    name: g.sheet,
    rows,
    widths: Array.from({ length: cols }, (_, c) => width(g.values, c)),
    freezeRows: 1,
    dataBars: [],
  };
}

/** The .xlsx bytes of a monitor's definition workbook. */
export function definitionWorkbookBytes(def: Monitor): Buffer {
  return sheetsXlsx(definitionToSheets(def).map(sheetModel));
}
