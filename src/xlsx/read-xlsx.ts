/**
 * The one .xlsx reader of Regiomonitor (command line check, aggregate and demo, and the task pane's import):
 * from the file's bytes to the core's WorkbookInput, reading only what a definition asks for.
 *
 * - Zip: fflate, entry by entry; only the parts needed are inflated, and the bytes actually inflated are counted
 *   against the limit while streaming (`zip-read.ts`), so lying size headers do not help a zip bomb.
 * - XML: saxes, namespace-aware. Elements and attributes are matched by local name AND namespace URI, for
 *   Transitional and Strict OOXML, whatever prefixes a writer chose (`<x:row>`, `<row>`).
 * - Parts are found through relationships (`_rels/.rels`, then each part's `_rels`), relative or absolute
 *   targets, any part names.
 * - Cells as Excel shows them: shared and inline strings, rich text runs, `t="d"` ISO dates, `t="b"`, `t="e"`
 *   errors, cached formula results (0 and FALSE are values), numbers in date-formatted cells as date serials
 *   (1900 system; `date1904` workbooks shifted), merged areas reported and only their first cell filled.
 * - Malformed XML or a missing part gives a Dutch reason naming the part; never silent emptiness.
 * - One pass (`readWorkbook`): the recorded definition, sheet names and table names first, then what the plan
 *   asks for given those; each worksheet part parsed at most once, keeping only the wanted cells and only the
 *   shared strings they use, so memory follows what is read, not the size of the sheets.
 * No `fs`, no DOM, no ExcelJS: runs in Node and in the task pane's bundle.
 */
import { SaxesParser, type SaxesTagNS } from "saxes";
import type { Grid, RawValue, ReadPlan, WantedSource, WorkbookInput, WorkbookOutline } from "../core/grid";
import { fold } from "../core/cells/text";
import { definitionFromMeta, META_SHEET } from "../core/template-model";
import { MAX_TABLE_ROWS } from "../core/limits";
import { guardXlsx, NOT_A_WORKBOOK_REASON, partKey, XLSB_REASON, type ZipEntry } from "./zip-guard";
import { inflateEntry, newBudget, ZipRefusal, type InflateBudget } from "./zip-read";
import { UnreadableFileError } from "./unreadable";

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const DAY_MS = 86400000;

// ---------------------------------------------------------------------------------------------------------
// Namespaces

const MAIN_NS = new Set([
  "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
  "http://purl.oclc.org/ooxml/spreadsheetml/main",
]);
const REL_NS = new Set([
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  "http://purl.oclc.org/ooxml/officeDocument/relationships",
]);
const PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
/** Bases of relationship types; a type is a base plus `/worksheet`, `/table`, … */
const REL_TYPE_BASES = [
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships/",
  "http://purl.oclc.org/ooxml/officeDocument/relationships/",
];

function relType(type: string, kind: string): boolean {
  return REL_TYPE_BASES.some((b) => type === b + kind);
}

// ---------------------------------------------------------------------------------------------------------
// Reading a part as XML

/** Malformed content of one part; the reader turns it into a Dutch reason naming the part. */
class PartError extends Error {
  constructor(
    readonly part: string,
    readonly what: string,
  ) {
    super(`${part}: ${what}`);
  }
}

interface Handler {
  open(tag: SaxesTagNS): void;
  close?(tag: SaxesTagNS): void;
  text?(t: string): void;
}

/** Longest run of characters without a '<' accepted: far above a cell's 32,767 characters, escaped. */
const MAX_RUN = 4 * 1024 * 1024;

interface Pkg {
  buf: Uint8Array;
  entries: Map<string, ZipEntry>;
  budget: InflateBudget;
}

/** Thrown by a handler that has read all it wants of a part: the rest is neither inflated nor parsed. */
class StopParse {}

