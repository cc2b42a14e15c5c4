/**
 * `template --vorige` on the demo's own startfoto: the built command line's `demo` writes the RAK startfoto
 * round (landelijk-startfoto.xlsx, 37 returns); the eindfoto templates of all 37 regions are made from that
 * national workbook. The expected previous answers are read by openpyxl from the startfoto's national
 * workbook itself (each region's factsheet: its fields and the answer of every milestone and question),
 * never from our code. openpyxl finds them in every region's eindfoto workbook beside the same item, under a
 * header naming the region's own startfoto meetmoment and peildatum; LibreOffice prints one of them.
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { runCli, runPython, tempDir } from "../helpers/files";
import { overlappingText } from "../print/overlap";
import { printWithLibreOffice } from "../print/pdf-pages";

jest.setTimeout(300_000);

const dir = tempDir("regiomonitor-vorige-demo-");
const out = path.join(dir, "eindfoto");

/**
 * The startfoto's national workbook: per factsheet (A1 starts with "Regiomonitor · Factsheet") the fields
 * under the header "Veld … Waarde", and per item the answer on its row whose "Kolom" is Status or Antwoord
 * (the item's key stands on that row, in the first column). Columns are found by their header text.
 */
const NATIONAL = `
import sys, json, datetime, warnings, openpyxl
warnings.simplefilter("ignore")
def text(v):
    if isinstance(v, datetime.datetime): return v.strftime("%d-%m-%Y")
    return None if v is None else str(v)
wb = openpyxl.load_workbook(sys.argv[1])
out = {}
for ws in wb.worksheets:
    a1 = ws.cell(row=1, column=1).value
    if not (isinstance(a1, str) and a1.startswith("Regiomonitor · Factsheet")): continue
    rows = [list(r) for r in ws.iter_rows(values_only=True)]
    velden, items, fields_col, kolom, antwoord = {}, {}, None, None, None
    for r in rows:
        if r[0] == "Veld" and "Waarde" in r:
            fields_col = r.index("Waarde"); continue
        if fields_col is not None:
            if r[0] is None: fields_col = None
            else: velden[r[0]] = text(r[fields_col]); continue
        if "Kolom" in r and "Antwoord of tekst" in r:
            kolom, antwoord = r.index("Kolom"), r.index("Antwoord of tekst"); continue
        if kolom is not None and r[0] is not None and r[kolom] in ("Status", "Antwoord"):
            items[str(r[0])] = text(r[antwoord])
    out[velden["Regio"]] = {"velden": velden, "items": items}
print(json.dumps(out))
`;

/**
 * The eindfoto workbooks: per sheet the header row, every body row, whether the sheet is protected, and per
 * column of previous answers whether its cells are locked and wrapped, and which rows have a set height.
 */
const TEMPLATES = `
import sys, json, warnings, openpyxl
warnings.simplefilter("ignore")
out = {}
for f in sys.argv[1:]:
    wb = openpyxl.load_workbook(f)
    book = {}
    for name in ["Regio", "Mijlpalen", "Vragenlijst"]:
        ws = wb[name]
        rows = [[None if c.value is None else str(c.value) for c in r] for r in ws.iter_rows()]
        heads = [i for i, v in enumerate(rows[0]) if isinstance(v, str) and v.startswith("Vorige ronde")]
        beside = [ws.cell(row=r, column=heads[0] + 1) for r in range(1, ws.max_row + 1)] if heads else []
        book[name] = {
            "rows": rows,
            "previousColumn": heads[0] if len(heads) == 1 else None,
            "protected": bool(ws.protection.sheet),
            "tables": {t.name: t.ref for t in ws.tables.values()},
            "besideLocked": all(c.protection.locked for c in beside),
            "besideWrap": all(bool(c.alignment.wrap_text) for c in beside),
            "customHeights": [r for r, d in ws.row_dimensions.items() if d.customHeight],
        }
    out[f.split("/")[-1]] = book
print(json.dumps(out))
`;

interface Factsheet {
  velden: Record<string, string | null>;
  items: Record<string, string | null>;
}
interface Sheet {
  rows: (string | null)[][];
  previousColumn: number | null;
  protected: boolean;
  tables: Record<string, string>;
  besideLocked: boolean;
  besideWrap: boolean;
  customHeights: number[];
}
type Book = Record<"Regio" | "Mijlpalen" | "Vragenlijst", Sheet>;

const fileOf = (regio: string) => `Regiomonitor-${regio.replace(/ /g, "-")}.xlsx`;
let national: Record<string, Factsheet>;
let books: Record<string, Book>;
let demo: ReturnType<typeof runCli>;
let run: ReturnType<typeof runCli>;
const startfoto = path.join(dir, "landelijk-startfoto.xlsx");

function python<T>(script: string, args: string[]): T {
  const py = runPython(script, args);
  if (py.code !== 0) throw new Error(py.stderr);
  return JSON.parse(py.stdout) as T;
}

