/**
 * Date serials in date fields: an Excel date before 1990 or after 2100 is an error at its cell (a number or a
 * misread cell, such as 2011 read as 03-07-1905), except a whole number from 1990 to 2100: a bare year typed
 * into a date-formatted cell, read as that year like the text "2012" (the interval ending 31-12-2012).
 */
import { readReturn } from "../../src/core/engine/read";
import { readDate } from "../../src/core/read/cells";
import { isoToSerial } from "../../src/core/cells/dates";
import { DEF, setCell, setField, validInput } from "../helpers/inputs";

const verwacht = (v: number | string) =>
  readReturn(DEF, setCell(validInput(), "Mijlpalen", "M5", "Verwachte datum", v));

test("a bare year in a date cell is that year, exactly as the text", () => {
  for (const year of [1990, 2012, 2100]) {
    const serial = readDate(year);
    expect(serial).toEqual(readDate(String(year)));
    expect(serial).toMatchObject({
      kind: "waarde",
      value: { start: `${year}-01-01`, end: `${year}-12-31`, exact: false },
    });
  }
  const r = verwacht(2012);
  expect(r.issues).toEqual([]);
  expect(
    r.ok && r.ret.tabellen.mijlpalen.find((m) => m.sleutel === "M5")?.cellen.verwachteDatum.datum?.end,
  ).toBe("2012-12-31");
});

test("a date before 01-01-1990 or after 31-12-2100 is reported at its cell, not accepted", () => {
  for (const serial of [100, 1989, 1989.5, 2101, isoToSerial("1989-12-31"), isoToSerial("2101-01-01")]) {
    const r = verwacht(serial);
    const hits = r.issues.filter((i) => i.code === "datum_onwaarschijnlijk");
    expect([serial, hits.length]).toEqual([serial, 1]);
    expect(hits[0]).toMatchObject({ severity: "fout", blad: "Mijlpalen", cel: "E6" });
    expect(hits[0].bericht).toMatch(/onwaarschijnlijk \(vóór 1990 of na 2100\)/);
    expect(
      r.ok && r.ret.tabellen.mijlpalen.find((m) => m.sleutel === "M5")?.cellen.verwachteDatum.datum,
    ).toBeNull();
  }
  // The issue's case: 15-01-2011 misread as the number 2011 would be the year 2011 now, but a real
  // misreading such as serial 2011.5 (03-07-1905) is refused as Peildatum.
  const p = readReturn(DEF, setField(validInput(), "Peildatum", 2011.5));
  expect(p.issues.map((i) => [i.code, i.cel])).toContainEqual(["datum_onwaarschijnlijk", "B4"]);
});

test("the edges are dates", () => {
  for (const iso of ["1990-01-01", "2100-12-31", "2011-01-15"]) {
    expect(readDate(isoToSerial(iso))).toMatchObject({ kind: "waarde", value: { end: iso, exact: true } });
  }
});
