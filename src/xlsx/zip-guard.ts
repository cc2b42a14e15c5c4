/**
 * Checks a file before any inflating: size, file type by signature, and the zip's central directory
 * (entry count and the total inflated size it declares), and lists the entries. The declared sizes are only a
 * first filter: `zip-read.ts` counts the bytes actually inflated, so a zip whose headers lie is refused too.
 */
import { MAX_FILE_BYTES, MAX_INFLATED_BYTES, MAX_ZIP_ENTRIES } from "../core/limits";

/** One entry of the zip's central directory: where its data is and what the headers claim about it. */
export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  compressedSize: number;
  /** The inflated size the central directory declares (not trusted: see `zip-read.ts`). */
  declaredSize: number;
  /** Offset of the entry's local header. */
  localOffset: number;
  crc: number;
  /** General purpose flags, DOS time and date: kept when an entry is copied. */
  flags: number;
  time: number;
  date: number;
}

export type GuardResult = { ok: true; entries: Map<string, ZipEntry> } | { ok: false; reden: string };

const mb = (n: number) => `${Math.round(n / (1024 * 1024))} MB`;

function startsWith(buf: Uint8Array, bytes: number[]): boolean {
  return bytes.every((b, i) => buf[i] === b);
}

/** Recognises what a non-zip file is, for a useful message. */
/** True when the UTF-16LE form of `name` occurs in the buffer (a stream name in an OLE2 directory). */
function hasUtf16(buf: Uint8Array, name: string): boolean {
  // Plain byte search (no Node Buffer): this guard also runs in the task pane.
  const needle: number[] = [];
  for (const ch of name) needle.push(ch.charCodeAt(0) & 0xff, ch.charCodeAt(0) >> 8);
  outer: for (let i = 0; i + needle.length <= buf.length; i++) {
    for (let j = 0; j < needle.length; j++) if (buf[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

export const ENCRYPTED_REASON =
  "de werkmap is met een wachtwoord beveiligd (versleuteld) en kan niet worden gelezen. Open hem in Excel, verwijder het wachtwoord (Bestand > Info > Werkmap beveiligen) en lever hem opnieuw aan";
export const XLS_REASON =
  "het is een oud Excel 97-2003-bestand (.xls). Open het in Excel en sla het op als 'Excel-werkmap (*.xlsx)'";
export const XLSB_REASON =
  "het is een binaire Excel-werkmap (.xlsb). Open hem in Excel en sla hem op als 'Excel-werkmap (*.xlsx)'";

function describeNonZip(buf: Uint8Array): string {
  if (startsWith(buf, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    if (hasUtf16(buf, "EncryptedPackage") || hasUtf16(buf, "EncryptionInfo")) return ENCRYPTED_REASON;
    return XLS_REASON;
  }
  const head = new TextDecoder("latin1").decode(buf.subarray(0, 512)).trimStart().toLowerCase();
  if (head.startsWith("%pdf"))
    return "het is een PDF-bestand met de extensie .xlsx. Lever de Excel-werkmap zelf aan";
  if (head.startsWith("<!doctype html") || head.startsWith("<html") || head.includes("<table")) {
    return "het is een HTML-bestand (webpagina) met de extensie .xlsx. Open het in Excel en sla het op als 'Excel-werkmap (*.xlsx)'";
  }
  if (head.startsWith("<?xml"))
    return "het is een XML-bestand, geen .xlsx-werkmap. Sla het in Excel op als 'Excel-werkmap (*.xlsx)'";
  return "het is geen Excel-werkmap (.xlsx); mogelijk een CSV- of tekstbestand met een andere extensie. Open het in Excel en sla het op als 'Excel-werkmap (*.xlsx)'";
}

/** The reason given when the package holds no SpreadsheetML workbook (a .docx renamed, say). */
export const NOT_A_WORKBOOK_REASON =
  "het zip-archief bevat geen Excel-werkmap (geen xl/workbook.xml); mogelijk een Word- of ander Office-bestand met de extensie .xlsx. Lever de Excel-werkmap aan";

/**
 * The key of a part name: no leading slash, forward slashes (some Windows tools write `xl\workbook.xml`),
 * lower case (OPC part names compare case-insensitively).
 */
export function partKey(name: string): string {
  return name.replace(/\\/g, "/").replace(/^\/+/, "").toLowerCase();
}

/** Why a package with two parts of the same name (up to case) is refused. */
export function sameNameReason(a: string, b: string): string {
  return `het zip-archief bevat twee onderdelen met dezelfde naam als je hoofdletters niet meetelt ('${a}' en '${b}'); welke geldt, is niet bepaald. Open het bestand in Excel, sla het op als .xlsx en lever het opnieuw aan`;
}

export function guardXlsx(buf: Uint8Array): GuardResult {
  if (buf.length === 0)
    return { ok: false, reden: "het bestand is leeg (0 bytes). Lever het bestand opnieuw aan" };
  if (buf.length > MAX_FILE_BYTES) {
    return {
      ok: false,
      reden: `het bestand is ${mb(buf.length)}, groter dan de grens van ${mb(MAX_FILE_BYTES)}. Verwijder afbeeldingen of extra bladen en lever het opnieuw aan`,
    };
  }
  if (!startsWith(buf, [0x50, 0x4b, 0x03, 0x04]) && !startsWith(buf, [0x50, 0x4b, 0x05, 0x06])) {
    return { ok: false, reden: describeNonZip(buf) };
  }
  // End of central directory record: signature 0x06054b50, within the last 65,557 bytes.
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 65557); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  const broken = {
    ok: false as const,
    reden:
      "het bestand is beschadigd of onvolledig (geen geldig zip-archief). Vraag de afzender het bestand opnieuw te sturen",
  };
  if (eocd < 0) return broken;
  const entries = view.getUint16(eocd + 10, true);
  const cdSize = view.getUint32(eocd + 12, true);
  const cdOffset = view.getUint32(eocd + 16, true);
  if (entries > MAX_ZIP_ENTRIES) {
    return {
      ok: false,
      reden: `het bestand bevat ${entries} onderdelen, meer dan de grens van ${MAX_ZIP_ENTRIES}. Sla het bestand in Excel opnieuw op als .xlsx zonder extra bijlagen`,
    };
  }
  if (cdOffset + cdSize > buf.length) return broken;
  let total = 0;
  let p = cdOffset;
  const names: string[] = [];
  const list: ZipEntry[] = [];
  for (let n = 0; n < entries; n++) {
    if (p + 46 > buf.length || view.getUint32(p, true) !== 0x02014b50) return broken;
    const flags = view.getUint16(p + 8, true);
    if (flags & 0x1) {
      return {
        ok: false,
        reden: "het zip-archief is versleuteld. Verwijder de beveiliging en lever het bestand opnieuw aan",
      };
    }
    const declaredSize = view.getUint32(p + 24, true);
    total += declaredSize;
    if (total > MAX_INFLATED_BYTES) {
      return {
        ok: false,
        reden: `uitgepakt zou het bestand groter worden dan ${mb(MAX_INFLATED_BYTES)} (mogelijk een zip-bom). Het is niet geopend; lever een normale werkmap aan`,
      };
    }
    const nameLen = view.getUint16(p + 28, true);
    const extraLen = view.getUint16(p + 30, true);
    const commentLen = view.getUint16(p + 32, true);
    if (p + 46 + nameLen > buf.length) return broken;
    const name = new TextDecoder("utf-8").decode(buf.subarray(p + 46, p + 46 + nameLen));
    names.push(name);
    list.push({
      name,
      method: view.getUint16(p + 10, true),
      compressedSize: view.getUint32(p + 20, true),
      declaredSize,
      localOffset: view.getUint32(p + 42, true),
      crc: view.getUint32(p + 16, true),
      flags,
      time: view.getUint16(p + 12, true),
      date: view.getUint16(p + 14, true),
    });
    p += 46 + nameLen + extraLen + commentLen;
  }
  // Part names are case-insensitive in OPC and some writers start them with a slash.
  const byName = new Map<string, ZipEntry>();
  for (const e of list) {
    if (/[/\\]$/.test(e.name)) continue;
    const key = partKey(e.name);
    const twin = byName.get(key);
    // Two parts whose names differ only in case (or slashes) are one name in OPC: which one counts is
    // undefined, so the package is refused instead of letting one of them win silently.
    if (twin) return { ok: false, reden: sameNameReason(twin.name, e.name) };
    byName.set(key, e);
  }
  if (byName.has("xl/workbook.bin") && !byName.has("xl/workbook.xml"))
    return { ok: false, reden: XLSB_REASON };
  return { ok: true, entries: byName };
}
