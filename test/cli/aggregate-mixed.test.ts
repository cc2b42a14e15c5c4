/**
 * `aggregate` on a folder that holds returns of two monitors: it says first which monitor it aggregates and
 * why, names the other monitor's files once as a group with the hint to aggregate them separately, and does
 * not list them again one by one. The folder is built from explicit inputs made by the installed command line.
 */
import path from "node:path";
import { runCli, tempDir } from "../helpers/files";

let dir: string;
const p = (...parts: string[]) => path.join(dir, ...parts);
const RAK = ["Gouda", "Delft", "Ede"];
const BMC = ["Achterhoek", "Alblasserwaard-Vijfheerenlanden"];

beforeAll(() => {
  dir = tempDir("regiomonitor-gemengd-");
  for (const regio of RAK)
    expect(runCli(["template", "--regio", regio, "-o", p("map", `rak-${regio}.xlsx`)]).code).toBe(0);
  for (const regio of BMC)
    expect(
      runCli([
        "template",
        "--definitie-id",
        "bmc-2015",
        "--regio",
        regio,
        "-o",
        p("map", `bmc-${regio}.xlsx`),
      ]).code,
    ).toBe(0);
});

const OTHERS =
  "Let op: 2 bestanden zijn van 'BMC 2015 Regierol gemeenten' (bmc-2015) en tellen niet mee: bmc-Achterhoek.xlsx, bmc-Alblasserwaard-Vijfheerenlanden.xlsx. Voeg die bestanden apart samen, in een eigen map.";

test("the monitor of most files: named first, with why; the other monitor's files once, as a group", () => {
  const r = runCli(["aggregate", p("map"), "-o", p("landelijk.xlsx"), "--json", p("landelijk.json")]);
  expect(r.code).toBe(1);
  const lines = r.stderr.split("\n");
  expect(lines[0]).toBe(
    "Landelijk overzicht van 'Regiomonitor RAK 2008–2010' (rak-2008-2010): 3 van de 5 bestanden zijn van deze monitor (de monitor van de meeste bestanden).",
  );
  expect(lines[1]).toBe(OTHERS);
  // No line per file of the other monitor (neither while reading nor among the skipped files).
  for (const regio of BMC) expect(r.stderr.split(`bmc-${regio}.xlsx`)).toHaveLength(2);
  expect(r.stderr).not.toContain("hoort bij een andere monitor");
  // The returns of the aggregated monitor are read and reported as before.
  for (const regio of RAK) expect(r.stderr).toContain(`rak-${regio}.xlsx: gelezen`);
});

test("a monitor chosen by the user: named first with that reason; the others grouped", () => {
  const r = runCli(["aggregate", p("map"), "--definitie-id", "bmc-2015", "-o", p("bmc.xlsx")]);
  const lines = r.stderr.split("\n");
  expect(lines[0]).toBe(
    "Landelijk overzicht van 'BMC 2015 Regierol gemeenten' (bmc-2015): 2 van de 5 bestanden zijn van deze monitor (gekozen met --definitie-id).",
  );
  expect(lines[1]).toBe(
    "Let op: 3 bestanden zijn van 'Regiomonitor RAK 2008–2010' (rak-2008-2010) en tellen niet mee: rak-Delft.xlsx, rak-Ede.xlsx, rak-Gouda.xlsx. Voeg die bestanden apart samen, in een eigen map.",
  );
});

test("a folder of one monitor: all its files named as of that monitor, nothing about others", () => {
  const r = runCli(["aggregate", p("map", "rak-Gouda.xlsx"), p("map", "rak-Ede.xlsx"), "-o", p("twee.xlsx")]);
  const lines = r.stderr.split("\n");
  expect(lines[0]).toBe(
    "Landelijk overzicht van 'Regiomonitor RAK 2008–2010' (rak-2008-2010): 2 van de 2 bestanden zijn van deze monitor.",
  );
  expect(r.stderr).not.toContain("Let op: ");
});