beforeAll(() => {
  demo = runCli(["demo", "-o", dir]);
  national = python<Record<string, Factsheet>>(NATIONAL, [startfoto]);
  run = runCli([
    "template",
    "--alle",
    "--vorige",
    startfoto,
    "--meetmoment",
    "Eindfoto",
    "--peildatum",
    "15-01-2011",
    "-o",
    out,
  ]);
  books = python<Record<string, Book>>(
    TEMPLATES,
    Object.keys(national).map((r) => path.join(out, fileOf(r))),
  );
});

test("the demo's startfoto has a factsheet per region, with fields and answers to read", () => {
  expect(demo.code).toBe(0);
  expect(existsSync(startfoto)).toBe(true);
  const regions = Object.keys(national);
  expect(regions).toHaveLength(37);
  // The startfoto's answers differ between regions, so a previous answer at the wrong item shows.
  const m5 = new Set(regions.map((r) => national[r].items.M5));
  expect(m5.size).toBeGreaterThan(1);
  expect(Object.keys(national.Utrecht.items)).toEqual(
    expect.arrayContaining(["M1", "M7", "V1", "V13", "O3c"]),
  );
});

test("the command line makes all 37 eindfoto workbooks with previous answers", () => {
  expect(run.code).toBe(0);
  expect(run.stderr).toContain("vorige antwoorden in 37 werkmappen");
  expect(run.stdout.split("\n").filter((l) => l.startsWith("Geschreven:"))).toHaveLength(37);
});

test("every region's workbook carries its startfoto answers beside the right items", () => {
  for (const [regio, fs] of Object.entries(national)) {
    const b = books[fileOf(regio)];
    const heading = `Vorige ronde: ${fs.velden.Meetmoment}, peildatum ${fs.velden.Peildatum}`;
    const previous: Record<string, string | null> = {};
    for (const name of ["Mijlpalen", "Vragenlijst"] as const) {
      const s = b[name];
      expect({ regio, name, col: s.previousColumn }).toEqual({ regio, name, col: expect.any(Number) });
      expect(s.rows[0][s.previousColumn!]).toBe(heading);
      for (const r of s.rows.slice(1)) if (r[0] !== null) previous[r[0]] = r[s.previousColumn!];
    }
    // The same items, each with the answer the region gave in the startfoto (null where it gave none).
    expect({ regio, previous }).toEqual({ regio, previous: fs.items });

    // The judgement columns are not filled in: a judgement is only shown.
    const status = b.Mijlpalen.rows[0].indexOf("Status");
    const antwoord = b.Vragenlijst.rows[0].indexOf("Antwoord");
    expect(b.Mijlpalen.rows.slice(1).every((r) => r[status] === null)).toBe(true);
    expect(b.Vragenlijst.rows.slice(1).every((r) => r[antwoord] === null)).toBe(true);

    // Regio: contact fields shown and filled in as the starting value; unit, meetmoment, peildatum are new.
    const g = b.Regio;
    expect(g.rows[0][g.previousColumn!]).toBe(heading);
    const waarde = g.rows[0].indexOf("Waarde");
    const field = (n: string) => g.rows.find((r) => r[0] === n)!;
    for (const n of ["Ingevuld door", "Functie", "E-mail"])
      expect({ regio, n, nu: field(n)[waarde], vorige: field(n)[g.previousColumn!] }).toEqual({
        regio,
        n,
        nu: fs.velden[n],
        vorige: fs.velden[n],
      });
    expect(fs.velden["Ingevuld door"]).toBeTruthy();
    expect(field("Meetmoment")[waarde]).toBe("Eindfoto");
    for (const n of ["Regio", "Meetmoment", "Peildatum"]) expect(field(n)[g.previousColumn!]).toBeNull();

    for (const s of [b.Regio, b.Mijlpalen, b.Vragenlijst]) {
      expect(s.protected).toBe(true);
      expect(s.besideLocked).toBe(true);
      expect(s.besideWrap).toBe(true);
      // A previous answer well over what its column holds (30 digit widths; 40 characters of text cannot
      // fit) wraps: its row has a set height, so the text does not run into the next row when printed.
      s.rows.forEach((r, i) => {
        const v = r[s.previousColumn!];
        if (typeof v === "string" && v.length > 40)
          expect([i + 1, s.customHeights]).toEqual([i + 1, expect.arrayContaining([i + 1])]);
      });
    }
  }
});

test("LibreOffice prints an eindfoto workbook with its previous answers", () => {
  const pdf = printWithLibreOffice(path.join(out, fileOf("Utrecht")), path.join(dir, "pdf"));
  expect(existsSync(pdf)).toBe(true);
  const text = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
  expect(text).toContain("Vorige ronde:");
  expect(text).toContain(national.Utrecht.velden.Peildatum!);
  expect(text).toContain(national.Utrecht.velden["Ingevuld door"]!);
  expect(text).toContain(national.Utrecht.items.M4!);
  // The previous answers beside the items print without running over each other or the next row.
  expect(overlappingText(pdf)).toEqual([]);
});
