/** Did-you-mean (src/core/suggest.ts): edit distance on folded text, one best guess, never a long list. */
import { didYouMean, editDistance, suggest } from "../../src/core/suggest";
import { unitNames, defaultMonitor } from "../../src/core/model";

test("edit distance counts inserts, deletes, replacements and swapped neighbours as one edit each", () => {
  expect(editDistance("utrecht", "utrecht")).toBe(0);
  expect(editDistance("utrect", "utrecht")).toBe(1); // one letter missing
  expect(editDistance("regoi", "regio")).toBe(1); // two letters swapped
  expect(editDistance("chekc", "check")).toBe(1);
  expect(editDistance("kat", "kast")).toBe(1);
  expect(editDistance("abc", "xyz")).toBe(3);
  expect(editDistance("", "abc")).toBe(3);
});

test("a region typed wrongly gives that one region, not the list of 37", () => {
  const names = unitNames(defaultMonitor());
  expect(names.length).toBe(37);
  expect(suggest("Utrect", names)).toEqual(["Utrecht"]);
  expect(suggest("utrecht", names)).toEqual(["Utrecht"]);
  expect(suggest("Den  bosch", names).length).toBeLessThanOrEqual(3);
  expect(suggest("Atlantis", names)).toEqual([]);
});

test("case, diacritics, spaces and hyphens do not count as mistakes", () => {
  expect(suggest("GHNT 2018", ["ghnt-2018", "actiemonitor-2013"])).toEqual(["ghnt-2018"]);
  expect(suggest("Réko", ["Reko", "Rood"])).toEqual(["Reko"]);
  expect(suggest("eindfoto", ["Startfoto", "Eindfoto"])).toEqual(["Eindfoto"]);
});

test("a start of three or more letters finds the name it starts", () => {
  expect(suggest("aggr", ["template", "check", "aggregate"])).toEqual(["aggregate"]);
  expect(suggest("ag", ["template", "check", "aggregate"])).toEqual([]);
});

test("ties give at most three, in the order given; nothing close gives none", () => {
  expect(suggest("ab", ["ax", "ay", "az", "aw"])).toEqual(["ax", "ay", "az"]);
  expect(suggest("zzzzzz", ["template", "check"])).toEqual([]);
  expect(suggest("", ["check"])).toEqual([]);
});

test("the question in Dutch", () => {
  expect(didYouMean(["Utrecht"])).toBe("Bedoelt u Utrecht?");
  expect(didYouMean(["check"], true)).toBe("Bedoelt u 'check'?");
  expect(didYouMean(["a", "b", "c"])).toBe("Bedoelt u a, b of c?");
  expect(didYouMean([])).toBe("");
});
