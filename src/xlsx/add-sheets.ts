/**
 * A copy of a workbook with sheets added (or owned sheets replaced), without parsing the workbook with a second
 * reader: the SheetModels are rendered by ExcelJS into a fresh workbook, and those worksheet parts (with the
 * cell formats they use, renumbered) are grafted into the original package. Every other part of the original
 * is copied byte for byte, still compressed; nothing of the user's sheets is read or rewritten.
 */
import { unzipSync, zipSync } from "fflate";
import { isOwnedSheet, type SheetModel } from "../core/sheet-model";
import { readWorkbook, resolveTarget } from "./read-xlsx";
import { renderSheets, SheetNameTakenError } from "./render-sheet";
import { newWorkbook, workbookBytes } from "./writer";
import { guardXlsx, partKey, type ZipEntry } from "./zip-guard";
import { entryData, inflateAll, newBudget, ZipRefusal } from "./zip-read";
import { UnreadableFileError } from "./unreadable";
import { chartParts, DRAWING_REL } from "./chart-xml";
import { printTitlesName } from "./sheet-writer";

const T_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const S_MAIN = "http://purl.oclc.org/ooxml/spreadsheetml/main";
const T_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const S_REL = "http://purl.oclc.org/ooxml/officeDocument/relationships";
const WORKSHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";

const utf8 = (s: string) => new TextEncoder().encode(s);
const text = (b: Uint8Array) => new TextDecoder("utf-8").decode(b);
const esc = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** An entry of the new archive: copied raw from the original, or new content. */
type OutEntry = { name: string; raw: ZipEntry } | { name: string; data: Uint8Array };

/** Element prefix (with colon) used for an element in a part: `x:` for `<x:sheets>`, else "". */
function prefixOf(xml: string, local: string): string {
  const m = new RegExp(`<([A-Za-z_][\\w.-]*:)?${local}[\\s>/]`).exec(xml);
  return m?.[1] ?? "";
}

function relsPath(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** Path of `target` relative to the folder of `source` (both part names without leading slash). */
function relativeTarget(source: string, target: string): string {
  const from = source.split("/").slice(0, -1);
  const to = target.split("/");
  let i = 0;
  while (i < from.length && i < to.length - 1 && from[i] === to[i]) i++;
  return [...from.slice(i).map(() => ".."), ...to.slice(i)].join("/");
}

interface Styles {
  numFmts: Map<number, string>;
  fonts: string[];
  fills: string[];
  borders: string[];
  cellXfs: string[];
}

/** The children of a collection element (`<fonts>…</fonts>`) of ExcelJS's styles.xml (no prefixes there). */
function children(xml: string, parent: string, child: string): string[] {
  const m = new RegExp(`<${parent}[^>]*>([\\s\\S]*?)</${parent}>`).exec(xml);
  if (!m) return [];
  return [...m[1].matchAll(new RegExp(`<${child}\\b(?:[^>]*/>|[\\s\\S]*?</${child}>)`, "g"))].map(
    (x) => x[0],
  );
}

function freshStyles(xml: string): Styles {
  const numFmts = new Map<number, string>();
  for (const f of children(xml, "numFmts", "numFmt")) {
    const id = /numFmtId="(\d+)"/.exec(f)?.[1];
    const code = /formatCode="([^"]*)"/.exec(f)?.[1];
    if (id && code !== undefined) numFmts.set(Number(id), code);
  }
  return {
    numFmts,
    fonts: children(xml, "fonts", "font"),
    fills: children(xml, "fills", "fill"),
    borders: children(xml, "borders", "border"),
    cellXfs: children(xml, "cellXfs", "xf"),
  };
}

/** Puts `prefix` on every element name of an ExcelJS fragment (`<b/>` → `<x:b/>`). */
function withPrefix(fragment: string, prefix: string): string {
  return prefix === "" ? fragment : fragment.replace(/<(\/?)([A-Za-z])/g, `<$1${prefix}$2`);
}

