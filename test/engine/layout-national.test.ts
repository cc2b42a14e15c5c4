import { layoutNational as layoutOld } from "../legacy/core/layout/national-sheets";
import { aggregate as aggregateOld } from "../legacy/core/national/aggregate";
import { readReturn as readOld } from "../legacy/core/read/region-return";
import { explainNational } from "../legacy/core/explain";
import { layoutNational } from "../../src/core/engine/layout-national";
import { explanationIndex } from "../../src/core/engine/explain";
import type { WorkbookInput } from "../../src/core/grid";
import { DEF, exampleFills, validInput } from "../legacy/inputs";
import { bare, dayOnly, rakMonitor, rakNationalReport } from "./layout-fixtures";

const NEW = rakMonitor();

/** The old layout names the realised statuses by kind; the one engine by their labels. */
const REALISED_OLD = "Gereed + Gedeeltelijk";
const REALISED_NEW = "Gereed / in uitvoering + Gedeeltelijk";

function relabel<T>(x: T): T {
  return JSON.parse(JSON.stringify(x).split(REALISED_OLD).join(REALISED_NEW)) as T;
}

function run(inputs: WorkbookInput[]) {
  const oldReport = aggregateOld(
    DEF,
    inputs.map((i) => ({ bestand: i.bestand, result: readOld(DEF, i) })),
  );
  const oldModels = layoutOld(DEF, oldReport);
  const newModels = layoutNational(NEW, rakNationalReport(NEW, inputs));
  return { oldReport, oldModels, newModels };
}

const all = (): WorkbookInput[] =>
  exampleFills().map((f) => validInput(f.regio, `Regiomonitor-${f.regio}.xlsx`));

describe("layoutNational, RAK: parity with the old national sheets on the 37 example returns", () => {
  const { oldReport, oldModels, newModels } = run(all());

  test("the same five sheets in the same order", () => {
    expect(newModels.map((m) => m.name)).toEqual(oldModels.map((m) => m.name));
    expect(newModels).toHaveLength(5);
  });

  test.each([0, 1, 2, 3, 4])("sheet %i: same cells, widths, freeze and data bars", (i) => {
    expect(dayOnly(bare(newModels[i]))).toEqual(relabel(oldModels[i]));
  });

  test("the same explanations on the same cells", () => {
    const oldIndex = relabel(Object.fromEntries(explainNational(DEF, oldReport, oldModels)));
    const newIndex = dayOnly(Object.fromEntries(explanationIndex(newModels)));
    expect(Object.keys(newIndex).sort()).toEqual(Object.keys(oldIndex).sort());
    for (const k of Object.keys(oldIndex)) expect(newIndex[k]).toEqual(oldIndex[k]);
    expect(Object.keys(oldIndex).length).toBeGreaterThan(500);
  });
});

describe("layoutNational, RAK: missing and duplicate returns", () => {
  const inputs = all().slice(0, 5);
  inputs.push(validInput(exampleFills()[0].regio, "Z-dubbel.xlsx"));
  const { oldReport, oldModels, newModels } = run(inputs);

  test.each([0, 1, 2, 3, 4])("sheet %i: same cells", (i) => {
    expect(dayOnly(bare(newModels[i]))).toEqual(relabel(oldModels[i]));
  });

  test("the same explanations, including 'niet ontvangen' and the duplicate file", () => {
    const oldIndex = relabel(Object.fromEntries(explainNational(DEF, oldReport, oldModels)));
    const newIndex = dayOnly(Object.fromEntries(explanationIndex(newModels)));
    expect(Object.keys(newIndex).sort()).toEqual(Object.keys(oldIndex).sort());
    for (const k of Object.keys(oldIndex)) expect(newIndex[k]).toEqual(oldIndex[k]);
    const retouren = newModels[0];
    const notReceived = retouren.rows.find((r) => r[1].v === "Nee")!;
    expect(notReceived[1].uitleg?.regel).toContain(
      "telt in alle landelijke tabellen als 'Gegevens onbekend'",
    );
    const dup = retouren.rows.find((r) => r[2].v === "dubbel, niet meegeteld")!;
    expect(dup[2].uitleg?.regel).toContain("Twee retouren voor één regio");
  });
});
