/**
 * `reeks` with bad input: each problem a Dutch message naming the file, exit code 2 (as `compare`), no output
 * written and no input changed.
 */
import { existsSync, writeFileSync } from "node:fs";
import path from "node:path";
import { runCli, sha256, tempDir } from "../helpers/files";

let dir: string;
const p = (name: string) => path.join(dir, name);

/** The smallest national export of a monitor without units (docs/json-export.md: the keys always present). */
function national(id: string, peildatum: string): string {
  return JSON.stringify({
    definitie: { id, versie: "1.0" },
    verwacht: 0,
    ontvangen: 1,
    peildatum: { van: peildatum, tot: peildatum },
    bestanden: [],
  });
}

beforeAll(() => {
  dir = tempDir("regiomonitor-reeks-invoer-");
  writeFileSync(p("a.json"), national("taskforce-2013-format", "31-05-2013"));
  writeFileSync(p("b.json"), national("ghnt-2018", "30-11-2013"));
  writeFileSync(p("kapot.json"), "{ dit is geen json");
});

test("a file that is not a national round is named, in Dutch, with exit code 2", () => {
  const before = sha256(p("kapot.json"));
  const r = runCli(["reeks", p("a.json"), p("kapot.json"), p("weg.json"), "-o", p("reeks.xlsx")]);
  expect(r.code).toBe(2);
  expect(r.stderr).toContain("Fout: geen reeks gemaakt.");
  expect(r.stderr).toContain(`${p("kapot.json")} is geen landelijke export`);
  expect(r.stderr).toContain("weg.json");
  expect(r.stderr).not.toMatch(/at .*\.js:\d+/);
  expect(existsSync(p("reeks.xlsx"))).toBe(false);
  expect(sha256(p("kapot.json"))).toBe(before);
});

test("rounds of different monitors are refused, naming both files", () => {
  const r = runCli(["reeks", p("a.json"), p("b.json"), "-o", p("reeks.xlsx")]);
  expect(r.code).toBe(2);
  expect(r.stderr).toMatch(/verschillende monitors \(a\.json: taskforce-2013-format; b\.json: ghnt-2018\)/);
  expect(existsSync(p("reeks.xlsx"))).toBe(false);
});

test("one round is a usage error", () => {
  const r = runCli(["reeks", p("a.json"), "-o", p("reeks.xlsx")]);
  expect(r.code).toBe(2);
  expect(r.stderr).toContain("minstens twee metingen");
});

test("the same round twice is named by its peildatum", () => {
  const r = runCli(["reeks", p("a.json"), p("a.json"), "-o", p("reeks.xlsx")]);
  expect(r.stderr).toContain("a.json en a.json hebben dezelfde peildatum (31-05-2013)");
  expect(r.code).toBe(1);
  expect(existsSync(p("reeks.xlsx"))).toBe(true);
});
