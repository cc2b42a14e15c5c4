/** The task pane's "Definitie laden" logic, and how the loaded definition reaches the import. */
import { findMonitor, monitorToJson, rowsTable } from "../../src/core/model";
import { definitionLabel, readDefinitionFile } from "../../src/taskpane/features/definition/definition";
import {
  entryFromInput,
  nationalDefinition,
  nationalResult,
} from "../../src/taskpane/features/import/national";
import { DEF as base, validInput } from "../helpers/inputs";

test("a valid file loads; its label names naam, id and versie", () => {
  const r = readDefinitionFile(monitorToJson({ ...base, naam: "Mijn monitor", versie: "1.1" }), "d.json");
  if (!r.ok) throw new Error(r.fouten.join("\n"));
  expect(r.def.versie).toBe("1.1");
  expect(definitionLabel(r.def)).toBe(`Mijn monitor (${base.id}, versie 1.1)`);
});

test("mistakes are listed with the file name and the path in the file", () => {
  const raw = JSON.parse(monitorToJson(base)) as {
    tabellen: { id: string; sleutel?: string; rijen?: { waarden: Record<string, string> }[] }[];
    eenheden: unknown;
  };
  raw.eenheden = "Gouda";
  const r = readDefinitionFile(JSON.stringify(raw), "fout.json");
  expect(r.ok).toBe(false);
  if (r.ok) return;
  expect(r.fouten.every((f) => f.startsWith("fout.json: "))).toBe(true);
  expect(r.fouten).toContain(
    "fout.json: eenheden: hier hoort een groep gegevens. Vul een groep gegevens in.",
  );
  // A duplicate row key is found by the cross-check, once the shape is right.
  const dup = JSON.parse(monitorToJson(base)) as typeof raw;
  const m = dup.tabellen.findIndex((t) => t.id === "mijlpalen");
  const key = dup.tabellen[m].sleutel!;
  dup.tabellen[m].rijen![1].waarden[key] = dup.tabellen[m].rijen![0].waarden[key];
  const d = readDefinitionFile(JSON.stringify(dup), "dubbel.json");
  expect(d.ok).toBe(false);
  if (d.ok) return;
  expect(d.fouten.every((f) => f.startsWith("dubbel.json: "))).toBe(true);
  expect(d.fouten.join("\n")).toMatch(new RegExp(`tabellen\\[${m}\\]\\.rijen\\[1\\]`));
  const notJson = readDefinitionFile("{", "leeg.json");
  expect(notJson.ok).toBe(false);
});

test("an action monitor loads like any other (one engine): its label names it", () => {
  const action = findMonitor("actiemonitor-2013")!;
  const r = readDefinitionFile(monitorToJson(action), "acties.json");
  if (!r.ok) throw new Error(r.fouten.join("\n"));
  expect(r.def.id).toBe("actiemonitor-2013");
  expect(r.def.eenheden).toBeUndefined();
  expect(definitionLabel(r.def)).toBe(`${action.naam} (actiemonitor-2013, versie ${action.versie})`);
});

test("the import uses the loaded definition, else the default one", () => {
  expect(nationalDefinition(null)).toEqual(base);
  const loaded = { ...base, naam: "Geladen" };
  expect(nationalDefinition(loaded)).toBe(loaded);
  const res = nationalResult([entryFromInput(validInput("Gouda"), loaded)], loaded);
  expect(res.def.naam).toBe("Geladen");
  expect(res.report.ontvangen).toBe(1);
  // A definition with fewer units: the report expects only those.
  const small = { ...base, eenheden: { ...base.eenheden!, namen: [{ naam: "Gouda" }, { naam: "Almere" }] } };
  expect(nationalResult([entryFromInput(validInput("Gouda"), small)], small).report.verwacht).toBe(2);
  expect(rowsTable(small, "mijlpalen")).toBeDefined();
});
