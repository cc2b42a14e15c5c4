/**
 * "Definitie laden" with a definition workbook (.xlsx) in the task pane: the development build in headless
 * Chromium on the fake Excel host (test/browser/harness.ts). A workbook with a mistake is refused with the
 * sheet, row and column; a correct one (two municipalities, one scale, two questions, no milestones) becomes
 * the active definition, and the import of two returns made from it writes its national sheets.
 */
import * as fs from "fs";
import * as path from "path";
import { chooseOpenWorkbook, onFake } from "../browser/harness";
import { usePane } from "../browser/pane-fixture";
import type { RawValue } from "../../src/core/grid";
import { buildTemplate } from "../../src/core/engine/template";
import { definitionWorkbook as workbook } from "./sheets-workbook";
import { readDefinitionWorkbook } from "../../src/xlsx/definition-workbook";
import { templateWorkbook } from "../../src/xlsx/write-template";
import { writeWorkbookFile } from "../../src/xlsx/files";

const definition = (type: string): Record<string, RawValue[][]> => ({
  instellingen: [
    ["sleutel", "waarde"],
    ["id", "wijkmonitor"],
    ["versie", "1"],
    ["naam", "Wijkmonitor"],
    ["eenheid", "gemeente"],
  ],
  eenheden: [["naam"], ["Alkmaar"], ["Bergen"]],
  schalen: [
    ["schaal", "optie", "onbekend"],
    ["janee", "Ja"],
    ["janee", "Nee"],
    ["janee", "Weet niet", "ja"],
  ],
  vragen: [
    ["nr", "onderdeel", "vraag", "type", "schaal", "verplicht"],
    ["1", "A", "Is er een plan?", type, "janee", "ja"],
    ["2", "A", "Wie schreef het?", "tekst", null, "nee"],
  ],
  mijlpalen: [["code", "mijlpaal", "normdatum"]],
});

let good = "";
let bad = "";
const returns: string[] = [];

const pane = usePane({
  what: "de browsertest van een definitie als Excel-werkmap",
  folder: "regiomonitor-xlsform-pane",
  prepare: async (tmp) => {
    good = path.join(tmp, "wijkmonitor.xlsx");
    bad = path.join(tmp, "fout.xlsx");
    fs.writeFileSync(good, workbook(definition("schaal")));
    fs.writeFileSync(bad, workbook(definition("keus")));
    const load = await readDefinitionWorkbook(fs.readFileSync(good), "wijkmonitor.xlsx");
    if (!load.ok) throw new Error(load.fouten.map((i) => i.bericht).join("\n"));
    for (const [eenheid, antwoord] of [
      ["Alkmaar", "Ja"],
      ["Bergen", "Weet niet"],
    ]) {
      const file = path.join(tmp, `Regiomonitor-${eenheid}.xlsx`);
      const vul = {
        velden: { Peildatum: "2027-03-01", "Ingevuld door": "J. de Vries" },
        rijen: { vragenlijst: { "1": { antwoord } } },
      };
      await writeWorkbookFile(templateWorkbook(buildTemplate(load.def, { eenheid, vul })), file);
      returns.push(file);
    }
  },
});

test("a definition workbook is refused with sheet, row and column, or loaded and used by the import", async () => {
  const page = pane.page;
  await page.goto(`${pane.origin}/taskpane.html`);
  await page.getByRole("tab", { name: "Landelijk overzicht" }).click();
  await page.getByRole("heading", { name: "Landelijk overzicht", level: 1 }).waitFor();
  const active = page.getByTestId("actieve-definitie");
  // Loading another definition is the advanced option, folded away below the import.
  await page.getByTestId("geavanceerd").locator("summary").click();
  const builtIn = await active.innerText();
  expect(builtIn).toContain("ingebouwd");
  await page.getByTestId("definitie-bestand").setInputFiles(bad);
  const fouten = page.getByTestId("definitie-fouten");
  await fouten.waitFor();
  expect(await fouten.innerText()).toContain(
    "fout.xlsx: Blad 'vragen', rij 2, kolom 'type': 'keus' is geen type. Kies schaal, tekst, datum of getal.",
  );
  expect(await active.innerText()).toBe(builtIn);

  await page.getByTestId("definitie-bestand").setInputFiles(good);
  await page.getByText("Wijkmonitor (wijkmonitor, versie 1) — uit een bestand").waitFor();
  expect(await fouten.count()).toBe(0);

  // Into the open workbook (the default is a new one), so that its sheets can be read here.
  await chooseOpenWorkbook(page);
  await page.getByTestId("bestanden").setInputFiles(returns);
  await page.locator("[data-testid='voortgang-import'][data-fase='klaar']").waitFor({ timeout: 120_000 });
  const names = await onFake(page, (api) => api.sheetNames());
  expect(names).toEqual(expect.arrayContaining(["Retouren", "Vragenlijst landelijk", "Open antwoorden"]));
  expect(names).not.toContain("Mijlpalen landelijk");
  const answers = await onFake(page, (api) => api.valuesOf("Vragenlijst landelijk", "A1:L12"));
  // Per option of question 1: Alkmaar Ja, Bergen Weet niet (counts as Gegevens onbekend).
  const counts = Object.fromEntries(
    answers.filter((r) => r[0] === "1" && typeof r[3] === "number").map((r) => [r[2], r[3]]),
  );
  expect(counts).toEqual({ Ja: 1, Nee: 0, "Gegevens onbekend": 1, Totaal: 2 });
  expect(pane.session.pageErrors).toEqual([]);
  expect(pane.session.external).toEqual([]);
}, 300_000);
