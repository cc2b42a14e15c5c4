/** A standard workbook (TemplateModel) as the simulated Excel host's seed: each table from A1, and the very hidden meta sheet. */
import { a1 } from "../../src/core/grid";
import type { TemplateModel } from "../../src/core/template-model";
import type { SeedSheet, SeedValue } from "../fake-excel/fake-excel";

export function templateSeed(model: TemplateModel): SeedSheet[] {
  const sheets: SeedSheet[] = model.tables.map((t) => {
    const cells: SeedValue[][] = [t.header, ...t.rows.map((r) => r.map((v) => v as SeedValue))];
    return {
      name: t.sheet,
      cells,
      tables: [{ name: t.table, address: `A1:${a1(cells.length, t.header.length)}` }],
    };
  });
  sheets.push({ name: model.metaSheet.name, visibility: "VeryHidden", cells: model.metaSheet.rows });
  return sheets;
}
