/** Definitions from a file: the built-in one round-trips; a file with ten mistakes gives ten precise messages. */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { defaultDefinition, definitionToJson, loadDefinitionJson } from "../legacy/core/definition";
import { hashFolder, ROOT, runCli, tempDir } from "../helpers/files";
import { writeExampleWorkbooks } from "../helpers/example-files";

test("the exported built-in definition in docs/ is current and loads back identically", () => {
  const text = readFileSync(path.join(ROOT, "docs", "definities", "rak-2008-2010.json"), "utf8");
  expect(JSON.parse(text)).toEqual(JSON.parse(definitionToJson(defaultDefinition())));
  const load = loadDefinitionJson(text);
  expect(load.ok && load.def).toEqual(defaultDefinition());
});

test("a definition file with ten different mistakes gives ten precise messages naming the path", () => {
  const d = JSON.parse(definitionToJson(defaultDefinition()));
  d.id = "RAK 2008"; // 1 pattern
  d.regios.push("Delft"); // 2 duplicate region
  d.schalen.bereik.onbekend = "Misschien"; // 3 unknown not among options
  d.regio.velden[1].schaal = "tijdstip"; // 4 unknown scale
  d.regio.velden[3].type = "getal"; // 5 invalid enum
  d.mijlpalen.rijen[2].normdatum = "31-12-2010"; // 6 wrong date format
  d.mijlpalen.rijen[6].geldtAls = { veld: "Moment", is: "Eindfoto" }; // 7 unknown field in condition
  d.mijlpalen.toegestaneVertragingMaanden = -1; // 8 negative
  d.vragenlijst.vragen[0].kleur = "rood"; // 9 unknown key
  delete d.rag.invullingGroen; // 10 missing
  const r = loadDefinitionJson(JSON.stringify(d));
  expect(r.ok).toBe(false);
  if (r.ok) return;
  // All ten in one go: structure first, then the references between parts.
  expect(r.fouten).toEqual([
    "id: ongeldig formaat: kleine letters, cijfers en '-'",
    "schalen.bereik: 'onbekend' moet een van de opties zijn",
    'regio.velden[3].type: ongeldige waarde; toegestaan: "regio", "keuze", "datum", "tekst", "email"',
    "mijlpalen.rijen[2].normdatum: ongeldig formaat: datum als JJJJ-MM-DD",
    "mijlpalen.toegestaneVertragingMaanden: te klein (minimaal 0)",
    "vragenlijst.vragen[0]: onbekende sleutel(s): 'kleur'",
    "rag.invullingGroen: ontbreekt (verwacht: number)",
    "regios[37]: 'Delft' komt twee keer voor",
    "regio.velden[1].schaal: schaal 'tijdstip' bestaat niet; bekend: meetmoment, bereik, scholing, janee, deels, dekking, coordinator",
    "mijlpalen.rijen[6].geldtAls.veld: veld 'Moment' bestaat niet in regio.velden",
  ]);
});

test("not JSON at all", () => {
  const r = loadDefinitionJson("{ id: ");
  expect(r.ok).toBe(false);
  expect(!r.ok && r.fouten[0]).toMatch(/^\(hele bestand\): geen geldige JSON/);
});

describe("the command line with --definitie", () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir();
  });

  test("definitie export writes the built-in definition; an unknown id is a usage error", () => {
    const out = path.join(dir, "rak.json");
    expect(runCli(["definitie", "export", "rak-2008-2010", "-o", out]).code).toBe(0);
    expect(JSON.parse(readFileSync(out, "utf8")).id).toBe("rak-2008-2010");
    const bad = runCli(["definitie", "export", "onbekend"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("Definitie 'onbekend' is niet ingebouwd");
  });

  test("a changed definition from a file drives template, check and aggregate", async () => {
    const d = JSON.parse(definitionToJson(defaultDefinition()));
    d.versie = "1.1-test";
    d.mijlpalen.toegestaneVertragingMaanden = 24; // Nijmegen's 2012 is then within norm + delay
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
    writeFileSync(broken, JSON.stringify({ ...d, regios: [] }));
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
      `De definitie in ${broken} is niet bruikbaar (1 fout):\n  regios: te weinig elementen (minimaal 1)`,
    );
  });
});

test("a value of the wrong type is named as such, not as missing", () => {
  const d = JSON.parse(definitionToJson(defaultDefinition()));
  d.naam = 5;
  const r = loadDefinitionJson(JSON.stringify(d));
  expect(!r.ok && r.fouten).toEqual(["naam: verkeerd type: verwacht string"]);
});
