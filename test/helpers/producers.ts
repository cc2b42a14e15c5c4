/**
 * Producer variants of one workbook, made by code: the same filled regional workbook as other programs save
 * it (openpyxl, LibreOffice) and as the .xlsx format allows it to be written (namespace prefixes, Strict
 * OOXML, inline strings, rich text, ISO dates, the 1904 date system, other part names, lying zip headers).
 * Every variant holds the same cells; a reader must read the same answers from each.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { DEBIAN_PYTHON } from "./files";

export type Parts = Record<string, string | Uint8Array>;

const T_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const T_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

export function unpack(buf: Uint8Array): Parts {
  const files = unzipSync(buf);
  const out: Parts = {};
  for (const [n, d] of Object.entries(files)) out[n] = /\.(xml|rels)$/.test(n) ? strFromU8(d) : d;
  return out;
}

export function pack(parts: Parts): Buffer {
  return Buffer.from(
    zipSync(
      Object.fromEntries(Object.entries(parts).map(([n, d]) => [n, typeof d === "string" ? strToU8(d) : d])),
    ),
  );
}

const xmlParts = (p: Parts) => Object.keys(p).filter((n) => typeof p[n] === "string");

function edit(buf: Uint8Array, f: (p: Parts) => void): Buffer {
  const p = unpack(buf);
  f(p);
  return pack(p);
}

/** Puts `x:` on every SpreadsheetML element and `rel:` on relationship attributes; `.rels` get `pr:`. */
export function prefixed(buf: Uint8Array): Buffer {
  return edit(buf, (p) => {
    for (const n of xmlParts(p)) {
      let x = p[n] as string;
      if (x.includes(`xmlns="${T_MAIN}"`)) {
        x = x
          .replace(`xmlns="${T_MAIN}"`, `xmlns:x="${T_MAIN}"`)
          .replace(/<(\/?)([A-Za-z][\w.-]*)([\s/>])/g, "<$1x:$2$3");
      } else if (n.endsWith(".rels")) {
        x = x
          .replace(
            'xmlns="http://schemas.openxmlformats.org/package/2006/relationships"',
            'xmlns:pr="http://schemas.openxmlformats.org/package/2006/relationships"',
          )
          .replace(/<(\/?)(Relationships?)([\s/>])/g, "<$1pr:$2$3");
      }
      x = x.replace(/xmlns:r="([^"]*)"/, 'xmlns:rel="$1"').replace(/\br:(id|embed|link)=/g, "rel:$1=");
      p[n] = x;
    }
  });
}

/** Strict OOXML: the purl.oclc.org namespaces and relationship types. */
export function strict(buf: Uint8Array): Buffer {
  return edit(buf, (p) => {
    for (const n of xmlParts(p)) {
      p[n] = (p[n] as string)
        .split(T_MAIN)
        .join("http://purl.oclc.org/ooxml/spreadsheetml/main")
        .split(T_REL)
        .join("http://purl.oclc.org/ooxml/officeDocument/relationships");
    }
  });
}

function sharedStrings(p: Parts): string[] {
  const xml = (p["xl/sharedStrings.xml"] as string | undefined) ?? "";
  return [...xml.matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) =>
    [...m[1].matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((t) => t[1]).join(""),
  );
}

const sheetNames = (p: Parts) => Object.keys(p).filter((n) => /^xl\/worksheets\/[^/]+\.xml$/.test(n));

/** Every shared string cell written as an inline string. */
export function inlineStrings(buf: Uint8Array): Buffer {
  return edit(buf, (p) => {
    const ss = sharedStrings(p);
    for (const n of sheetNames(p)) {
      p[n] = (p[n] as string).replace(
        /<c ([^>]*?)t="s"([^>]*)><v>(\d+)<\/v><\/c>/g,
        (_, a: string, b: string, i: string) =>
          `<c ${a}t="inlineStr"${b}><is><t xml:space="preserve">${ss[Number(i)]}</t></is></c>`,
      );
    }
  });
}

