/** The task pane's "Definitie laden" logic, and how the loaded definition reaches the import. */
import {
  builtInActionDefinitions,
  anyDefinitionToJson,
  defaultDefinition,
  definitionToJson,
} from "../legacy/core/definition";
import { definitionLabel, readDefinitionFile } from "../../src/taskpane/logic/definition";
import {
  entryFromInput,
  nationalDefinition,
  nationalResult,
  nationalWanted,
} from "../../src/taskpane/logic/national";
import { validInput } from "../helpers/inputs";

const base = defaultDefinition();

test("a valid file loads; its label names naam, id and versie", () => {
  const r = readDefinitionFile(definitionToJson({ ...base, naam: "Mijn monitor", versie: "1.1" }), "d.json");
  if (!r.ok) throw new Error(r.fouten.join("\n"));
  expect(r.def.versie).toBe("1.1");
  expect(definitionLabel(r.def)).toBe(`Mijn monitor (${base.id}, versie 1.1)`);
});

test("mistakes are listed with the file name and the path in the file", () => {
  const raw = JSON.parse(definitionToJson(base)) as {
    mijlpalen: { rijen: { code: string }[] };
    regios: unknown;
  };
  raw.mijlpalen.rijen[1].code = raw.mijlpalen.rijen[0].code;
  raw.regios = "Gouda";
  const r = readDefinitionFile(JSON.stringify(raw), "fout.json");
  expect(r.ok).toBe(false);
  if (r.ok) return;
  expect(r.fouten.every((f) => f.startsWith("fout.json: "))).toBe(true);
  expect(r.fouten.some((f) => f.startsWith("fout.json: regios"))).toBe(true);
  expect(r.fouten.join("\n")).toMatch(/mijlpalen\.rijen\[1\]/);
  const notJson = readDefinitionFile("{", "leeg.json");
  expect(notJson.ok).toBe(false);
});

test("an action monitor is refused with a message saying so", () => {
  const action = builtInActionDefinitions()[0];
  const r = readDefinitionFile(anyDefinitionToJson(action), "acties.json");
  expect(r.ok).toBe(false);
  if (!r.ok) expect(r.fouten).toEqual([expect.stringMatching(/^acties\.json: .* is een actiemonitor/)]);
});

test("the import uses the loaded definition, else the default one", () => {
  expect(nationalDefinition()).toEqual(base);
  expect(nationalDefinition(null)).toEqual(base);
  const loaded = { ...base, naam: "Geladen" };
  expect(nationalDefinition(loaded)).toBe(loaded);
  expect(nationalWanted(loaded)).toEqual(nationalWanted(base));
  const res = nationalResult([entryFromInput(validInput("Gouda"), loaded)], loaded);
  expect(res.def.naam).toBe("Geladen");
  expect(res.report.ontvangen).toBe(1);
  // A definition with fewer regions: the report expects only those.
  const small = { ...base, regios: ["Gouda", "Almere"] };
  expect(nationalResult([entryFromInput(validInput("Gouda"), small)], small).report.verwacht).toBe(2);
});
