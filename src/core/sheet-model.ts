/**
 * What to write to a sheet the add-in owns. Layout decisions (values, formats, fills, widths) are made
 * in the core; renderers (Office.js, ExcelJS) copy them to the host without deciding anything.
 */
import { columnLetters } from "./grid";

export type Rag = "groen" | "oranje" | "rood" | "grijs";

/** Cell fills a renderer must support. RAG colours plus a header fill. */
export type Fill = Rag | "kop";

/** RGB colours (no '#') of every fill, shared by both renderers. */
export const FILL_COLOURS: Record<Fill, string> = {
  groen: "C6EFCE",
  oranje: "FFD966",
  rood: "F4B6B6",
  grijs: "D9D9D9",
  kop: "DDEBF7",
};

/** RGB colours (no '#') of the series of a chart of answers, in the order of the scale's options. */
export const SERIES_COLOURS = ["2E75B6", "9DC3E6", "F4B183", "A9D18E", "FFE699", "C5A5CF", "8FAADC"];

/** The RGB colour (no '#') of a chart series, or null for the host's default. */
export function seriesColour(r: ChartModel["reeksen"][number]): string | null {
  if (r.kleur) return FILL_COLOURS[r.kleur];
  if (r.tint !== undefined) return SERIES_COLOURS[r.tint % SERIES_COLOURS.length];
  return null;
}

export type ModelValue = string | number | null;

export interface ModelCell {
  /**
   * The value. Strings are always written as text (never as a formula, even when they begin with
   * `=`, `+`, `-` or `@`). Dates are written as numbers (Excel serials) with a date format.
   */
  v: ModelValue;
  /** Excel number format, e.g. `0.0%` or `dd-mm-yyyy`. */
  fmt?: string;
  fill?: Fill;
  bold?: boolean;
  /** Wrap the text in the cell (header rows). */
  wrap?: boolean;
  /** Align the content to the right (the header of a column of numbers, so it stands over its figures). */
  rechts?: boolean;
  /** Internal hyperlink target, e.g. `'Regio × mijlpaal'!A5` or an A1 address on the same sheet. */
  link?: string;
  /**
   * Why the cell shows what it shows ("waarom is dit rood?"), emitted by the layout that creates the cell.
   * Renderers do not write it; the task pane indexes it (`src/core/engine/explain.ts`) to explain a selection.
   */
  uitleg?: CellExplanation;
}

/** Where a value came from. */
export interface SourceCell {
  /** The unit (region, …) the source belongs to, or null. */
  regio: string | null;
  bestand: string;
  blad: string;
  cel: string;
}

/** The explanation of one cell a layout writes. */
export interface CellExplanation {
  /** What the cell is, e.g. "M5 · % gerealiseerd" or "Gouda · Oordeel regio". */
  titel: string;
  /** The rule, in Dutch. */
  regel: string;
  /** The values that went in, one line each. */
  invoer: string[];
  /** The source cells (in returned workbooks, or in this workbook for a summary sheet). */
  bron: SourceCell[];
  /** True when the sources are in the workbook the sheet is in (then "Ga naar bron" can select them). */
  bronInDezeWerkmap: boolean;
}

export interface SheetModel {
  /** Sheet name (at most 31 characters, no []:*?/\). */
  name: string;
  /** Rows from row 1; every row has exactly `widths.length` cells. */
  rows: ModelCell[][];
  /** Column widths in characters, one per column. */
  widths: number[];
  /** Frozen rows at the top (the header rows). */
  freezeRows: number;
  /** Data bars for percentage columns: A1 ranges such as `D4:D40`, values between 0 and 1. */
  dataBars: string[];
  /** How the sheet prints (every writer writes it: page setup, print titles, header and footer). */
  afdruk: PrintSettings;
  /** Native charts on the sheet whose data are cells of this sheet (the overview sheet). */
  grafieken?: ChartModel[];
  /** Row heights in points for rows that need more than one line (wrapped header rows), by 1-based row. */
  rijHoogtes?: Record<number, number>;
  /** The workbook opens on this sheet (the national overview): writers make it the active sheet. */
  actief?: boolean;
  /** `veryHidden`: a sheet for the add-in only (Excel shows it nowhere; both renderers honour it). Default visible. */
  visibility?: "visible" | "veryHidden";
}

/**
 * Print settings of a sheet. Every sheet prints on A4 (landscape unless `staand`), one page wide (as many pages
 * tall as needed), with its header rows repeated on every page, a header with the monitor and peildatum and a
 * footer with the page numbers. The texts are plain text: writers escape them for the host (see
 * `headerFooterCodes`).
 */
export interface PrintSettings {
  /** Rows `titelVan` (default 1) to this row repeat at the top of every printed page (0: none). */
  titelRijen: number;
  /**
   * The first row that repeats (1-based, default 1): the header row, so that the title and the sheet's note
   * above it ("gemaakt met Regiomonitor …") print once, not on every page.
   */
  titelVan?: number;
  /** Portrait instead of landscape (a long, narrow sheet such as a factsheet). */
  staand?: boolean;
  /**
   * Only columns 1 to this column print (the print area); the columns right of it (explanations, sources)
   * stay on the sheet, one click away, but are not printed. Default: every column.
   */
  kolommen?: number;
  /**
   * Manual page breaks: each listed row (1-based) begins a new printed page, so that a chart is never cut
   * in two. Computed by the layout (`SheetBuilder`), written by every writer.
   */
  paginaEinden?: number[];
  /** Header text, e.g. "Regiomonitor RAK 2008–2010 · peildatum 01-07-2010". */
  koptekst: string;
  /** Footer text on the left (the sheet's name); "Pagina N van M" goes on the right. */
  voettekst: string;
}

