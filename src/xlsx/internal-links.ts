/**
 * Links to cells inside the workbook, written as Excel writes them: `<hyperlink ref location display/>` with
 * no relationship (an External relationship would make Excel try to open a file). The sheet writer
 * (sheet-writer.ts) writes them with the cells; nothing patches a written part afterwards.
 */
import { attr, childElements, firstChild, parseXml, prefixedAttr } from "./xml-tree";

export interface InternalLink {
  /** The cell holding the link, e.g. `A5`. */
  ref: string;
  /** The target inside the workbook, sheet-qualified: `'Regio × mijlpaal'!A5`. */
  location: string;
  /** The cell's text. */
  display: string;
}

/** A link target as a sheet-qualified location: `B3` on sheet `Samenvatting` is `'Samenvatting'!B3`. */
export function qualifiedLocation(target: string, sheet: string): string {
  const t = target.replace(/^#/, "");
  return t.includes("!") ? t : `'${sheet.replace(/'/g, "''")}'!${t}`;
}

const escapeAttr = (s: string): string =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** The `<hyperlink>` elements of one sheet. */
export function hyperlinkElements(links: InternalLink[]): string {
  return links
    .map(
      (l) =>
        `<hyperlink ref="${escapeAttr(l.ref)}" location="${escapeAttr(l.location)}" display="${escapeAttr(l.display)}"/>`,
    )
    .join("");
}

/** The package part of each sheet, by sheet name (from xl/workbook.xml and its relationships). */
export function sheetParts(workbookXml: string, workbookRels: string): Map<string, string> {
  const targets = new Map<string, string>();
  for (const r of childElements(parseXml(workbookRels), "Relationship")) {
    const id = attr(r, "Id");
    const target = attr(r, "Target");
    if (id && target) targets.set(id, target);
  }
  const parts = new Map<string, string>();
  const sheets = firstChild(parseXml(workbookXml), "sheets");
  for (const s of sheets ? childElements(sheets, "sheet") : []) {
    const name = attr(s, "name");
    const target = targets.get(prefixedAttr(s, "id") ?? "");
    if (!name || !target) continue;
    parts.set(name, target.startsWith("/") ? target.slice(1) : `xl/${target}`);
  }
  return parts;
}
