/**
 * A fast command line: ExcelJS (about half a second to load) is loaded only when it writes a workbook (the
 * template, a copy with a summary); the national workbook and the comparison are written without it.
 * ECharts (the report's charts, about 1 MB of JavaScript) is loaded only by `rapport` and `demo`.
 * The installed command line runs with a preload that records which npm packages the process loaded.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { writeExampleWorkbooks } from "../helpers/example-files";
import { ROOT, tempDir } from "../helpers/files";

const dir = tempDir("regiomonitor-lazy-");
const PRELOAD = path.join(__dirname, "preload", "loaded-packages.js");
let n = 0;

/** Runs `regiomonitor ARGS`; the exit code, the npm packages and the project's modules (under lib/) it loaded. */
function run(args: string[]): { code: number; stderr: string; packages: string[]; modules: string[] } {
  const record = path.join(dir, `loaded-${++n}.txt`);
  const modules = path.join(dir, `modules-${n}.txt`);
  const r = spawnSync(process.execPath, ["-r", PRELOAD, path.join(ROOT, "bin", "regiomonitor.js"), ...args], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, LOADED_PACKAGES_FILE: record, LOADED_MODULES_FILE: modules },
  });
  const lines = (file: string) => readFileSync(file, "utf8").split("\n").filter(Boolean);
  return { code: r.status ?? -1, stderr: r.stderr, packages: lines(record), modules: lines(modules) };
}

/**
 * What `--help` needs: the entry, the command table (with the built-in ids, not the definitions), the argument
 * parser and the help texts. No command's module, no definition, no npm package (zod, the reader) is loaded.
 */
const HELP_MODULES = [
  "cli/args",
  "cli/commands",
  "cli/dispatch",
  "cli/help",
  "cli/version",
  "core/cells/text",
  "core/model/builtins/ids",
  "core/suggest",
];

describe("the help loads only the command table", () => {
  test.each([["--help"], ["help", "aggregate"], ["aggregate", "--help"], ["--version"], []])(
    "regiomonitor %s",
    (...args: string[]) => {
      const r = run(args);
      expect(r.code).toBe(args.length === 0 ? 2 : 0);
      expect(r.packages).toEqual([]);
      expect(r.modules).toEqual(HELP_MODULES);
    },
  );

  test("an unknown command is named with a suggestion, loading no command", () => {
    const r = run(["aggregat"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("Onbekende opdracht 'aggregat'");
    expect(r.packages).toEqual([]);
    expect(r.modules).toEqual(HELP_MODULES);
  });

  test("a command loads its own module: compare does not load aggregate's (cli/main)", () => {
    const r = run(["compare", path.join(dir, "a.json"), path.join(dir, "b.json")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("Optie -o is verplicht");
    expect(r.modules).toContain("cli/compare");
    expect(r.modules).not.toContain("cli/main");
  });
});

describe("ExcelJS is not loaded", () => {
  test("for --help", () => {
    const r = run(["--help"]);
    expect(r.code).toBe(0);
    expect(r.packages).not.toContain("exceljs");
    expect(r.packages).not.toContain("echarts");
  });

  test("for usage errors and a missing input file", () => {
    const usage = run(["verzamel"]);
    expect(usage.code).toBe(2);
    const missingOut = run(["template", "--regio", "Delft"]);
    expect(missingOut.stderr).toContain("Optie -o is verplicht");
    const missing = run(["check", path.join(dir, "bestaat-niet.xlsx")]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("bestaat-niet.xlsx");
    const noFiles = run(["aggregate", path.join(dir, "leeg"), "-o", path.join(dir, "l.xlsx")]);
    expect(noFiles.code).toBe(2);
    for (const r of [usage, missingOut, missing, noFiles]) expect(r.packages).not.toContain("exceljs");
  });

  test("for writing a definition as JSON", () => {
    const r = run(["definitie", "export", "rak-2008-2010", "-o", path.join(dir, "rak.json")]);
    expect(r.code).toBe(0);
    expect(r.packages).not.toContain("exceljs");
  });
});

test("aggregate writes the national workbook and JSON without ExcelJS", async () => {
  const regios = path.join(dir, "regios");
  await writeExampleWorkbooks(regios);
  const out = path.join(dir, "landelijk.xlsx");
  const r = run(["aggregate", regios, "-o", out, "--json", path.join(dir, "landelijk.json")]);
  expect(r.code).toBe(0);
  expect(readFileSync(out).subarray(0, 2).toString()).toBe("PK");
  expect(r.packages).not.toContain("exceljs");
  expect(r.packages).not.toContain("echarts");
  // The report of that JSON loads ECharts, and only it.
  const rapport = run(["rapport", path.join(dir, "landelijk.json"), "-o", path.join(dir, "rapport.html")]);
  expect(rapport.code).toBe(0);
  expect(rapport.packages).toContain("echarts");
  expect(rapport.packages).not.toContain("exceljs");
});

test("check of a valid workbook without --out reads and reports without ExcelJS", async () => {
  const regios = path.join(dir, "check");
  const [file] = await writeExampleWorkbooks(regios);
  const r = run(["check", file]);
  expect(r.code).toBe(0);
  expect(r.stderr).not.toMatch(/\n\s+at /);
  expect(r.packages).not.toContain("exceljs");
});

test("check --out writes its copy with our own writer, without ExcelJS", async () => {
  const regios = path.join(dir, "check-out");
  const [file] = await writeExampleWorkbooks(regios);
  const out = path.join(dir, "kopie.xlsx");
  const r = run(["check", file, "--out", out]);
  expect(r.code).toBe(0);
  expect(readFileSync(out).subarray(0, 2).toString()).toBe("PK");
  expect(r.packages).not.toContain("exceljs");
});

test("template and definitie write their workbooks (tables, validations, protection) with our own writer, without ExcelJS", () => {
  const template = run(["template", "--regio", "Delft", "-o", path.join(dir, "delft.xlsx")]);
  expect(template.code).toBe(0);
  expect(readFileSync(path.join(dir, "delft.xlsx")).subarray(0, 2).toString()).toBe("PK");
  const definitie = run([
    "definitie",
    "export",
    "rak-2008-2010",
    "--xlsx",
    "-o",
    path.join(dir, "definitie.xlsx"),
  ]);
  expect(definitie.code).toBe(0);
  expect(readFileSync(path.join(dir, "definitie.xlsx")).subarray(0, 2).toString()).toBe("PK");
  for (const r of [template, definitie]) {
    expect(r.packages).not.toContain("exceljs");
  }
});
