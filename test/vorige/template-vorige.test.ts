/**
 * `template --vorige` on real files: a RAK startfoto round of 35 returns (built by explicit rules, see
 * startfoto.ts) aggregated by the command line, then the eindfoto templates of all 37 regions made from it.
 * openpyxl (an independent reader) finds every region's previous answers beside the right items, read-only,
 * under a header naming the round and its peildatum; the two regions without a return get the plain template,
 * and the command line says so; LibreOffice prints a workbook with the previous answers.
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { REGIOS } from "../../src/core/model/builtins/rak-2008-2010-items";
import { runCli, runPython, tempDir } from "../helpers/files";
import {
  CHOICE_QUESTIONS,
  MILESTONES,
  NOT_RETURNED,
  startAnswer,
  startStatus,
  writeStartfotoRound,
} from "./startfoto";

jest.setTimeout(300_000);

const dir = tempDir("regiomonitor-vorige-");
const out = path.join(dir, "eindfoto");
const HEADING = "Vorige ronde: Startfoto, peildatum 31-12-2008";

/** Per workbook and sheet: the header row, every body row, protection and the locked/wrap state of column H/G/D. */
const SCRIPT = `
import sys, json, warnings, openpyxl
warnings.simplefilter("ignore")
out = {}
for f in sys.argv[1:]:
    wb = openpyxl.load_workbook(f)
    book = {}
    for name in ["Regio", "Mijlpalen", "Vragenlijst"]:
        ws = wb[name]
        rows = [[c.value for c in r] for r in ws.iter_rows()]
        last = ws.max_column
        beside = [ws.cell(row=r, column=last) for r in range(1, ws.max_row + 1)]
        book[name] = {
            "rows": rows,
            "protected": bool(ws.protection.sheet),
            "tables": {t.name: t.ref for t in ws.tables.values()},
            "besideLocked": all(c.protection.locked for c in beside),
            "besideWrap": all(bool(c.alignment.wrap_text) for c in beside),
            "customHeights": [r for r, d in ws.row_dimensions.items() if d.customHeight],
        }
    out[f.split("/")[-1]] = book
print(json.dumps(out, default=str))
`;

type Book = Record<
  string,
  {
    rows: (string | number | null)[][];
    protected: boolean;
    tables: Record<string, string>;
    besideLocked: boolean;
    besideWrap: boolean;
    customHeights: number[];
  }
>;

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
    REGIOS.map((r) => path.join(out, fileOf(r))),
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

test("every region's milestones and questions carry its startfoto answers beside the right item", () => {
  for (const regio of REGIOS.filter((r) => !NOT_RETURNED.includes(r))) {
    const b = books[fileOf(regio)];
    // Mijlpalen: Code … Toelichting in A–F (the Excel table), G empty, H the previous answers.
    const m = b.Mijlpalen;
    expect(m.tables).toEqual({ tblMijlpalen: "A1:F8" });
    expect(m.rows[0][7]).toBe(HEADING);
    for (const code of MILESTONES) {
      const row = m.rows.find((r) => r[0] === code)!;
      expect({ regio, code, vorige: row[7], status: row[2], gap: row[6] }).toEqual({
        regio,
        code,
        vorige: startStatus(regio, code),
        status: null, // a judgement is only shown, never filled in
        gap: null,
      });
    }
    // M7 (only at the Eindfoto) did not apply in the startfoto.
    expect(m.rows.find((r) => r[0] === "M7")![7]).toBeNull();
    // Vragenlijst: Nr … Toelichting in A–E, the previous answers in G.
    const v = b.Vragenlijst;
    expect(v.rows[0][6]).toBe(HEADING);
    for (const q of CHOICE_QUESTIONS) {
      const row = v.rows.find((r) => r[0] === q.nr)!;
      expect({ regio, nr: q.nr, vorige: row[6], antwoord: row[3] }).toEqual({
        regio,
        nr: q.nr,
        vorige: startAnswer(regio, q.nr),
        antwoord: null,
      });
    }
    // Regio: the contact field is shown and filled in as the starting value; the Peildatum is new.
    const g = b.Regio;
    expect(g.rows[0][3]).toBe(HEADING);
    const field = (n: string) => g.rows.find((r) => r[0] === n)!;
    expect(field("Ingevuld door").slice(1)).toEqual([`Coördinator ${regio}`, null, `Coördinator ${regio}`]);
    expect(field("Peildatum")[3]).toBeNull();
    expect(field("Meetmoment")[1]).toBe("Eindfoto");
    for (const s of [m, v, g]) {
      expect(s.protected).toBe(true);
      expect(s.besideLocked).toBe(true);
      expect(s.besideWrap).toBe(true);
      // A previous answer well over what its column holds (30 digit widths; 40 characters of text cannot fit)
      // wraps: its row has a set height, which LibreOffice prints as set, so the text does not run into the
      // next row.
      const col = s.rows[0].length - 1;
      s.rows.forEach((r, i) => {
        const v = r[col];
        if (typeof v === "string" && v.length > 40)
          expect([i + 1, s.customHeights]).toEqual([i + 1, expect.arrayContaining([i + 1])]);
      });
    }
  }
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

test("LibreOffice prints a workbook with its previous answers", () => {
  const pdfDir = path.join(dir, "pdf");
  execFileSync(
    "soffice",
    [
      "--headless",
      `-env:UserInstallation=file://${path.join(dir, "lo-profile")}`,
      "--convert-to",
      "pdf",
      "--outdir",
      pdfDir,
      path.join(out, fileOf("Utrecht")),
    ],
    { stdio: "ignore", timeout: 180_000 },
  );
  const pdf = path.join(pdfDir, "Regiomonitor-Utrecht.pdf");
  expect(existsSync(pdf)).toBe(true);
  const text = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
  expect(text).toContain("Vorige ronde:");
  expect(text).toContain("31-12-2008");
  expect(text).toContain(`Coördinator Utrecht`);
  expect(text).toContain(startStatus("Utrecht", "M4"));
});
