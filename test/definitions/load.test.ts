/**
 * Definitions from a file (model 2): every built-in exports and loads back identically, docs/definities/ holds
 * the current exports, and a file with ten mistakes gives ten precise messages naming their paths.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import {
  builtInMonitors,
  defaultMonitor,
  loadMonitorJson,
  monitorToJson,
  type Monitor,
} from "../../src/core/model";
import { hashFolder, ROOT, runCli, tempDir } from "../helpers/files";
import { filledModel, inputFromModel } from "../helpers/inputs";
import { readReturn } from "../../src/core/engine/read";
import { scoreReturn } from "../../src/core/engine/score";
import { buildTemplateWorkbook } from "../../src/xlsx/writer";
import { writeWorkbookFile } from "../../src/xlsx/files";

/** The RAK Monitor as a plain JSON object, to change like a user edits the exported file. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const rakJson = (): any => JSON.parse(monitorToJson(defaultMonitor()));

/** Example workbooks of two regions (from the published annex), written as real .xlsx files. */
async function writeExampleWorkbooks(dir: string): Promise<string[]> {
  const files: string[] = [];
  for (const regio of ["Gouda", "Nijmegen"]) {
    const file = path.join(dir, `Regiomonitor-${regio}.xlsx`);
    await writeWorkbookFile(await buildTemplateWorkbook(filledModel(regio)), file);
    files.push(file);
  }
  return files;
}

test("every built-in definition exports and loads back identically; docs/definities/ holds the exports", () => {
  const ids = builtInMonitors().map((d) => d.id);
  expect(ids).toEqual([
    "rak-2008-2010",
    "actiemonitor-2013",
    "ghnt-2018",
    "bmc-2015",
    "ghnt-2018-startfoto",
    "raak-2007",
    "taskforce-2013-format",
  ]);
  for (const def of builtInMonitors()) {
    const text = monitorToJson(def);
    const load = loadMonitorJson(text);
    expect([def.id, load.ok]).toEqual([def.id, true]);
    expect(load.ok && load.def).toEqual(def);
    const doc = readFileSync(path.join(ROOT, "docs", "definities", `${def.id}.json`), "utf8");
    expect(JSON.parse(doc)).toEqual(JSON.parse(text));
    expect(JSON.parse(doc).model).toBe(2);
  }
});

test("a definition file with ten different mistakes gives ten precise messages naming the path", () => {
  const d = rakJson();
  const [regio, mijlpalen, vragenlijst] = d.tabellen;
  d.id = "RAK 2008"; // 1 pattern
  d.eenheden.namen.push({ naam: "Delft" }); // 2 duplicate unit
  regio.velden[1].schaal = "tijdstip"; // 3 unknown scale
  regio.velden[3].type = "nummer"; // 4 invalid enum
  mijlpalen.rijen[2].normdatum = "31-12-2010"; // 5 wrong date format
  mijlpalen.rijen[6].geldtAls = [{ waarde: "veld:Moment", is: ["Eindfoto"] }]; // 6 unknown field in condition
  mijlpalen.oordeel[2].als = [{ waarde: "stand", is: ["Gereed / in uitvoering"] }]; // 7 rule on a missing column
  vragenlijst.rijen[0].kleur = "rood"; // 8 unknown key
  d.scores.voortgang.tabel = "acties"; // 9 table used by a score does not exist
  delete d.rag.volgorde; // 10 missing
  const r = loadMonitorJson(JSON.stringify(d));
  expect(r.ok).toBe(false);
  if (r.ok) return;
  // All ten in one go: structure first, then the references between parts.
  // A JSON file has no sheets: each issue names its path in the file (its author's own words).
  expect(r.fouten.map((i) => [i.code, i.pad, i.bericht])).toEqual([
    [
      "definitie_vorm_ongeldig",
      "id",
      "id: de waarde heeft niet de goede vorm. Schrijf kleine letters, cijfers en '-'.",
    ],
    [
      "definitie_waarde_niet_toegestaan",
      "tabellen[0].velden[3].type",
      "tabellen[0].velden[3].type: deze waarde kan hier niet. Kies tekst, keuze, datum, getal, email of eenheid.",
    ],
    [
      "definitie_vorm_ongeldig",
      "tabellen[1].rijen[2].normdatum",
      "tabellen[1].rijen[2].normdatum: de waarde heeft niet de goede vorm. Schrijf datum als JJJJ-MM-DD.",
    ],
    [
      "definitie_sleutel_onbekend",
      "tabellen[2].rijen[0]",
      "tabellen[2].rijen[0]: onbekende sleutel(s): 'kleur'. Verwijder of hernoem ze.",
    ],
    ["definitie_ontbreekt", "rag.volgorde", "rag.volgorde: de waarde ontbreekt. Vul een lijst in."],
    [
      "definitie_dubbel",
      "eenheden.namen[37]",
      "eenheden.namen[37]: 'Delft' komt twee keer voor. Geef de tweede een andere naam of verwijder hem.",
    ],
    [
      "definitie_schaal_onbekend",
      "tabellen[0].velden[1].schaal",
      "tabellen[0].velden[1].schaal: de schaal 'tijdstip' bestaat niet. Schrijf de naam van een schaal: meetmoment, bereik, scholing, janee, deels, dekking, coordinator, mijlpaalstatus.",
    ],
    [
      "definitie_veld_bestaat_niet",
      "tabellen[1].rijen[6].geldtAls[0].waarde",
      "tabellen[1].rijen[6].geldtAls[0].waarde: veld 'Moment' bestaat niet. Schrijf de naam van een veld.",
    ],
    [
      "definitie_kolom_bestaat_niet",
      "tabellen[1].oordeel[2].als[0].waarde",
      "tabellen[1].oordeel[2].als[0].waarde: kolom 'stand' bestaat niet. Kies code, mijlpaal, status, datumGereed, verwachteDatum of toelichting.",
    ],
    [
      "definitie_tabel_onbekend",
      "scores.voortgang.tabel",
      "scores.voortgang.tabel: de tabel 'acties' bestaat niet. Schrijf de code van een tabel met rijen: mijlpalen, vragenlijst; of maak de cel leeg.",
    ],
  ]);
});

