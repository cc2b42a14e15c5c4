/**
 * The national import's pure side: every RAG cell and percentage of the national sheets has an explanation in
 * the sheet (a column) and in the index the pane shows on selection, with its rule, inputs and source cells;
 * and the pane's import (same reader as the command line) writes all five sheets in two syncs, replacing only
 * its own sheets.
 */
import { OVERVIEW_SHEET } from "../../src/core/layout/overview";
import { readFileSync } from "node:fs";
import path from "node:path";
import { writeExampleWorkbooks } from "../helpers/example-files";
import { tempDir } from "../helpers/files";
import { createFakeExcel, measure } from "../fake-excel/fake-excel";
import { createOfficeHost } from "../../src/taskpane/office-host";
import * as reader from "../../src/taskpane/shared/lazy/xlsx-reader";
import { importFiles, type NationalResult } from "../../src/taskpane/features/import/national";
import { lookupExplanation, sourceText } from "../../src/core/engine/explain";
import { a1 } from "../../src/core/grid";

let result: NationalResult;

beforeAll(async () => {
  const dir = tempDir("regiomonitor-explain-");
  const files = await writeExampleWorkbooks(dir);
  // The pane's import path: each file read with the core's plan, then the core's round.
  const picked = [
    ...files.map((f) => ({ name: path.basename(f), bytes: async () => new Uint8Array(readFileSync(f)) })),
    { name: "kapot.xlsx", bytes: async () => new Uint8Array([80, 75, 3, 4, 1]) },
  ];
  result = (await importFiles(picked, reader, null, { reading: () => undefined, read: () => undefined }))
    .result;
}, 120_000);

test("every RAG cell and percentage has an explanation, in the index and in the sheet", () => {
  let checked = 0;
  for (const m of result.models) {
    if (m.name === "Open antwoorden") continue;
    m.rows.forEach((row, r) =>
      row.forEach((c, ci) => {
        const isRag = c.fill && c.fill !== "kop";
        const isPct = c.fmt === "0.0%";
        if (!isRag && !isPct) return;
        const e = lookupExplanation(result.index, m.name, a1(r + 1, ci + 1));
        expect({ at: `${m.name}!${a1(r + 1, ci + 1)}`, has: !!e }).toEqual({
          at: `${m.name}!${a1(r + 1, ci + 1)}`,
          has: true,
        });
        expect(e!.regel.length).toBeGreaterThan(10);
        expect(e!.invoer.length).toBeGreaterThan(0);
        // The sheet itself explains the row: a non-empty text in the last column(s). Not on the overview,
        // a summary whose figures are explained by the sheets it names (and in the index, above).
        if (m.name === OVERVIEW_SHEET) {
          checked++;
          return;
        }
        const texts = row.filter((x) => typeof x.v === "string" && x.v.length > 30);
        expect({ at: `${m.name}!${a1(r + 1, ci + 1)}`, explained: texts.length > 0 }).toEqual({
          at: `${m.name}!${a1(r + 1, ci + 1)}`,
          explained: true,
        });
        checked++;
      }),
    );
  }
  expect(checked).toBeGreaterThan(500);
});

test("Nijmegen's Rood for M5 names its rule, inputs and source cell", () => {
  const matrix = result.models.find((m) => m.name === "Regio × mijlpaal")!;
  const r = matrix.rows.findIndex((row) => row[0].v === "Nijmegen");
  const c = matrix.rows[2].findIndex((x) => typeof x.v === "string" && x.v.startsWith("M5 "));
  const e = lookupExplanation(result.index, "Regio × mijlpaal", `'Regio × mijlpaal'!$${a1(r + 1, c + 1)}`)!;
  expect(e.waarde).toBe("2012");
  expect(e.regel).toMatch(/Rood: niet gestart/);
  expect(e.invoer.join(" ")).toMatch(/Nijmegen: status In voorbereiding, verwachte datum 2012 → Rood/);
  expect(sourceText(e.bron[0])).toBe("Regiomonitor-Nijmegen.xlsx, Mijlpalen!C6");
  expect(e.bronInDezeWerkmap).toBe(false);
});

test("the overview lists Nijmegen (Rood) and the unreadable file with their rows in Retouren", () => {
  const retouren = result.models.find((m) => m.name === "Retouren")!;
  const nij = result.aandacht.find((a) => a.naam === "Nijmegen")!;
  expect(nij.kind).toBe("rood");
  expect(retouren.rows[nij.rij! - 1][0].v).toBe("Nijmegen");
  const bad = result.aandacht.find((a) => a.naam === "kapot.xlsx")!;
  expect(bad.kind).toBe("overgeslagen");
  expect(retouren.rows[bad.rij! - 1][2].v).toBe("overgeslagen");
  expect(bad.detail).toMatch(/^Het bestand is niet gelezen: /);
});

test("the pane writes the national sheets in a few syncs, and replaces them in one more, next to a user's sheet", async () => {
  const fake = createFakeExcel({ sheets: [{ name: "Notities", cells: [["eigen"]] }] });
  const host = createOfficeHost(fake.Excel);
  const first = await measure(fake, () => host.writeSheets(result.models));
  // Which sheets exist, then the writes, split so that no request is over 4 MB (docs/addin.md, the sync
  // bound; the sizes as Microsoft's library sends them are measured in test/excel/product-fixes.test.ts).
  expect(first.syncs).toBeGreaterThanOrEqual(2);
  expect(first.syncs).toBeLessThanOrEqual(4);
  const again = await measure(fake, () => host.writeSheets(result.models));
  // The same, plus one sync to read A1 of the owned sheets before they are replaced.
  expect(again.syncs).toBe(first.syncs + 1);
  expect(fake.state.sheetNames()).toEqual(["Notities", ...result.models.map((m) => m.name)]);
  expect(fake.state.cellAt("Notities", "A1").value).toBe("eigen");
  expect(fake.state.formulaCells()).toEqual([]);
});
