/**
 * Dutch messages for files and folders that are missing, unreadable or not writable: they name the path and
 * say what to do, never an error code such as ENOENT or a stack trace.
 */
import { promises as fs, statSync } from "node:fs";
import path from "node:path";

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

/** The Dutch message for a file system error on `file` (reading or writing), or null for another error. */
export function fileErrorMessage(e: unknown, file?: string, writing = false): string | null {
  if (!isErrno(e)) return null;
  const p = file ?? userPath(e.path ?? "");
  const what = writing ? "schrijven" : "lezen";
  switch (e.code) {
    case "ENOENT":
      return writing
        ? `Kan '${p}' niet schrijven: de map bestaat niet. Controleer het pad.`
        : `Het bestand of de map '${p}' bestaat niet. Controleer de naam en de map.`;
    case "ENOTDIR":
    case "EEXIST": // mkdir of a folder where a file of that name is
      return `Kan '${p}' niet ${what}: een deel van het pad is een bestand, geen map. Controleer het pad.`;
    case "EISDIR":
      return `'${p}' is een map. Geef een bestand op.`;
    case "EACCES":
    case "EPERM":
      return `Geen toegang tot '${p}': u mag dit bestand of deze map niet ${what}. Kies een andere plek of vraag de beheerder om rechten.`;
    case "EBUSY":
    case "ETXTBSY":
      return `'${p}' is in gebruik, bijvoorbeeld geopend in Excel. Sluit het bestand en probeer het opnieuw.`;
    case "ENOSPC":
    case "EDQUOT":
      return `Kan '${p}' niet schrijven: de schijf is vol. Maak ruimte vrij of kies een andere plek.`;
    case "EROFS":
      return `Kan '${p}' niet schrijven: op deze schijf mag niet worden geschreven. Kies een andere plek.`;
    case "ENAMETOOLONG":
      return `De naam '${p}' is te lang. Kies een kortere naam of map.`;
    case "EMFILE":
    case "ENFILE":
      return `Er zijn te veel bestanden tegelijk open; '${p}' is niet ${writing ? "geschreven" : "gelezen"}. Probeer het opnieuw.`;
    case "EIO":
      return `'${p}' is niet te ${what} door een fout van de schijf of het netwerk. Probeer het opnieuw.`;
    default:
      return e.syscall || e.errno !== undefined
        ? `Kan '${p}' niet ${what}. Controleer het pad en de rechten.`
        : null;
  }
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
  if (st.isDirectory())
    throw new FileProblem(`'${file}' is een map, geen ${soort}. Geef het bestand in die map op.`);
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
  const abs = firstMissingFolder(path.dirname(path.resolve(file)));
  const folder = abs && !path.isAbsolute(file) ? path.relative(process.cwd(), abs) || abs : abs;
  return folder
    ? `De map '${folder}' bestaat niet. Controleer het pad van de ${soort} '${file}'.`
    : `${orFolder ? "Het bestand of de map" : "Het bestand"} '${file}' bestaat niet. Controleer de naam en de map.`;
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
