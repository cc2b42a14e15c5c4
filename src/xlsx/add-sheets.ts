/**
 * A copy of a workbook with sheets added (or owned sheets replaced), as `check --out` writes it. The sheets are
 * written by our one sheet writer (sheet-writer.ts: `worksheetXml`, text inline, cell formats numbered after
 * the workbook's own); the workbook, its relationships, the content types and the styles are changed as XML
 * trees (xml-tree.ts), each new element put where the schema's sequence wants it. Every other part of the
 * original is copied byte for byte, still compressed; nothing of the user's sheets is read or rewritten.
 */
import { isOwnedSheet, sheetNameTakenMessage, type SheetModel } from "../core/sheet-model";
import { readWorkbook, resolveTarget } from "./read-xlsx";
import { guardXlsx, partKey, type ZipEntry } from "./zip-guard";
import { entryData, inflateAll, newBudget, ZipRefusal } from "./zip-read";
import { UnreadableFileError } from "./unreadable";
import { chartParts, sheetDrawingRelsXml } from "./chart-xml";
import {
  printTitlesName,
  sheetOf,
  STRICT,
  Styles,
  TRANSITIONAL,
  worksheetXml,
  type StyleBase,
} from "./sheet-writer";
import {
  attr,
  childElements,
  declaredPrefix,
  element,
  ensureChild,
  firstChild,
  fragment,
  parseXml,
  prefixedAttr,
  removeChildren,
  serializeXml,
  setAttr,
  type XmlElement,
} from "./xml-tree";

import { CT, PKG_REL } from "./ooxml";
import { deflated, zipItems } from "./zip-write";

/** A sheet of the user's has a name Regiomonitor wants to write: nothing is written. */
export class SheetNameTakenError extends Error {
  constructor(readonly sheet: string) {
    super(sheetNameTakenMessage(sheet));
  }
}
const EMPTY_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PKG_REL}"/>`;

/** CT_Workbook's sequence (ECMA-376 part 1, 18.2.27). */
const WORKBOOK_ORDER = [
  "fileVersion",
  "fileSharing",
  "workbookPr",
  "workbookProtection",
  "bookViews",
  "sheets",
  "functionGroups",
  "externalReferences",
  "definedNames",
  "calcPr",
  "oleSize",
  "customWorkbookViews",
  "pivotCaches",
  "smartTagPr",
  "smartTagTypes",
  "webPublishing",
  "fileRecoveryPr",
  "webPublishObjects",
  "extLst",
] as const;

/** CT_Stylesheet's sequence (18.8.39). */
const STYLES_ORDER = [
  "numFmts",
  "fonts",
  "fills",
  "borders",
  "cellStyleXfs",
  "cellXfs",
  "cellStyles",
  "dxfs",
  "tableStyles",
  "colors",
  "extLst",
] as const;

const utf8 = (s: string) => new TextEncoder().encode(s);
const text = (b: Uint8Array) => new TextDecoder("utf-8").decode(b);

/** An entry of the new archive: copied raw from the original, or new content. */
type OutEntry = { name: string; raw: ZipEntry } | { name: string; data: Uint8Array };

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

/** The number of `item` children of a collection of the styles (0 when the collection is absent). */
const countOf = (styles: XmlElement, collection: string, item: string): number => {
  const c = firstChild(styles, collection);
  return c ? childElements(c, item).length : 0;
};

/** Where the workbook's own style collections end (the added formats are numbered after them). */
function styleBase(styles: XmlElement): StyleBase {
  const ids = childElements(firstChild(styles, "numFmts") ?? styles, "numFmt").map((f) =>
    Number(attr(f, "numFmtId") ?? 0),
  );
  return {
    fonts: countOf(styles, "fonts", "font"),
    fills: countOf(styles, "fills", "fill"),
    borders: countOf(styles, "borders", "border"),
    cellXfs: countOf(styles, "cellXfs", "xf"),
    numFmtId: Math.max(163, ...ids) + 1,
  };
}

