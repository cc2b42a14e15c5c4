/**
 * Our one .xlsx writer, without ExcelJS. Every sheet the tool writes is first a `WriteSheet` (cells with their
 * style, widths, frozen rows, row heights, print settings, and what a sheet may hold besides: data bars, links
 * inside the workbook, an Excel table, data validations with input prompts, protection with unlocked input
 * cells, notes on cells, a hidden state) and is written by `worksheetXml`, every element in the order of
 * ECMA-376's CT_Worksheet. `workbookXlsx` packs sheets into a new workbook: the national report and the
 * comparison (`sheetsXlsx`, from SheetModels), the standard workbook (write-template.ts) and a definition
 * workbook (definition-workbook-write.ts); add-sheets.ts grafts the same sheet parts into a returned workbook.
 * Same input, same bytes: no dates, no random ids.
 */
import { a1 } from "../core/grid";
import {
  cellNumberFormat,
  FILL_COLOURS,
  headerFooterCodes,
  PRINT_MARGINS,
  PRINT_PAGE,
  printAreaRef,
  printOrientation,
  printTitleRows,
  SHEET_FONT,
  type ModelCell,
  type PrintSettings,
  type SheetModel,
} from "../core/sheet-model";
import { chartParts, type ChartParts } from "./chart-xml";
import { hyperlinkElements, qualifiedLocation, type InternalLink } from "./internal-links";
import { CT, escapeAttr, escapeXml, HEAD, MAIN, PKG_REL, REL, X14, XM } from "./ooxml";
import { zipParts } from "./zip-write";

export { escapeXml } from "./ooxml";

/** Excel's data bar colour and the link font colour. */
const DATA_BAR_COLOUR = "FF5B9BD5";
const LINK_COLOUR = "FF0563C1";

/** Built-in number formats (ECMA-376 18.8.30) that need no numFmt element. */
const BUILTIN_FORMATS: Record<string, number> = {
  General: 0,
  "0": 1,
  "0.00": 2,
  "#,##0": 3,
  "#,##0.00": 4,
  "0%": 9,
  "0.00%": 10,
  "@": 49,
};

/** The namespaces of SpreadsheetML and of relationships: transitional (as Excel saves) or strict. */
export interface Namespaces {
  main: string;
  rel: string;
}
export const TRANSITIONAL: Namespaces = { main: MAIN, rel: REL };
export const STRICT: Namespaces = {
  main: "http://purl.oclc.org/ooxml/spreadsheetml/main",
  rel: "http://purl.oclc.org/ooxml/officeDocument/relationships",
};

/** Where a package's own style collections end: the fonts, fills, borders and cell formats added come after. */
export interface StyleBase {
  fonts: number;
  fills: number;
  borders: number;
  cellXfs: number;
  /** The first free custom number format id (164 or above). */
  numFmtId: number;
}

/** How a cell looks: number format, fill (RGB, no alpha), font, alignment, and whether it stays unlocked. */
export interface CellStyle {
  fmt: string;
  fill?: string;
  bold?: boolean;
  italic?: boolean;
  link?: boolean;
  /** The font colour (RGB, no alpha) when it is not the reader's automatic one. */
  kleur?: string;
  /** Wrapped text, aligned to the top. */
  wrap?: boolean;
  rechts?: boolean;
  /** An input cell: open for editing when the sheet is protected. */
  unlocked?: boolean;
}

/** The style of a SheetModel cell (text is text: a string gets the `@` format). */
export function modelCellStyle(c: ModelCell): CellStyle {
  return {
    fmt: cellNumberFormat(c),
    fill: c.fill ? FILL_COLOURS[c.fill] : undefined,
    bold: c.bold,
    link: !!c.link,
    wrap: c.wrap,
    rechts: c.rechts,
  };
}

/** A font from its key: bold, italic and link as 0 or 1, then the colour (RGB) or nothing. */
function fontXml(key: string): string {
  const [bold, italic, link] = [key[0] === "1", key[1] === "1", key[2] === "1"];
  const colour = link ? LINK_COLOUR : key.length > 3 ? `FF${key.slice(3)}` : null;
  return `<font>${bold ? "<b/>" : ""}${italic ? "<i/>" : ""}${link ? "<u/>" : ""}<sz val="${SHEET_FONT.size}"/>${colour ? `<color rgb="${colour}"/>` : ""}<name val="${SHEET_FONT.name}"/><family val="2"/></font>`;
}
const EMPTY_BORDER = "<border><left/><right/><top/><bottom/><diagonal/></border>";

