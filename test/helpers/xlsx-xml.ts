/**
 * The XML of a written .xlsx package, read directly (unzipped and parsed), for what ExcelJS does not read
 * back: links that are only a location, and data validations as written.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { sheetParts } from "../../src/xlsx/internal-links";

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
}

const decode = (s: string) =>
  s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");

/** Every start tag named `name` (no namespace prefix) in `xml`, with its attributes. */
export function elements(xml: string, name: string): XmlElement[] {
  return [...xml.matchAll(new RegExp(`<${name}(\\s[^>]*)?/?>`, "g"))].map((m) => ({
    name,
    attrs: Object.fromEntries(
      [...(m[1] ?? "").matchAll(/([\w:.-]+)="([^"]*)"/g)].map((a) => [a[1], decode(a[2])]),
    ),
  }));
}

export interface SheetPackage {
  /** The worksheet part's XML. */
  xml: string;
  /** Its relationships part's XML ("" when it has none). */
  rels: string;
  part: string;
}

/** The XML of each sheet of a written workbook, by sheet name. */
export async function sheetPackages(file: string | Uint8Array): Promise<Map<string, SheetPackage>> {
  const files = unzipSync(typeof file === "string" ? readFileSync(file) : file);
  const text = async (p: string) => (files[p] ? strFromU8(files[p]) : "");
  const parts = sheetParts(await text("xl/workbook.xml"), await text("xl/_rels/workbook.xml.rels"));
  const out = new Map<string, SheetPackage>();
  for (const [name, part] of parts) {
    const rels = part.replace(/([^/]+)$/, "_rels/$1.rels");
    out.set(name, { part, xml: await text(part), rels: await text(rels) });
  }
  return out;
}

/** The cells of an A1 range (`D5:D12`, `C3`). */
export function cellsOf(ref: string): string[] {
  const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(ref);
  if (!m) throw new Error(`geen bereik: ${ref}`);
  const col = (s: string) => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const letters = (n: number): string =>
    n <= 0 ? "" : letters(Math.floor((n - 1) / 26)) + String.fromCharCode(65 + ((n - 1) % 26));
  const [c1, r1, c2, r2] = [col(m[1]), Number(m[2]), col(m[3] ?? m[1]), Number(m[4] ?? m[2])];
  const out: string[] = [];
  for (let r = r1; r <= r2; r++) for (let c = c1; c <= c2; c++) out.push(`${letters(c)}${r}`);
  return out;
}

export interface WrittenValidation {
  type: string;
  cells: string[];
  formula1: string;
}

/** The `<dataValidation>` elements of a sheet: type, the cells of its sqref (space-separated ranges) and list. */
export function validations(xml: string): WrittenValidation[] {
  // A validation without a formula (an input prompt only) is written self-closing: `<dataValidation … />`.
  return [...xml.matchAll(/<dataValidation(\s[^>]*?)(?:\/>|>([\s\S]*?)<\/dataValidation>)/g)].map((m) => {
    const attrs = elements(`<dataValidation${m[1]}>`, "dataValidation")[0].attrs;
    return {
      type: attrs.type ?? "",
      cells: (attrs.sqref ?? "").split(/\s+/).filter(Boolean).flatMap(cellsOf),
      formula1: decode(/<formula1>([\s\S]*?)<\/formula1>/.exec(m[2] ?? "")?.[1] ?? ""),
    };
  });
}

/** Opens files in LibreOffice (headless, own profile) and saves them again as .xlsx in `outDir`. */
export function libreOfficeToXlsx(
  files: string[],
  outDir: string,
): { status: number | null; stderr: string } {
  mkdirSync(outDir, { recursive: true });
  const r = spawnSync(
    "soffice",
    [
      `-env:UserInstallation=file://${path.join(outDir, "profiel")}`,
      "--headless",
      "--convert-to",
      "xlsx",
      "--outdir",
      outDir,
      ...files,
    ],
    { encoding: "utf8", timeout: 120_000 },
  );
  return { status: r.status, stderr: r.stderr };
}
