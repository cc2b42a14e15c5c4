import {
  addMonths,
  toleranceLimit,
  parseDutchDate,
  serialDate,
  isoToSerial,
  formatIso,
} from "../../src/core/cells/dates";

const cases: [string, string, string][] = [
  ["1 juni 2011", "2011-06-01", "2011-06-01"],
  ["01-06-2011", "2011-06-01", "2011-06-01"],
  ["1-6-2011", "2011-06-01", "2011-06-01"],
  ["01/06/2011", "2011-06-01", "2011-06-01"],
  ["2011-06-01", "2011-06-01", "2011-06-01"],
  ["1 Juni 2011", "2011-06-01", "2011-06-01"],
  ["maart 2011", "2011-03-01", "2011-03-31"],
  ["Maart 2011", "2011-03-01", "2011-03-31"],
  ["mrt. 2011", "2011-03-01", "2011-03-31"],
  ["februari 2012", "2012-02-01", "2012-02-29"],
  ["juni/juli 2011", "2011-06-01", "2011-07-31"],
  ["Juni/juli 2011", "2011-06-01", "2011-07-31"],
  ["juni - juli 2011", "2011-06-01", "2011-07-31"],
  ["1e kwartaal 2011", "2011-01-01", "2011-03-31"],
  ["eerste kwartaal 2011", "2011-01-01", "2011-03-31"],
  ["Q3 2011", "2011-07-01", "2011-09-30"],
  ["voorjaar 2011", "2011-03-01", "2011-05-31"],
  ["voor zomer 2011", "2011-01-01", "2011-06-30"],
  ["Voor de zomer 2011", "2011-01-01", "2011-06-30"],
  ["medio 2011", "2011-06-01", "2011-06-30"],
  ["najaar 2011", "2011-09-01", "2011-11-30"],
  ["zomer 2013", "2013-06-01", "2013-08-31"],
  ["begin 2014", "2014-01-01", "2014-03-31"],
  ["eind 2011", "2011-10-01", "2011-12-31"],
  ["Eind 2013", "2013-10-01", "2013-12-31"],
  ["2012", "2012-01-01", "2012-12-31"],
  ["uiterlijk juni 2011", "2011-06-01", "2011-06-30"],
  ["  december   2013 ", "2013-12-01", "2013-12-31"],
];

describe("Dutch dates as people type them", () => {
  test.each(cases)("%s → %s … %s", (text, start, end) => {
    const p = parseDutchDate(text);
    expect(p.ok).toBe(true);
    if (!p.ok) return;
    expect(p.value.start).toBe(start);
    expect(p.value.end).toBe(end);
    expect(p.value.tekst).toBe(text.trim());
  });

  test.each([
    "31-02-2011",
    "32 juni 2011",
    "juni",
    "2011 juni",
    "5e kwartaal 2011",
    "juli/juni 2011",
    "binnenkort",
    "Nog te bepalen",
    "13-13-2011",
    "1 junie 2011",
    "20111",
    "",
    "medio",
  ])("rejects near-miss %p", (text) => {
    expect(parseDutchDate(text).ok).toBe(false);
  });

  test("Excel serials are one exact day; time of day is ignored", () => {
    const d = serialDate(40558.75);
    expect(d).toEqual({ start: "2011-01-15", end: "2011-01-15", tekst: "15-01-2011", exact: true });
    expect(isoToSerial("2011-01-15")).toBe(40558);
    expect(serialDate(-3)).toBeNull();
  });

  test("adding months keeps the end of the month", () => {
    expect(addMonths("2010-12-31", 12)).toBe("2011-12-31");
    expect(addMonths("2011-01-31", 1)).toBe("2011-02-28");
    expect(formatIso("2011-12-31")).toBe("31-12-2011");
  });

  test("the tolerated-delay limit keeps the end of a month (one rule for every monitor)", () => {
    expect(toleranceLimit("2011-02-28", 12)).toBe("2012-02-29");
    expect(addMonths("2011-02-28", 12)).toBe("2012-02-28");
    expect(toleranceLimit("2010-12-31", 12)).toBe("2011-12-31");
    expect(toleranceLimit("2011-01-15", 1)).toBe("2011-02-15");
  });
});