/** Appends the formats the new sheets use to the workbook's styles, each collection in the schema's order. */
function appendStyles(tree: XmlElement, styles: Styles): void {
  const e = styles.entries();
  const collections: [string, string, string[]][] = [
    ["numFmts", "numFmt", e.numFmts],
    ["fonts", "font", e.fonts],
    ["fills", "fill", e.fills],
    ["borders", "border", e.borders],
    ["cellXfs", "xf", e.cellXfs],
  ];
  for (const [name, item, entries] of collections) {
    if (entries.length === 0) continue;
    const c = ensureChild(tree, name, STYLES_ORDER);
    c.children.push(...fragment(entries.join(""), tree));
    setAttr(c, "count", String(childElements(c, item).length));
  }
}

/** A relationship element in a relationships part (with the part's own prefix). */
const relationship = (rels: XmlElement, id: string, type: string, target: string): XmlElement =>
  element(rels, "Relationship", [
    ["Id", id],
    ["Type", type],
    ["Target", target],
  ]);

const override = (types: XmlElement, part: string, type: string): XmlElement =>
  element(types, "Override", [
    ["PartName", part],
    ["ContentType", type],
  ]);

// ---------------------------------------------------------------------------------------------------------
// Zip writing: raw copies and new entries

function zipArchive(entries: OutEntry[], source: Uint8Array): Uint8Array {
  return zipItems(
    entries.map((e) =>
      "raw" in e
        ? {
            name: e.name,
            method: e.raw.method,
            flags: e.raw.flags,
            time: e.raw.time,
            date: e.raw.date,
            crc: e.raw.crc,
            size: e.raw.declaredSize,
            body: entryData(source, e.raw),
          }
        : deflated(e.name, e.data),
    ),
  );
}

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
  const tree = (part: string): XmlElement => {
    const xml = read(part);
    if (xml === null) throw new UnreadableFileError(bestand, `het deel ${part} ontbreekt`);
    try {
      return parseXml(xml);
    } catch (e) {
      throw new UnreadableFileError(
        bestand,
        `het deel ${part} is geen geldige XML (${(e as Error).message})`,
      );
    }
  };
  const changed = new Map<string, Uint8Array>();
  const set = (part: string, xml: string) => changed.set(names.get(partKey(part)) ?? part, utf8(xml));

  try {
    const pkgRels = tree("_rels/.rels");
    const officeDocument = childElements(pkgRels, "Relationship").find((r) =>
      (attr(r, "Type") ?? "").endsWith("/officeDocument"),
    );
    const wbPath = resolveTarget("", attr(officeDocument ?? pkgRels, "Target") ?? "xl/workbook.xml");
    const wb = tree(wbPath);
    const ns = wb.attrs.some(([, v]) => v === STRICT.main) ? STRICT : TRANSITIONAL;
    const wbRelsPath = relsPath(wbPath);
    const wbRels = tree(wbRelsPath);
    const types = tree("[Content_Types].xml");
    const rels = childElements(wbRels, "Relationship").map((r) => ({
      id: attr(r, "Id") ?? "",
      type: attr(r, "Type") ?? "",
      target: attr(r, "Target") ?? "",
    }));

    // Styles: the new sheets' formats numbered after the workbook's own (or, without a styles part, a new one).
    const stylesRel = rels.find((r) => r.type.endsWith("/styles"));
    const stylesPath = stylesRel ? resolveTarget(wbPath, stylesRel.target) : null;
    const stylesTree = stylesPath ? tree(stylesPath) : null;
    const styles = new Styles(stylesTree ? styleBase(stylesTree) : undefined);

    const sheets = firstChild(wb, "sheets");
    if (!sheets) throw new UnreadableFileError(bestand, "de werkmap heeft geen bladenlijst");
    const sheetElements = childElements(sheets, "sheet");
    let nextId = Math.max(0, ...sheetElements.map((s) => Number(attr(s, "sheetId") ?? 0))) + 1;
    let nextPart = 1;
    let appended = sheetElements.length;
    const titles = new Map<number, string>();
    // The prefix the workbook gives the relationships namespace, or a declaration on each new sheet element.
    const relPrefix = declaredPrefix(wb, ns.rel);
    // Charts of the models (the overview sheet), numbered after the package's own drawings and charts.
    const charts = chartParts(
      models,
      {
        drawing: (n) => names.has(partKey(`xl/drawings/drawing${n}.xml`)),
        chart: (n) => names.has(partKey(`xl/charts/chart${n}.xml`)),
      },
      ns.rel,
    );
    for (const [part, xml] of Object.entries(charts.files)) set(part, xml);
    for (const [part, type] of charts.types) types.children.push(override(types, part, type));
    let bars = 0;
    models.forEach((m, i) => {
      // An owned sheet of this name: its part gets the new content; its place and id stay.
      const el = sheetElements.find(
        (s) =>
          owned.has((attr(s, "name") ?? "").toLowerCase()) &&
          attr(s, "name")?.toLowerCase() === m.name.toLowerCase(),
      );
      const place = el ? sheetElements.indexOf(el) : appended++;
      const sheet = sheetOf(m);
      const title = printTitlesName(sheet, place);
      if (title) titles.set(place, title);
      let part: string;
      if (el) {
        const rid = prefixedAttr(el, "id");
        part = resolveTarget(wbPath, rels.find((r) => r.id === rid)?.target ?? "");
      } else {
        // Named like Excel's own parts (some readers, ExcelJS among them, find worksheets only by this name).
        while (names.has(partKey(`xl/worksheets/sheet${nextPart}.xml`))) nextPart++;
        part = `xl/worksheets/sheet${nextPart++}.xml`;
        const rid = `rIdRegiomonitor${nextId}`;
        wbRels.children.push(relationship(wbRels, rid, `${ns.rel}/worksheet`, relativeTarget(wbPath, part)));
        const idAttr: [string, string][] = relPrefix
          ? [[`${relPrefix}id`, rid]]
          : [
              ["xmlns:r", ns.rel],
              ["r:id", rid],
            ];
        const sheet = element(sheets, "sheet", [["name", m.name], ["sheetId", String(nextId)], ...idAttr]);
        sheets.children.push(sheet);
        nextId += 1;
        types.children.push(override(types, `/${part}`, `${CT}.worksheet+xml`));
      }
      const drawing = charts.drawings.get(i);
      set(
        part,
        worksheetXml(sheet, {
          styles,
          strings: null,
          firstBar: bars,
          rels: drawing ? { drawing: "rId1" } : {},
          active: false,
          ns,
        }),
      );
      bars += m.dataBars.length;
      // The sheet's own relationships: its drawing, or none.
      const sheetRels = relsPath(part);
      if (drawing)
        set(sheetRels, sheetDrawingRelsXml(relativeTarget(part, `xl/drawings/${drawing}`), "rId1", ns.rel));
      else if (names.has(partKey(sheetRels))) set(sheetRels, EMPTY_RELS);
    });

    if (stylesPath && stylesTree) {
      appendStyles(stylesTree, styles);
      set(stylesPath, serializeXml(stylesTree));
    } else {
      // A workbook without styles (some generators write none): the new sheets' styles become its styles.
      const part = resolveTarget(wbPath, "styles.xml");
      set(part, styles.xml(ns));
      wbRels.children.push(
        relationship(wbRels, "rIdRegiomonitorStyles", `${ns.rel}/styles`, relativeTarget(wbPath, part)),
      );
      types.children.push(override(types, `/${part}`, `${CT}.styles+xml`));
    }

    // The print titles and areas of the new sheets, replacing those an owned sheet had.
    if (titles.size > 0) {
      const defined = ensureChild(wb, "definedNames", WORKBOOK_ORDER);
      removeChildren(
        defined,
        (d) =>
          /^_xlnm\.Print_(Titles|Area)$/.test(attr(d, "name") ?? "") &&
          titles.has(Number(attr(d, "localSheetId") ?? -1)),
      );
      for (const t of titles.values()) defined.children.push(...fragment(t, wb));
    }
    set(wbPath, serializeXml(wb));
    set(wbRelsPath, serializeXml(wbRels));
    set("[Content_Types].xml", serializeXml(types));
  } catch (e) {
    if (e instanceof SheetNameTakenError || e instanceof UnreadableFileError) throw e;
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