/** Number of children of a collection element in the original styles (by its count, else by counting). */
function countOf(xml: string, p: string, parent: string, child: string): number {
  const open = new RegExp(`<${p}${parent}\\b([^>]*?)(/?)>`).exec(xml);
  if (!open) return 0;
  if (open[2] === "/") return 0;
  const close = xml.indexOf(`</${p}${parent}>`, open.index);
  const body = xml.slice(open.index + open[0].length, close < 0 ? undefined : close);
  return (body.match(new RegExp(`<${p}${child}[\\s/>]`, "g")) ?? []).length;
}

/** Appends children to a collection element of the original styles, creating it before `before` if absent. */
function append(
  xml: string,
  p: string,
  parent: string,
  child: string,
  items: string[],
  before: string[],
): string {
  if (items.length === 0) return xml;
  const n = countOf(xml, p, parent, child) + items.length;
  const body = items.join("");
  const open = new RegExp(`<${p}${parent}\\b([^>]*?)(/?)>`).exec(xml);
  if (open) {
    const attrs = open[1].replace(/\s+count="\d*"/, "");
    if (open[2] === "/")
      return xml.replace(open[0], `<${p}${parent}${attrs} count="${n}">${body}</${p}${parent}>`);
    const close = xml.indexOf(`</${p}${parent}>`, open.index);
    const head = `<${p}${parent}${attrs} count="${n}">`;
    return (
      xml.slice(0, open.index) +
      head +
      xml.slice(open.index + open[0].length, close) +
      body +
      xml.slice(close)
    );
  }
  const element = `<${p}${parent} count="${n}">${body}</${p}${parent}>`;
  for (const b of before) {
    const at = xml.search(new RegExp(`<${p}${b}[\\s/>]`));
    if (at >= 0) return xml.slice(0, at) + element + xml.slice(at);
  }
  const end = xml.lastIndexOf(`</${p}styleSheet>`);
  return xml.slice(0, end) + element + xml.slice(end);
}

/** Merges the fresh cell formats into the original styles; returns the new styles and the xf index map. */
function mergeStyles(original: string, fresh: Styles): { xml: string; xf: (i: number) => number } {
  const p = prefixOf(original, "styleSheet");
  const [fonts, fills, borders, xfs] = [
    countOf(original, p, "fonts", "font"),
    countOf(original, p, "fills", "fill"),
    countOf(original, p, "borders", "border"),
    countOf(original, p, "cellXfs", "xf"),
  ];
  const used = [...original.matchAll(/numFmtId="(\d+)"/g)].map((m) => Number(m[1]));
  let next = Math.max(163, ...used) + 1;
  const fmt = new Map<number, number>();
  const numFmts: string[] = [];
  for (const [id, code] of fresh.numFmts) {
    fmt.set(id, next);
    numFmts.push(`<numFmt numFmtId="${next}" formatCode="${code}"/>`);
    next += 1;
  }
  const shift = (xf: string, attr: string, by: (n: number) => number) =>
    xf.replace(new RegExp(`\\b${attr}="(\\d+)"`), (_, n: string) => `${attr}="${by(Number(n))}"`);
  const cellXfs = fresh.cellXfs.map((xf) => {
    let x = shift(xf, "numFmtId", (n) => fmt.get(n) ?? n);
    x = shift(x, "fontId", (n) => n + fonts);
    x = shift(x, "fillId", (n) => n + fills);
    x = shift(x, "borderId", (n) => n + borders);
    return shift(x, "xfId", () => 0);
  });
  const order = ["fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs"];
  // Each collection is appended before the first of the collections that follow it in the schema's order.
  const parts: [string, string, string[], number][] = [
    ["numFmts", "numFmt", numFmts, 0],
    ["fonts", "font", fresh.fonts, 1],
    ["fills", "fill", fresh.fills, 2],
    ["borders", "border", fresh.borders, 3],
    ["cellXfs", "xf", cellXfs, 5],
  ];
  let xml = original;
  for (const [collection, item, entries, after] of parts)
    xml = append(
      xml,
      p,
      collection,
      item,
      entries.map((f) => withPrefix(f, p)),
      order.slice(after),
    );
  return { xml, xf: (i) => (i === 0 ? 0 : i + xfs) };
}

