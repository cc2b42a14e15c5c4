/** A small helper to lay out a SheetModel row by row. */
import {
  OWNED_MARKER,
  PRINT_MARGINS,
  type ChartModel,
  type ModelCell,
  type ModelValue,
  type PrintSettings,
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
 * How many letters of running text fit in one width unit (the width of a digit). Measured in LibreOffice's
 * print of a factsheet: "Capaciteit AMK aangepast aan de toename van adviesvragen en" (59 letters) filled a
 * line of a column 60 wide; 1.2 left such rows a line short, so the next row printed over their text.
 * Kept low, so a wrapped row is rather too tall than cut off.
 */
const TEXT_PER_UNIT = 1.0;

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
  /** 1-based first column that does not print (explanations, sources), or null when all print. */
  private unprinted: number | null = null;
  private portrait = false;
  /** Row ranges (1-based, inclusive) a page break must not cut: a chart, with its table when it fits. */
  private readonly blocks: { from: number; to: number; chartFrom: number }[] = [];
  /** The first row of the block the next chart closes (`startBlock`). */
  private blockStart: number | null = null;

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

  /**
   * Columns from `col` (1-based) on hold explanations or sources: they stay on the sheet, one click away,
   * but do not print, do not wrap and so never set the height of a printed row.
   */
  explanationsFrom(col: number): this {
    this.unprinted = col;
    return this;
  }

  /** The sheet prints portrait (a long, narrow sheet). */
  printPortrait(): this {
    this.portrait = true;
    return this;
  }

  /** The next row begins a block that ends with the next chart: a page break keeps them together. */
  startBlock(): this {
    this.blockStart = this.nextRow;
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
    const to = c.plaats.rij + c.plaats.rijen - 1;
    const last = this.blocks[this.blocks.length - 1];
    // Charts side by side (the same rows) share one block.
    if (last && last.chartFrom === c.plaats.rij) last.to = Math.max(last.to, to);
    else this.blocks.push({ from: this.blockStart ?? c.plaats.rij, to, chartFrom: c.plaats.rij });
    this.blockStart = null;
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
        if (this.unprinted !== null && col >= this.unprinted) continue;
        const c = row[col - 1];
        if (!c || typeof c.v !== "string" || c.v === "") continue;
        c.wrap = true;
        lines = Math.max(lines, this.linesOf(c, col - 1, TEXT_PER_UNIT));
      }
      if (lines === 1) continue;
      row.forEach((c, col) => {
        if (c.v === null || (this.unprinted !== null && col + 1 >= this.unprinted)) return;
        c.wrap = true;
        lines = Math.max(lines, this.linesOf(c, col, TEXT_PER_UNIT));
      });
      this.heights[r + 1] = Math.max(this.heights[r + 1] ?? 0, lines * LINE_POINTS);
    }
  }

  /**
   * A header over a column of numbers is right-aligned, as its numbers are: the cells below it up to the next
   * header or blank row are all numbers (at least one).
   */
  private alignHeaders(): void {
    for (const h of this.headers) {
      this.rows[h].forEach((head, col) => {
        if (typeof head.v !== "string") return;
        let numbers = 0;
        for (let r = h + 1; r < this.rows.length && !this.headers.includes(r); r++) {
          const row = this.rows[r];
          if (row.every((c) => c.v === null)) break;
          const v = row[col].v;
          if (typeof v === "number") numbers++;
          else if (v !== null) return;
        }
        if (numbers > 0) head.rechts = true;
      });
    }
  }

  /**
   * The rows that repeat on every printed page: the header row among the frozen rows and the rows below it,
   * not the title and the sheet's note above it (they print once). None when the frozen rows have no header.
   */
  private titleRows(): Pick<PrintSettings, "titelRijen" | "titelVan"> {
    const h = this.headers.find((r) => r < this.freeze);
    if (h === undefined) return { titelRijen: 0 };
    return { titelRijen: this.freeze, ...(h > 0 ? { titelVan: h + 1 } : {}) };
  }

  build(): SheetModel {
    this.headerHeights();
    this.wrapLongText();
    this.alignHeaders();
    const kolommen =
      this.unprinted !== null && this.unprinted <= this.widths.length ? this.unprinted - 1 : undefined;
    const titles = this.titleRows();
    const afdruk: PrintSettings = {
      ...titles,
      koptekst: this.koptekst,
      voettekst: this.name,
      ...(this.portrait ? { staand: true } : {}),
      ...(kolommen !== undefined ? { kolommen } : {}),
    };
    const breaks = pageBreaks(
      this.rows.length,
      (r) => this.heights[r] ?? LINE_POINTS,
      this.blocks,
      printScale(this.widths.slice(0, kolommen ?? this.widths.length), this.portrait),
      titles.titelRijen > 0 ? [titles.titelVan ?? 1, titles.titelRijen] : null,
      this.portrait,
    );
    if (breaks.length > 0) afdruk.paginaEinden = breaks;
    return {
      name: this.name,
      rows: this.rows,
      widths: this.widths,
      freezeRows: this.freeze,
      dataBars: this.bars,
      afdruk,
      ...(this.charts.length > 0 ? { grafieken: this.charts } : {}),
      ...(Object.keys(this.heights).length > 0 ? { rijHoogtes: this.heights } : {}),
    };
  }
}

