/**
 * A new workbook of SheetModels (the national report, a comparison) written straight to .xlsx XML, without
 * ExcelJS: the command line's `aggregate` and `compare` need only what a SheetModel holds, and loading and
 * running ExcelJS took most of their time. It writes what `renderSheets` writes through ExcelJS (values,
 * text as text, number formats, fills, bold, links inside the workbook, widths, frozen rows, data bars);
 * a parity test holds the two to the same cells. Same models, same bytes: no dates, no random ids.
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
  type Fill,
  type ModelCell,
  type SheetModel,
} from "../core/sheet-model";
import { chartParts, sheetDrawingRelsXml } from "./chart-xml";
import { hyperlinkElements, qualifiedLocation, type InternalLink } from "./internal-links";
import { zipParts } from "./zip-write";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
const X14 = "http://schemas.microsoft.com/office/spreadsheetml/2009/9/main";
const XM = "http://schemas.microsoft.com/office/excel/2006/main";
const CT = "application/vnd.openxmlformats-officedocument.spreadsheetml";
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
/** Excel's data bar colour and the link font colour, as the ExcelJS renderer writes them. */
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

/** Characters XML 1.0 does not allow (a returned workbook cannot hold them, but a model string might). */
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

export const escapeXml = (s: string): string =>
  s
    .replace(NOT_XML, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");

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

/** The four fonts of our cells: plain, bold, link, bold link (index = bold + 2 × link). */
const FONTS = [false, true].flatMap((link) =>
  [false, true].map(
    (bold) =>
      `<font>${bold ? "<b/>" : ""}${link ? "<u/>" : ""}<sz val="${SHEET_FONT.size}"/>${link ? `<color rgb="${LINK_COLOUR}"/>` : ""}<name val="${SHEET_FONT.name}"/><family val="2"/></font>`,
  ),
);
const EMPTY_BORDER = "<border><left/><right/><top/><bottom/><diagonal/></border>";

/**
 * The cell formats of the models: one per combination of number format, fill, bold, link and wrap. For a new
 * workbook (no `base`) the collections start with the defaults a styles part must have; for sheets added to a
 * workbook (`base`: its own collections) the new entries are numbered after the workbook's, and a cell without
 * any format keeps the workbook's default (0).
 */
export class Styles {
  private readonly formats = new Map<string, number>();
  private readonly fills: Fill[] = [];
  private readonly xfs: string[] = [];
  private readonly xfIndex = new Map<string, number>([["0|0|0|0|0", 0]]);
  private readonly base: StyleBase;

  constructor(private readonly added?: StyleBase) {
    this.base = added ?? { fonts: 0, fills: 2, borders: 0, cellXfs: 0, numFmtId: 164 };
    if (!added) this.xfs.push('<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>');
  }

  /** The cellXfs index of a cell (0: the default). */
  of(c: ModelCell): number {
    const fmt = cellNumberFormat(c);
    let numFmtId = BUILTIN_FORMATS[fmt];
    if (numFmtId === undefined) {
      numFmtId = this.formats.get(fmt) ?? this.base.numFmtId + this.formats.size;
      this.formats.set(fmt, numFmtId);
    }
    let fill = 0;
    if (c.fill) {
      const i = this.fills.indexOf(c.fill);
      fill = 1 + (i >= 0 ? i : this.fills.push(c.fill) - 1);
    }
    const font = (c.bold ? 1 : 0) + (c.link ? 2 : 0);
    const wrap = c.wrap ? 1 : 0;
    const right = c.rechts ? 1 : 0;
    const key = `${numFmtId}|${fill}|${font}|${wrap}|${right}`;
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
      ].join("");
      const head = `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${this.base.borders}" xfId="0"${apply}`;
      const align = [right ? ' horizontal="right"' : "", wrap ? ' vertical="top" wrapText="1"' : ""].join("");
      this.xfs.push(align ? `${head}><alignment${align}/></xf>` : `${head}/>`);
    }
    return xf;
  }

  /** The entries of each collection this writer adds (for a new workbook: all of them). */
  entries(): { numFmts: string[]; fonts: string[]; fills: string[]; borders: string[]; cellXfs: string[] } {
    const fills = this.fills.map(
      (f) =>
        `<fill><patternFill patternType="solid"><fgColor rgb="FF${FILL_COLOURS[f]}"/></patternFill></fill>`,
    );
    return {
      numFmts: [...this.formats].map(
        ([code, id]) => `<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`,
      ),
      fonts: FONTS,
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

/** A deterministic GUID for the n-th data bar of a workbook (Excel pairs a rule and its extension by id). */
const dataBarId = (n: number): string =>
  `{${n.toString(16).toUpperCase().padStart(8, "0")}-5B9B-4D5B-8000-000000000000}`;

/**
 * The print elements of a sheet, in the schema's order (printOptions, pageMargins, pageSetup, headerFooter,
 * rowBreaks).
 */
export function printXml(m: SheetModel): string {
  const a = m.afdruk;
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
export function printTitlesName(m: SheetModel, localSheetId: number): string {
  const sheet = `'${m.name.replace(/'/g, "''")}'`;
  const name = (n: string, ref: string) =>
    `<definedName name="_xlnm.${n}" localSheetId="${localSheetId}">${escapeXml(`${sheet}!${ref}`)}</definedName>`;
  const rows = printTitleRows(m.afdruk);
  const area = printAreaRef(m);
  return (area ? name("Print_Area", area) : "") + (rows ? name("Print_Titles", rows) : "");
}

/** How one worksheet is written: its workbook's styles and strings, and what it holds besides its cells. */
export interface WorksheetOptions {
  styles: Styles;
  /** The workbook's shared strings, or null to write each text in its cell (`inlineStr`). */
  strings: SharedStrings | null;
  /** How many data bars the workbook's earlier sheets have (their ids are numbered on). */
  firstBar: number;
  /** The relationship id of the sheet's drawing (its charts), or null. */
  drawingRel: string | null;
  /** The sheet the workbook opens on. */
  active: boolean;
  ns?: Namespaces;
}

/** A worksheet part of a model, every element in the order of ECMA-376's CT_Worksheet. */
export function worksheetXml(m: SheetModel, o: WorksheetOptions): string {
  const { styles, strings, firstBar, drawingRel, active } = o;
  const ns = o.ns ?? TRANSITIONAL;
  const out: string[] = [`${HEAD}<worksheet xmlns="${ns.main}" xmlns:r="${ns.rel}">`];
  // fitToPage makes the pageSetup's fitToWidth/fitToHeight count.
  out.push('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
  out.push(`<sheetViews><sheetView${active ? ' tabSelected="1"' : ""} workbookViewId="0">`);
  if (m.freezeRows > 0)
    out.push(
      `<pane ySplit="${m.freezeRows}" topLeftCell="A${m.freezeRows + 1}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft"/>`,
    );
  out.push('</sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/>');
  if (m.widths.length > 0)
    out.push(
      `<cols>${m.widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join("")}</cols>`,
    );
  out.push("<sheetData>");
  const links: InternalLink[] = [];
  m.rows.forEach((row, r) => {
    const cells: string[] = [];
    row.forEach((c, ci) => {
      if (c.v === null && !c.fill && !c.bold) return;
      const ref = a1(r + 1, ci + 1);
      const s = styles.of(c);
      const style = s > 0 ? ` s="${s}"` : "";
      if (typeof c.v === "string")
        cells.push(
          strings
            ? `<c r="${ref}"${style} t="s"><v>${strings.of(c.v)}</v></c>`
            : `<c r="${ref}"${style} t="inlineStr"><is>${textElement(c.v)}</is></c>`,
        );
      else if (typeof c.v === "number" && Number.isFinite(c.v))
        cells.push(`<c r="${ref}"${style}><v>${c.v}</v></c>`);
      else cells.push(`<c r="${ref}"${style}/>`);
      if (c.link && c.v !== null)
        links.push({ ref, location: qualifiedLocation(c.link, m.name), display: String(c.v) });
    });
    const ht = m.rijHoogtes?.[r + 1];
    const height = ht ? ` ht="${ht}" customHeight="1"` : "";
    if (cells.length > 0) out.push(`<row r="${r + 1}"${height}>${cells.join("")}</row>`);
  });
  out.push("</sheetData>");
  const bars = m.dataBars.map((ref, i) => ({ ref: escapeXml(ref), id: dataBarId(firstBar + i) }));
  for (const b of bars)
    out.push(
      `<conditionalFormatting sqref="${b.ref}"><cfRule type="dataBar" priority="1"><dataBar><cfvo type="num" val="0"/><cfvo type="num" val="1"/><color rgb="${DATA_BAR_COLOUR}"/></dataBar>` +
        `<extLst><ext uri="{B025F937-C7B1-47D3-B67F-A62EFF666E3E}" xmlns:x14="${X14}"><x14:id>${b.id}</x14:id></ext></extLst></cfRule></conditionalFormatting>`,
    );
  if (links.length > 0) out.push(`<hyperlinks>${hyperlinkElements(links)}</hyperlinks>`);
  out.push(printXml(m));
  if (drawingRel) out.push(`<drawing r:id="${drawingRel}"/>`);
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

/** The .xlsx bytes of a new workbook holding exactly the sheets of `models`, in order. */
export function sheetsXlsx(models: SheetModel[]): Buffer {
  const names = new Set<string>();
  for (const m of models) {
    if (names.has(m.name.toLowerCase())) throw new Error(`blad '${m.name}' staat twee keer in het model`);
    names.add(m.name.toLowerCase());
  }
  const styles = new Styles();
  const strings = new SharedStrings();
  const files: Record<string, string> = {};
  let bars = 0;
  const charts = chartParts(models);
  Object.assign(files, charts.files);
  // The workbook opens on the sheet a model asks for (the overview), else on its first visible sheet.
  const opens = models.findIndex((m) => m.actief && m.visibility !== "veryHidden");
  const active = opens >= 0 ? opens : models.findIndex((m) => m.visibility !== "veryHidden");
  models.forEach((m, i) => {
    const drawing = charts.drawings.get(i);
    files[`xl/worksheets/sheet${i + 1}.xml`] = worksheetXml(m, {
      styles,
      strings,
      firstBar: bars,
      drawingRel: drawing ? "rId1" : null,
      active: i === active,
    });
    if (drawing)
      files[`xl/worksheets/_rels/sheet${i + 1}.xml.rels`] = sheetDrawingRelsXml(
        `../drawings/${drawing}`,
        "rId1",
      );
    bars += m.dataBars.length;
  });
  const titles = models.map((m, i) => printTitlesName(m, i)).join("");
  const sheetRel = (i: number) =>
    `<Relationship Id="rId${i + 3}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`;
  files["xl/workbook.xml"] =
    `${HEAD}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><bookViews><workbookView${active > 0 ? ` activeTab="${active}" firstSheet="${active}"` : ""}/></bookViews><sheets>${models
      .map(
        (m, i) =>
          `<sheet name="${escapeXml(m.name)}" sheetId="${i + 1}"${m.visibility === "veryHidden" ? ' state="veryHidden"' : ""} r:id="rId${i + 3}"/>`,
      )
      .join("")}</sheets>${titles ? `<definedNames>${titles}</definedNames>` : ""}</workbook>`;
  files["xl/_rels/workbook.xml.rels"] =
    `${HEAD}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/styles" Target="styles.xml"/><Relationship Id="rId2" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>${models
      .map((_, i) => sheetRel(i))
      .join("")}</Relationships>`;
  files["xl/styles.xml"] = styles.xml();
  files["xl/sharedStrings.xml"] = strings.xml();
  files["_rels/.rels"] =
    `${HEAD}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
  files["[Content_Types].xml"] =
    `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
    `<Override PartName="/xl/workbook.xml" ContentType="${CT}.sheet.main+xml"/>` +
    models
      .map(
        (_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${CT}.worksheet+xml"/>`,
      )
      .join("") +
    charts.types.map(([part, type]) => `<Override PartName="${part}" ContentType="${type}"/>`).join("") +
    `<Override PartName="/xl/styles.xml" ContentType="${CT}.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="${CT}.sharedStrings+xml"/></Types>`;
  // [Content_Types].xml first, as Office writes it.
  const ct = "[Content_Types].xml";
  return zipParts([[ct, files[ct]], ...Object.entries(files).filter(([k]) => k !== ct)]);
}