/**
 * The cell formats of a workbook: one per combination of number format, fill, font, alignment and lock. For a
 * new workbook (no `base`) the collections start with the defaults a styles part must have; for sheets added
 * to a workbook (`base`: its own collections) the new entries are numbered after the workbook's, and a cell
 * without any format keeps the workbook's default (0).
 */
export class Styles {
  private readonly formats = new Map<string, number>();
  private readonly fills: string[] = [];
  /** Plain, bold, link and bold link always (so that the first four font ids never move), italic when used. */
  private readonly fonts = ["000", "100", "001", "101"];
  private readonly xfs: string[] = [];
  private readonly xfIndex = new Map<string, number>([["0|0|0|0|0|0", 0]]);
  private readonly base: StyleBase;

  constructor(private readonly added?: StyleBase) {
    this.base = added ?? { fonts: 0, fills: 2, borders: 0, cellXfs: 0, numFmtId: 164 };
    if (!added) this.xfs.push('<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>');
  }

  /** The cellXfs index of a SheetModel cell (0: the default). */
  of(c: ModelCell): number {
    return this.style(modelCellStyle(c));
  }

  /** The cellXfs index of a style (0: the default). */
  style(c: CellStyle): number {
    let numFmtId = BUILTIN_FORMATS[c.fmt];
    if (numFmtId === undefined) {
      numFmtId = this.formats.get(c.fmt) ?? this.base.numFmtId + this.formats.size;
      this.formats.set(c.fmt, numFmtId);
    }
    let fill = 0;
    if (c.fill) {
      const i = this.fills.indexOf(c.fill);
      fill = 1 + (i >= 0 ? i : this.fills.push(c.fill) - 1);
    }
    const fontKey = `${c.bold ? 1 : 0}${c.italic ? 1 : 0}${c.link ? 1 : 0}${c.kleur ?? ""}`;
    let font = this.fonts.indexOf(fontKey);
    if (font < 0) font = this.fonts.push(fontKey) - 1;
    const wrap = c.wrap ? 1 : 0;
    const right = c.rechts ? 1 : 0;
    const open = c.unlocked ? 1 : 0;
    const key = `${numFmtId}|${fill}|${font}|${wrap}|${right}|${open}`;
    let xf = this.xfIndex.get(key);
    if (xf === undefined) {
      xf = this.base.cellXfs + this.xfs.length;
      this.xfIndex.set(key, xf);
      const fontId = this.base.fonts + font;
      const fillId = fill ? this.base.fills + fill - 1 : 0;
      const apply = [
        numFmtId ? ' applyNumberFormat="1"' : "",
        fontId ? ' applyFont="1"' : "",
        fillId ? ' applyFill="1"' : "",
        wrap || right ? ' applyAlignment="1"' : "",
        open ? ' applyProtection="1"' : "",
      ].join("");
      const head = `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${this.base.borders}" xfId="0"${apply}`;
      const align = [right ? ' horizontal="right"' : "", wrap ? ' vertical="top" wrapText="1"' : ""].join("");
      const inner = (align ? `<alignment${align}/>` : "") + (open ? '<protection locked="0"/>' : "");
      this.xfs.push(inner ? `${head}>${inner}</xf>` : `${head}/>`);
    }
    return xf;
  }

  /** The entries of each collection this writer adds (for a new workbook: all of them). */
  entries(): { numFmts: string[]; fonts: string[]; fills: string[]; borders: string[]; cellXfs: string[] } {
    const fills = this.fills.map(
      (rgb) => `<fill><patternFill patternType="solid"><fgColor rgb="FF${rgb}"/></patternFill></fill>`,
    );
    return {
      numFmts: [...this.formats].map(
        ([code, id]) => `<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`,
      ),
      fonts: this.fonts.map(fontXml),
      fills: this.added
        ? fills
        : [
            '<fill><patternFill patternType="none"/></fill>',
            '<fill><patternFill patternType="gray125"/></fill>',
            ...fills,
          ],
      borders: [EMPTY_BORDER],
      cellXfs: this.xfs,
    };
  }

