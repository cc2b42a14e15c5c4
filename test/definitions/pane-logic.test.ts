/** "Definitie laden" without the browser: a picked file's bytes by extension, every message with the file name. */
import { readDefinitionBytes } from "../../src/taskpane/features/definition/definition";
import { monitorToJson, findMonitor } from "../../src/core/model";
import { definitionWorkbookBytes } from "../../src/xlsx/definition-workbook-write";
import { definitionWorkbook } from "./sheets-workbook";

const ghnt = findMonitor("ghnt-2018")!;

test("a definition workbook and a JSON file of the same monitor load to the same definition", async () => {
  const xlsx = await readDefinitionBytes(definitionWorkbookBytes(ghnt), "ghnt.xlsx");
  const json = await readDefinitionBytes(new TextEncoder().encode(monitorToJson(ghnt)), "ghnt.JSON");
  expect(xlsx).toEqual({ ok: true, def: ghnt });
  expect(json).toEqual(xlsx);
});

test("mistakes, a file that is no workbook and another kind of file are named with the file", async () => {
  const bad = definitionWorkbook({
    instellingen: [
      ["sleutel", "waarde"],
      ["id", "x"],
      ["versie", "1"],
    ],
  });
  expect(await readDefinitionBytes(bad, "x.xlsx")).toEqual({
    ok: false,
    fouten: [
      "x.xlsx: Blad 'instellingen': de instelling 'Naam' ontbreekt. Voeg een rij toe met 'Naam' en de waarde.",
    ],
  });
  const notXlsx = await readDefinitionBytes(new TextEncoder().encode("id;naam\n"), "y.xlsx");
  expect(notXlsx.ok).toBe(false);
  expect(!notXlsx.ok && notXlsx.fouten).toEqual([
    expect.stringMatching(/^y\.xlsx: Het bestand is niet gelezen: het is geen Excel-werkmap/),
  ]);
  expect(await readDefinitionBytes(new Uint8Array(), "z.csv")).toEqual({
    ok: false,
    fouten: ["z.csv: Dit is geen definitie. Kies een .json-bestand of een Excel-werkmap (.xlsx)."],
  });
});
