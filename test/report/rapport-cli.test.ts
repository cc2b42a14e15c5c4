/**
 * `regiomonitor rapport LANDELIJK.json -o RAPPORT.html` as a user runs it: a report from the JSON and from
 * the national workbook of the same round; Dutch errors naming the file and the JSON path for bad input,
 * nothing written then, and the input never changed.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { runCli, sha256, tempDir } from "../helpers/files";
import { threeRegions } from "./fixtures";
import { filledModel } from "../helpers/inputs";
import { templateWorkbook } from "../../src/xlsx/write-template";
import { writeWorkbookFile } from "../../src/xlsx/files";

function jsonFile(content: string): { dir: string; file: string } {
  const dir = tempDir("rapport-cli-");
  const file = path.join(dir, "landelijk.json");
  writeFileSync(file, content);
  return { dir, file };
}

test("rapport writes the HTML report of a national JSON", () => {
  const { dir, file } = jsonFile(JSON.stringify(threeRegions(), null, 2));
  const before = sha256(file);
  const out = path.join(dir, "uit", "rapport.html");
  const run = runCli(["rapport", file, "-o", out]);
  expect(run.stderr).toContain(`Rapport geschreven: ${out}`);
  expect(run.code).toBe(0);
  expect(run.stdout.trim()).toBe("Regiomonitor RAK 2008–2010: 3 van 37 regio's ontvangen");
  const html = readFileSync(out, "utf8");
  expect(html.startsWith("<!DOCTYPE html>")).toBe(true);
  expect(html).toContain("Factsheet Gouda");
  expect(sha256(file)).toBe(before);
});

test("rapport also reads the national workbook's round sheet and gives the same report", async () => {
  const dir = tempDir("rapport-cli-");
  // The workbook of `aggregate` holds the same round: two real workbooks of the annex (Gouda, Utrecht).
  const regios = path.join(dir, "regios");
  for (const r of ["Gouda", "Utrecht"])
    await writeWorkbookFile(templateWorkbook(filledModel(r)), path.join(regios, `Regiomonitor-${r}.xlsx`));
  const xlsx = path.join(dir, "landelijk.xlsx");
  const json2 = path.join(dir, "landelijk2.json");
  expect(runCli(["aggregate", regios, "-o", xlsx, "--json", json2]).code).toBeLessThanOrEqual(1);
  const a = path.join(dir, "uit-xlsx.html");
  const b = path.join(dir, "uit-json.html");
  expect(runCli(["rapport", xlsx, "-o", a]).code).toBe(0);
  expect(runCli(["rapport", json2, "-o", b]).code).toBe(0);
  expect(readFileSync(a, "utf8")).toBe(readFileSync(b, "utf8"));
  expect(readFileSync(a, "utf8")).toContain("2 van 37 regio&#39;s ontvangen");
});

test.each([
  ["not JSON", "{ niet af", /geen geldige JSON/],
  [
    "a wrong shape",
    JSON.stringify({ definitie: { id: "x" }, verwacht: "veel" }),
    /definitie\.versie: ontbreekt/,
  ],
])("rapport refuses %s, naming the file and the JSON path, and writes nothing", (_what, content, message) => {
  const { dir, file } = jsonFile(content);
  const out = path.join(dir, "rapport.html");
  const run = runCli(["rapport", file, "-o", out]);
  expect(run.code).toBe(2);
  expect(run.stderr).toContain("Fout: geen rapport gemaakt.");
  expect(run.stderr).toContain("landelijk.json");
  expect(run.stderr).toMatch(message);
  expect(run.stderr).not.toMatch(/ENOENT|at .*\.js:\d+|Onverwachte fout/);
  expect(existsSync(out)).toBe(false);
});

test("rapport: a missing file, no -o, an unknown option and the input as output get a short Dutch error", () => {
  const { dir, file } = jsonFile(JSON.stringify(threeRegions()));
  const missing = runCli(["rapport", path.join(dir, "weg.json"), "-o", path.join(dir, "r.html")]);
  expect(missing.code).toBe(2);
  expect(missing.stderr).toContain(`Het bestand '${path.join(dir, "weg.json")}' bestaat niet.`);
  const noOut = runCli(["rapport", file]);
  expect(noOut.code).toBe(2);
  expect(noOut.stderr).toContain("Geef met -o op waar het rapport moet komen");
  const unknown = runCli(["rapport", file, "--pdf", "-o", path.join(dir, "r.html")]);
  expect(unknown.code).toBe(2);
  expect(unknown.stderr).toContain("Onbekende optie --pdf.");
  expect(unknown.stderr).toContain("Typ 'regiomonitor rapport --help' voor de opties.");
  const same = runCli(["rapport", file, "-o", file]);
  expect(same.code).toBe(2);
  expect(same.stderr).toContain("is ook een invoerbestand");
  expect(existsSync(path.join(dir, "r.html"))).toBe(false);
});
