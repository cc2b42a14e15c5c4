/** File-system side of the command line: reading inputs, writing outputs without leaving half files. */
import { promises as fs } from "node:fs";
import path from "node:path";

/**
 * Files in a folder that are never a return: Excel's lock files of open workbooks (`~$Naam.xlsx`), the
 * system's folder files (`desktop.ini`, `Thumbs.db`, `.DS_Store`) and macOS resource forks (`._Naam.xlsx`).
 */
export function isSystemFile(name: string): boolean {
  return (
    name.startsWith(".") ||
    name.startsWith("~$") ||
    /^(desktop\.ini|thumbs\.db|ehthumbs\.db|icon\r)$/i.test(name)
  );
}

/** Expands files and folders (one level deep, sorted) into file paths; hidden, lock and system files are left out. */
export async function expandInputs(args: string[]): Promise<{ files: string[]; missing: string[] }> {
  const files: string[] = [];
  const missing: string[] = [];
  for (const a of args) {
    let st;
    try {
      st = await fs.stat(a);
    } catch {
      missing.push(a);
      continue;
    }
    if (st.isDirectory()) {
      const names = (await fs.readdir(a)).filter((n) => !isSystemFile(n)).sort();
      for (const n of names) {
        const p = path.join(a, n);
        if ((await fs.stat(p)).isFile()) files.push(p);
      }
    } else {
      files.push(a);
    }
  }
  return { files: [...new Set(files)], missing };
}

/**
 * Writes bytes (a workbook, or any file) to a temporary file next to the target and renames it: never a
 * half-written file.
 */
export async function writeBytesFile(bytes: Uint8Array | string, target: string): Promise<void> {
  await fs.mkdir(path.dirname(path.resolve(target)), { recursive: true });
  const tmp = `${target}.${process.pid}.tmp`;
  try {
    await fs.writeFile(tmp, bytes);
    await fs.rename(tmp, target);
  } catch (e) {
    await fs.rm(tmp, { force: true });
    throw e;
  }
}

/** Writes a workbook's bytes (`sheetsXlsx`, `templateWorkbook`, `addSheets`) like any file. */
export const writeWorkbookFile = writeBytesFile;

export async function writeTextFile(target: string, text: string): Promise<void> {
  await writeBytesFile(text, target);
}

/** Same file on disk (also through another path spelling). */
export async function sameFile(a: string, b: string): Promise<boolean> {
  if (path.resolve(a) === path.resolve(b)) return true;
  try {
    const [sa, sb] = await Promise.all([fs.stat(a), fs.stat(b)]);
    return sa.ino === sb.ino && sa.dev === sb.dev;
  } catch {
    return false;
  }
}

/** A file name from a region name: letters, digits, '-' and '_'. */
export function safeFileName(name: string): string {
  return name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^A-Za-z0-9_-]+/g, "-")
    .replace(/^-+|-+$/g, "");
}