  /** The styles part of a new workbook. */
  xml(ns: Namespaces = TRANSITIONAL): string {
    const e = this.entries();
    const list = (name: string, items: string[]) =>
      `<${name} count="${items.length}">${items.join("")}</${name}>`;
    return (
      `${HEAD}<styleSheet xmlns="${ns.main}">` +
      (e.numFmts.length > 0 ? list("numFmts", e.numFmts) : "") +
      list("fonts", e.fonts) +
      list("fills", e.fills) +
      list("borders", e.borders) +
      `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
      list("cellXfs", e.cellXfs) +
      `<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>` +
      `<dxfs count="0"/><tableStyles count="0"/></styleSheet>`
    );
  }
}

/** Text that keeps its leading and trailing spaces. */
const textElement = (s: string): string =>
  /^\s|\s$/.test(s) ? `<t xml:space="preserve">${escapeXml(s)}</t>` : `<t>${escapeXml(s)}</t>`;

/** The shared strings part: every text once. */
export class SharedStrings {
  private readonly index = new Map<string, number>();
  private count = 0;

  of(s: string): number {
    this.count += 1;
    let i = this.index.get(s);
    if (i === undefined) {
      i = this.index.size;
      this.index.set(s, i);
    }
    return i;
  }

  xml(): string {
    const items = [...this.index.keys()].map((s) => `<si>${textElement(s)}</si>`).join("");
    return `${HEAD}<sst xmlns="${MAIN}" count="${this.count}" uniqueCount="${this.index.size}">${items}</sst>`;
  }
}

/** One cell to write: its value (text is always text, never a formula), its style, a link inside the workbook. */
export interface WriteCell {
  v: string | number | null;
  style: CellStyle;
  /** The link's target, sheet-qualified (`'Regio × mijlpaal'!A5`). */
  link?: string;
}

/**
 * A data validation (ECMA-376 18.3.1.32) on a range: a list (`lijst`: the formula of its source, no `=`), or
 * none (only the input prompt). `fout` is the message when a value is not in the list; `stijl` whether Excel
 * refuses it (`stop`) or lets it through after a warning or a notice.
 */
export interface Validation {
  sqref: string;
  lijst: string | null;
  prompt?: { titel: string; tekst: string };
  fout?: { stijl: "stop" | "warning" | "information"; titel: string; tekst: string };
}

/** An Excel table (ListObject) over the sheet's first rows: a header row and its body rows, without filter buttons. */
export interface WriteTable {
  name: string;
  /** The header texts, one per column from A; the header cells of the sheet hold the same texts. */
  columns: string[];
  /** The body rows (at least one). */
  rows: number;
}

/** A sheet to write: the one shape every workbook of the tool is written from. */
export interface WriteSheet {
  name: string;
  /** Rows from row 1; null: no cell. */
  rows: (WriteCell | null)[][];
  /** Column widths in characters from column A. */
  widths: number[];
  freezeRows: number;
  /** Heights in points of rows, by 1-based row. */
  rowHeights: Record<number, number>;
  afdruk: PrintSettings;
  /** The printed columns when the sheet does not print all of them (`$A$1:$F$40`), or null. */
  printArea: string | null;
  state: "visible" | "hidden" | "veryHidden";
  /** Data bars for values between 0 and 1: A1 ranges. */
  dataBars: string[];
  validations: Validation[];
  /** Protected without a password: only the unlocked cells can be changed. */
  protect: boolean;
  table: WriteTable | null;
  /** Notes (comments) on cells: shown when the mouse is over the cell. */
  notes: { ref: string; tekst: string }[];
  /** The workbook opens on this sheet. */
  actief?: boolean;
}

/** A sheet with nothing but cells: the defaults of everything else. */
export function plainSheet(
  name: string,
  rows: (WriteCell | null)[][],
  afdruk: PrintSettings,
  more: Partial<WriteSheet> = {},
): WriteSheet {
  return {
    name,
    rows,
    widths: [],
    freezeRows: 0,
    rowHeights: {},
    afdruk,
    printArea: null,
    state: "visible",
    dataBars: [],
    validations: [],
    protect: false,
    table: null,
    notes: [],
    ...more,
  };
}

/** A SheetModel as a sheet to write (links made sheet-qualified, the print area from the printed columns). */
export function sheetOf(m: SheetModel): WriteSheet {
  return plainSheet(
    m.name,
    m.rows.map((row) =>
      row.map((c) =>
        c.v === null && !c.fill && !c.bold
          ? null
          : {
              v: typeof c.v === "number" && !Number.isFinite(c.v) ? null : c.v,
              style: modelCellStyle(c),
              ...(c.link && c.v !== null ? { link: qualifiedLocation(c.link, m.name) } : {}),
            },
      ),
    ),
    m.afdruk,
    {
      widths: m.widths,
      freezeRows: m.freezeRows,
      rowHeights: m.rijHoogtes ?? {},
      printArea: printAreaRef(m),
      state: m.visibility === "veryHidden" ? "veryHidden" : "visible",
      dataBars: m.dataBars,
      actief: m.actief,
    },
  );
}

/** A deterministic GUID for the n-th data bar of a workbook (Excel pairs a rule and its extension by id). */
const dataBarId = (n: number): string =>
  `{${n.toString(16).toUpperCase().padStart(8, "0")}-5B9B-4D5B-8000-000000000000}`;

/** The print elements of a sheet, in the schema's order (printOptions, pageMargins, pageSetup, headerFooter, rowBreaks). */
function printXml(a: PrintSettings): string {
  const hf = headerFooterCodes(a);
  const M = PRINT_MARGINS;
  // A break's id is the row after which the page ends (ECMA-376 18.3.1.3), so the row before the new page.
  const breaks = (a.paginaEinden ?? []).filter((r) => r > 1);
  return (
    '<printOptions gridLines="0" headings="0"/>' +
    `<pageMargins left="${M.left}" right="${M.right}" top="${M.top}" bottom="${M.bottom}" header="${M.header}" footer="${M.footer}"/>` +
    `<pageSetup paperSize="${PRINT_PAGE.paperSizeCode}" orientation="${printOrientation(a)}" fitToWidth="${PRINT_PAGE.fitToWidth}" fitToHeight="${PRINT_PAGE.fitToHeight}"/>` +
    `<headerFooter><oddHeader>${escapeXml(hf.header)}</oddHeader><oddFooter>${escapeXml(hf.footer)}</oddFooter></headerFooter>` +
    (breaks.length > 0
      ? `<rowBreaks count="${breaks.length}" manualBreakCount="${breaks.length}">${breaks.map((r) => `<brk id="${r - 1}" max="16383" man="1"/>`).join("")}</rowBreaks>`
      : "")
  );
}

/**
 * The print titles (`_xlnm.Print_Titles`) and print area (`_xlnm.Print_Area`) of a sheet as defined names,
 * or "" when it has neither.
 */
export function printTitlesName(s: WriteSheet, localSheetId: number): string {
  const sheet = `'${s.name.replace(/'/g, "''")}'`;
  const name = (n: string, ref: string) =>
    `<definedName name="_xlnm.${n}" localSheetId="${localSheetId}">${escapeXml(`${sheet}!${ref}`)}</definedName>`;
  const rows = printTitleRows(s.afdruk);
  return (s.printArea ? name("Print_Area", s.printArea) : "") + (rows ? name("Print_Titles", rows) : "");
}

