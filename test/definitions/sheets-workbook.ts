/** A definition workbook from explicit sheets (header row first), written by our own sheet writer. */
import type { RawValue } from "../../src/core/grid";
import { sheetsXlsx } from "../../src/xlsx/sheet-writer";

export function definitionWorkbook(sheets: Record<string, RawValue[][]>): Buffer {
  return sheetsXlsx(
    Object.entries(sheets).map(([name, rows]) => {
      const cols = Math.max(...rows.map((r) => r.length));
      return {
        name,
        rows: rows.map((r) =>
          Array.from({ length: cols }, (_, c) => {
            const v = r[c] ?? null;
            return { v: typeof v === "string" || typeof v === "number" ? v : null };
          }),
        ),
        widths: Array.from({ length: cols }, () => 20),
        freezeRows: 1,
        dataBars: [],
        afdruk: { titelRijen: 1, koptekst: "Definitie", voettekst: name },
      };
    }),
  );
}
