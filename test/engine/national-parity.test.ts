/**
 * Parity of the one engine's national aggregation with the old one (src/core/national) on the same
 * inputs: the 37 example returns with changes (invalid cells, a Startfoto, a missing or unknown region,
 * duplicates, a missing return, an unreadable file) give the same national JSON.
 */
import { readReturn as oldRead } from "../legacy/core/read/region-return";
import { aggregate as oldAggregate } from "../legacy/core/national/aggregate";
import { toNationalJson as oldJson } from "../legacy/core/national/json";
import { readReturn } from "../../src/core/engine/read";
import { aggregate } from "../../src/core/engine/national";
import { toNationalJson } from "../../src/core/engine/json";
import { findMonitor } from "../../src/core/model";
import type { WorkbookInput } from "../../src/core/grid";
import { DEF, exampleFills, setAnswer, setField, setStatus, validInput } from "../legacy/inputs";

const M = findMonitor("rak-2008-2010")!;
const base = (): WorkbookInput[] => exampleFills().map((f) => validInput(f.regio, `R-${f.regio}.xlsx`));
const change = (inputs: WorkbookInput[], regio: string, f: (i: WorkbookInput) => WorkbookInput) =>
  inputs.map((i) => (i.bestand === `R-${regio}.xlsx` ? f(i) : i));

const cases: [string, () => WorkbookInput[]][] = [
  ["examples", base],
  [
    "bad status and date",
    () =>
      change(
        change(base(), "Gouda", (i) => setStatus(i, "M2", "Half af")),
        "Ede",
        (i) => setAnswer(i, "C3", "31-02-2011"),
      ),
  ],
  ["startfoto", () => change(base(), "Delft", (i) => setField(i, "Meetmoment", "Startfoto"))],
  ["no region", () => change(base(), "Leiden", (i) => setField(i, "Regio", null))],
  ["unknown region", () => change(base(), "Leiden", (i) => setField(i, "Regio", "Atlantis"))],
  ["empty answers", () => change(base(), "Emmen", (i) => setAnswer(setAnswer(i, "V1", null), "O1a", null))],
  ["missing return", () => base().filter((i) => i.bestand !== "R-Utrecht.xlsx")],
  [
    "duplicates",
    () => [
      ...base(),
      { ...setField(validInput("Gouda"), "Peildatum", "01-03-2010"), bestand: "A-Gouda-oud.xlsx" },
      { ...validInput("Tilburg"), bestand: "Z-Tilburg.xlsx" },
    ],
  ],
  ["unreadable", () => [...base(), { bestand: "kapot.xlsx", definitie: null, bladen: [], grids: [] }]],
];

test.each(cases)("%s: the same national JSON as the old aggregation", (_n, make) => {
  const inputs = make();
  const o = oldJson(
    DEF,
    oldAggregate(
      DEF,
      inputs.map((i) => ({ bestand: i.bestand, result: oldRead(DEF, i) })),
    ),
  );
  const n = toNationalJson(
    M,
    aggregate(
      M,
      inputs.map((i) => ({ bestand: i.bestand, result: readReturn(M, i) })),
    ),
  );
  expect(n).toEqual(o);
});