function validationXml(v: Validation): string {
  const attrs = [
    v.lijst !== null ? ' type="list" allowBlank="1"' : "",
    v.prompt
      ? ` showInputMessage="1" promptTitle="${escapeAttr(v.prompt.titel)}" prompt="${escapeAttr(v.prompt.tekst)}"`
      : "",
    v.fout
      ? ` showErrorMessage="1" errorStyle="${v.fout.stijl}" errorTitle="${escapeAttr(v.fout.titel)}" error="${escapeAttr(v.fout.tekst)}"`
      : "",
  ].join("");
  const formula = v.lijst !== null ? `<formula1>${escapeAttr(v.lijst)}</formula1>` : "";
  return formula
    ? `<dataValidation${attrs} sqref="${v.sqref}">${formula}</dataValidation>`
    : `<dataValidation${attrs} sqref="${v.sqref}"/>`;
}

/** The relationship ids a worksheet part refers to (its sheet relationships part holds them). */
export interface SheetRels {
  drawing?: string;
  legacyDrawing?: string;
  table?: string;
}

/** How one worksheet is written: its workbook's styles and strings, and what it refers to besides its cells. */
export interface WorksheetOptions {
  styles: Styles;
  /** The workbook's shared strings, or null to write each text in its cell (`inlineStr`). */
  strings: SharedStrings | null;
  /** How many data bars the workbook's earlier sheets have (their ids are numbered on). */
  firstBar: number;
  rels: SheetRels;
  /** The sheet the workbook opens on. */
  active: boolean;
  ns?: Namespaces;
}