test("not JSON at all", () => {
  const r = loadMonitorJson("{ id: ");
  expect(r.ok).toBe(false);
  expect(!r.ok && r.fouten[0].code).toBe("definitie_geen_json");
  expect(!r.ok && r.fouten[0].bericht).toMatch(
    /^Het bestand is geen geldige JSON \(.+\)\. Kies een definitie/,
  );
});

test("a definition file of the earlier format is refused", () => {
  const d = rakJson();
  delete d.model;
  const r = loadMonitorJson(JSON.stringify(d));
  expect(r.ok).toBe(false);
  expect(!r.ok && r.fouten.map((i) => i.bericht)).toEqual(["model: deze waarde kan hier niet. Kies 2."]);
});

describe("the command line with --definitie", () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir();
  });

  test("definitie export writes the built-in definition; an unknown id is a usage error", () => {
    const out = path.join(dir, "rak.json");
    expect(runCli(["definitie", "export", "rak-2008-2010", "-o", out]).code).toBe(0);
    expect(JSON.parse(readFileSync(out, "utf8"))).toEqual(JSON.parse(monitorToJson(defaultMonitor())));
    const bad = runCli(["definitie", "export", "onbekend"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("Definitie 'onbekend' is niet ingebouwd");
  });

  test("a changed definition from a file drives template, check and aggregate", async () => {
    const d = rakJson();
    d.versie = "1.1-test";
    // Nijmegen's 2012 is then within norm date + delay.
    for (const rule of d.tabellen[1].oordeel)
      for (const t of rule.als)
        for (const limit of [t.na, t.uiterlijk]) if (limit?.plusMaanden === 12) limit.plusMaanden = 24;
    const changed = loadMonitorJson(JSON.stringify(d));
    if (!changed.ok) throw new Error(changed.fouten.map((i) => i.bericht).join("; "));
    const m5 = (def: Monitor) => {
      const r = readReturn(def, inputFromModel(filledModel("Nijmegen")));
      if (!r.ok) throw new Error(r.reden);
      return scoreReturn(def, r.ret, r.issues).oordelen.mijlpalen.find((x) => x.sleutel === "M5")!.rag;
    };
    expect([m5(defaultMonitor()), m5(changed.def)]).toEqual(["rood", "oranje"]);
    const file = path.join(dir, "rak-1.1.json");
    writeFileSync(file, JSON.stringify(d));
    const files = await writeExampleWorkbooks(path.join(dir, "regios"));
    const before = hashFolder(path.join(dir, "regios"));
    // The example workbooks record version 1.0, which is still built in: they are read with their own rules.
    const old = runCli(["check", files[0], "--json", "--definitie", file]);
    expect(old.code).toBe(0);
    expect(JSON.parse(old.stdout).definitie).toEqual({ id: "rak-2008-2010", versie: "1.0" });
    const tpl = path.join(dir, "nieuw.xlsx");
    expect(runCli(["template", "--regio", "Nijmegen", "-o", tpl, "--definitie", file]).code).toBe(0);
    const checked = runCli(["check", tpl, "--json", "--definitie", file]);
    expect(JSON.parse(checked.stdout).definitie).toEqual({ id: "rak-2008-2010", versie: "1.1-test" });
    const broken = path.join(dir, "kapot.json");
    writeFileSync(broken, JSON.stringify({ ...d, eenheden: { ...d.eenheden, namen: [] } }));
    const r = runCli([
      "aggregate",
      path.join(dir, "regios"),
      "-o",
      path.join(dir, "x.xlsx"),
      "--definitie",
      broken,
    ]);
    expect(r.code).toBe(2);
    expect(hashFolder(path.join(dir, "regios"))).toEqual(before);
    expect(r.stderr).toContain(
      `De definitie in ${broken} is niet bruikbaar (1 fout):\n  eenheden.namen: hier hoort minstens één waarde. Vul die in.`,
    );
  });
});

test("a value of the wrong type is named as such, not as missing", () => {
  const d = rakJson();
  d.naam = 5;
  const r = loadMonitorJson(JSON.stringify(d));
  expect(!r.ok && r.fouten.map((i) => [i.code, i.bericht])).toEqual([
    ["definitie_verkeerd_type", "naam: hier hoort een tekst. Vul een tekst in."],
  ]);
});