/** Shared strings of the fresh workbook written inline, and style indexes renumbered. */
function graftSheet(sheetXml: string, strings: string[], xf: (i: number) => number, strict: boolean): string {
  let xml = sheetXml.replace(
    /<c ([^>]*?)t="s"([^>]*)><v>(\d+)<\/v><\/c>/g,
    (_, a: string, b: string, i: string) =>
      `<c ${a}t="inlineStr"${b}><is><t xml:space="preserve">${strings[Number(i)] ?? ""}</t></is></c>`,
  );
  xml = xml.replace(/(<c [^>]*?\bs=")(\d+)"/g, (_, a: string, n: string) => `${a}${xf(Number(n))}"`);
  if (strict) xml = xml.split(T_MAIN).join(S_MAIN).split(T_REL).join(S_REL);
  return xml;
}

/** The texts of ExcelJS's shared strings part, still XML-escaped (they go back into XML as they are). */
function freshStrings(xml: string | undefined): string[] {
  if (!xml) return [];
  return [...xml.matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) =>
    [...m[1].matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((t) => t[1]).join(""),
  );
}

/** Puts `<drawing r:id>` into a worksheet at its place in the schema's order (before tableParts/extLst). */
function withDrawing(sheetXml: string, rid: string): string {
  const p = prefixOf(sheetXml, "worksheet");
  const el = `<${p}drawing r:id="${rid}"/>`;
  const at = sheetXml.search(
    new RegExp(
      `<${p}(?:legacyDrawing|legacyDrawingHF|picture|oleObjects|controls|webPublishItems|tableParts|extLst)[\\s/>]|</${p}worksheet>`,
    ),
  );
  return sheetXml.slice(0, at) + el + sheetXml.slice(at);
}

/**
 * The workbook's print titles: for every grafted sheet (by its 0-based place in `<sheets>`) its
 * `_xlnm.Print_Titles`, replacing one an owned sheet had before.
 */
function withPrintTitles(wbXml: string, titles: Map<number, string>): string {
  if (titles.size === 0) return wbXml;
  const p = prefixOf(wbXml, "workbook");
  let xml = wbXml.replace(
    new RegExp(
      `<${p}definedName\\b[^>]*name="_xlnm\\.Print_(?:Titles|Area)"[^>]*>[^<]*</${p}definedName>`,
      "g",
    ),
    (el) => {
      const id = Number(/localSheetId="(\d+)"/.exec(el)?.[1] ?? -1);
      return titles.has(id) ? "" : el;
    },
  );
  const names = [...titles.values()].map((n) => (p === "" ? n : withPrefix(n, p))).join("");
  if (xml.includes(`</${p}definedNames>`))
    return xml.replace(`</${p}definedNames>`, `${names}</${p}definedNames>`);
  if (new RegExp(`<${p}definedNames\\s*/>`).test(xml))
    return xml.replace(
      new RegExp(`<${p}definedNames\\s*/>`),
      `<${p}definedNames>${names}</${p}definedNames>`,
    );
  // definedNames follows sheets (and functionGroups, externalReferences) in CT_Workbook.
  const after = new RegExp(
    `</${p}sheets>(?:\\s*<${p}functionGroups[\\s\\S]*?(?:/>|</${p}functionGroups>))?(?:\\s*<${p}externalReferences>[\\s\\S]*?</${p}externalReferences>)?`,
  ).exec(xml);
  if (!after) return xml;
  const at = after.index + after[0].length;
  xml = xml.slice(0, at) + `<${p}definedNames>${names}</${p}definedNames>` + xml.slice(at);
  return xml;
}

// ---------------------------------------------------------------------------------------------------------
// Zip writing: raw copies and new entries

function zipArchive(entries: OutEntry[], source: Uint8Array): Uint8Array {
  const fresh = entries.filter((e): e is { name: string; data: Uint8Array } => "data" in e);
  // fflate deflates the new entries; their raw form is then copied like the original's.
  const packed = zipSync(Object.fromEntries(fresh.map((e) => [e.name, e.data])), { level: 6 });
  const g = guardXlsxEntries(packed);
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const e of entries) {
    const [raw, buf] = "raw" in e ? [e.raw, source] : [g.get(e.name)!, packed];
    const data = entryData(buf, raw);
    const name = utf8(e.name);
    const local = new DataView(new ArrayBuffer(30));
    local.setUint32(0, 0x04034b50, true);
    local.setUint16(4, 20, true);
    local.setUint16(6, (raw.flags & ~0x8) | 0x800, true);
    local.setUint16(8, raw.method, true);
    local.setUint16(10, raw.time, true);
    local.setUint16(12, raw.date, true);
    local.setUint32(14, raw.crc, true);
    local.setUint32(18, data.length, true);
    local.setUint32(22, raw.declaredSize, true);
    local.setUint16(26, name.length, true);
    chunks.push(new Uint8Array(local.buffer), name, data);
    const c = new DataView(new ArrayBuffer(46));
    c.setUint32(0, 0x02014b50, true);
    c.setUint16(4, 20, true);
    c.setUint16(6, 20, true);
    c.setUint16(8, (raw.flags & ~0x8) | 0x800, true);
    c.setUint16(10, raw.method, true);
    c.setUint16(12, raw.time, true);
    c.setUint16(14, raw.date, true);
    c.setUint32(16, raw.crc, true);
    c.setUint32(20, data.length, true);
    c.setUint32(24, raw.declaredSize, true);
    c.setUint16(28, name.length, true);
    c.setUint32(42, offset, true);
    central.push(new Uint8Array(c.buffer), name);
    offset += 30 + name.length + data.length;
  }
  const cdSize = central.reduce((n, b) => n + b.length, 0);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, entries.length, true);
  end.setUint16(10, entries.length, true);
  end.setUint32(12, cdSize, true);
  end.setUint32(16, offset, true);
  const all = [...chunks, ...central, new Uint8Array(end.buffer)];
  const out = new Uint8Array(all.reduce((n, b) => n + b.length, 0));
  let at = 0;
  for (const b of all) {
    out.set(b, at);
    at += b.length;
  }
  return out;
}