/** A worksheet part, every element in the order of ECMA-376's CT_Worksheet. */
export function worksheetXml(s: WriteSheet, o: WorksheetOptions): string {
  const { styles, strings, firstBar, rels, active } = o;
  const ns = o.ns ?? TRANSITIONAL;
  const out: string[] = [`${HEAD}<worksheet xmlns="${ns.main}" xmlns:r="${ns.rel}">`];
  // fitToPage makes the pageSetup's fitToWidth/fitToHeight count.
  out.push('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
  out.push(`<sheetViews><sheetView${active ? ' tabSelected="1"' : ""} workbookViewId="0">`);
  if (s.freezeRows > 0)
    out.push(
      `<pane ySplit="${s.freezeRows}" topLeftCell="A${s.freezeRows + 1}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft"/>`,
    );
  out.push('</sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/>');
  if (s.widths.length > 0)
    out.push(
      `<cols>${s.widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join("")}</cols>`,
    );
  out.push("<sheetData>");
  const links: InternalLink[] = [];
  const last = Math.max(s.rows.length, ...Object.keys(s.rowHeights).map(Number));
  for (let r = 0; r < last; r++) {
    const cells: string[] = [];
    (s.rows[r] ?? []).forEach((c, ci) => {
      if (c === null) return;
      const ref = a1(r + 1, ci + 1);
      const x = styles.style(c.style);
      const style = x > 0 ? ` s="${x}"` : "";
      if (typeof c.v === "string")
        cells.push(
          strings
            ? `<c r="${ref}"${style} t="s"><v>${strings.of(c.v)}</v></c>`
            : `<c r="${ref}"${style} t="inlineStr"><is>${textElement(c.v)}</is></c>`,
        );
      else if (typeof c.v === "number") cells.push(`<c r="${ref}"${style}><v>${c.v}</v></c>`);
      else cells.push(`<c r="${ref}"${style}/>`);
      if (c.link) links.push({ ref, location: c.link, display: String(c.v) });
    });
    const ht = s.rowHeights[r + 1];
    const height = ht ? ` ht="${ht}" customHeight="1"` : "";
    if (cells.length > 0 || height) out.push(`<row r="${r + 1}"${height}>${cells.join("")}</row>`);
  }
  out.push("</sheetData>");
  if (s.protect) out.push('<sheetProtection sheet="1" formatColumns="0" formatRows="0"/>');
  const bars = s.dataBars.map((ref, i) => ({ ref: escapeXml(ref), id: dataBarId(firstBar + i) }));
  for (const b of bars)
    out.push(
      `<conditionalFormatting sqref="${b.ref}"><cfRule type="dataBar" priority="1"><dataBar><cfvo type="num" val="0"/><cfvo type="num" val="1"/><color rgb="${DATA_BAR_COLOUR}"/></dataBar>` +
        `<extLst><ext uri="{B025F937-C7B1-47D3-B67F-A62EFF666E3E}" xmlns:x14="${X14}"><x14:id>${b.id}</x14:id></ext></extLst></cfRule></conditionalFormatting>`,
    );
  if (s.validations.length > 0)
    out.push(
      `<dataValidations count="${s.validations.length}">${s.validations.map(validationXml).join("")}</dataValidations>`,
    );
  if (links.length > 0) out.push(`<hyperlinks>${hyperlinkElements(links)}</hyperlinks>`);
  out.push(printXml(s.afdruk));
  if (rels.drawing) out.push(`<drawing r:id="${rels.drawing}"/>`);
  if (rels.legacyDrawing) out.push(`<legacyDrawing r:id="${rels.legacyDrawing}"/>`);
  if (rels.table) out.push(`<tableParts count="1"><tablePart r:id="${rels.table}"/></tableParts>`);
  if (bars.length > 0) {
    // Solid bars (gradient="0") are Excel 2010's extension of the rule above.
    const rules = bars
      .map(
        (b) =>
          `<x14:conditionalFormatting xmlns:xm="${XM}"><x14:cfRule type="dataBar" id="${b.id}"><x14:dataBar minLength="0" maxLength="100" gradient="0"><x14:cfvo type="num"><xm:f>0</xm:f></x14:cfvo><x14:cfvo type="num"><xm:f>1</xm:f></x14:cfvo></x14:dataBar></x14:cfRule><xm:sqref>${b.ref}</xm:sqref></x14:conditionalFormatting>`,
      )
      .join("");
    out.push(
      `<extLst><ext uri="{78C0D931-6437-407d-A8EE-F0AAD7539E65}" xmlns:x14="${X14}"><x14:conditionalFormattings>${rules}</x14:conditionalFormattings></ext></extLst>`,
    );
  }
  out.push("</worksheet>");
  return out.join("");
}

/** The table part of a sheet's table (id: unique in the workbook). Header cells must hold the column names. */
function tableXml(t: WriteTable, id: number): string {
  const ref = `A1:${a1(1 + Math.max(1, t.rows), t.columns.length)}`;
  const filters = t.columns.map((_, i) => `<filterColumn colId="${i}" hiddenButton="1"/>`).join("");
  const columns = t.columns.map((c, i) => `<tableColumn id="${i + 1}" name="${escapeAttr(c)}"/>`).join("");
  return (
    `${HEAD}<table xmlns="${MAIN}" id="${id}" name="${escapeAttr(t.name)}" displayName="${escapeAttr(t.name)}" ref="${ref}" headerRowCount="1" totalsRowShown="0">` +
    `<autoFilter ref="${ref}">${filters}</autoFilter><tableColumns count="${t.columns.length}">${columns}</tableColumns>` +
    '<tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>'
  );
}

/** The comments part of a sheet's notes (ECMA-376 18.7). */
function commentsXml(notes: WriteSheet["notes"]): string {
  const list = notes
    .map((n) => `<comment ref="${n.ref}" authorId="0"><text><r>${textElement(n.tekst)}</r></text></comment>`)
    .join("");
  return `${HEAD}<comments xmlns="${MAIN}"><authors><author>Regiomonitor</author></authors><commentList>${list}</commentList></comments>`;
}

/**
 * The VML drawing Excel needs to show notes (ECMA-376 part 4, legacy): one hidden text box per note, anchored
 * beside its cell. `shapeBlock`: a number unique in the workbook (the shapes' ids are numbered from it).
 */
function notesVml(notes: WriteSheet["notes"], shapeBlock: number): string {
  const shapes = notes
    .map((n, i) => {
      const m = /^([A-Z]+)(\d+)$/.exec(n.ref);
      const col = m ? [...m[1]].reduce((k, ch) => k * 26 + ch.charCodeAt(0) - 64, 0) - 1 : 0;
      const row = m ? Number(m[2]) - 1 : 0;
      return (
        `<v:shape id="_x0000_s${shapeBlock * 1024 + i + 1}" type="#_x0000_t202" style="position:absolute;margin-left:80pt;margin-top:2pt;width:220pt;height:90pt;z-index:${i + 1};visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">` +
        '<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/><v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>' +
        `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${col + 1}, 15, ${row}, 2, ${col + 4}, 15, ${row + 6}, 2</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>${row}</x:Row><x:Column>${col}</x:Column></x:ClientData></v:shape>`
      );
    })
    .join("");
  return (
    '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">' +
    `<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${shapeBlock}"/></o:shapelayout>` +
    '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>' +
    `${shapes}</xml>`
  );
}

const relationshipsXml = (rels: [string, string, string][]): string =>
  `${HEAD}<Relationships xmlns="${PKG_REL}">${rels
    .map(
      ([id, type, target]) =>
        `<Relationship Id="${id}" Type="${REL}/${type}" Target="${escapeXml(target)}"/>`,
    )
    .join("")}</Relationships>`;

/**
 * The .xlsx bytes of a new workbook holding exactly `sheets`, in order. `charts`: the chart parts of sheets
 * made from SheetModels (`chartParts`, by sheet index).
 */
export function workbookXlsx(sheets: WriteSheet[], charts: ChartParts = chartParts([])): Buffer {
  const names = new Set<string>();
  for (const s of sheets) {
    if (names.has(s.name.toLowerCase())) throw new Error(`blad '${s.name}' staat twee keer in het model`);
    names.add(s.name.toLowerCase());
  }
  const styles = new Styles();
  const strings = new SharedStrings();
  const files: Record<string, string> = { ...charts.files };
  const types: [string, string][] = [...charts.types];
  let bars = 0;
  let tables = 0;
  let notes = 0;
  // The workbook opens on the sheet that asks for it (the overview), else on its first visible sheet.
  const opens = sheets.findIndex((s) => s.actief && s.state === "visible");
  const active = opens >= 0 ? opens : sheets.findIndex((s) => s.state === "visible");
  sheets.forEach((s, i) => {
    const part = `sheet${i + 1}.xml`;
    const rels: [string, string, string][] = [];
    const ids: SheetRels = {};
    const drawing = charts.drawings.get(i);
    if (drawing) rels.push([(ids.drawing = `rId${rels.length + 1}`), "drawing", `../drawings/${drawing}`]);
    if (s.notes.length > 0) {
      notes += 1;
      files[`xl/comments${notes}.xml`] = commentsXml(s.notes);
      files[`xl/drawings/vmlDrawing${notes}.vml`] = notesVml(s.notes, notes);
      types.push([`/xl/comments${notes}.xml`, `${CT}.comments+xml`]);
      rels.push([`rId${rels.length + 1}`, "comments", `../comments${notes}.xml`]);
      rels.push([
        (ids.legacyDrawing = `rId${rels.length + 1}`),
        "vmlDrawing",
        `../drawings/vmlDrawing${notes}.vml`,
      ]);
    }
    if (s.table) {
      tables += 1;
      files[`xl/tables/table${tables}.xml`] = tableXml(s.table, tables);
      types.push([`/xl/tables/table${tables}.xml`, `${CT}.table+xml`]);
      rels.push([(ids.table = `rId${rels.length + 1}`), "table", `../tables/table${tables}.xml`]);
    }
    files[`xl/worksheets/${part}`] = worksheetXml(s, {
      styles,
      strings,
      firstBar: bars,
      rels: ids,
      active: i === active,
    });
    if (rels.length > 0) files[`xl/worksheets/_rels/${part}.rels`] = relationshipsXml(rels);
    bars += s.dataBars.length;
  });
  const titles = sheets.map((s, i) => printTitlesName(s, i)).join("");
  files["xl/workbook.xml"] =
    `${HEAD}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><bookViews><workbookView${active > 0 ? ` activeTab="${active}" firstSheet="${active}"` : ""}/></bookViews><sheets>${sheets
      .map(
        (s, i) =>
          `<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}"${s.state !== "visible" ? ` state="${s.state}"` : ""} r:id="rId${i + 3}"/>`,
      )
      .join("")}</sheets>${titles ? `<definedNames>${titles}</definedNames>` : ""}</workbook>`;
  files["xl/_rels/workbook.xml.rels"] = relationshipsXml([
    ["rId1", "styles", "styles.xml"],
    ["rId2", "sharedStrings", "sharedStrings.xml"],
    ...sheets.map((_, i): [string, string, string] => [
      `rId${i + 3}`,
      "worksheet",
      `worksheets/sheet${i + 1}.xml`,
    ]),
  ]);
  files["xl/styles.xml"] = styles.xml();
  files["xl/sharedStrings.xml"] = strings.xml();
  files["_rels/.rels"] = relationshipsXml([["rId1", "officeDocument", "xl/workbook.xml"]]);
  files["[Content_Types].xml"] =
    `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
    (notes > 0
      ? '<Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/>'
      : "") +
    `<Override PartName="/xl/workbook.xml" ContentType="${CT}.sheet.main+xml"/>` +
    sheets
      .map(
        (_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${CT}.worksheet+xml"/>`,
      )
      .join("") +
    types.map(([part, type]) => `<Override PartName="${part}" ContentType="${type}"/>`).join("") +
    `<Override PartName="/xl/styles.xml" ContentType="${CT}.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="${CT}.sharedStrings+xml"/></Types>`;
  // [Content_Types].xml first, as Office writes it.
  const ct = "[Content_Types].xml";
  return zipParts([[ct, files[ct]], ...Object.entries(files).filter(([k]) => k !== ct)]);
}

/** The .xlsx bytes of a new workbook holding exactly the sheets of `models` (national report, comparison), in order. */
export function sheetsXlsx(models: SheetModel[]): Buffer {
  return workbookXlsx(models.map(sheetOf), chartParts(models));
}
