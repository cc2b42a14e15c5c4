/**
 * Dutch messages for files and folders that are missing, unreadable or not writable: they name the path and
 * say what to do, never an error code such as ENOENT or a stack trace.
 */
import { promises as fs, statSync } from "node:fs";
import path from "node:path";
import { hostNotice, noticeLine, noticeText, type FileTrouble } from "../core/issues";

/** A `--definitie` file that cannot serve as a definition (exit 2). */
export class DefinitionFileError extends Error {}

/** A file problem, already said in Dutch (the CLI prints it and exits 2). */
export class FileProblem extends Error {}

type Errno = NodeJS.ErrnoException;

function isErrno(e: unknown): e is Errno {
  return e instanceof Error && typeof (e as Errno).code === "string";
}

/** The path the user gave, not the temporary file written next to it. */
function userPath(p: string): string {
  return p.replace(/\.\d+\.tmp$/, "");
}

/** What an error code of the file system means for the user (see the catalogue's `bestand_probleem`). */
const TROUBLE: Record<string, FileTrouble> = {
  ENOENT: "bestaat_niet",
  ENOTDIR: "pad_is_bestand",
  EEXIST: "pad_is_bestand", // mkdir of a folder where a file of that name is
  EISDIR: "is_map",
  EACCES: "geen_toegang",
  EPERM: "geen_toegang",
  EBUSY: "in_gebruik",
  ETXTBSY: "in_gebruik",
  ENOSPC: "schijf_vol",
  EDQUOT: "schijf_vol",
  EROFS: "alleen_lezen",
  ENAMETOOLONG: "naam_te_lang",
  EMFILE: "te_veel_open",
  ENFILE: "te_veel_open",
  EIO: "schijffout",
};

/** The Dutch message for a file system error on `file` (reading or writing), or null for another error. */
export function fileErrorMessage(e: unknown, file?: string, writing = false): string | null {
  if (!isErrno(e)) return null;
  const p = file ?? userPath(e.path ?? "");
  const soort = TROUBLE[e.code ?? ""] ?? (e.syscall || e.errno !== undefined ? "anders" : null);
  return soort ? noticeText("bestand_probleem", { soort, schrijven: writing }, p) : null;
}

/**
 * Reads an input file, or throws a FileProblem that says what is wrong: the file is missing, its folder is
 * missing, it is a folder, or it may not be read. `soort` names what was expected ("werkmap").
 */
export async function readInputFile(file: string, soort: string): Promise<Buffer> {
  let st;
  try {
    st = await fs.stat(file);
  } catch (e) {
    if (isErrno(e) && (e.code === "ENOENT" || e.code === "ENOTDIR"))
      throw new FileProblem(missingMessage(file, soort));
    throw new FileProblem(fileErrorMessage(e, file) ?? `Kan '${file}' niet lezen.`);
  }
  if (st.isDirectory()) throw new FileProblem(noticeText("invoer_is_map", { soort }, file));
  try {
    return await fs.readFile(file);
  } catch (e) {
    throw new FileProblem(fileErrorMessage(e, file) ?? `Kan '${file}' niet lezen.`);
  }
}

/**
 * "Het bestand … bestaat niet" (or "Het bestand of de map", when either was allowed), or the first missing
 * folder on its path.
 */
export function missingMessage(file: string, soort: string, orFolder = false): string {
  return noticeText("niet_gevonden", { soort, ofMap: orFolder, map: missingFolder(file) }, file);
}

/** The skipped input of a round that does not exist, as a warning line. */
export function skippedInputLine(file: string): string {
  return noticeLine(hostNotice("invoer_overgeslagen", { map: missingFolder(file) }, file));
}

/** The first missing folder on the path of `file`, as the user wrote the path; null when its folder exists. */
function missingFolder(file: string): string | null {
  const abs = firstMissingFolder(path.dirname(path.resolve(file)));
  return abs && !path.isAbsolute(file) ? path.relative(process.cwd(), abs) || abs : abs;
}

/** The highest folder on the path that does not exist (null when the folder itself exists). */
function firstMissingFolder(dir: string): string | null {
  let missing: string | null = null;
  let d = dir;
  for (;;) {
    if (existsDir(d)) return missing;
    missing = d;
    const up = path.dirname(d);
    if (up === d) return missing;
    d = up;
  }
}

function existsDir(d: string): boolean {
  try {
    // Synchronous on purpose: a few stats on an error path.
    return statSync(d).isDirectory();
  } catch {
    return false;
  }
}

/** Runs a write of `target`; a file system error becomes a FileProblem naming `target`. */
export async function writing<T>(target: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (e) {
    const m = fileErrorMessage(e, target, true);
    if (m) throw new FileProblem(m);
    throw e;
  }
}
