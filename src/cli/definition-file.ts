/**
 * A definition file for `--definitie FILE`: a JSON file (docs/definitions.md) or a definition workbook
 * (.xlsx, the sheets of "Definitions in Excel"), chosen by the extension; every problem in Dutch.
 */
import path from "node:path";
import { makeIssue } from "../core/issues";
import { loadMonitorJson, type MonitorLoad } from "../core/model";
import { readDefinitionWorkbook } from "../xlsx/definition-workbook";
import { UnreadableFileError } from "../xlsx/unreadable";
import { readInputFile } from "./file-errors";

export async function loadDefinitionFile(file: string): Promise<MonitorLoad> {
  const ext = path.extname(file).toLowerCase();
  if (ext !== ".json" && ext !== ".xlsx")
    return {
      ok: false,
      fouten: [makeIssue("definitie_geen_definitiebestand", { bestand: path.basename(file) }, {})],
    };
  // A missing or unreadable file is a FileProblem with the path, in Dutch (src/cli/file-errors.ts).
  const buf = await readInputFile(file, "definitie");
  if (ext === ".json") return loadMonitorJson(buf.toString("utf8"));
  try {
    return await readDefinitionWorkbook(buf, path.basename(file));
  } catch (e) {
    if (e instanceof UnreadableFileError)
      return {
        ok: false,
        fouten: [makeIssue("bestand_onleesbaar", { bestand: path.basename(file) }, { reden: e.reden })],
      };
    throw e;
  }
}
