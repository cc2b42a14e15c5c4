/**
 * Inflating single zip entries (fflate), streamed in small pieces, with a budget on the bytes ACTUALLY inflated:
 * the sizes a zip's headers declare are not trusted, so an entry that claims 1 KB and inflates to 1 GB stops at
 * the budget, having held no more than one piece in memory. Only the entries a reader asks for are inflated.
 */
import { Inflate } from "fflate";
import { MAX_INFLATED_BYTES } from "../core/limits";
import type { ZipEntry } from "./zip-guard";

/** Compressed bytes fed to the inflater at a time: at most ~1000 times as many come out of one push. */
const PIECE = 4096;

export const mb = (n: number) => `${Math.round(n / (1024 * 1024))} MB`;

/** A refusal while inflating, with its Dutch reason (the reader turns it into an UnreadableFileError). */
export class ZipRefusal extends Error {
  constructor(readonly reden: string) {
    super(reden);
  }
}

export const BROKEN_ZIP_REASON =
  "het bestand is beschadigd of onvolledig (geen geldig zip-archief). Vraag de afzender het bestand opnieuw te sturen";

export const bombReason = () =>
  `uitgepakt zou het bestand groter worden dan ${mb(MAX_INFLATED_BYTES)} (mogelijk een zip-bom). Het is niet geopend; lever een normale werkmap aan`;

/** What may still be inflated from one file, over all its entries. */
export interface InflateBudget {
  left: number;
}

export function newBudget(): InflateBudget {
  return { left: MAX_INFLATED_BYTES };
}

/** The compressed data of an entry (after its local header). */
export function entryData(buf: Uint8Array, e: ZipEntry): Uint8Array {
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  const p = e.localOffset;
  if (p + 30 > buf.length || view.getUint32(p, true) !== 0x04034b50) throw new ZipRefusal(BROKEN_ZIP_REASON);
  const start = p + 30 + view.getUint16(p + 26, true) + view.getUint16(p + 28, true);
  if (start + e.compressedSize > buf.length) throw new ZipRefusal(BROKEN_ZIP_REASON);
  return buf.subarray(start, start + e.compressedSize);
}

/** Inflates one entry piece by piece into `sink`; throws ZipRefusal when the budget is spent or data is broken. */
export function inflateEntry(
  buf: Uint8Array,
  e: ZipEntry,
  budget: InflateBudget,
  sink: (chunk: Uint8Array) => void,
): void {
  const data = entryData(buf, e);
  const take = (chunk: Uint8Array) => {
    budget.left -= chunk.length;
    if (budget.left < 0) throw new ZipRefusal(bombReason());
    if (chunk.length > 0) sink(chunk);
  };
  if (e.method === 0) {
    for (let i = 0; i < data.length; i += PIECE) take(data.subarray(i, Math.min(data.length, i + PIECE)));
    return;
  }
  if (e.method !== 8) {
    throw new ZipRefusal(
      `het zip-archief gebruikt een onbekende compressiemethode (${e.method}) voor '${e.name}'. Open het bestand in Excel, sla het op als .xlsx en lever het opnieuw aan`,
    );
  }
  let ended = false;
  /** An error of the budget or the sink (a parser): passed on as it is, not taken for broken data. */
  let failed: { error: unknown } | null = null;
  const inflater = new Inflate((chunk, final) => {
    try {
      take(chunk);
    } catch (error) {
      failed = { error };
      throw error;
    }
    if (final) ended = true;
  });
  try {
    for (let i = 0; i < data.length && !ended; i += PIECE) {
      const end = Math.min(data.length, i + PIECE);
      inflater.push(data.subarray(i, end), end === data.length);
    }
  } catch {
    if (failed) throw (failed as { error: unknown }).error;
    throw new ZipRefusal(BROKEN_ZIP_REASON);
  }
  if (!ended) throw new ZipRefusal(BROKEN_ZIP_REASON);
}

/** An entry's whole inflated content (for small parts: relationships, content types). */
export function inflateAll(buf: Uint8Array, e: ZipEntry, budget: InflateBudget): Uint8Array {
  const parts: Uint8Array[] = [];
  let n = 0;
  inflateEntry(buf, e, budget, (c) => {
    parts.push(c.slice());
    n += c.length;
  });
  const out = new Uint8Array(n);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
