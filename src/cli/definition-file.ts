/**
 * A definition file for `--definitie FILE`: its bytes, loaded by the core (core/app/definition.ts) as JSON or
 * as a definition workbook (.xlsx), chosen by the extension; every problem in Dutch.
 */
import path from "node:path";
import { definitionFileKind, loadDefinitionBytes } from "../core";
import type { MonitorLoad } from "../core/model";
import { loadDefinitionWorkbook } from "../xlsx/definition-workbook";
import { readInputFile } from "./file-errors";

export async function loadDefinitionFile(file: string): Promise<MonitorLoad> {
  const bestand = path.basename(file);
  // Read only a file that can be a definition by its name. A missing or unreadable file is a FileProblem
  // with the path, in Dutch (src/cli/file-errors.ts).
  const bytes = definitionFileKind(bestand) ? await readInputFile(file, "definitie") : new Uint8Array();
  return loadDefinitionBytes(bytes, bestand, async () => loadDefinitionWorkbook);
}