/** The paper, orientation and scaling every writer gives every sheet (portrait when `staand`). */
export const PRINT_PAGE = {
  /** Paper size code of ECMA-376 (18.18.52 ST_PaperSize… `paperSize` 9 = A4); Office.js calls it "A4". */
  paperSizeCode: 9,
  orientation: "landscape",
  fitToWidth: 1,
  /** 0 = as many pages tall as needed (ECMA-376 18.3.1.63 `fitToHeight`). */
  fitToHeight: 0,
} as const;

/** Font every styled cell names explicitly (both file writers and the pane). */
export const SHEET_FONT = { name: "Calibri", size: 11 } as const;

/** `$3:$4`: the rows that repeat on every printed page, or null for none. */
export function printTitleRows(a: PrintSettings): string | null {
  if (a.titelRijen <= 0) return null;
  return `$${Math.min(a.titelVan ?? 1, a.titelRijen)}:$${a.titelRijen}`;
}

/** The orientation a sheet prints in. */
export function printOrientation(a: PrintSettings): "portrait" | "landscape" {
  return a.staand ? "portrait" : PRINT_PAGE.orientation;
}

/** `$A$1:$F$40`: the printed columns of a sheet that does not print all of them, else null. */
export function printAreaRef(m: SheetModel): string | null {
  const k = m.afdruk.kolommen;
  if (k === undefined || k >= m.widths.length) return null;
  return `$A$1:$${columnLetters(k)}$${Math.max(1, m.rows.length)}`;
}

/**
 * Page margins in inches, as every writer gives them. `pageRoom` and the page breaks a layout computes count
 * with them.
 */
export const PRINT_MARGINS = {
  left: 0.5,
  right: 0.5,
  top: 0.75,
  bottom: 0.75,
  header: 0.3,
  footer: 0.3,
} as const;

/** The footer's page numbers, in Excel's header/footer codes. */
export const PAGE_NUMBERS = "Pagina &P van &N";

/**
 * Excel's header/footer strings (ECMA-376 18.3.1.39): header centred, footer left (text) and right (page
 * numbers). `&` in a text is written `&&` so it is never read as a code. Office.js takes the sections apart.
 */
export function headerFooterCodes(a: PrintSettings): {
  header: string;
  footer: string;
  centerHeader: string;
  leftFooter: string;
  rightFooter: string;
} {
  const esc = (s: string) => s.replace(/&/g, "&&");
  const centerHeader = esc(a.koptekst);
  const leftFooter = esc(a.voettekst);
  const rightFooter = PAGE_NUMBERS;
  return {
    header: `&C${centerHeader}`,
    footer: `&L${leftFooter}&R${rightFooter}`,
    centerHeader,
    leftFooter,
    rightFooter,
  };
}

/** A native chart of cells on its own sheet (rows `van` to `tot`, 1-based; columns 1-based). */
export interface ChartModel {
  /** Chart title. */
  titel: string;
  /** `staaf`: one series of bars (e.g. % gerealiseerd); `gestapeld`: stacked bars, one series per column. */
  soort: "staaf" | "gestapeld";
  /** The category labels: this column, rows van..tot. */
  categorieKolom: number;
  /** The first and last data row. */
  van: number;
  tot: number;
  /**
   * The series: per column, its name in `kopRij` and a fill (RAG colour), or the `tint`-th colour of
   * SERIES_COLOURS (answers of a scale, in order), or neither (the default blue).
   */
  reeksen: { kolom: number; kleur?: Fill; tint?: number }[];
  /** The row holding the series names. */
  kopRij: number;
  /** Percentages (0..1, the axis runs to 100 %) or counts. */
  procent: boolean;
  /** Where the chart goes: top-left cell (1-based row and column) and its size in rows and columns. */
  plaats: { rij: number; kolom: number; rijen: number; kolommen: number };
}

/** The first cell of every sheet the add-in owns starts with this text; the add-in replaces only such sheets. */
export const OWNED_MARKER = "Regiomonitor ·";

export function isOwnedSheet(firstCell: unknown): boolean {
  return typeof firstCell === "string" && firstCell.startsWith(OWNED_MARKER);
}

/** Why the add-in refuses to write a sheet: a user's own sheet has the name (both hosts say the same). */
export function sheetNameTakenMessage(sheet: string): string {
  return `Er staat al een blad '${sheet}' dat niet door Regiomonitor is gemaakt. Hernoem of verwijder dat blad en probeer het opnieuw; uw eigen bladen worden nooit overschreven.`;
}

/**
 * The number format a renderer gives a cell. Text cells are formatted as text ("@"), so that a host keeps
 * text beginning with "=", "+", "-" or "@" as text (Office.js would otherwise make it a formula).
 */
export function cellNumberFormat(c: ModelCell): string {
  return typeof c.v === "string" ? "@" : (c.fmt ?? "General");
}
