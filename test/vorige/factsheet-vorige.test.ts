/**
 * The unit's own change since the previous round in every factsheet: two small RAK rounds written by hand
 * (below), aggregated by the command line, the second with `aggregate --vorige` and `rapport --vorige`.
 * Almere changed M1 and kept V1; Amersfoort had no return in the first round. The expectations are read
 * from the inputs below by hand, never from the code under test.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { buildTemplate } from "../../src/core/engine/template";
import { templateWorkbook } from "../../src/xlsx/write-template";
import { writeWorkbookFile } from "../../src/xlsx/files";
import { runCli, runPython, tempDir } from "../helpers/files";
import { RAK } from "./startfoto";

jest.setTimeout(240_000);

const dir = tempDir("regiomonitor-factsheet-vorige-");
const GEREED = "Gereed / in uitvoering";
/** Per round: region → [M1 status, V1 answer, Ingevuld door, Functie (empty when absent)]. */
const ROUNDS: Record<
  "start" | "eind",
  {
    meetmoment: string;
    peildatum: string;
    regios: Record<string, [string, string, string, string?]>;
  }
> = {
  start: {
    meetmoment: "Startfoto",
    peildatum: "31-12-2008",
    regios: {
      Alkmaar: [GEREED, "Alle", "A. de Vries"],
      Almere: ["Niet gestart", "Geen", "B. Jansen", "Regiocoördinator"],
    },
  },
  eind: {
    meetmoment: "Eindfoto",
    peildatum: "15-01-2011",
    regios: {
      Alkmaar: [GEREED, "Alle", "A. de Vries"],
      Almere: [GEREED, "Geen", "C. Bakker"],
      Amersfoort: [GEREED, "Alle", "D. Smit"],
    },
  },
};
const PREVIOUS_HEADER = "Vorige ronde (Startfoto, peildatum 31-12-2008)";

beforeAll(async () => {
  for (const [naam, round] of Object.entries(ROUNDS))
    for (const [regio, [m1, v1, door, functie]] of Object.entries(round.regios))
      await writeWorkbookFile(
        templateWorkbook(
          buildTemplate(RAK, {
            eenheid: regio,
            vul: {
              velden: {
                Meetmoment: round.meetmoment,
                Peildatum: round.peildatum,
                "Ingevuld door": door,
                ...(functie ? { Functie: functie } : {}),
              },
              rijen: { mijlpalen: { M1: { status: m1 } }, vragenlijst: { V1: { antwoord: v1 } } },
            },
          }),
        ),
        path.join(dir, naam, `${regio}.xlsx`),
      );
  const ok = (r: { code: number; stderr: string }) => {
    if (![0, 1].includes(r.code)) throw new Error(r.stderr);
    return r;
  };
  const out = (f: string) => path.join(dir, f);
  ok(runCli(["aggregate", out("start"), "-o", out("start.xlsx"), "--json", out("start.json")]));
  const eind = ok(
    runCli([
      "aggregate",
      out("eind"),
      "-o",
      out("eind.xlsx"),
      "--json",
      out("eind.json"),
      "--vorige",
      out("start.xlsx"),
    ]),
  );
  expect(eind.stderr).toContain(
    "Vorige ronde: vorige antwoorden in 2 van 3 factsheets. Geen werkmap in de vorige ronde van Amersfoort.",
  );
  ok(runCli(["rapport", out("eind.json"), "--vorige", out("start.json"), "-o", out("rapport.html")]));
  ok(
    runCli([
      "reeks",
      out("eind.json"),
      out("start.xlsx"),
      "-o",
      out("reeks.xlsx"),
      "--json",
      out("reeks.json"),
    ]),
  );
  ok(runCli(["rapport", out("eind.json"), "--reeks", out("reeks.json"), "-o", out("rapport-reeks.html")]));
});

test("the national workbook's factsheet: Almere's previous answer and its change beside the current one", () => {
  const py = runPython(
    `
import sys, json, warnings, openpyxl
warnings.simplefilter("ignore")
wb = openpyxl.load_workbook(sys.argv[1])
rows = [[c.value for c in r] for r in wb["Almere"].iter_rows()]
head = next(r for r in rows if r[0] == "Mijlpaal")
amersfoort = [c.value for r in wb["Amersfoort"].iter_rows() for c in r if c.value is not None]
print(json.dumps({"head": head[5:8], "rows": [r for r in rows if r[0] in ("M1", "V1")],
  "amersfoort": [v for v in amersfoort if str(v).startswith("Vorige ronde")]}, default=str))
`,
    [path.join(dir, "eind.xlsx")],
  );
  expect(py.stderr).toBe("");
  const got = JSON.parse(py.stdout) as {
    head: string[];
    rows: (string | null)[][];
    amersfoort: string[];
  };
  expect(got.head).toEqual(["Landelijk: aantal per antwoord", PREVIOUS_HEADER, "Sinds vorige ronde"]);
  const m1 = got.rows.find((r) => r[0] === "M1")!;
  const v1 = got.rows.find((r) => r[0] === "V1")!;
  expect([m1[2], m1[3], m1[6], m1[7]]).toEqual(["Status", GEREED, "Niet gestart", "gewijzigd"]);
  expect([v1[2], v1[3], v1[6], v1[7]]).toEqual(["Antwoord", "Geen", "Geen", "ongewijzigd"]);
  // Amersfoort returned nothing in the first round: no previous columns, one line saying why.
  expect(got.amersfoort).toEqual([
    "Vorige ronde: van Amersfoort telde in de vorige ronde geen werkmap mee; er zijn geen vorige antwoorden om naast de huidige te zetten.",
  ]);
});

