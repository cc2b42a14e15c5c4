/**
 * A lean .xlsx reader: the same WorkbookInput as the ExcelJS path (`readWorkbookBuffer`), but it inflates and
 * parses only what a definition needs: the workbook, its relationships, the tables' small XML parts, and the
 * worksheets that hold a wanted table, a wanted sheet or the meta sheet (plus shared strings and styles when
 * those sheets use them). No `fs`, no DOM: runs in Node and in the task pane's browser bundle.
 *
 * Cell semantics follow ExcelJS 4.4 as read through `rawValue` (so both paths give equal grids), with four
 * deliberate differences where ExcelJS is wrong (see the test `lean-reader.test.ts`, "deviations"):
 * a formula whose cached result is 0 or FALSE reads as 0/false (ExcelJS: null); a text, boolean or error
 * result in a date-formatted cell stays what it is (ExcelJS: NaN or a date); rows and cells without an `r`
 * attribute take their implicit position (ExcelJS refuses such files); a dependent shared formula without its
 * master reads its cached value (ExcelJS: "[object Object]").
 */
import JSZip from "jszip";
import type { Grid, RawValue, WantedSource, WorkbookInput } from "../core/grid";
import { fold } from "../core/cells/text";
import { definitionFromMeta, META_SHEET } from "../core/template-model";
import { MAX_TABLE_ROWS } from "../core/limits";
import { guardXlsx } from "./zip-guard";
import { UnreadableFileError } from "./unreadable";

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const DAY_MS = 86400000;

// ---------------------------------------------------------------------------------------------------------
// XML: a small scanner over a whole part (tags, text, comments, CDATA and declarations), no DOM.

