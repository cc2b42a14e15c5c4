/**
 * The printed page of each part of the report, read from the PDF a browser printed: Chromium (Skia) writes an
 * internal link `<a href="#id">` as a named destination, `/Dests << /id [page /XYZ x y 0] >>` in the document
 * catalogue, so the page of every anchor the contents list links to is in the PDF itself. Read through the
 * cross-reference table (PDF 1.4, ISO 32000-1 §7.5.4), the catalogue and the page tree (§7.7.3); no text is
 * extracted, nothing is rendered. Pure: bytes in, pages out.
 */

/** Latin-1 text of the bytes: each byte one character, so offsets in the text are offsets in the file. */
function latin1(bytes: Uint8Array): string {
  let s = "";
  for (let i = 0; i < bytes.length; i += 0x8000)
    s += String.fromCharCode(...bytes.subarray(i, Math.min(i + 0x8000, bytes.length)));
  return s;
}

/** The byte offset of each object number, from the last cross-reference table. */
function xrefOffsets(text: string): Map<number, number> {
  const offsets = new Map<number, number>();
  const start = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(text);
  if (!start) return offsets;
  let pos = Number(start[1]);
  if (!text.startsWith("xref", pos)) return offsets;
  pos += 4;
  const section = /\s*(\d+) (\d+)\s*/y;
  const entry = /(\d{10}) (\d{5}) ([nf])\s*/y;
  for (;;) {
    section.lastIndex = pos;
    const s = section.exec(text);
    if (!s) break;
    pos = section.lastIndex;
    for (let i = 0; i < Number(s[2]); i++) {
      entry.lastIndex = pos;
      const e = entry.exec(text);
      if (!e) return offsets;
      if (e[3] === "n") offsets.set(Number(s[1]) + i, Number(e[1]));
      pos = entry.lastIndex;
    }
  }
  return offsets;
}

/** The trailer's /Root: the catalogue's object number. */
function rootObject(text: string): number | null {
  const i = text.lastIndexOf("trailer");
  const m = i < 0 ? null : /\/Root\s+(\d+)\s+\d+\s+R/.exec(text.slice(i));
  return m ? Number(m[1]) : null;
}

/** The dictionary of an object (up to its stream or its end), or "". */
function objectText(text: string, offsets: Map<number, number>, n: number): string {
  const at = offsets.get(n);
  if (at === undefined) return "";
  const end = text.indexOf("endobj", at);
  const body = text.slice(at, end < 0 ? undefined : end);
  const stream = body.indexOf("stream");
  return stream < 0 ? body : body.slice(0, stream);
}

const ref = (dict: string, key: string): number | null => {
  const m = new RegExp(`/${key}\\s+(\\d+)\\s+\\d+\\s+R`).exec(dict);
  return m ? Number(m[1]) : null;
};

/** The page objects in reading order: the leaves of the page tree. */
function pageObjects(
  text: string,
  offsets: Map<number, number>,
  node: number,
  seen = new Set<number>(),
): number[] {
  if (seen.has(node)) return [];
  seen.add(node);
  const dict = objectText(text, offsets, node);
  const kids = /\/Kids\s*\[([^\]]*)\]/.exec(dict);
  if (!/\/Type\s*\/Pages\b/.test(dict) || !kids) return [node];
  return [...kids[1].matchAll(/(\d+)\s+\d+\s+R/g)].flatMap((k) =>
    pageObjects(text, offsets, Number(k[1]), seen),
  );
}

/** A PDF name without its slash, `#xx` escapes decoded. */
const nameText = (raw: string): string =>
  raw.replace(/#([0-9A-Fa-f]{2})/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));

/**
 * The page number (1-based) of each named destination of the PDF, by name: for a report printed by Chromium,
 * the page of each element whose id a link points to. Empty when the PDF has no `/Dests` in its catalogue.
 */
export function anchorPages(pdf: Uint8Array): Map<string, number> {
  const text = latin1(pdf);
  const offsets = xrefOffsets(text);
  const root = rootObject(text);
  const pages = new Map<string, number>();
  if (root === null) return pages;
  const catalogue = objectText(text, offsets, root);
  const tree = ref(catalogue, "Pages");
  const destsRef = ref(catalogue, "Dests");
  if (tree === null || destsRef === null) return pages;
  const order = new Map(pageObjects(text, offsets, tree).map((p, i) => [p, i + 1]));
  const dests = objectText(text, offsets, destsRef);
  for (const m of dests.matchAll(/\/([^\s/[\]<>()]+)\s*\[\s*(\d+)\s+\d+\s+R/g)) {
    const page = order.get(Number(m[2]));
    if (page !== undefined) pages.set(nameText(m[1]), page);
  }
  return pages;
}