test("the national workbook's factsheet: each field's previous value and its change, in the same columns", () => {
  const py = runPython(
    `
import sys, json, warnings, openpyxl
warnings.simplefilter("ignore")
wb = openpyxl.load_workbook(sys.argv[1])
out = {}
for name in ["Alkmaar", "Almere", "Amersfoort"]:
    rows = [[c.value for c in r] for r in wb[name].iter_rows()]
    at = next(i for i, r in enumerate(rows) if r[0] == "Veld")
    fields = []
    for r in rows[at:]:
        if r[0] is None: break
        fields.append(r)
    out[name] = {"fields": fields, "answersHead": next(r for r in rows if r[0] == "Mijlpaal")}
print(json.dumps(out, default=str))
`,
    [path.join(dir, "eind.xlsx")],
  );
  expect(py.stderr).toBe("");
  type Sheet = { fields: (string | null)[][]; answersHead: (string | null)[] };
  const got = JSON.parse(py.stdout) as Record<string, Sheet>;
  // Column D the value now; G and H (after the judgement in E and the national counts in F) the previous value
  // and the change, as in the answers below.
  const field = (s: Sheet, n: string) => {
    const r = s.fields.find((x) => x[0] === n)!;
    return [r[3], r[6] ?? null, r[7] ?? null];
  };
  const almere = got.Almere;
  expect(almere.fields[0].slice(0, 8)).toEqual([
    "Veld",
    null,
    null,
    "Waarde",
    null,
    null,
    PREVIOUS_HEADER,
    "Sinds vorige ronde",
  ]);
  expect(almere.answersHead.slice(6, 8)).toEqual([PREVIOUS_HEADER, "Sinds vorige ronde"]);
  // From ROUNDS: Almere's "Ingevuld door" went from B. Jansen to C. Bakker, its Functie from
  // Regiocoördinator to empty, its E-mail stayed empty.
  expect(field(almere, "Ingevuld door")).toEqual(["C. Bakker", "B. Jansen", "gewijzigd"]);
  expect(field(almere, "Functie")).toEqual([null, "Regiocoördinator", "gewijzigd"]);
  expect(field(almere, "E-mail")).toEqual([null, "(leeg)", "ongewijzigd"]);
  // Unit, meetmoment and peildatum are new each round: no previous value.
  expect(field(almere, "Regio")).toEqual(["Almere", null, null]);
  expect(field(almere, "Meetmoment")).toEqual(["Eindfoto", null, null]);
  // Alkmaar kept A. de Vries.
  expect(field(got.Alkmaar, "Ingevuld door")).toEqual(["A. de Vries", "A. de Vries", "ongewijzigd"]);
  // Amersfoort had no return in the first round: no previous columns beside its fields.
  expect(got.Amersfoort.fields[0].filter((x) => x !== null)).toEqual(["Veld", "Waarde"]);
  expect(field(got.Amersfoort, "Ingevuld door")).toEqual(["D. Smit", null, null]);
});

test("the report's factsheet: Almere's previous answer and its change beside the current one", () => {
  const html = readFileSync(path.join(dir, "rapport.html"), "utf8");
  const section = (id: string) => {
    const start = html.indexOf(`id="${id}"`);
    expect(start).toBeGreaterThan(0);
    return html.slice(start, html.indexOf("</section>", start));
  };
  const text = (s: string) => s.replace(/<[^>]+>/g, "|").replace(/\|+/g, "|");
  const almere = section("factsheet-almere");
  const rowText = (nr: string) =>
    almere
      .split("<tr>")
      .map((r) => text(r).trim())
      .find((r) => r.startsWith(`|${nr}|`));
  expect(text(almere)).toContain(`|${PREVIOUS_HEADER}|Sinds vorige ronde|`);
  expect(rowText("M1")).toMatch(/\|Niet gestart\|gewijzigd\|$/);
  expect(rowText("M1")).toContain(`|${GEREED}|`);
  expect(rowText("V1")).toMatch(/\|Geen\|[^|]*\|Geen\|ongewijzigd\|$/);
  const amersfoort = text(section("factsheet-amersfoort"));
  expect(amersfoort).toContain("|Vorige ronde|geen meegetelde werkmap in de vorige ronde|");
  expect(amersfoort).not.toContain("Sinds vorige ronde");
});