/** One tag or one piece of text between tags. Comments, CDATA (ExcelJS ignores it too) and `<?…?>` are skipped. */
const TOKEN =
  /<(\/?)([A-Za-z_][^\s/>]*)((?:[^>"'/]+|\/(?!>)|"[^"]*"|'[^']*')*)(\/?)>|<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<[?!][^>]*>/g;

interface XmlHandler {
  open(name: string, attrs: string, selfClosing: boolean): void;
  close(name: string): void;
  text(raw: string): void;
}

function scanXml(xml: string, h: XmlHandler): void {
  let last = 0;
  for (const m of xml.matchAll(TOKEN)) {
    const at = m.index ?? 0;
    if (at > last) h.text(xml.slice(last, at));
    last = at + m[0].length;
    if (m[2] === undefined) continue;
    if (m[1]) h.close(m[2]);
    else {
      h.open(m[2], m[3], m[4] === "/");
      if (m[4]) h.close(m[2]);
    }
  }
  if (last < xml.length) h.text(xml.slice(last));
}

/** XML character and entity references. */
function decodeXml(s: string): string {
  if (!s.includes("&")) return s;
  return s.replace(/&(#x[0-9A-Fa-f]+|#[0-9]+|lt|gt|amp|quot|apos);/g, (all, e: string) => {
    if (e[0] === "#") {
      const cp = e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return cp <= 0x10ffff ? String.fromCodePoint(cp) : all;
    }
    return { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" }[e] ?? all;
  });
}

/** Attributes of a tag; literal tabs and line feeds in values become spaces (XML attribute normalisation). */
function attributes(raw: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of raw.matchAll(/([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    const v = m[2] ?? m[3];
    out[m[1]] = /[\t\n&]/.test(v) ? decodeXml(v.replace(/[\t\n]/g, " ")) : v;
  }
  return out;
}

/** ExcelJS's second decoding of `t="str"` values and sheet names (lower-case named entities only). */
function xmlDecodeAgain(s: string): string {
  return s.replace(
    /&([a-z]*);/g,
    (c) => ({ "&lt;": "<", "&gt;": ">", "&amp;": "&", "&apos;": "'", "&quot;": '"' })[c] ?? c,
  );
}

/**
 * A copy of a string that does not keep the whole XML part alive. V8 makes substrings of 13 characters or more
 * "slices" of their parent; a text kept in a result would otherwise hold on to its workbook's XML.
 */
function own(s: string): string {
  return s.length < 13 ? s : (" " + s).slice(1);
}

/** Excel's `_xHHHH_` escapes of control characters in `<t>` elements (decoded as ExcelJS does: upper-case hex). */
function decodeEscapes(s: string): string {
  if (!s.includes("_x")) return s;
  return s.replace(/_x([0-9A-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

// ---------------------------------------------------------------------------------------------------------
// Zip parts

type Parts = Map<string, JSZip.JSZipObject>;

async function openZip(buf: Uint8Array): Promise<Parts> {
  const zip = await JSZip.loadAsync(buf);
  const parts: Parts = new Map();
  for (const entry of Object.values(zip.files)) {
    if (!entry.dir) parts.set(entry.name.replace(/^\//, ""), entry);
  }
  return parts;
}

async function partText(parts: Parts, name: string): Promise<string | null> {
  const entry = parts.get(name);
  if (!entry) return null;
  // XML end-of-line handling: every \r\n and lone \r is read as \n.
  const text = new TextDecoder("utf-8").decode(await entry.async("uint8array"));
  return text.includes("\r") ? text.replace(/\r\n?/g, "\n") : text;
}

/** Relationship id → target of a `.rels` part. */
function relationships(xml: string | null): Map<string, { target: string; type: string }> {
  const rels = new Map<string, { target: string; type: string }>();
  if (xml === null) return rels;
  scanXml(xml, {
    open(name, raw) {
      if (name !== "Relationship") return;
      const a = attributes(raw);
      if (a.Id !== undefined) rels.set(a.Id, { target: a.Target ?? "", type: a.Type ?? "" });
    },
    close() {},
    text() {},
  });
  return rels;
}

// ---------------------------------------------------------------------------------------------------------
// Workbook, tables, shared strings, styles

interface SheetEntry {
  name: string;
  /** The worksheet part, e.g. `xl/worksheets/sheet1.xml`. */
  path: string;
}

interface Workbook {
  sheets: SheetEntry[];
  date1904: boolean;
}

async function readWorkbookPart(parts: Parts): Promise<Workbook> {
  const xml = (await partText(parts, "xl/workbook.xml")) ?? "";
  const rels = relationships(await partText(parts, "xl/_rels/workbook.xml.rels"));
  const listed: { name: string; id: number; rId: string }[] = [];
  let date1904 = false;
  scanXml(xml, {
    open(name, raw) {
      if (name === "workbookPr") date1904 = attributes(raw).date1904 === "1";
      if (name === "sheet") {
        const a = attributes(raw);
        listed.push({ name: own(xmlDecodeAgain(a.name ?? "")), id: parseInt(a.sheetId, 10), rId: a["r:id"] });
      }
    },
    close() {},
    text() {},
  });
  // As ExcelJS: a sheet counts when its relationship points to a worksheet part (chart sheets do not); sheets
  // are kept by sheetId (ids below 1 are dropped) and ordered as listed in workbook.xml.
  const byId = new Map<number, SheetEntry & { order: number }>();
  for (const s of listed) {
    const rel = rels.get(s.rId);
    if (!rel) continue;
    const path = `xl/${rel.target.replace(/^(\s|\/xl\/)+/, "")}`;
    if (!parts.has(path) || !/xl\/worksheets\/sheet(\d+)[.]xml/.test(path)) continue;
    if (!Number.isInteger(s.id) || s.id < 1) continue;
    byId.set(s.id, { name: s.name, path, order: listed.findIndex((x) => x.id === s.id) });
  }
  const sheets = [...byId.values()]
    .sort((a, b) => a.order - b.order)
    .map(({ name, path }) => ({ name, path }));
  return { sheets, date1904 };
}

interface Area {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** `B2:D9` (or one cell) into rows and columns; null when it is not a range. Same rules as the ExcelJS path. */
function parseRef(ref: string): Area | null {
  const m = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/.exec(ref.toUpperCase());
  if (!m) return null;
  const col = (s: string) => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return { left: col(m[1]), top: Number(m[2]), right: col(m[3] ?? m[1]), bottom: Number(m[4] ?? m[2]) };
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

function columnLetters(col: number): string {
  let s = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

interface TableInfo {
  name: string;
  ref: string;
}

/** The tables of a worksheet (from its relationships), in order, as ExcelJS keys them: by `name`. */
async function sheetTables(parts: Parts, sheetPath: string): Promise<TableInfo[]> {
  const slash = sheetPath.lastIndexOf("/");
  const relsPath = `${sheetPath.slice(0, slash)}/_rels/${sheetPath.slice(slash + 1)}.rels`;
  const tables = new Map<string, TableInfo>();
  for (const rel of relationships(await partText(parts, relsPath)).values()) {
    const m = /^\.\.\/tables\/(table\d+)[.]xml$/.exec(rel.target);
    if (!m || !rel.type.endsWith("/table")) continue;
    const xml = await partText(parts, `xl/tables/${m[1]}.xml`);
    const open = xml === null ? null : /<table(?=[\s/>])((?:[^>"']|"[^"]*"|'[^']*')*)>/.exec(xml);
    if (!open) continue;
    const a = attributes(open[1]);
    if (a.name) tables.set(a.name, { name: own(a.name), ref: a.ref ?? "" });
  }
  return [...tables.values()];
}

/** The shared strings: plain text, or the runs of rich text joined (phonetic runs left out, as in ExcelJS). */
function parseSharedStrings(xml: string): string[] {
  const out: string[] = [];
  // Fast path for the usual `<si><t>…</t></si>`; anything else goes through the scanner.
  for (const m of xml.matchAll(/<si>([\s\S]*?)<\/si>|<si\/>|<si\s[\s\S]*?(?:\/>|<\/si>)/g)) {
    const inner = m[1] === undefined ? null : /^<t(?:\s[^>]*)?>([^<]*)<\/t>$/.exec(m[1]);
    out.push(own(inner ? decodeEscapes(decodeXml(inner[1])) : parseSharedString(m[0])));
  }
  return out;
}

function parseSharedString(xml: string): string {
  const out: string[] = [];
  let plain: string | undefined;
  let runs: string[] | undefined;
  let runText: string | undefined;
  let inRun = false;
  let phonetic = 0;
  let collecting: string[] | null = null;
  scanXml(xml, {
    open(name) {
      if (name === "si") {
        plain = undefined;
        runs = undefined;
      } else if (name === "rPh") phonetic += 1;
      else if (phonetic > 0) return;
      else if (name === "r") {
        inRun = true;
        runText = undefined;
      } else if (name === "t") collecting = [];
    },
    text(raw) {
      if (collecting) collecting.push(decodeXml(raw));
    },
    close(name) {
      if (name === "rPh") phonetic -= 1;
      else if (phonetic > 0) return;
      else if (name === "t" && collecting) {
        const t = decodeEscapes(collecting.join(""));
        collecting = null;
        if (inRun) runText = t;
        else plain = t;
      } else if (name === "r" && inRun) {
        inRun = false;
        (runs ??= []).push(runText ?? "");
      } else if (name === "si") out.push(runs ? runs.join("") : (plain ?? ""));
    },
  });
  return out[0] ?? "";
}

/** The built-in number formats of Excel that ExcelJS knows and that are date or time formats. */
const BUILT_IN_DATE_FORMATS: Record<number, string> = {
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: 'm/d/yy "h":mm',
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
};

/** ExcelJS's test for a date format: a date or time letter outside brackets and quotes. */
function isDateFormat(code: string | undefined): boolean {
  if (!code) return false;
  return /[ymdhMsb]+/.test(code.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, ""));
}

/** Per cell style index (`s`): does its number format make numbers dates? */
function parseDateStyles(xml: string): boolean[] {
  // Only the workbook's number formats (not those inside differential formats, <dxfs>).
  const numFmts = /<numFmts[\s>][\s\S]*?<\/numFmts>/.exec(xml)?.[0] ?? "";
  const custom = new Map<number, string>();
  for (const m of numFmts.matchAll(/<numFmt(?=[\s/>])((?:[^>"']|"[^"]*"|'[^']*')*)>/g)) {
    const a = attributes(m[1]);
    if (a.formatCode !== undefined)
      custom.set(parseInt(a.numFmtId, 10), a.formatCode.replace(/[\\](.)/g, "$1"));
  }
  const cellXfs = /<cellXfs[\s>][\s\S]*?<\/cellXfs>/.exec(xml)?.[0] ?? "";
  return [...cellXfs.matchAll(/<xf(?=[\s/>])((?:[^>"']|"[^"]*"|'[^']*')*)>/g)].map((m) => {
    const id = parseInt(attributes(m[1]).numFmtId, 10);
    return Boolean(id) && isDateFormat(custom.get(id) || BUILT_IN_DATE_FORMATS[id]);
  });
}

// ---------------------------------------------------------------------------------------------------------
// Worksheets

interface Sheet {
  /** Values of the rows kept (up to `keepRows`), sparse: row → column → value. */
  rows: Map<number, Map<number, RawValue>>;
  /**
   * What ExcelJS's extents are made of. rowCount: the last row that exists (a `<row>` element, a merged area,
   * or an area read before). columnCount: the largest number of cells (empty styled ones included) of a row
   * that holds at least one cell that is not empty.
   */
  lastRow: number;
  cellCount: Map<number, number>;
  filled: Set<number>;
  merges: (Area & { ref: string })[];
}

interface CellContext {
  /** Null when the workbook has no shared-strings part (ExcelJS then leaves the index as a number). */
  sharedStrings: string[] | null;
  dateStyles: boolean[];
  date1904: boolean;
}

/** A number in a date-formatted cell: through a JavaScript Date and back, to the millisecond, as ExcelJS does. */
function dateSerial(v: number, date1904: boolean): number {
  const ms = Math.round((v - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000);
  return (new Date(ms).getTime() - EXCEL_EPOCH) / DAY_MS;
}

interface OpenCell {
  address: string | undefined;
  col: number;
  t: string | undefined;
  style: number | undefined;
  formula: string | undefined;
  shareType: string | undefined;
  value: string | undefined;
  runs: string[] | undefined;
}

/**
 * A cell's value, `EMPTY` for an empty styled cell, or null for an element ExcelJS drops (no value, no formula,
 * no style). Numbers in date-formatted cells go through ExcelJS's date conversion.
 */
const EMPTY = Symbol("empty");

function cellValue(c: OpenCell, ctx: CellContext): RawValue | typeof EMPTY | undefined {
  const isDate = c.style !== undefined && ctx.dateStyles[c.style] === true;
  const text = c.runs ? c.runs.join("") : c.value;
  const number = (s: string) => (isDate ? dateSerial(parseFloat(s), ctx.date1904) : parseFloat(s));
  if (c.formula || c.shareType) {
    if (!text) return null;
    if (c.t === "str") return own(xmlDecodeAgain(text));
    if (c.t === "b") return parseInt(text, 10) !== 0;
    if (c.t === "e") return { error: own(text) };
    return number(text);
  }
  if (text === undefined) return c.style ? EMPTY : undefined;
  switch (c.t) {
    case "s": {
      if (!ctx.sharedStrings) return parseInt(text, 10);
      const s = ctx.sharedStrings[parseInt(text, 10)];
      // ExcelJS fails on a missing shared string; so does this reader, with the same words.
      if (s === undefined) throw new Error("Cannot read properties of undefined (reading 'richText')");
      return s;
    }
    case "str":
      return own(xmlDecodeAgain(text));
    case "inlineStr":
      return own(text);
    case "b":
      return parseInt(text, 10) !== 0;
    case "e":
      return { error: own(text) };
    default:
      return number(text);
  }
}

/** Cells with an external hyperlink: ExcelJS turns any `<c>` there, even an empty one, into a cell with a value. */
function hyperlinkCells(xml: string): Set<string> {
  const cells = new Set<string>();
  if (!xml.includes("<hyperlink")) return cells;
  for (const m of xml.matchAll(/<hyperlink(?=[\s/>])((?:[^>"']|"[^"]*"|'[^']*')*)>/g)) {
    const a = attributes(m[1]);
    if (a["r:id"] && a.ref) cells.add(a.ref);
  }
  return cells;
}

/** Makes the cells of rows `top..bottom` up to column `right` exist (`filled`: with a non-empty one), as ExcelJS does. */
function extend(
  sheet: Sheet,
  top: number,
  bottom: number,
  right: number,
  filled: (row: number) => boolean,
): void {
  for (let r = top; r <= bottom; r++) {
    sheet.cellCount.set(r, Math.max(sheet.cellCount.get(r) ?? 0, right));
    if (filled(r)) sheet.filled.add(r);
  }
  if (bottom >= top) sheet.lastRow = Math.max(sheet.lastRow, bottom);
}

function columnCount(sheet: Sheet): number {
  let n = 0;
  for (const r of sheet.filled) n = Math.max(n, sheet.cellCount.get(r) ?? 0);
  return n;
}

/** Parses a worksheet part; values are kept for rows up to `keepRows`, extents are taken from all rows. */
function parseSheet(xml: string, ctx: CellContext, keepRows: number): Sheet {
  const sheet: Sheet = { rows: new Map(), lastRow: 0, cellCount: new Map(), filled: new Set(), merges: [] };
  const links = hyperlinkCells(xml);
  let rowNumber = 0;
  let valid = false;
  let row: Map<number, RawValue> | null = null;
  let prevCol = 0;
  let cell: OpenCell | null = null;
  /** Inside the cell: the element whose text is collected; a rich-text run and its text. */
  let node: "v" | "t" | "f" | null = null;
  let inRun = false;
  let runText: string | undefined;
  let runT: string[] | null = null;
  scanXml(xml, {
    open(name, raw) {
      if (cell) {
        if (inRun) {
          if (name === "t") runT = [];
        } else if (name === "r") {
          inRun = true;
          runText = undefined;
        } else if (name === "v" || name === "t") node = name;
        else if (name === "f") {
          node = "f";
          cell.shareType = attributes(raw).t || undefined;
        }
        return;
      }
      if (name === "row") {
        const r = parseInt(attributes(raw).r, 10);
        rowNumber = Number.isNaN(r) ? rowNumber + 1 : r;
        valid = rowNumber >= 1;
        // A row number seen again replaces the earlier row, as in ExcelJS.
        row = valid && rowNumber <= keepRows ? new Map() : null;
        if (row) sheet.rows.set(rowNumber, row);
        if (valid) {
          sheet.lastRow = Math.max(sheet.lastRow, rowNumber);
          sheet.cellCount.set(rowNumber, 0);
          sheet.filled.delete(rowNumber);
        }
        prevCol = 0;
      } else if (name === "c") {
        const a = attributes(raw);
        const m = a.r ? /^\$?([A-Za-z]+)/.exec(a.r) : null;
        const s = a.s ? parseInt(a.s, 10) : undefined;
        // Without an `r` attribute a cell takes the next position in its row.
        prevCol = m ? columnNumber(m[1]) : prevCol + 1;
        cell = {
          address: a.r,
          col: prevCol,
          t: a.t,
          style: s || undefined,
          formula: undefined,
          shareType: undefined,
          value: undefined,
          runs: undefined,
        };
      } else if (name === "mergeCell") {
        const ref = parseRef(attributes(raw).ref ?? "");
        if (!ref) return;
        const area = {
          top: Math.min(ref.top, ref.bottom),
          bottom: Math.max(ref.top, ref.bottom),
          left: Math.min(ref.left, ref.right),
          right: Math.max(ref.left, ref.right),
        };
        const clash = sheet.merges.some(
          (o) => o.top <= area.bottom && o.bottom >= area.top && o.left <= area.right && o.right >= area.left,
        );
        if (clash) throw new Error("Cannot merge already merged cells");
        const a1 = `${columnLetters(area.left)}${area.top}:${columnLetters(area.right)}${area.bottom}`;
        sheet.merges.push({ ...area, ref: a1 });
      }
    },
    text(raw) {
      if (!cell) return;
      if (runT) runT.push(decodeXml(raw));
      else if (inRun) return;
      else if (node === "f") cell.formula = (cell.formula ?? "") + decodeXml(raw);
      else if (node) cell.value = (cell.value ?? "") + decodeXml(raw);
    },
    close(name) {
      if (cell && name !== "c") {
        if (inRun) {
          if (name === "t" && runT) {
            runText = decodeEscapes(runT.join(""));
            runT = null;
          } else if (name === "r") {
            (cell.runs ??= []).push(runText ?? "");
            inRun = false;
          }
        } else if (name === node) node = null;
        return;
      }
      if (name === "c" && cell) {
        let v = cellValue(cell, ctx);
        if (v === undefined && cell.address !== undefined && links.has(cell.address)) v = null;
        if (v !== undefined && valid) {
          if (v !== EMPTY) row?.set(cell.col, v);
          sheet.cellCount.set(rowNumber, Math.max(sheet.cellCount.get(rowNumber) ?? 0, cell.col));
          if (v !== EMPTY || links.has(cell.address ?? "")) sheet.filled.add(rowNumber);
        }
        cell = null;
        node = null;
      }
    },
  });
  // ExcelJS makes every cell of a merged area exist; all but the first hold a (merge) value.
  for (const m of sheet.merges) extend(sheet, m.top, m.bottom, m.right, (r) => r > m.top || m.right > m.left);
  return sheet;
}

/** The grid of an area of a parsed sheet, exactly as the ExcelJS path's `sheetGrid` builds it. */
function sheetGrid(
  name: string,
  sheet: Sheet,
  table: string | null,
  top: number,
  left: number,
  last: number,
  right: number,
): Grid {
  const bottom = Math.min(last, top + MAX_TABLE_ROWS);
  const overlapping = sheet.merges.filter(
    (m) => m.top <= bottom && m.bottom >= top && m.left <= right && m.right >= left,
  );
  const values: RawValue[][] = [];
  for (let r = top; r <= bottom; r++) {
    const row = sheet.rows.get(r);
    const out: RawValue[] = [];
    for (let c = left; c <= right; c++) {
      const inside = overlapping.some(
        (m) => r >= m.top && r <= m.bottom && c >= m.left && c <= m.right && (r !== m.top || c !== m.left),
      );
      out.push(inside ? null : (row?.get(c) ?? null));
    }
    values.push(out);
  }
  // Reading an area makes its rows and (empty) cells exist in ExcelJS: later extents of this sheet include it.
  if (right >= left) extend(sheet, top, bottom, right, () => false);
  const merged = overlapping.map((m) => m.ref);
  return { sheet: name, table, top, left, values, ...(merged.length > 0 ? { merged } : {}) };
}

// ---------------------------------------------------------------------------------------------------------

/** Reads only what `wanted` (and the meta sheet) needs from a .xlsx buffer; same result as `readWorkbookBuffer`. */
export async function readWorkbookLean(
  buf: Uint8Array,
  wanted: WantedSource[],
  bestand: string,
): Promise<WorkbookInput> {
  const g = guardXlsx(buf);
  if (!g.ok) throw new UnreadableFileError(bestand, g.reden);
  try {
    return await readParts(await openZip(buf), wanted, bestand);
  } catch (e) {
    throw new UnreadableFileError(
      bestand,
      `het bestand kan niet als Excel-werkmap worden gelezen (${e instanceof Error ? e.message.slice(0, 120) : "onbekende fout"}). Open het in Excel, sla het op als .xlsx en lever het opnieuw aan`,
    );
  }
}

async function readParts(parts: Parts, wanted: WantedSource[], bestand: string): Promise<WorkbookInput> {
  const wb = await readWorkbookPart(parts);
  const tables = await Promise.all(wb.sheets.map((s) => sheetTables(parts, s.path)));
  const parsed = new Map<string, Sheet>();
  let ctx: CellContext | null = null;
  let stringsRead = false;

  /** A worksheet, parsed once; shared strings are inflated only when a sheet refers to them. */
  const sheetOf = async (i: number): Promise<Sheet> => {
    const s = wb.sheets[i];
    const done = parsed.get(s.path);
    if (done) return done;
    const xml = (await partText(parts, s.path)) ?? "";
    if (!ctx) {
      const styles = await partText(parts, "xl/styles.xml");
      ctx = {
        sharedStrings: [],
        dateStyles: styles === null ? [] : parseDateStyles(styles),
        date1904: wb.date1904,
      };
    }
    if (!stringsRead && /\st\s*=\s*["']s["']/.test(xml)) {
      const strings = await partText(parts, "xl/sharedStrings.xml");
      ctx.sharedStrings = strings === null ? null : parseSharedStrings(strings);
      stringsRead = true;
    }
    const tops = tables[i].map((t) => parseRef(t.ref)?.top ?? 1);
    const sheet = parseSheet(xml, ctx, Math.max(1, ...tops) + MAX_TABLE_ROWS);
    parsed.set(s.path, sheet);
    return sheet;
  };

  const grids: Grid[] = [];
  for (const w of wanted) {
    let found: Grid | null = null;
    for (let i = 0; i < wb.sheets.length && !found; i++) {
      const model = tables[i].find((t) => fold(t.name) === fold(w.table));
      const ref = model ? parseRef(model.ref) : null;
      if (model && ref) {
        const sheet = await sheetOf(i);
        found = sheetGrid(wb.sheets[i].name, sheet, model.name, ref.top, ref.left, ref.bottom, ref.right);
      }
    }
    if (!found) {
      const i = wb.sheets.findIndex((s) => fold(s.name) === fold(w.sheet));
      if (i >= 0) {
        const sheet = await sheetOf(i);
        const [rows, cols] = [Math.max(sheet.lastRow, 1), Math.max(columnCount(sheet), 1)];
        found = sheetGrid(wb.sheets[i].name, sheet, null, 1, 1, rows, cols);
      }
    }
    if (found) grids.push(found);
  }
  const m = wb.sheets.findIndex((s) => s.name === META_SHEET);
  let definitie = null;
  if (m >= 0) {
    const meta = await sheetOf(m);
    definitie = definitionFromMeta(sheetGrid(META_SHEET, meta, null, 1, 1, meta.lastRow, 2).values);
  }
  return { bestand, definitie, bladen: wb.sheets.map((s) => s.name), grids };
}
