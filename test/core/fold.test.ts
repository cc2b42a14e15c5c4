/** Tolerant matching of texts (`fold`): the same key for every way a person or a program writes a name. */
import { fold, matchOption } from "../../src/core/cells/text";

test.each([
  // Plain ASCII: case and spacing only.
  ["  Zuid-Holland\tZuid ", "zuid-holland zuid"],
  ["Regio\r\nHaaglanden", "regio haaglanden"],
  ["JA", "ja"],
  ["", ""],
  // A backtick is a quote, also in plain ASCII.
  ["`t Gooi", "'t gooi"],
  // Beyond ASCII: diacritics, dashes, quotes and the no-break space.
  ["Fryslân", "fryslan"],
  ["Zuid\u2013Holland\u00a0Zuid", "zuid-holland zuid"],
  ["\u2018t Gooi", "'t gooi"],
  ["\u201cJa\u201d", '"ja"'],
])("fold(%j) is %j", (text, folded) => {
  expect(fold(text)).toBe(folded);
});

test("an option matches however it is written", () => {
  expect(matchOption(" gedeeltelijk ", ["Ja", "Gedeeltelijk", "Nee"])).toBe("Gedeeltelijk");
  expect(matchOption("Friesland", ["Fryslân"])).toBeUndefined();
  expect(matchOption("FRYSLAN", ["Fryslân"])).toBe("Fryslân");
});
