/**
 * Links to cells inside the workbook, written as Excel writes them: `<hyperlink ref location display/>`
 * with no relationship. ExcelJS 4 writes every hyperlink as an External relationship (plus a `location`
 * when the target looks like `Sheet!A1`), so that Excel may try to open a file. The renderer therefore
 * gives ExcelJS plain text and records the links here; after ExcelJS has written the package, one pass
 * adds them to the sheets' XML. Only the changed sheet parts are compressed again.
 */

export interface InternalLink {
  /** The cell holding the link, e.g. `A5`. */
  ref: string;
  /** The target inside the workbook, sheet-qualified: `'Regio × mijlpaal'!A5`. */
  location: string;
  /** The cell's text. */
  display: string;
}

/** Links per sheet name, per workbook object (the ExcelJS workbook the renderer wrote into). */
const pending = new WeakMap<object, Map<string, InternalLink[]>>();

/** Records (or, with none, forgets) the internal links of one sheet of a workbook. */
export function setSheetLinks(wb: object, sheet: string, links: InternalLink[]): void {
  let bySheet = pending.get(wb);
  if (!bySheet) {
    bySheet = new Map();
    pending.set(wb, bySheet);
  }
  if (links.length > 0) bySheet.set(sheet, links);
  else bySheet.delete(sheet);
}

/** The recorded links of a workbook, for sheets that still exist in it. */
export function workbookLinks(
  wb: object,
  sheetExists: (name: string) => boolean,
): Map<string, InternalLink[]> {
  const bySheet = pending.get(wb);
  return new Map([...(bySheet ?? [])].filter(([name]) => sheetExists(name)));
}

/** A link target as a sheet-qualified location: `B3` on sheet `Samenvatting` is `'Samenvatting'!B3`. */
export function qualifiedLocation(target: string, sheet: string): string {
  const t = target.replace(/^#/, "");
  return t.includes("!") ? t : `'${sheet.replace(/'/g, "''")}'!${t}`;
}

const escapeAttr = (s: string): string =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

const unescapeAttr = (s: string): string =>
  s.replace(/&(lt|gt|quot|apos|amp|#x[0-9a-fA-F]+|#\d+);/g, (_, e: string) => {
    if (e === "lt") return "<";
    if (e === "gt") return ">";
    if (e === "quot") return '"';
    if (e === "apos") return "'";
    if (e === "amp") return "&";
    return String.fromCodePoint(e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
  });

function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g))
    out[m[1]] = unescapeAttr(m[2] ?? m[3]);
  return out;
}

/** The `<hyperlink>` elements of one sheet. */
export function hyperlinkElements(links: InternalLink[]): string {
  return links
    .map(
      (l) =>
        `<hyperlink ref="${escapeAttr(l.ref)}" location="${escapeAttr(l.location)}" display="${escapeAttr(l.display)}"/>`,
    )
    .join("");
}

/** Elements that follow `<hyperlinks>` in a worksheet (ECMA-376 CT_Worksheet order). */
const AFTER_HYPERLINKS =
  /<(?:printOptions|pageMargins|pageSetup|headerFooter|rowBreaks|colBreaks|customProperties|cellWatches|ignoredErrors|smartTags|drawing|legacyDrawing|legacyDrawingHF|drawingHF|picture|oleObjects|controls|webPublishItems|tableParts|extLst)[\s/>]|<\/worksheet>/;

/** Adds the links to a worksheet's XML: into its `<hyperlinks>`, or as one at the place the schema wants. */
export function addLinksToSheetXml(xml: string, links: InternalLink[]): string {
  const elements = hyperlinkElements(links);
  const close = xml.indexOf("</hyperlinks>");
  if (close >= 0) return xml.slice(0, close) + elements + xml.slice(close);
  const empty = /<hyperlinks\s*\/>/.exec(xml);
  if (empty) return xml.replace(empty[0], `<hyperlinks>${elements}</hyperlinks>`);
  const dataEnd = Math.max(xml.indexOf("</sheetData>"), 0);
  const m = AFTER_HYPERLINKS.exec(xml.slice(dataEnd));
  if (!m) throw new Error("werkbladdeel zonder </worksheet>");
  const at = dataEnd + m.index;
  return `${xml.slice(0, at)}<hyperlinks>${elements}</hyperlinks>${xml.slice(at)}`;
}

/** The package part of each sheet, by sheet name (from xl/workbook.xml and its relationships). */
export function sheetParts(workbookXml: string, workbookRels: string): Map<string, string> {
  const targets = new Map<string, string>();
  for (const m of workbookRels.matchAll(/<Relationship\b[^>]*>/g)) {
    const a = attributes(m[0]);
    if (a.Id && a.Target) targets.set(a.Id, a.Target);
  }
  const parts = new Map<string, string>();
  for (const m of workbookXml.matchAll(/<sheet\b[^>]*>/g)) {
    const a = attributes(m[0]);
    const target = targets.get(a["r:id"] ?? "");
    if (!a.name || !target) continue;
    parts.set(a.name, target.startsWith("/") ? target.slice(1) : `xl/${target}`);
  }
  return parts;
}

/** The written package with the internal links added to their sheets. */
export async function withInternalLinks(
  pkg: Uint8Array,
  links: Map<string, InternalLink[]>,
): Promise<Buffer> {
  if (links.size === 0) return Buffer.from(pkg);
  const { unzipSync, zipSync, strFromU8, strToU8 } = await import("fflate");
  const files = unzipSync(pkg);
  const text = (name: string): string => {
    const f = files[name];
    if (!f) throw new Error(`deel ${name} ontbreekt in de geschreven werkmap`);
    return strFromU8(f);
  };
  const parts = sheetParts(text("xl/workbook.xml"), text("xl/_rels/workbook.xml.rels"));
  for (const [sheet, sheetLinks] of links) {
    const part = parts.get(sheet);
    if (!part) throw new Error(`blad '${sheet}' ontbreekt in de geschreven werkmap`);
    files[part] = strToU8(addLinksToSheetXml(text(part), sheetLinks));
  }
  return Buffer.from(zipSync(files, { level: 6 }));
}
