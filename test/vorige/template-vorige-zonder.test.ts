/**
 * `template --vorige` for the units without a return in the previous round: a RAK startfoto round of 35
 * returns (built by explicit rules, see startfoto.ts; Delft and Ede did not return) aggregated by the command
 * line, then the eindfoto templates of all 37 regions made from it. The two regions without a return get the
 * plain template, and the command line says so. (The previous answers themselves are tested on the demo's
 * startfoto, in template-vorige.test.ts.)
 */
import path from "node:path";
import { runCli, runPython, tempDir } from "../helpers/files";
import { NOT_RETURNED, writeStartfotoRound } from "./startfoto";

jest.setTimeout(300_000);

const dir = tempDir("regiomonitor-vorige-");
const out = path.join(dir, "eindfoto");

/** Per workbook and sheet: every row, as openpyxl reads it. */
const SCRIPT = `
import sys, json, warnings, openpyxl
warnings.simplefilter("ignore")
out = {}
for f in sys.argv[1:]:
    wb = openpyxl.load_workbook(f)
    out[f.split("/")[-1]] = {
        name: {"rows": [[c.value for c in r] for r in wb[name].iter_rows()]}
        for name in ["Regio", "Mijlpalen", "Vragenlijst"]
    }
print(json.dumps(out, default=str))
`;

type Book = Record<string, { rows: (string | number | null)[][] }>;

const fileOf = (regio: string) => `Regiomonitor-${regio.replace(/ /g, "-")}.xlsx`;
let books: Record<string, Book>;
let run: ReturnType<typeof runCli>;

beforeAll(async () => {
  const round = await writeStartfotoRound(dir);
  run = runCli([
    "template",
    "--alle",
    "--vorige",
    round.xlsx,
    "--meetmoment",
    "Eindfoto",
    "--peildatum",
    "15-01-2011",
    "-o",
    out,
  ]);
  const py = runPython(
    SCRIPT,
    NOT_RETURNED.map((r) => path.join(out, fileOf(r))),
  );
  if (py.code !== 0) throw new Error(py.stderr);
  books = JSON.parse(py.stdout) as Record<string, Book>;
});

test("the command line names the workbooks with previous answers and, in plain Dutch, the two without", () => {
  expect(run.code).toBe(0);
  expect(run.stderr).toContain("vorige antwoorden in 35 werkmappen");
  expect(run.stderr).toContain(
    "Van 2 regio's telde in de vorige ronde geen werkmap mee; zij krijgen de gewone werkmap zonder vorige antwoorden: Delft, Ede.",
  );
  expect(run.stdout.split("\n").filter((l) => l.startsWith("Geschreven:"))).toHaveLength(37);
});

test("one region without a return: the singular", () => {
  const r = runCli([
    "template",
    "--regio",
    "Ede",
    "--vorige",
    path.join(dir, "landelijk-startfoto.json"),
    "-o",
    path.join(dir, "ede.xlsx"),
  ]);
  expect(r.code).toBe(0);
  expect(r.stderr).toContain(
    "Van 1 regio telde in de vorige ronde geen werkmap mee; die krijgt de gewone werkmap zonder vorige antwoorden: Ede.",
  );
});

test("regions without a startfoto return get the plain template", () => {
  for (const regio of NOT_RETURNED) {
    const b = books[fileOf(regio)];
    expect(b.Mijlpalen.rows[0]).toEqual([
      "Code",
      "Mijlpaal",
      "Status",
      "Datum gereed",
      "Verwachte datum",
      "Toelichting",
    ]);
    expect(b.Vragenlijst.rows[0]).toHaveLength(5);
    expect(b.Regio.rows.find((r) => r[0] === "Ingevuld door")).toEqual(["Ingevuld door", null]);
  }
});

test("the new workbook checks as an ordinary return (the previous answers are outside the tables)", () => {
  const r = runCli(["check", path.join(out, fileOf("Utrecht")), "--json"]);
  const report = JSON.parse(r.stdout) as { meldingen: { code: string }[] };
  expect(report.meldingen.map((m) => m.code)).not.toContain("kolom_extra");
});
