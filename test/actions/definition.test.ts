/** Action definitions as data: exported JSON is current, a broken file gives precise messages, the union is tolerant. */
import { readFileSync } from "node:fs";
import path from "node:path";
import {
  anyDefinitionToJson,
  builtInDefinitions,
  defaultDefinition,
  definitionToJson,
  findActionDefinition,
  isActionDefinition,
  loadAnyDefinitionJson,
  parseAnyDefinition,
} from "../legacy/core/definition";
import { loadActionDefinitionJson } from "../legacy/core/actions";
import { ROOT } from "../helpers/files";

test.each(["actiemonitor-2013", "ghnt-2018"])(
  "docs/definities/%s.json is the built-in definition and loads back",
  (id) => {
    const def = findActionDefinition(id)!;
    const text = readFileSync(path.join(ROOT, "docs", "definities", `${id}.json`), "utf8");
    expect(JSON.parse(text)).toEqual(JSON.parse(anyDefinitionToJson(def)));
    const load = loadAnyDefinitionJson(text);
    expect(load.ok && load.def).toEqual(def);
    expect(load.ok && isActionDefinition(load.def)).toBe(true);
  },
);

test('the regional definitions stay as they were: no `soort` key needed; `soort: "regio"` is accepted too', () => {
  expect(builtInDefinitions().map((d) => d.id)).toEqual(["rak-2008-2010"]);
  const rak = JSON.parse(definitionToJson(defaultDefinition()));
  expect(parseAnyDefinition(rak)).toEqual(defaultDefinition());
  expect(parseAnyDefinition({ ...rak, soort: "regio" })).toEqual(defaultDefinition());
  const load = loadAnyDefinitionJson(JSON.stringify(rak));
  expect(load.ok && isActionDefinition(load.def)).toBe(false);
  expect(loadAnyDefinitionJson(JSON.stringify({ ...rak, soort: "landelijk" }))).toEqual({
    ok: false,
    fouten: ['soort: ongeldige waarde; toegestaan: "regio", "acties"'],
  });
});

test("a broken action definition file: every mistake named by its path, in one go", () => {
  const d = JSON.parse(anyDefinitionToJson(findActionDefinition("actiemonitor-2013")!));
  d.id = "Actiemonitor 2013"; // pattern
  d.blad = "Acties van de Taskforce-monitor 2013 (landelijk)"; // > 31 characters
  d.vasteKolommen[2].breedte = 1; // too small
  d.kolommen.kleur = "Kleur"; // unknown key
  d.kolommen.status = "Actie"; // same header as a fixed column
  d.sleutel = "nummer"; // unknown column
  d.rijen[3].actiehouder = ""; // empty fixed value
  d.rijen[4].nr = "1"; // duplicate key
  d.rijen[5].budget = "1 mln"; // unknown key in a row
  d.kwaliteitseisen.vastgesteld = "Vast"; // not an option
  d.statussen[2].oordeel = "blauw"; // invalid enum
  d.toegestaneVertragingMaanden = 1.5; // not an integer
  d.groeperingen[0].kolom = "houder"; // unknown column
  d.zonderEinddatum = "Nog te bepalen"; // wrong type
  delete d.rag; // missing
  const r = loadActionDefinitionJson(JSON.stringify(d));
  expect(r.ok).toBe(false);
  if (r.ok) return;
  expect(r.fouten).toEqual([
    "id: ongeldig formaat: kleine letters, cijfers en '-'",
    "blad: te groot (maximaal 31)",
    "vasteKolommen[2].breedte: te klein (minimaal 3)",
    "kolommen: onbekende sleutel(s): 'kleur'",
    'statussen[2].oordeel: ongeldige waarde; toegestaan: "groen", "grijs", "op_datum", "vertraagd"',
    "zonderEinddatum: verkeerd type: verwacht array",
    "toegestaneVertragingMaanden: moet een geheel getal zijn",
    "rag: ontbreekt (verwacht: object)",
    "kolommen.status: kop 'Actie' is ook de kop van vasteKolommen[1].kop",
    "sleutel: kolom 'nummer' bestaat niet in vasteKolommen; bekend: nr, actie, actiehouder",
    "rijen[3].actiehouder: ontbreekt (elke rij heeft een waarde voor elke vaste kolom)",
    "rijen[5]: onbekende sleutel(s): 'budget'; bekend: nr, actie, actiehouder",
    "kwaliteitseisen.vastgesteld: 'Vast' is geen van de opties",
    "groeperingen[0].kolom: kolom 'houder' bestaat niet in vasteKolommen",
  ]);
});

test("a duplicate action number is named by its row", () => {
  const d = JSON.parse(anyDefinitionToJson(findActionDefinition("actiemonitor-2013")!));
  d.rijen[4].nr = "1";
  expect(loadActionDefinitionJson(JSON.stringify(d))).toEqual({
    ok: false,
    fouten: ["rijen (nr)[4]: '1' komt twee keer voor"],
  });
});