function guardXlsxEntries(buf: Uint8Array): Map<string, ZipEntry> {
  const g = guardXlsx(buf);
  if (!g.ok) throw new Error(`internal zip: ${g.reden}`);
  return new Map([...g.entries.values()].map((e) => [e.name, e]));
}

// ---------------------------------------------------------------------------------------------------------

/**
 * The original workbook with one worksheet per model added at the end, or put in place of an existing sheet
 * of that name that Regiomonitor owns. Refuses (SheetNameTakenError) when a user's sheet has a wanted name;
 * UnreadableFileError when the original is not a readable workbook. `original` is never changed.
 */
export async function addSheets(
  original: Uint8Array,
  models: SheetModel[],
  bestand: string,
): Promise<Uint8Array> {
  // Which sheets exist, and are those with a wanted name ours? Read by the one reader.
  const existing = await readWorkbook(original, { tables: [], firstCells: true }, bestand);
  const owned = new Set<string>();
  for (const m of models) {
    const name = existing.bladen.find((b) => b.toLowerCase() === m.name.toLowerCase());
    if (name !== undefined && !isOwnedSheet(existing.eersteCellen?.[name] ?? null))
      throw new SheetNameTakenError(name);
    if (name !== undefined) owned.add(name.toLowerCase());
  }

  const g = guardXlsx(original);
  if (!g.ok) throw new UnreadableFileError(bestand, g.reden);
  const budget = newBudget();
  const names = new Map([...g.entries.values()].map((e) => [partKey(e.name), e.name.replace(/^\/+/, "")]));
  const read = (part: string): string | null => {
    const e = g.entries.get(partKey(part));
    return e ? text(inflateAll(original, e, budget)) : null;
  };
  const changed = new Map<string, Uint8Array>();
  const set = (part: string, xml: string) => changed.set(names.get(partKey(part)) ?? part, utf8(xml));

  try {
    // The fresh workbook with the models, rendered by ExcelJS.
    // Loaded here, lazily (a check without --out never loads ExcelJS); links inside the workbook are
    // written as locations (see internal-links.ts), so the grafted sheets have no link relationships.
    const wb = await newWorkbook();
    renderSheets(wb, models);
    const fresh = unzipSync(new Uint8Array(await workbookBytes(wb)));
    const ft = (n: string) => (fresh[n] ? text(fresh[n]) : undefined);
    const strings = freshStrings(ft("xl/sharedStrings.xml"));

    const pkgRels = read("_rels/.rels") ?? "";
    const wbTarget =
      /<(?:\w+:)?Relationship\b[^>]*Type="[^"]*\/officeDocument"[^>]*>/
        .exec(pkgRels)?.[0]
        .match(/Target="([^"]*)"/)?.[1] ?? "xl/workbook.xml";
    const wbPath = resolveTarget("", wbTarget);
    let wbXml = read(wbPath) ?? "";
    const strict = wbXml.includes(S_MAIN);
    const wbRelsPath = relsPath(wbPath);
    let wbRels = read(wbRelsPath) ?? "";
    let types = read("[Content_Types].xml") ?? "";
    const relsList = [...wbRels.matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)].map((m) => ({
      id: /\bId="([^"]*)"/.exec(m[0])?.[1] ?? "",
      type: /\bType="([^"]*)"/.exec(m[0])?.[1] ?? "",
      target: /\bTarget="([^"]*)"/.exec(m[0])?.[1] ?? "",
    }));

    // Styles: the fresh formats appended to the original's.
    const stylesRel = relsList.find((r) => r.type.endsWith("/styles"));
    const stylesPath = stylesRel ? resolveTarget(wbPath, stylesRel.target) : null;
    const stylesXml = stylesPath ? read(stylesPath) : null;
    let xf: (i: number) => number = (i) => i;
    if (stylesPath && stylesXml) {
      const merged = mergeStyles(stylesXml, freshStyles(ft("xl/styles.xml") ?? ""));
      set(stylesPath, merged.xml);
      xf = merged.xf;
    } else if (!stylesRel) {
      // A workbook without styles (some generators write none): the fresh workbook's styles become its styles.
      const part = resolveTarget(wbPath, "styles.xml");
      const xml = ft("xl/styles.xml") ?? "";
      set(part, strict ? xml.split(T_MAIN).join(S_MAIN) : xml);
      const relTag = prefixOf(wbRels, "Relationships");
      const type = strict
        ? "http://purl.oclc.org/ooxml/officeDocument/relationships/styles"
        : `${T_REL}/styles`;
      wbRels = wbRels.replace(
        `</${relTag}Relationships>`,
        `<${relTag}Relationship Id="rIdRegiomonitorStyles" Type="${type}" Target="${relativeTarget(wbPath, part)}"/></${relTag}Relationships>`,
      );
      const typesTag = prefixOf(types, "Types");
      types = types.replace(
        `</${typesTag}Types>`,
        `<${typesTag}Override PartName="/${part}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></${typesTag}Types>`,
      );
    }

    const sheetTag = prefixOf(wbXml, "sheets");
    const relTag = prefixOf(wbRels, "Relationships");
    const sheetElements = [...wbXml.matchAll(new RegExp(`<${sheetTag}sheet\\b[^>]*>`, "g"))].map((m) => m[0]);
    let nextId = Math.max(0, ...sheetElements.map((s) => Number(/\bsheetId="(\d+)"/.exec(s)?.[1] ?? 0))) + 1;
    let nextPart = 1;
    let appended = sheetElements.length;
    const titles = new Map<number, string>();
    // Charts of the models (the overview sheet), numbered after the package's own drawings and charts.
    const charts = chartParts(models, {
      drawing: (n) => names.has(partKey(`xl/drawings/drawing${n}.xml`)),
      chart: (n) => names.has(partKey(`xl/charts/chart${n}.xml`)),
    });
    for (const [part, xml] of Object.entries(charts.files))
      set(part, strict ? xml.split(T_REL).join(S_REL) : xml);
    const typesTag0 = prefixOf(types, "Types");
    for (const [part, type] of charts.types)
      types = types.replace(
        `</${typesTag0}Types>`,
        `<${typesTag0}Override PartName="${part}" ContentType="${type}"/></${typesTag0}Types>`,
      );
    models.forEach((m, i) => {
      const freshPart = `xl/worksheets/sheet${i + 1}.xml`;
      let xml = graftSheet(ft(freshPart) ?? "", strings, xf, strict);
      const drawing = charts.drawings.get(i);
      if (drawing) xml = withDrawing(xml, "rIdRegiomonitorDrawing");
      const freshRels = ft(`xl/worksheets/_rels/sheet${i + 1}.xml.rels`);
      // An owned sheet of this name: its part gets the new content; its place and id stay.
      const el = sheetElements.find((s) => {
        const n = /\bname="([^"]*)"/.exec(s)?.[1] ?? "";
        return (
          owned.has(n.replace(/&amp;/g, "&").toLowerCase()) && n.toLowerCase() === esc(m.name).toLowerCase()
        );
      });
      let part: string;
      const place = el ? sheetElements.indexOf(el) : appended++;
      const title = printTitlesName(m, place);
      if (title) titles.set(place, title);
      if (el) {
        const rid = [...el.matchAll(/\b[\w.-]+:id="([^"]*)"/g)].map((x) => x[1])[0];
        part = resolveTarget(wbPath, relsList.find((r) => r.id === rid)?.target ?? "");
      } else {
        // Named like Excel's own parts (some readers, ExcelJS among them, find worksheets only by this name).
        while (names.has(partKey(`xl/worksheets/sheet${nextPart}.xml`))) nextPart++;
        part = `xl/worksheets/sheet${nextPart++}.xml`;
        const rid = `rIdRegiomonitor${nextId}`;
        const relType = strict
          ? "http://purl.oclc.org/ooxml/officeDocument/relationships/worksheet"
          : `${T_REL}/worksheet`;
        wbRels = wbRels.replace(
          `</${relTag}Relationships>`,
          `<${relTag}Relationship Id="${rid}" Type="${relType}" Target="${relativeTarget(wbPath, part)}"/></${relTag}Relationships>`,
        );
        const ns = strict ? S_REL : T_REL;
        wbXml = wbXml.replace(
          `</${sheetTag}sheets>`,
          `<${sheetTag}sheet xmlns:r="${ns}" name="${esc(m.name)}" sheetId="${nextId}" r:id="${rid}"/></${sheetTag}sheets>`,
        );
        nextId += 1;
        const typesTag = prefixOf(types, "Types");
        types = types.replace(
          `</${typesTag}Types>`,
          `<${typesTag}Override PartName="/${part}" ContentType="${WORKSHEET_TYPE}"/></${typesTag}Types>`,
        );
      }
      set(part, xml);
      // The sheet's own relationships: its drawing, or the fresh ones (hyperlinks), or none.
      const rels = relsPath(part);
      if (drawing) {
        const relXml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdRegiomonitorDrawing" Type="${DRAWING_REL}" Target="${relativeTarget(part, `xl/drawings/${drawing}`)}"/></Relationships>`;
        set(rels, strict ? relXml.split(T_REL).join(S_REL) : relXml);
      } else if (freshRels) set(rels, strict ? freshRels.split(T_REL).join(S_REL) : freshRels);
      else if (names.has(partKey(rels)))
        changed.set(
          names.get(partKey(rels))!,
          utf8(
            `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>`,
          ),
        );
    });
    set(wbPath, withPrintTitles(wbXml, titles));
    set(wbRelsPath, wbRels);
    set("[Content_Types].xml", types);
  } catch (e) {
    if (e instanceof SheetNameTakenError) throw e;
    if (e instanceof ZipRefusal) throw new UnreadableFileError(bestand, e.reden);
    throw e;
  }

  const out: OutEntry[] = [];
  for (const e of g.entries.values()) {
    const name = e.name.replace(/^\/+/, "");
    const data = changed.get(name);
    out.push(data ? { name, data } : { name, raw: e });
    changed.delete(name);
  }
  for (const [name, data] of changed) out.push({ name, data });
  return zipArchive(out, original);
}