/** Streams one part through saxes: inflated piece by piece, decoded, parsed; nothing is held whole. */
function parsePart(pkg: Pkg, name: string, h: Handler): void {
  const entry = pkg.entries.get(partKey(name));
  if (!entry) throw new PartError(name, "dit onderdeel ontbreekt");
  const parser = new SaxesParser({ xmlns: true, position: false });
  let depth = 0;
  parser.on("opentag", (t) => {
    depth += 1;
    h.open(t);
  });
  parser.on("closetag", (t) => {
    depth -= 1;
    h.close?.(t);
  });
  if (h.text) {
    const text = h.text;
    parser.on("text", (t) => text(t));
    parser.on("cdata", (t) => text(t));
  }
  let decoder: TextDecoder | null = null;
  let run = 0;
  const feed = (s: string) => {
    const lt = s.lastIndexOf("<");
    run = lt < 0 ? run + s.length : s.length - lt;
    if (run > MAX_RUN) throw new PartError(name, "een tekst of waarde is onwaarschijnlijk lang");
    parser.write(s);
  };
  try {
    inflateEntry(pkg.buf, entry, pkg.budget, (chunk) => {
      if (!decoder) {
        // The encoding by byte order mark (UTF-16 is allowed in XML; Excel writes UTF-8).
        const le = chunk[0] === 0xff && chunk[1] === 0xfe;
        const be = chunk[0] === 0xfe && chunk[1] === 0xff;
        decoder = new TextDecoder(le ? "utf-16le" : be ? "utf-16be" : "utf-8");
      }
      feed(decoder.decode(chunk, { stream: true }));
    });
    if (decoder) feed((decoder as TextDecoder).decode());
    parser.close();
  } catch (e) {
    if (e instanceof StopParse) return;
    if (e instanceof ZipRefusal || e instanceof PartError) throw e;
    const msg = e instanceof Error ? e.message.replace(/^[^:]*:\d+:\d+: /, "") : String(e);
    throw new PartError(name, `de XML is ongeldig (${msg.slice(0, 100)})`);
  }
  if (depth !== 0) throw new PartError(name, "de XML is onvolledig");
}

const isMain = (t: SaxesTagNS, local: string) => t.local === local && MAIN_NS.has(t.uri);

/** An attribute without namespace, by local name. */
function attr(t: SaxesTagNS, local: string): string | undefined {
  for (const a of Object.values(t.attributes)) if (a.local === local && a.uri === "") return a.value;
  return undefined;
}

/** The relationship id attribute (`r:id`, whatever the prefix). */
function relId(t: SaxesTagNS): string | undefined {
  for (const a of Object.values(t.attributes)) if (a.local === "id" && REL_NS.has(a.uri)) return a.value;
  return undefined;
}

/** xsd:boolean. */
const xsdTrue = (v: string | undefined) => v === "1" || v === "true";

// ---------------------------------------------------------------------------------------------------------
// Relationships

interface Rel {
  type: string;
  /** The target part name, resolved against the source part (no leading slash). */
  target: string;
  external: boolean;
}