test("a previous round of another monitor is refused with a Dutch message, nothing written", () => {
  const other = path.join(dir, "ander.json");
  const json = JSON.parse(readFileSync(path.join(dir, "start.json"), "utf8")) as {
    definitie: { id: string; naam?: string };
  };
  json.definitie = { ...json.definitie, id: "andere-monitor", naam: "Andere monitor" };
  writeFileSync(other, JSON.stringify(json));
  const r = runCli([
    "rapport",
    path.join(dir, "eind.json"),
    "--vorige",
    other,
    "-o",
    path.join(dir, "x.html"),
  ]);
  expect(r.code).toBe(2);
  expect(existsSync(path.join(dir, "x.html"))).toBe(false);
  expect(r.stderr).toContain("ander.json is een ronde van een andere monitor (Andere monitor)");
});

test("rapport --reeks: a chapter with per item the national figures per round", () => {
  const html = readFileSync(path.join(dir, "rapport-reeks.html"), "utf8");
  const start = html.indexOf('id="reeks"');
  expect(start).toBeGreaterThan(0);
  const chapter = html.slice(start, html.indexOf("</section>", start));
  const rows = chapter.split("<tr>").map((r) =>
    r
      .replace(/<[^>]+>/g, "|")
      .replace(/\|+/g, "|")
      .trim(),
  );
  const tableAfter = (caption: string) => {
    const at = chapter.indexOf(caption);
    expect(at).toBeGreaterThan(0);
    const t = chapter.slice(at, chapter.indexOf("</table>", at));
    return t.split("<tr>").map((r) =>
      r
        .replace(/<[^>]+>/g, "|")
        .replace(/\|+/g, "|")
        .trim(),
    );
  };
  // The rounds in order of peildatum, though given the other way round; 37 RAK regions expected.
  const roundRow = (nr: string) => rows.find((r) => r.startsWith(`|${nr}|`))?.split("\n")[0];
  expect(roundRow("1")).toBe("|1|Startfoto|31-12-2008|2 van 37|start.xlsx|");
  expect(roundRow("2")).toBe("|2|Eindfoto|15-01-2011|3 van 37|eind.json|");
  // M1 gerealiseerd (Gereed / in uitvoering): Alkmaar in the Startfoto; all three in the Eindfoto.
  const m1 = tableAfter("M1 ");
  expect(m1.find((r) => r.startsWith("|Startfoto|"))).toMatch(/^\|Startfoto\|1\|/);
  expect(m1.find((r) => r.startsWith("|Eindfoto|"))).toMatch(/^\|Eindfoto\|3\|/);
  // V1 per answer, counted from ROUNDS: Startfoto Alle 1, Geen 1; Eindfoto Alle 2, Geen 1 (of 37).
  const v1 = tableAfter("V1 ");
  const head = v1.find((r) => r.startsWith("|Meting|"))!.split("|");
  const col = (row: string, name: string) => row.split("|")[head.indexOf(name)];
  const startRow = v1.find((r) => r.startsWith("|Startfoto|"))!;
  const eindRow = v1.find((r) => r.startsWith("|Eindfoto|"))!;
  expect([col(startRow, "Alle"), col(startRow, "Geen"), col(startRow, "Gegevens onbekend")]).toEqual([
    "1",
    "1",
    "35",
  ]);
  expect([col(eindRow, "Alle"), col(eindRow, "Geen"), col(eindRow, "Gegevens onbekend")]).toEqual([
    "2",
    "1",
    "34",
  ]);
  expect(col(eindRow, "Totaal")).toBe("37");
  // A trend chart per milestone, as inline SVG.
  expect(chapter).toMatch(/<svg[^>]*>[\s\S]*M1: oordelen per meting/);
  // In the table of contents.
  expect(html).toContain('<a href="#reeks"><span class="toc-t">Reeks van metingen</span>');
});

test("rapport --reeks with a file that is not a series is refused with a Dutch message, nothing written", () => {
  const r = runCli([
    "rapport",
    path.join(dir, "eind.json"),
    "--reeks",
    path.join(dir, "start.json"),
    "-o",
    path.join(dir, "y.html"),
  ]);
  expect(r.code).toBe(2);
  expect(r.stderr).toContain("start.json is geen reeks van 'regiomonitor reeks --json'");
  expect(existsSync(path.join(dir, "y.html"))).toBe(false);
});
