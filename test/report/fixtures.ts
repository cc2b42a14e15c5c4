/** Rounds for the report tests, built here from the helpers' inputs (never from the demo's output). */
import { readFileSync } from "node:fs";
import path from "node:path";
import { readReturn } from "../../src/core/engine/read";
import { aggregate } from "../../src/core/engine/national";
import { toNationalJson, type NationalJson } from "../../src/core/engine/json";
import type { ReturnEntry } from "../../src/core/engine/national-types";
import { taskforce2013Fill } from "../../src/examples/fills";
import { buildTemplate } from "../../src/core/engine/template";
import type { WorkbookInput } from "../../src/core/grid";
import { DEF, DEF_2013, exampleFills, inputFromModel, setStatus, validInput } from "../helpers/inputs";

const entry = (input: WorkbookInput): ReturnEntry => ({
  bestand: input.bestand,
  result: readReturn(DEF, input),
});

/**
 * Three of 37 regions: Gouda and Utrecht as in the annex (Gouda's M5 Gedeeltelijk), Alkmaar with M4
 * "Niet gestart". So M1 3 of 37 (8,1 %), M4 2 of 37 (5,4 %), M5 3 of 37 of which 1 partly (8,1 %).
 */
export function threeRegions(): NationalJson {
  const alkmaar = setStatus(validInput("Alkmaar", "Regiomonitor-Alkmaar.xlsx"), "M4", "Niet gestart");
  const entries = [
    entry(validInput("Gouda", "Regiomonitor-Gouda.xlsx")),
    entry(validInput("Utrecht", "Regiomonitor-Utrecht.xlsx")),
    entry(alkmaar),
  ];
  return toNationalJson(DEF, aggregate(DEF, entries));
}

/** All 37 regions of the annex (M5 29 of 37 = 78,4 %). */
export function allRegions(): NationalJson {
  const entries = exampleFills().map((f) => entry(validInput(f.eenheid, `Regiomonitor-${f.eenheid}.xlsx`)));
  return toNationalJson(DEF, aggregate(DEF, entries));
}

/** The Taskforce 2013 action monitor, one national return (Groen 11 · Oranje 0 · Rood 1 · Grijs 13). */
export function taskforce2013(): NationalJson {
  const csv = readFileSync(path.join(__dirname, "../../data/taskforce-acties-2013.csv"), "utf8");
  const model = buildTemplate(DEF_2013, { vul: taskforce2013Fill(DEF_2013, csv) });
  const input = inputFromModel(model, "actiemonitor-2013.xlsx");
  const e: ReturnEntry = { bestand: input.bestand, result: readReturn(DEF_2013, input) };
  return toNationalJson(DEF_2013, aggregate(DEF_2013, [e]));
}
