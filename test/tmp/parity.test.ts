import { readReturn as oldRead } from "../legacy/core/read/region-return";
import { scoreReturn as oldScore } from "../legacy/core/score/region-score";
import { readReturn } from "../../src/core/engine/read";
import { scoreReturn } from "../../src/core/engine/score";
import { findMonitor } from "../../src/core/model";
import {
  DEF,
  exampleFills,
  validInput,
  setStatus,
  setAnswer,
  setField,
  setCell,
  emptyInput,
} from "../legacy/inputs";
import type { WorkbookInput } from "../../src/core/grid";

const M = findMonitor("rak-2008-2010")!;
function both(input: WorkbookInput) {
  const o = oldRead(DEF, input);
  const n = readReturn(M, input);
  return { o, n };
}
const cases: [string, WorkbookInput][] = [
  ...exampleFills().map((f): [string, WorkbookInput] => [f.regio, validInput(f.regio)]),
  ["empty", emptyInput()],
  ["bad status", setStatus(validInput("Gouda"), "M2", "Half af")],
  ["bad date", setAnswer(validInput("Gouda"), "C3", "31-02-2011")],
  ["no regio", setField(validInput("Gouda"), "Regio", null)],
  ["atlantis", setField(validInput("Gouda"), "Regio", "Atlantis")],
  ["startfoto", setField(validInput("Gouda"), "Meetmoment", "Startfoto")],
  [
    "gedeeltelijk no toel",
    setCell(setStatus(validInput("Gouda"), "M1", "Gedeeltelijk"), "Mijlpalen", "M1", "Toelichting", null),
  ],
  [
    "verstreken",
    setCell(
      setStatus(validInput("Nijmegen"), "M5", "In voorbereiding"),
      "Mijlpalen",
      "M5",
      "Verwachte datum",
      "november 2010",
    ),
  ],
  ["gereed na peil", setCell(validInput("Gouda"), "Mijlpalen", "M1", "Datum gereed", "december 2011")],
  ["O empty", setAnswer(setAnswer(setAnswer(validInput("Gouda"), "O1a", null), "O1b", null), "O1c", null)],
];
test.each(cases)("%s", (_n, input) => {
  const { o, n } = both(input);
  expect(n.ok).toBe(o.ok);
  expect(n.issues.map((i) => `${i.cel} ${i.severity}`).sort()).toEqual(
    o.issues.map((i) => `${i.cel} ${i.severity}`).sort(),
  );
  if (!o.ok || !n.ok) return;
  const so = oldScore(DEF, o.ret, o.issues);
  const sn = scoreReturn(M, n.ret, n.issues);
  expect(sn.invulgraad).toEqual(so.invulgraad);
  expect(sn.eenheid).toEqual(so.regio);
  expect(sn.invulling).toEqual(so.invulling);
  expect(sn.voortgang).toEqual(so.voortgang);
  expect(sn.oordelen.mijlpalen.map((j) => [j.sleutel, j.rag, j.geldt])).toEqual(
    so.mijlpalen.map((m) => [m.code, m.rag, m.geldt]),
  );
  const diffs = sn.oordelen.mijlpalen
    .map((j, i) => [j.uitleg, so.mijlpalen[i].uitleg])
    .filter(([a, b]) => a !== b);
  if (diffs.length) console.log(diffs.slice(0, 3));
  expect(n.issues.map((i) => i.code).sort()).toEqual(o.issues.map((i) => i.code).sort());
});
