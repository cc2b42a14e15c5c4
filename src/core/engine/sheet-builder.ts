/** A small helper to lay out a SheetModel row by row. */
import {
  OWNED_MARKER,
  type ChartModel,
  type ModelCell,
  type ModelValue,
  type SheetModel,
} from "../sheet-model";
import { a1 } from "../grid";

export type CellInput = ModelCell | ModelValue;

export const PERCENT = "0.0%";
export const INTEGER = "0";

export function cell(v: ModelValue, extra: Omit<ModelCell, "v"> = {}): ModelCell {
  return { v, ...extra };
}

/** How much wider bold text is than the width unit, and the height of one line of the sheet font. */
const BOLD = 1.1;
const LINE_POINTS = 15;
/**
 * How many letters of running text fit in one width unit (the width of a digit): a little over one, as
 * letters are on average narrower than digits. Kept low, so a wrapped row is rather too tall than cut off.
 */
const TEXT_PER_UNIT = 1.2;

/** The number of lines words take when wrapped at `width` characters. */
function wrappedLines(words: string[], width: number): number {
  let lines = 1;
  let used = 0;
  for (const w of words) {
    const need = used === 0 ? w.length : used + 1 + w.length;
    if (need <= width) used = need;
    else {
      lines++;
      used = w.length;
    }
  }
  return lines;
}

/**
 * The height in points a row needs for `text` wrapped in a column `width` characters wide (the standard
 * workbook's and the definition workbook's wrapped cells, which a host does not always grow by itself).
 */
export function wrappedHeight(text: string, width: number, bold = false): number {
  const w = ((width - 1) * TEXT_PER_UNIT) / (bold ? BOLD : 1);
  const lines = text.split("\n").reduce((n, p) => n + wrappedLines(p.split(/\s+/), w), 0);
  return Math.max(1, lines) * LINE_POINTS;
}

export class SheetBuilder {
  private readonly rows: ModelCell[][] = [];
  private readonly bars: string[] = [];
  private readonly charts: ChartModel[] = [];
  private readonly heights: Record<number, number> = {};
  private readonly widths: number[];
  private readonly wrapped = new Set<number>();
  /** 0-based indexes of the header rows, whose heights follow the final column widths. */
  private readonly headers: number[] = [];
  private freeze = 0;

  /**
   * `koptekst`: the printed page header (monitor and peildatum); the footer names the sheet and the pages.
   */
  constructor(
    private readonly name: string,
    widths: number[],
    private readonly koptekst: string,
  ) {
    this.widths = [...widths];
  }

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

  /**
   * A header row: bold on the header fill, wrapped, and every column at least as wide as the longest word of
   * its header, so a printed header is never cut off ("In voorbereidi").
   */
  header(labels: (string | null)[]): this {
    labels.forEach((l, i) => {
      if (l === null || i >= this.widths.length) return;
      const longest = Math.max(...l.split(/\s+/).map((w) => w.length));
      // Bold text is about a tenth wider than the width unit (the digit of the normal font).
      this.widths[i] = Math.max(this.widths[i], Math.ceil(longest * BOLD) + 2);
    });
    this.headers.push(this.rows.length);
    return this.row(labels.map((l) => cell(l, { bold: true, fill: "kop", wrap: true })));
  }

  /**
   * Each header row is as tall as its longest header in the final column widths (a later header may widen a
   * column), since a host does not always grow a wrapped row by itself.
   */
  private headerHeights(): void {
    for (const r of this.headers) {
      // A header counts one letter per width unit (not TEXT_PER_UNIT): a cut header is worse than a tall row.
      const lines = Math.max(1, ...this.rows[r].map((c, i) => this.linesOf(c, i, 1)));
      if (lines > 1) this.heights[r + 1] = lines * LINE_POINTS;
    }
  }

  /** The lines a cell's text takes in its column (0-based `col`), at `perUnit` letters per width unit. */
  private linesOf(c: ModelCell, col: number, perUnit: number): number {
    if (typeof c.v !== "string" || c.v === "") return 1;
    const width = ((this.widths[col] - 1) * perUnit) / (c.bold ? BOLD : 1);
    return c.v.split("\n").reduce((n, p) => n + wrappedLines(p.split(/\s+/), width), 0);
  }

  /**
   * Columns (1-based) of long text: below the frozen rows their text wraps within the column and each row is
   * as tall as its longest text, so a printed sheet keeps its text inside the table instead of running over
   * the columns to its right (which makes a page fitted to its width unreadably small).
   */
  wrapColumns(...cols: number[]): this {
    for (const c of cols) this.wrapped.add(c);
    return this;
  }

  /** Freezes everything above the next row. */
  freezeHere(): this {
    this.freeze = this.rows.length;
    return this;
  }

  /**
   * Adds data bars over a column (1-based) from row `from` to the last row written: over the data rows only,
   * that is the runs of numbers that are not bold (a bold number is a total, such as a Totaal row).
   */
  dataBar(col: number, from: number): this {
    const isData = (r: number) => {
      const c = this.rows[r - 1]?.[col - 1];
      return !!c && typeof c.v === "number" && !c.bold;
    };
    let r = from;
    while (r <= this.rows.length) {
      if (!isData(r)) {
        r++;
        continue;
      }
      let end = r;
      while (end + 1 <= this.rows.length && isData(end + 1)) end++;
      this.bars.push(`${a1(r, col)}:${a1(end, col)}`);
      r = end + 1;
    }
    return this;
  }

  /** Adds a native chart of cells of this sheet. */
  chart(c: ChartModel): this {
    this.charts.push(c);
    return this;
  }

  /**
   * Wraps the text of the long-text columns below the frozen rows and gives each row the height it needs. A
   * row taller than one line wraps all its cells, so they all start at the top and none runs over its
   * neighbour.
   */
  private wrapLongText(): void {
    for (let r = this.freeze; r < this.rows.length; r++) {
      const row = this.rows[r];
      let lines = 1;
      for (const col of this.wrapped) {
        const c = row[col - 1];
        if (!c || typeof c.v !== "string" || c.v === "") continue;
        c.wrap = true;
        lines = Math.max(lines, this.linesOf(c, col - 1, TEXT_PER_UNIT));
      }
      if (lines === 1) continue;
      row.forEach((c, col) => {
        if (c.v === null) return;
        c.wrap = true;
        lines = Math.max(lines, this.linesOf(c, col, TEXT_PER_UNIT));
      });
      this.heights[r + 1] = Math.max(this.heights[r + 1] ?? 0, lines * LINE_POINTS);
    }
  }

  build(): SheetModel {
    this.headerHeights();
    this.wrapLongText();
    return {
      name: this.name,
      rows: this.rows,
      widths: this.widths,
      freezeRows: this.freeze,
      dataBars: this.bars,
      afdruk: { titelRijen: this.freeze, koptekst: this.koptekst, voettekst: this.name },
      ...(this.charts.length > 0 ? { grafieken: this.charts } : {}),
      ...(Object.keys(this.heights).length > 0 ? { rijHoogtes: this.heights } : {}),
    };
  }
}

/** Internal link target for a cell on another sheet. */
export function sheetLink(sheet: string, cellAddress: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${cellAddress}`;
}