/** A4 in points (72 per inch). */
const A4 = { short: 595, long: 842 };
/** Pixels per width unit of a column (the digit width of Calibri 11) and per column for its padding. */
const PX_PER_UNIT = 7;
const PX_PER_COLUMN = 5;
/** What a page holds is estimated a little low, so the host never breaks inside a block before we do. */
const PAGE_SAFETY = 0.95;

/** The printable width and height of an A4 page in points, within the margins every writer sets. */
function printableArea(portrait: boolean): { width: number; height: number } {
  const [w, h] = portrait ? [A4.short, A4.long] : [A4.long, A4.short];
  const M = PRINT_MARGINS;
  return { width: w - 72 * (M.left + M.right), height: h - 72 * (M.top + M.bottom) };
}

/** The scale a sheet prints at, fitted to one page wide (never enlarged), estimated from its column widths. */
export function printScale(widths: number[], portrait: boolean): number {
  const px = widths.reduce((n, w) => n + Math.trunc(w * PX_PER_UNIT + PX_PER_COLUMN), 0);
  // Points are 3/4 of a pixel at 96 dpi.
  return Math.min(1, printableArea(portrait).width / (px * 0.75));
}

/**
 * Manual page breaks (rows that begin a page) so that no block (a chart, with its table) is cut: where a block
 * does not fit on what is left of a page but fits on a page of its own, it begins a new page. Every page up to
 * the last block ends at a manual break, so the host's own breaks (which differ per host: LibreOffice's rows
 * are lower than Excel's) never fall inside a block. The estimate is on the safe side: rows at Excel's
 * height, the printed scale from the column widths alone, the title rows repeated. Sheets without blocks
 * break where the host breaks them.
 */
export function pageBreaks(
  rowCount: number,
  height: (row: number) => number,
  blocks: readonly { from: number; to: number; chartFrom: number }[],
  scale: number,
  titles: [number, number] | null,
  portrait: boolean,
): number[] {
  if (blocks.length === 0) return [];
  const room = (printableArea(portrait).height * PAGE_SAFETY) / scale;
  const sum = (a: number, b: number) => {
    let n = 0;
    for (let r = a; r <= b; r++) n += height(r);
    return n;
  };
  const repeated = titles ? sum(titles[0], titles[1]) : 0;
  const lastRow = Math.min(rowCount, Math.max(...blocks.map((b) => b.to)));
  const breaks: number[] = [];
  let used = 0;
  const newPage = (r: number) => {
    if (r > 1 && breaks[breaks.length - 1] !== r) breaks.push(r);
    used = repeated;
  };
  let r = 1;
  while (r <= lastRow) {
    const block = blocks.find((b) => b.from === r || b.chartFrom === r);
    // A table with its chart, or the chart alone when the two do not fit on one page together.
    const from =
      block && block.from === r && sum(block.from, block.to) + repeated <= room
        ? block.from
        : block?.chartFrom;
    if (block && from === r) {
      const h = sum(r, block.to);
      if (used > repeated && used + h > room) newPage(r);
      used += h;
      r = block.to + 1;
      // A block taller than a page: the host breaks it where it must.
      if (used > room) newPage(r);
      continue;
    }
    if (used > repeated && used + height(r) > room) newPage(r);
    used += height(r);
    r++;
  }
  return breaks.filter((b) => b <= lastRow);
}

/** Internal link target for a cell on another sheet. */
export function sheetLink(sheet: string, cellAddress: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${cellAddress}`;
}
