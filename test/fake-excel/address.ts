/** A1 address helpers for the fake Excel object model. Rows and columns are 1-based. */

export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;

export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export function colLetters(col: number): string {
  let s = "";
  let n = col;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

function colNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** Splits `'My sheet'!A1:B2` into sheet (unquoted, or null) and the local part. */
export function splitSheet(address: string): { sheet: string | null; local: string } {
  const i = address.lastIndexOf("!");
  if (i < 0) return { sheet: null, local: address.trim() };
  let sheet = address.slice(0, i).trim();
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, local: address.slice(i + 1).trim() };
}

/** Parses a local A1 reference: `A1`, `A1:C3`, `$A$1`, `B:B`, `A:C`, `1:1`, `3:10`. Null when invalid. */
export function parseRect(local: string): Rect | null {
  const parts = local.replace(/\$/g, "").toUpperCase().split(":");
  if (parts.length > 2 || parts[0] === "") return null;
  const cell = /^([A-Z]{1,3})(\d+)$/;
  const colOnly = /^([A-Z]{1,3})$/;
  const rowOnly = /^(\d+)$/;
  const a = parts[0];
  const b = parts[1] ?? parts[0];
  let r: Rect | null = null;
  const ca = cell.exec(a);
  const cb = cell.exec(b);
  if (ca && cb) {
    r = { top: Number(ca[2]), left: colNumber(ca[1]), bottom: Number(cb[2]), right: colNumber(cb[1]) };
  } else if (parts.length === 2 && colOnly.test(a) && colOnly.test(b)) {
    r = { top: 1, left: colNumber(a), bottom: MAX_ROWS, right: colNumber(b) };
  } else if (parts.length === 2 && rowOnly.test(a) && rowOnly.test(b)) {
    r = { top: Number(a), left: 1, bottom: Number(b), right: MAX_COLS };
  }
  if (!r) return null;
  const norm: Rect = {
    top: Math.min(r.top, r.bottom),
    bottom: Math.max(r.top, r.bottom),
    left: Math.min(r.left, r.right),
    right: Math.max(r.left, r.right),
  };
  if (norm.top < 1 || norm.left < 1 || norm.bottom > MAX_ROWS || norm.right > MAX_COLS) return null;
  return norm;
}

export function rectLocal(r: Rect): string {
  const a = `${colLetters(r.left)}${r.top}`;
  const b = `${colLetters(r.right)}${r.bottom}`;
  return a === b ? a : `${a}:${b}`;
}

/** Sheet name as Excel writes it in an address: quoted when it is not a plain identifier. */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name)
    ? name
    : `'${name.replace(/'/g, "''")}'`;
}

export function rectAddress(sheet: string, r: Rect): string {
  return `${quoteSheet(sheet)}!${rectLocal(r)}`;
}

export function intersect(a: Rect, b: Rect): Rect | null {
  const r = {
    top: Math.max(a.top, b.top),
    left: Math.max(a.left, b.left),
    bottom: Math.min(a.bottom, b.bottom),
    right: Math.min(a.right, b.right),
  };
  return r.top <= r.bottom && r.left <= r.right ? r : null;
}

export function cellCount(r: Rect): number {
  return (r.bottom - r.top + 1) * (r.right - r.left + 1);
}