/** The `.rels` part of a part: `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`; the package: `_rels/.rels`. */
function relsName(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** Resolves a relative or absolute target against the folder of `source` (RFC 3986 path rules). */
export function resolveTarget(source: string, target: string): string {
  let t = target.trim();
  try {
    t = decodeURIComponent(t);
  } catch {
    // Keep an undecodable target as it is.
  }
  t = t.replace(/\\/g, "/").replace(/[?#].*$/, "");
  const base = t.startsWith("/") ? [] : source.split("/").slice(0, -1);
  for (const seg of t.split("/")) {
    if (seg === "" || seg === ".") continue;
    if (seg === "..") base.pop();
    else base.push(seg);
  }
  return base.join("/");
}

function readRels(pkg: Pkg, part: string): Map<string, Rel> {
  const name = part === "" ? "_rels/.rels" : relsName(part);
  const rels = new Map<string, Rel>();
  if (!pkg.entries.has(partKey(name))) return rels;
  parsePart(pkg, name, {
    open(t) {
      if (t.local !== "Relationship" || t.uri !== PKG_REL_NS) return;
      const id = attr(t, "Id");
      const target = attr(t, "Target") ?? "";
      const external = attr(t, "TargetMode") === "External";
      if (id !== undefined)
        rels.set(id, {
          type: attr(t, "Type") ?? "",
          target: external ? target : resolveTarget(part, target),
          external,
        });
    },
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
  path: string;
  sheets: SheetEntry[];
  date1904: boolean;
  sharedStrings: string | null;
  styles: string | null;
}

/** The workbook part: from the package relationships, else the usual name. */
function workbookPath(pkg: Pkg): string {
  for (const r of readRels(pkg, "").values()) {
    if (relType(r.type, "officeDocument") && !r.external) return r.target;
  }
  return "xl/workbook.xml";
}

function readWorkbookPart(pkg: Pkg): Workbook {
  const path = workbookPath(pkg);
  if (/\.bin$/i.test(path)) throw new ZipRefusal(XLSB_REASON);
  if (!pkg.entries.has(partKey(path))) throw new ZipRefusal(NOT_A_WORKBOOK_REASON);
  const rels = readRels(pkg, path);
  const listed: { name: string; rId: string | undefined }[] = [];
  let date1904 = false;
  let root = true;
  parsePart(pkg, path, {
    open(t) {
      if (root) {
        root = false;
        if (!isMain(t, "workbook")) throw new ZipRefusal(NOT_A_WORKBOOK_REASON);
      }
      if (isMain(t, "workbookPr")) date1904 = xsdTrue(attr(t, "date1904"));
      if (isMain(t, "sheet")) listed.push({ name: attr(t, "name") ?? "", rId: relId(t) });
    },
  });
  // A sheet counts when its relationship points to a worksheet (chart and dialog sheets do not).
  const sheets: SheetEntry[] = [];
  for (const s of listed) {
    const rel = s.rId === undefined ? undefined : rels.get(s.rId);
    if (!rel || rel.external || !relType(rel.type, "worksheet")) continue;
    sheets.push({ name: s.name, path: rel.target });
  }
  const find = (kind: string) =>
    [...rels.values()].find((r) => relType(r.type, kind) && !r.external)?.target ?? null;
  return { path, sheets, date1904, sharedStrings: find("sharedStrings"), styles: find("styles") };
}

interface Area {
  top: number;
  left: number;
  bottom: number;
  right: number;
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

/** `B2:D9` (or one cell) into rows and columns, normalised; null when it is not a range. */
function parseRef(ref: string): Area | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/.exec(ref.trim().toUpperCase());
  if (!m) return null;
  const [l, t, r, b] = [columnNumber(m[1]), Number(m[2]), columnNumber(m[3] ?? m[1]), Number(m[4] ?? m[2])];
  return { top: Math.min(t, b), bottom: Math.max(t, b), left: Math.min(l, r), right: Math.max(l, r) };
}

interface TableInfo {
  name: string;
  displayName: string;
  area: Area;
}

/** The tables of a worksheet (from its relationships), in order. */
function sheetTables(pkg: Pkg, sheetPath: string): TableInfo[] {
  const out: TableInfo[] = [];
  for (const rel of readRels(pkg, sheetPath).values()) {
    if (rel.external || !relType(rel.type, "table")) continue;
    let info: TableInfo | null = null;
    parsePart(pkg, rel.target, {
      open(t) {
        if (!isMain(t, "table") || info) return;
        const area = parseRef(attr(t, "ref") ?? "");
        const name = attr(t, "name") ?? attr(t, "displayName") ?? "";
        if (area && name) info = { name, displayName: attr(t, "displayName") ?? name, area };
      },
    });
    if (info) out.push(info);
  }
  return out;
}

/** Excel's `_xHHHH_` escapes of characters in strings (`_x005F_` escapes the underscore itself). */
function decodeEscapes(s: string): string {
  if (!s.includes("_x")) return s;
  return s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/**
 * Collects the text of a string item (`<si>` or `<is>`): plain `<t>`, or the `<t>` of its runs joined;
 * phonetic runs (`<rPh>`) left out.
 */
class StringItem {
  private parts: string[] = [];
  private inT = false;
  private phonetic = 0;

  open(t: SaxesTagNS): void {
    if (!MAIN_NS.has(t.uri)) return;
    if (t.local === "rPh") this.phonetic += 1;
    else if (t.local === "t" && this.phonetic === 0) this.inT = true;
  }

  close(t: SaxesTagNS): void {
    if (!MAIN_NS.has(t.uri)) return;
    if (t.local === "rPh") this.phonetic -= 1;
    else if (t.local === "t") this.inT = false;
  }

  text(s: string): void {
    if (this.inT) this.parts.push(s);
  }

  value(): string {
    return decodeEscapes(this.parts.join(""));
  }
}

function readSharedStrings(pkg: Pkg, path: string, wanted: ReadonlySet<number>): Map<number, string> {
  const out = new Map<number, string>();
  let item: StringItem | null = null;
  let index = 0;
  parsePart(pkg, path, {
    open(t) {
      if (isMain(t, "si")) item = new StringItem();
      else item?.open(t);
    },
    close(t) {
      if (isMain(t, "si") && item) {
        if (wanted.has(index)) out.set(index, item.value());
        index += 1;
        item = null;
      } else item?.close(t);
    },
    text(s) {
      item?.text(s);
    },
  });
  return out;
}

/** The built-in number formats of Excel that are date or time formats. */
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

/**
 * A date format: a day, month or year letter outside brackets, quotes and escapes. Time-only formats
 * (`h:mm`, `[h]:mm:ss`, `mm:ss`) are not: their numbers are times or durations, the same in both date systems.
 */
function isDateFormat(code: string | undefined): boolean {
  if (!code) return false;
  const bare = code
    .replace(/\\./g, "")
    .replace(/\[[^\]]*]/g, "")
    .replace(/"[^"]*"/g, "")
    .replace(/[hH]+[^dDyY]*?[mM]+|[mM]+(?=[^dDyY]*?[sS])/g, "");
  return /[dDyYmMb]/.test(bare.replace(/AM\/PM|A\/P/gi, ""));
}

/** Per cell style index (`s`): does its number format make numbers dates? */
function readDateStyles(pkg: Pkg, path: string): boolean[] {
  const custom = new Map<number, string>();
  const xfs: number[] = [];
  const open: string[] = [];
  parsePart(pkg, path, {
    open(t) {
      if (!MAIN_NS.has(t.uri)) return;
      const parent = open[open.length - 1];
      open.push(t.local);
      // Only the workbook's number formats and cell formats (not those of differential formats, <dxfs>).
      if (t.local === "numFmt" && parent === "numFmts") {
        const code = attr(t, "formatCode");
        if (code !== undefined) custom.set(parseInt(attr(t, "numFmtId") ?? "", 10), code);
      } else if (t.local === "xf" && parent === "cellXfs") {
        xfs.push(parseInt(attr(t, "numFmtId") ?? "0", 10));
      }
    },
    close(t) {
      if (MAIN_NS.has(t.uri)) open.pop();
    },
  });
  return xfs.map((id) => Boolean(id) && isDateFormat(custom.get(id) ?? BUILT_IN_DATE_FORMATS[id]));
}

// ---------------------------------------------------------------------------------------------------------
// Worksheets

/**
 * A shared string a kept cell refers to, until the strings are read (`resolveStrings`): only the strings of
 * kept cells are held, however many the workbook has.
 */
class SharedRef {
  constructor(
    readonly index: number,
    readonly ref: string,
  ) {}
}

type CellValue = RawValue | SharedRef;

interface Sheet {
  /** Values of the cells kept (see Keep), sparse: row → column → value; shared strings once resolved. */
  rows: Map<number, Map<number, CellValue>>;
  /** The last row holding a value (or covered by a merged area), of the whole sheet. */
  lastRow: number;
  /** The last column holding a kept value (or covered by a merged area). */
  lastCol: number;
  merges: (Area & { ref: string })[];
}

/**
 * Which cells of a sheet are kept, so memory follows what is wanted, not the size of the sheet: every cell of
 * the first `wholeRows` rows (a sheet read whole), the cells inside `areas` (its wanted tables), and A1.
 * With `firstRowOnly` the parse stops after row 1.
 */
interface Keep {
  wholeRows: number;
  areas: Area[];
  firstRowOnly: boolean;
}

function keeps(k: Keep, r: number, c: number): boolean {
  if (r <= k.wholeRows || (r === 1 && c === 1)) return true;
  return k.areas.some((a) => r >= a.top && r <= a.bottom && c >= a.left && c <= a.right);
}

interface CellContext {
  dateStyles: boolean[];
  date1904: boolean;
}

/** A number in a date-formatted cell as a 1900-system serial, to the millisecond. */
function dateSerial(v: number, date1904: boolean): number {
  const ms = Math.round((v - 25569 + (date1904 ? 1462 : 0)) * DAY_MS);
  return (new Date(ms).getTime() - EXCEL_EPOCH) / DAY_MS;
}

/** An ISO 8601 date (`t="d"`: `2011-01-15`, `2011-01-15T13:45:00Z`) as a serial; null when it is none. */
function isoSerial(s: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.exec(
    s.trim(),
  );
  if (m) {
    const ms = Date.UTC(
      +m[1],
      +m[2] - 1,
      +m[3],
      +(m[4] ?? 0),
      +(m[5] ?? 0),
      +(m[6] ?? 0),
      Math.round(Number(m[7] ?? 0) * 1000),
    );
    return (ms - EXCEL_EPOCH) / DAY_MS;
  }
  // A time only (`13:45:00`): a fraction of a day.
  const t = /^(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(s.trim());
  return t ? (+t[1] * 3600 + +t[2] * 60 + +(t[3] ?? 0)) / 86400 : null;
}

interface OpenCell {
  ref: string;
  col: number;
  t: string;
  style: number;
  v: string[] | null;
  is: StringItem | null;
  hasFormula: boolean;
}

function cellValue(c: OpenCell, ctx: CellContext): CellValue {
  const text = c.is ? c.is.value() : c.v === null ? null : c.v.join("");
  if (text === null || (text === "" && c.t !== "inlineStr" && c.t !== "str" && c.t !== "s")) return null;
  const bad = (what: string) => {
    throw new Error(`cel ${c.ref}: ${what}`);
  };
  switch (c.t) {
    case "s": {
      if (text.trim() === "") return null;
      const i = Number(text);
      if (!Number.isInteger(i) || i < 0) bad(`gedeelde tekst nummer ${text} ontbreekt`);
      return new SharedRef(i, c.ref);
    }
    case "str":
    case "inlineStr":
      return text;
    case "b":
      return text.trim() === "1" || text.trim() === "true";
    case "e":
      return { error: text.trim() };
    case "d": {
      const serial = isoSerial(text);
      if (serial === null) bad(`'${text.slice(0, 30)}' is geen datum`);
      return serial;
    }
    default: {
      const n = Number(text.trim());
      if (text.trim() === "" || !Number.isFinite(n)) bad(`'${text.slice(0, 30)}' is geen getal`);
      return ctx.dateStyles[c.style] === true ? dateSerial(n, ctx.date1904) : n;
    }
  }
}

/** Parses a worksheet part; the cells `keep` says are kept, the last row is taken from all rows. */
/**
 * Most cells with a value kept from one sheet (about 45 MB in memory): far above any definition's tables
 * (10,000 rows of 25 columns), and low enough that memory stays bounded whatever a sheet holds.
 */
const MAX_KEPT_CELLS = 250_000;

function readSheet(pkg: Pkg, path: string, ctx: CellContext, keep: Keep, name: string): Sheet {
  const keepRows = Math.max(keep.wholeRows, 1, ...keep.areas.map((a) => a.bottom));
  const sheet: Sheet = { rows: new Map(), lastRow: 0, lastCol: 0, merges: [] };
  let root = true;
  let rowNumber = 0;
  let row: Map<number, CellValue> | null = null;
  let prevCol = 0;
  let cell: OpenCell | null = null;
  let inV = false;
  let kept = 0;
  parsePart(pkg, path, {
    open(t) {
      if (root) {
        root = false;
        if (!isMain(t, "worksheet")) throw new PartError(path, `dit is geen werkblad (<${t.name}>)`);
      }
      if (!MAIN_NS.has(t.uri)) return;
      if (cell) {
        if (t.local === "v") {
          inV = true;
          cell.v ??= [];
        } else if (t.local === "f") cell.hasFormula = true;
        else if (t.local === "is") cell.is = new StringItem();
        else cell.is?.open(t);
        return;
      }
      if (t.local === "row") {
        const r = parseInt(attr(t, "r") ?? "", 10);
        rowNumber = Number.isNaN(r) ? rowNumber + 1 : r;
        if (keep.firstRowOnly && rowNumber > 1) throw new StopParse();
        row = rowNumber >= 1 && rowNumber <= keepRows ? (sheet.rows.get(rowNumber) ?? new Map()) : null;
        if (row) sheet.rows.set(rowNumber, row);
        prevCol = 0;
      } else if (t.local === "c") {
        const ref = attr(t, "r");
        const m = ref ? /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(ref) : null;
        // Without an `r` attribute a cell takes the next position in its row.
        prevCol = m ? columnNumber(m[1]) : prevCol + 1;
        cell = {
          ref: ref ?? `${columnLetters(prevCol)}${rowNumber}`,
          col: prevCol,
          t: attr(t, "t") ?? "n",
          style: parseInt(attr(t, "s") ?? "0", 10) || 0,
          v: null,
          is: null,
          hasFormula: false,
        };
      } else if (t.local === "mergeCell") {
        const area = parseRef(attr(t, "ref") ?? "");
        if (!area) return;
        const ref = `${columnLetters(area.left)}${area.top}:${columnLetters(area.right)}${area.bottom}`;
        sheet.merges.push({ ...area, ref });
        sheet.lastRow = Math.max(sheet.lastRow, area.bottom);
        if (area.top <= keepRows) sheet.lastCol = Math.max(sheet.lastCol, area.right);
      }
    },
    close(t) {
      if (!cell || !MAIN_NS.has(t.uri)) return;
      if (t.local === "v") inV = false;
      else if (t.local === "c") {
        let v: CellValue;
        try {
          v = cellValue(cell, ctx);
        } catch (e) {
          if (e instanceof PartError || e instanceof ZipRefusal) throw e;
          throw new PartError(path, e instanceof Error ? e.message : String(e));
        }
        if (v !== null && rowNumber >= 1) {
          sheet.lastRow = Math.max(sheet.lastRow, rowNumber);
          if (row && keeps(keep, rowNumber, cell.col)) {
            if (++kept > MAX_KEPT_CELLS)
              throw new PartError(
                path,
                `het blad '${name}' heeft meer dan ${MAX_KEPT_CELLS.toLocaleString("nl-NL")} cellen om te lezen`,
              );
            row.set(cell.col, v);
            sheet.lastCol = Math.max(sheet.lastCol, cell.col);
          }
        }
        cell = null;
        inV = false;
      } else cell.is?.close(t);
    },
    text(s) {
      if (!cell) return;
      if (inV) cell.v?.push(s);
      else cell.is?.text(s);
    },
  });
  if (root) throw new PartError(path, "het werkblad is leeg (geen XML)");
  return sheet;
}

/** A kept cell's value, its shared string resolved (see `resolveStrings`). */
function resolved(v: CellValue | undefined): RawValue {
  if (v instanceof SharedRef) throw new Error(`shared string ${v.index} of ${v.ref} not resolved`);
  return v ?? null;
}

/**
 * Puts the shared strings into the kept cells of `sheets` (parsed from their parts): the strings part is
 * parsed keeping only the strings these cells use. A cell referring to a string that is not there makes the
 * sheet's part unreadable, named with the cell.
 */
function resolveStrings(
  pkg: Pkg,
  path: string | null,
  sheets: readonly { path: string; sheet: Sheet }[],
): void {
  const wanted = new Set<number>();
  for (const { sheet } of sheets)
    for (const row of sheet.rows.values())
      for (const v of row.values()) if (v instanceof SharedRef) wanted.add(v.index);
  if (wanted.size === 0) return;
  const strings = path === null ? new Map<number, string>() : readSharedStrings(pkg, path, wanted);
  for (const s of sheets)
    for (const row of s.sheet.rows.values())
      for (const [c, v] of row) {
        if (!(v instanceof SharedRef)) continue;
        const text = strings.get(v.index);
        if (text === undefined)
          throw new PartError(s.path, `cel ${v.ref}: gedeelde tekst nummer ${v.index} ontbreekt`);
        row.set(c, text);
      }
}

/** The grid of an area of a parsed sheet; cells inside a merged area other than its first are null. */
function sheetGrid(
  name: string,
  sheet: Sheet,
  table: string | null,
  top: number,
  left: number,
  last: number,
  right: number,
): Grid {
  // Never more than one row past the limit: enough for the core to refuse the table with its message.
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
      out.push(inside ? null : resolved(row?.get(c)));
    }
    values.push(out);
  }
  const merged = overlapping.map((m) => m.ref);
  return { sheet: name, table, top, left, values, ...(merged.length > 0 ? { merged } : {}) };
}

// ---------------------------------------------------------------------------------------------------------

function unreadable(bestand: string, e: unknown): UnreadableFileError {
  if (e instanceof UnreadableFileError) return e;
  if (e instanceof ZipRefusal) return new UnreadableFileError(bestand, e.reden);
  if (e instanceof PartError) {
    return new UnreadableFileError(
      bestand,
      `het onderdeel '${e.part}' van de werkmap is niet te lezen: ${e.what}. Open het bestand in Excel, sla het op als 'Excel-werkmap (*.xlsx)' en lever het opnieuw aan`,
    );
  }
  return new UnreadableFileError(
    bestand,
    `het bestand kan niet als Excel-werkmap worden gelezen (${e instanceof Error ? e.message.slice(0, 120) : "onbekende fout"}). Open het in Excel, sla het op als .xlsx en lever het opnieuw aan`,
  );
}

/**
 * Reads the wanted sources (and the recorded definition) from a .xlsx file's bytes. Throws
 * UnreadableFileError with a Dutch reason when the file is not a readable workbook. Never changes `buf`.
 */
export async function readXlsx(
  buf: Uint8Array,
  wanted: WantedSource[],
  bestand: string,
): Promise<WorkbookInput> {
  return readWorkbook(buf, { tables: wanted }, bestand);
}

/**
 * The one pass over a workbook: the recorded definition and the sheet names first, then what `plan` asks for
 * (given those, so a caller can choose the tables by the recorded definition), each part parsed at most once.
 * Throws UnreadableFileError with a Dutch reason when the file is not a readable workbook. Never changes `buf`.
 */
export async function readWorkbook(
  buf: Uint8Array,
  plan: ReadPlan | ((outline: WorkbookOutline) => ReadPlan),
  bestand: string,
): Promise<WorkbookInput> {
  const g = guardXlsx(buf);
  if (!g.ok) throw new UnreadableFileError(bestand, g.reden);
  try {
    return readParts({ buf, entries: g.entries, budget: newBudget() }, plan, bestand);
  } catch (e) {
    throw unreadable(bestand, e);
  }
}

/** Most cells a sheet read whole may span (rows × columns), far above any definition's sheets. */
const MAX_WHOLE_SHEET_CELLS = 1_000_000;

/** Where a wanted source was found: a table's area, or a sheet read whole. */
type Found = { sheet: number; table: TableInfo } | { sheet: number; table: null };

function readParts(
  pkg: Pkg,
  planOf: ReadPlan | ((outline: WorkbookOutline) => ReadPlan),
  bestand: string,
): WorkbookInput {
  const wb = readWorkbookPart(pkg);
  const bladen = wb.sheets.map((s) => s.name);
  const tables = wb.sheets.map((s) => sheetTables(pkg, s.path));
  const strings = wb.sharedStrings;
  const ctx: CellContext = {
    dateStyles:
      wb.styles === null || !pkg.entries.has(partKey(wb.styles)) ? [] : readDateStyles(pkg, wb.styles),
    date1904: wb.date1904,
  };
  const wholeGrid = (i: number, sheet: Sheet): Grid => {
    const rows = Math.min(Math.max(sheet.lastRow, 1), 1 + MAX_TABLE_ROWS);
    const cols = Math.max(sheet.lastCol, 1);
    if (rows * cols > MAX_WHOLE_SHEET_CELLS)
      throw new PartError(
        wb.sheets[i].path,
        `het blad '${wb.sheets[i].name}' is te groot om te lezen (${rows} rijen en ${cols} kolommen)`,
      );
    return sheetGrid(wb.sheets[i].name, sheet, null, 1, 1, rows, cols);
  };

  // The recorded definition first: it may decide what else is read.
  const m = wb.sheets.findIndex((s) => s.name === META_SHEET);
  const parsed = new Map<number, Sheet>();
  let definitie = null;
  if (m >= 0) {
    const meta = readSheet(
      pkg,
      wb.sheets[m].path,
      ctx,
      { wholeRows: 1 + MAX_TABLE_ROWS, areas: [], firstRowOnly: false },
      META_SHEET,
    );
    parsed.set(m, meta);
    resolveStrings(pkg, strings, [{ path: wb.sheets[m].path, sheet: meta }]);
    definitie = definitionFromMeta(
      sheetGrid(META_SHEET, meta, null, 1, 1, Math.max(meta.lastRow, 1), 2).values,
    );
  }
  const tabellen = tables.flat().map((t) => t.displayName || t.name);
  const plan = typeof planOf === "function" ? planOf({ definitie, bladen, tabellen }) : planOf;

  // Where each wanted source is: a table by name anywhere, else the sheet by name (read whole).
  const sheetIndex = (name: string) => wb.sheets.findIndex((s) => fold(s.name) === fold(name));
  const found: (Found | null)[] = plan.tables.map((w) => {
    for (let i = 0; i < wb.sheets.length; i++) {
      const t = tables[i].find(
        (x) => fold(x.name) === fold(w.table) || fold(x.displayName) === fold(w.table),
      );
      if (t) return { sheet: i, table: t };
    }
    const i = sheetIndex(w.sheet);
    return i >= 0 ? { sheet: i, table: null } : null;
  });
  const whole: Found[] = (plan.sheets ?? []).flatMap((name) => {
    const i = sheetIndex(name);
    return i >= 0 ? [{ sheet: i, table: null }] : [];
  });

  // Each sheet parsed once, keeping only what is wanted of it.
  const keep = wb.sheets.map((): Keep => ({ wholeRows: 0, areas: [], firstRowOnly: true }));
  for (const f of [...found, ...whole]) {
    if (!f) continue;
    const k = keep[f.sheet];
    k.firstRowOnly = false;
    if (f.table)
      k.areas.push({
        ...f.table.area,
        bottom: Math.min(f.table.area.bottom, f.table.area.top + MAX_TABLE_ROWS),
      });
    else k.wholeRows = 1 + MAX_TABLE_ROWS;
  }
  // The sheets wanted, in the order asked (the first unreadable one is named), then A1 of the others.
  const order = [...found, ...whole].flatMap((f) => (f ? [f.sheet] : []));
  if (plan.firstCells) order.push(...wb.sheets.map((_, i) => i));
  const fresh: { path: string; sheet: Sheet }[] = [];
  for (const i of order)
    if (!parsed.has(i)) {
      const sheet = readSheet(pkg, wb.sheets[i].path, ctx, keep[i], wb.sheets[i].name);
      parsed.set(i, sheet);
      fresh.push({ path: wb.sheets[i].path, sheet });
    }
  resolveStrings(pkg, strings, fresh);
  const sheetOf = (i: number): Sheet => parsed.get(i)!;
  const gridOf = (f: Found): Grid => {
    const sheet = sheetOf(f.sheet);
    if (!f.table) return wholeGrid(f.sheet, sheet);
    const { top, left, bottom, right } = f.table.area;
    return sheetGrid(wb.sheets[f.sheet].name, sheet, f.table.name, top, left, bottom, right);
  };
  const grids = [...found, ...whole].flatMap((f) => (f ? [gridOf(f)] : []));
  const input: WorkbookInput = { bestand, definitie, bladen, grids };
  if (plan.firstCells) {
    input.tabellen = tabellen;
    const eersteCellen: Record<string, RawValue> = {};
    wb.sheets.forEach((s, i) => {
      eersteCellen[s.name] = resolved(sheetOf(i).rows.get(1)?.get(1));
    });
    input.eersteCellen = eersteCellen;
  }
  return input;
}
