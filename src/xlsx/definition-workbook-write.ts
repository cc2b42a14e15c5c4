/**
 * Writing a monitor's definition workbook (.xlsx) with the own sheet writer (sheet-writer.ts, Node only):
 * `regiomonitor definitie export ID --xlsx`. Read back by definition-workbook.ts.
 */
import type { Grid, RawValue } from "../core/grid";
import type { Monitor } from "../core/model";
import { definitionToSheets } from "../core/model/xlsform";
import type { ModelCell, SheetModel } from "../core/sheet-model";
import { sheetsXlsx } from "./sheet-writer";

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
    afdruk: { titelRijen: 1, koptekst: "Definitie van een monitor (Regiomonitor)", voettekst: g.sheet },
  };
}

/** The .xlsx bytes of a monitor's definition workbook. */
export function definitionWorkbookBytes(def: Monitor): Buffer {
  return sheetsXlsx(definitionToSheets(def).map(sheetModel));
}
