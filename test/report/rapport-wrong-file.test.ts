/**
 * `regiomonitor rapport` given another file the tool writes, as a user might pick by mistake: a comparison
 * (JSON and workbook), a series (JSON and workbook), a definition (JSON and workbook), a return workbook and
 * the result of `check --json`. Each gets one Dutch sentence that says what the file is and what the report
 * needs; no schema path, no hidden sheet's name, exit 2, nothing written.
 */
import { existsSync, writeFileSync } from "node:fs";
import path from "node:path";
import { runCli, tempDir } from "../helpers/files";
import { threeRegions } from "./fixtures";
import { filledModel } from "../helpers/inputs";
import { templateWorkbook } from "../../src/xlsx/write-template";
import { writeWorkbookFile } from "../../src/xlsx/files";

const dir = tempDir("rapport-verkeerd-");
const p = (name: string) => path.join(dir, name);
const NEEDED =
  "geen landelijke meting: kies de landelijke werkmap (.xlsx) die Regiomonitor heeft gemaakt (het taakvenster of 'regiomonitor aggregate'), of het JSON-bestand van die meting ('Exporteer deze meting' of 'regiomonitor aggregate --json').";

beforeAll(async () => {
  // Two rounds of one monitor (the second a year later), hand-built from three returns.
  const r1 = threeRegions();
  const r2 = threeRegions();
  r2.ronde = { ...r2.ronde!, peildatumVan: "15-01-2012", peildatumTot: "15-01-2012" };
  writeFileSync(p("r1.json"), JSON.stringify(r1));
  writeFileSync(p("r2.json"), JSON.stringify(r2));
  await writeWorkbookFile(templateWorkbook(filledModel("Gouda")), p("Regiomonitor-Gouda.xlsx"));
  const made = [
    runCli([
      "compare",
      p("r1.json"),
      p("r2.json"),
      "-o",
      p("vergelijking.xlsx"),
      "--json",
      p("vergelijking.json"),
    ]),
    runCli(["reeks", p("r1.json"), p("r2.json"), "-o", p("reeks.xlsx"), "--json", p("reeks.json")]),
    runCli(["definitie", "export", "rak-2008-2010", "-o", p("definitie.json")]),
    runCli(["definitie", "export", "rak-2008-2010", "--xlsx", "-o", p("definitie.xlsx")]),
  ];
  for (const m of made) expect(m.stderr).not.toContain("Fout");
  const check = runCli(["check", p("Regiomonitor-Gouda.xlsx"), "--json"]);
  writeFileSync(p("controle.json"), check.stdout);
});

test.each([
  ["vergelijking.json", "een vergelijking van twee metingen ('regiomonitor compare')"],
  ["vergelijking.xlsx", "een vergelijking van twee metingen ('regiomonitor compare')"],
  ["reeks.json", "een reeks van metingen ('regiomonitor reeks')"],
  ["reeks.xlsx", "een reeks van metingen ('regiomonitor reeks')"],
  ["definitie.json", "de definitie van een monitor"],
  ["definitie.xlsx", "de definitie van een monitor"],
  ["Regiomonitor-Gouda.xlsx", "een werkmap om in te vullen (of een ingevulde werkmap van één eenheid)"],
  ["controle.json", "de controle van één werkmap ('regiomonitor check --json')"],
])("rapport %s: one sentence saying what the file is and what is needed", (name, what) => {
  const out = p(`rapport-${name}.html`);
  const run = runCli(["rapport", p(name), "-o", out]);
  expect(run.code).toBe(2);
  expect(run.stderr).toBe(`Fout: ${p(name)} is ${what}, ${NEEDED}\n`);
  expect(existsSync(out)).toBe(false);
});
