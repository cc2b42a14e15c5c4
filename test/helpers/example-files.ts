/** Writes the 37 example workbooks (from the published annex) as real .xlsx files through the template builder. */
import path from "node:path";
import { DEF, exampleFills } from "./inputs";
import { buildTemplate } from "../../src/core/engine/template";
import { templateWorkbook } from "../../src/xlsx/write-template";
import { safeFileName, writeWorkbookFile } from "../../src/xlsx/files";

export async function writeExampleWorkbooks(dir: string): Promise<string[]> {
  const files: string[] = [];
  for (const { eenheid, fill } of exampleFills()) {
    const file = path.join(dir, `Regiomonitor-${safeFileName(eenheid)}.xlsx`);
    await writeWorkbookFile(templateWorkbook(buildTemplate(DEF, { eenheid, vul: fill })), file);
    files.push(file);
  }
  return files;
}
