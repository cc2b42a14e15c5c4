/**
 * A definition file for `--definitie FILE`: a JSON file (docs/definitions.md) or a definition workbook
 * (.xlsx, the sheets of "Definitions in Excel"), chosen by the extension; every problem in Dutch.
 */
import { promises as fs } from "node:fs";
import path from "node:path";
import { loadMonitorJson, type MonitorLoad } from "../core/model";
import { readDefinitionWorkbook } from "../xlsx/definition-workbook";
import { UnreadableFileError } from "../xlsx/unreadable";

export async function loadDefinitionFile(file: string): Promise<MonitorLoad> {
  const ext = path.extname(file).toLowerCase();
  if (ext !== ".json" && ext !== ".xlsx")
    return {
      ok: false,
      fouten: [
        `${path.basename(file)} is geen definitie: gebruik een .json-bestand of een Excel-werkmap (.xlsx) met de bladen van docs/definitions.md`,
      ],
    };
  let buf: Buffer;
  try {
    buf = await fs.readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return {
      ok: false,
      fouten: [
        code === "ENOENT"
          ? `het bestand ${file} bestaat niet. Controleer de naam en de map`
          : `het bestand ${file} kan niet worden gelezen (${code ?? "onbekende fout"}). Controleer het pad en de rechten`,
      ],
    };
  }
  if (ext === ".json") return loadMonitorJson(buf.toString("utf8"));
  try {
    return await readDefinitionWorkbook(buf, path.basename(file));
  } catch (e) {
    if (e instanceof UnreadableFileError)
      return { ok: false, fouten: [/[.!?]$/.test(e.reden) ? e.reden : `${e.reden}.`] };
    throw e;
  }
}
