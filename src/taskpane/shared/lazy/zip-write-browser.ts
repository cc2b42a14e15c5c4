/**
 * The task pane's stand-in for src/xlsx/zip-write.ts (which uses node:zlib): the same `zipParts`, on fflate,
 * so that the one national workbook writer (src/xlsx/sheet-writer.ts) also runs in the pane's lazy chunk.
 * webpack.config.js puts this module in place of `./zip-write` for the browser; the command line keeps zlib.
 * Same order of parts and the same fixed time stamp (1 January 2000), so the same models give the same bytes.
 */
import { strToU8, zipSync, type Zippable } from "fflate";

export function zipParts(parts: [string, string | Uint8Array][]): Uint8Array {
  const files: Zippable = {};
  for (const [name, content] of parts) files[name] = typeof content === "string" ? strToU8(content) : content;
  return zipSync(files, { level: 6, mtime: new Date(2000, 0, 1) });
}