/** Every shared string of more than one character split into two runs, the first one bold. */
export function richText(buf: Uint8Array): Buffer {
  return edit(buf, (p) => {
    p["xl/sharedStrings.xml"] = (p["xl/sharedStrings.xml"] as string).replace(
      /<si><t(?: xml:space="preserve")?>([^<]{2,})<\/t><\/si>/g,
      (all, t: string) => {
        // Split outside an entity.
        let at = Math.floor(t.length / 2);
        const amp = t.lastIndexOf("&", at);
        if (amp >= 0 && t.indexOf(";", amp) >= at) at = amp;
        if (at === 0) return all;
        return `<si><r><rPr><b/><sz val="11"/></rPr><t xml:space="preserve">${t.slice(0, at)}</t></r><r><t xml:space="preserve">${t.slice(at)}</t></r></si>`;
      },
    );
  });
}

/** Style indexes (`s`) whose number format is a date format. */
function dateStyles(p: Parts): Set<number> {
  const styles = p["xl/styles.xml"] as string;
  const custom = new Map(
    [...styles.matchAll(/<numFmt numFmtId="(\d+)" formatCode="([^"]*)"/g)].map((m) => [Number(m[1]), m[2]]),
  );
  const xfs = /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1] ?? "";
  const out = new Set<number>();
  [...xfs.matchAll(/<xf [^>]*?numFmtId="(\d+)"/g)].forEach((m, i) => {
    const id = Number(m[1]);
    const code = custom.get(id) ?? (id >= 14 && id <= 22 ? "d" : "");
    if (/[dmy]/.test(code.replace(/"[^"]*"/g, ""))) out.add(i);
  });
  return out;
}

function mapDateCells(p: Parts, f: (cell: string, attrs: string, serial: number) => string): number {
  const dates = dateStyles(p);
  let n = 0;
  for (const name of sheetNames(p)) {
    p[name] = (p[name] as string).replace(
      /<c ([^>]*?)><v>([\d.]+)<\/v><\/c>/g,
      (all, attrs: string, v: string) => {
        const s = Number(/\bs="(\d+)"/.exec(attrs)?.[1] ?? 0);
        if (/\bt="/.test(attrs) || !dates.has(s)) return all;
        n += 1;
        return f(all, attrs, Number(v));
      },
    );
  }
  if (n === 0) throw new Error("no date cells");
  return n;
}

/** Dates as ISO 8601 text (`t="d"`), as Strict-minded writers store them. */
export function isoDates(buf: Uint8Array): Buffer {
  return edit(buf, (p) => {
    mapDateCells(p, (_, attrs, serial) => {
      const iso = new Date(Date.UTC(1899, 11, 30) + Math.round(serial * 86400000)).toISOString().slice(0, 19);
      return `<c ${attrs} t="d"><v>${iso}</v></c>`;
    });
  });
}

/** The 1904 date system (`date1904="true"`): every date serial 1462 days smaller. */
export function date1904(buf: Uint8Array): Buffer {
  return edit(buf, (p) => {
    const wb = p["xl/workbook.xml"] as string;
    p["xl/workbook.xml"] = /<workbookPr\b/.test(wb)
      ? wb.replace(/<workbookPr\b/, '<workbookPr date1904="true"')
      : wb.replace("<sheets>", '<workbookPr date1904="true"/><sheets>');
    mapDateCells(p, (_, attrs, serial) => `<c ${attrs}><v>${serial - 1462}</v></c>`);
  });
}

/** Other part names (`xl/werkmap.xml`, `xl/bladen/blad1.xml`, `xl/lijsten/lijst1.xml`), absolute targets. */
export function otherPartNames(buf: Uint8Array): Buffer {
  const p = unpack(buf);
  const rename: Record<string, string> = { "xl/workbook.xml": "xl/werkmap.xml" };
  for (const n of Object.keys(p)) {
    const s = /^xl\/worksheets\/sheet(\d+)\.xml$/.exec(n);
    if (s) rename[n] = `xl/bladen/blad${s[1]}.xml`;
    const t = /^xl\/tables\/table(\d+)\.xml$/.exec(n);
    if (t) rename[n] = `xl/lijsten/lijst${t[1]}.xml`;
  }
  const out: Parts = {};
  for (const [n, d] of Object.entries(p)) {
    let name = rename[n] ?? n;
    const rels = /^(.*)_rels\/([^/]+)\.rels$/.exec(n);
    if (rels && rename[`${rels[1]}${rels[2]}`]) {
      const target = rename[`${rels[1]}${rels[2]}`];
      const slash = target.lastIndexOf("/");
      name = `${target.slice(0, slash + 1)}_rels/${target.slice(slash + 1)}.rels`;
    }
    let x = d;
    if (typeof x === "string") {
      for (const [from, to] of Object.entries(rename)) {
        x = x
          .split(`"/${from}"`)
          .join(`"/${to}"`)
          .split(`"${from}"`)
          .join(`"/${to}"`)
          .split(`"${from.replace(/^xl\//, "")}"`)
          .join(`"/${to}"`)
          .split(`"../${from.replace(/^xl\//, "")}"`)
          .join(`"/${to}"`);
      }
    }
    out[name] = x;
  }
  return pack(out);
}

/** The same zip with every entry declaring an inflated size of 1 byte (central directory and local headers). */
export function lyingSizes(buf: Uint8Array): Buffer {
  const b = Buffer.from(buf);
  const eocd = b.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const n = b.readUInt16LE(eocd + 10);
  let p = b.readUInt32LE(eocd + 16);
  for (let i = 0; i < n; i++) {
    b.writeUInt32LE(1, p + 24);
    const local = b.readUInt32LE(p + 42);
    b.writeUInt32LE(1, local + 22);
    p += 46 + b.readUInt16LE(p + 28) + b.readUInt16LE(p + 30) + b.readUInt16LE(p + 32);
  }
  return b;
}

/** Loaded and saved by openpyxl (absolute part targets, its own styles and shared strings). */
export function openpyxlSaved(buf: Uint8Array, dir: string): Buffer {
  const src = path.join(dir, "openpyxl-in.xlsx");
  const dst = path.join(dir, "openpyxl-out.xlsx");
  writeFileSync(src, buf);
  const r = spawnSync(
    DEBIAN_PYTHON,
    ["-c", "import sys, openpyxl; wb = openpyxl.load_workbook(sys.argv[1]); wb.save(sys.argv[2])", src, dst],
    { encoding: "utf8" },
  );
  if (r.status !== 0) throw new Error(`openpyxl: ${r.stderr}`);
  return readFileSync(dst);
}

/** Converted by LibreOffice Calc (headless) to `to`, from a file of type `from`. */
export function libreOffice(buf: Uint8Array, dir: string, from: string, to: string, filter?: string): Buffer {
  const work = path.join(dir, `lo-${from}-${to}-${Math.random().toString(36).slice(2)}`);
  const outDir = path.join(work, "out");
  mkdirSync(outDir, { recursive: true });
  const src = path.join(work, `werkmap.${from}`);
  writeFileSync(src, buf);
  const r = spawnSync(
    "soffice",
    [
      `-env:UserInstallation=file://${work}/profile`,
      "--headless",
      "--convert-to",
      filter ? `${to}:${filter}` : to,
      "--outdir",
      outDir,
      src,
    ],
    { encoding: "utf8", timeout: 180000 },
  );
  const dst = path.join(outDir, `werkmap.${to}`);
  try {
    return readFileSync(dst);
  } catch {
    throw new Error(`soffice ${from}→${to} failed: ${r.stderr} ${r.stdout}`);
  }
}

export function copyInto(file: string, dir: string): string {
  const to = path.join(dir, path.basename(file));
  copyFileSync(file, to);
  return to;
}
