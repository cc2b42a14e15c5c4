/**
 * A small .zip writer for packages this program makes (deflated entries, no encryption, no zip64): zlib
 * compresses natively, which is many times faster on a cold start than a JavaScript deflate.
 */
import { gzipSync } from "node:zlib";

/** Little-endian fields of a zip record: [bytes, value] pairs. */
function record(fields: [2 | 4, number][]): Buffer {
  const b = Buffer.alloc(fields.reduce((n, [size]) => n + size, 0));
  let at = 0;
  for (const [size, value] of fields)
    at = size === 2 ? b.writeUInt16LE(value, at) : b.writeUInt32LE(value, at);
  return b;
}

/** 1 January 2000, 00:00, in MS-DOS date and time: same parts, same bytes. */
const DOS_TIME = 0;
const DOS_DATE = ((2000 - 1980) << 9) | (1 << 5) | 1;
/** Version 2.0 (deflate); bit 11 of the flags: names are UTF-8. */
const VERSION = 20;
const UTF8 = 0x0800;
const DEFLATE = 8;

/** One entry of an archive, its data already compressed (`method` 8) or stored (0). */
export interface ZipItem {
  name: string;
  method: number;
  /** General purpose flags (bit 11, names in UTF-8, is always set; bit 3, a data descriptor, never). */
  flags: number;
  time: number;
  date: number;
  crc: number;
  /** The uncompressed size. */
  size: number;
  body: Uint8Array;
}

/** A part deflated (with native zlib) into an archive entry. */
export function deflated(name: string, content: string | Uint8Array): ZipItem {
  const data = typeof content === "string" ? Buffer.from(content, "utf8") : content;
  // A gzip member is a 10-byte header, the raw deflate stream, then the CRC-32 and the size.
  const gz = gzipSync(data, { level: 6 });
  return {
    name,
    method: DEFLATE,
    flags: 0,
    time: DOS_TIME,
    date: DOS_DATE,
    crc: gz.readUInt32LE(gz.length - 8),
    size: data.length,
    body: gz.subarray(10, gz.length - 8),
  };
}

/** The zip archive of `items`, in the order given. */
export function zipItems(items: ZipItem[]): Buffer {
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const it of items) {
    const fileName = Buffer.from(it.name, "utf8");
    const common: [2 | 4, number][] = [
      [2, (it.flags & ~0x8) | UTF8],
      [2, it.method],
      [2, it.time],
      [2, it.date],
      [4, it.crc],
      [4, it.body.length],
      [4, it.size],
      [2, fileName.length],
      [2, 0],
    ];
    chunks.push(record([[4, 0x04034b50], [2, VERSION], ...common]), fileName, it.body);
    central.push(
      record([
        [4, 0x02014b50],
        [2, VERSION],
        [2, VERSION],
        ...common,
        [2, 0],
        [2, 0],
        [2, 0],
        [4, 0],
        [4, offset],
      ]),
      fileName,
    );
    offset += 30 + fileName.length + it.body.length;
  }
  const directory = Buffer.concat(central);
  const end = record([
    [4, 0x06054b50],
    [2, 0],
    [2, 0],
    [2, items.length],
    [2, items.length],
    [4, directory.length],
    [4, offset],
    [2, 0],
  ]);
  return Buffer.concat([...chunks, directory, end]);
}

/** The zip archive of `parts` (name → content), deflated, in the order given. */
export function zipParts(parts: [string, string | Uint8Array][]): Buffer {
  return zipItems(parts.map(([name, content]) => deflated(name, content)));
}
