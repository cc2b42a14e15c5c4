/** A small helper to lay out a SheetModel row by row. */
import { OWNED_MARKER, type ModelCell, type ModelValue, type SheetModel } from "../sheet-model";
import { a1 } from "../grid";

export type CellInput = ModelCell | ModelValue;

export const PERCENT = "0.0%";
export const INTEGER = "0";

export function cell(v: ModelValue, extra: Omit<ModelCell, "v"> = {}): ModelCell {
  return { v, ...extra };
}

export class SheetBuilder {
  private readonly rows: ModelCell[][] = [];
  private readonly bars: string[] = [];
  private freeze = 0;

  constructor(
    private readonly name: string,
    private readonly widths: number[],
  ) {}

  /** Row 1: the ownership marker and the title. */
  title(text: string): this {
    return this.row([cell(`${OWNED_MARKER} ${text}`, { bold: true })]);
  }

  /** 1-based number of the next row. */
  get nextRow(): number {
    return this.rows.length + 1;
  }

  row(cells: CellInput[]): this {
    const r: ModelCell[] = cells.map((c) => (c !== null && typeof c === "object" ? c : { v: c }));
    while (r.length < this.widths.length) r.push({ v: null });
    this.rows.push(r.slice(0, this.widths.length));
    return this;
  }

  blank(): this {
    return this.row([]);
  }

  header(labels: (string | null)[]): this {
    return this.row(labels.map((l) => cell(l, { bold: true, fill: "kop" })));
  }

  /** Freezes everything above the next row. */
  freezeHere(): this {
    this.freeze = this.rows.length;
    return this;
  }

  /** Adds a data bar over a column (1-based) from row `from` to the last row written. */
  dataBar(col: number, from: number): this {
    const to = this.rows.length;
    if (to >= from) this.bars.push(`${a1(from, col)}:${a1(to, col)}`);
    return this;
  }

  build(): SheetModel {
    return {
      name: this.name,
      rows: this.rows,
      widths: this.widths,
      freezeRows: this.freeze,
      dataBars: this.bars,
    };
  }
}

/** Internal link target for a cell on another sheet. */
export function sheetLink(sheet: string, cellAddress: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${cellAddress}`;
}
