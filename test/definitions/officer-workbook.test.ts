/**
 * A definition workbook a policy officer can use alone (issue 19, part 2), on real files: the export of
 * every built-in read by openpyxl has the Toelichting sheet with a worked example, Dutch headers, a comment on
 * every header and dropdowns on the choice columns; older workbooks with the key headers still load; a sheet
 * whose name starts with `_` is ignored; and the RAK export with its milestone rows deleted (by openpyxl, as a
 * spreadsheet program would) makes working templates through the command line, with a note per setting that
 * fell back to its default.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { builtInMonitors } from "../../src/core/model";
import { SETTINGS, SHEETS } from "../../src/core/model/xlsform/layout";
import { readDefinitionWorkbook } from "../../src/xlsx/definition-workbook";
import { definitionWorkbookBytes } from "../../src/xlsx/definition-workbook-write";
import { runCli, runPython, tempDir } from "../helpers/files";

jest.setTimeout(120_000);

const dir = tempDir("regiomonitor-officer-");

const READ = `
import sys, json, warnings, openpyxl
from openpyxl.utils.cell import range_boundaries
warnings.simplefilter("ignore")
wb = openpyxl.load_workbook(sys.argv[1])
out = {"sheets": [[ws.title, ws.sheet_state] for ws in wb.worksheets], "guide": [], "data": {}}
out["guide"] = [c.value for c in wb.worksheets[0]["A"] if c.value]
for ws in wb.worksheets[1:]:
    if ws.sheet_state != "visible":
        continue
    lists = {}
    for dv in ws.data_validations.dataValidation:
        if dv.type != "list":
            continue
        for rng in str(dv.sqref).split():
            c1, r1, c2, r2 = range_boundaries(rng)
            if r1 <= 2 <= r2:
                for k in range(c1, c2 + 1):
                    lists[k] = dv.formula1
    heads = []
    for c in ws[1]:
        heads.append({"kop": c.value, "opmerking": c.comment.text if c.comment else None,
                      "lijst": lists.get(c.column)})
    out["data"][ws.title] = heads
print(json.dumps(out))
`;

interface Read {
  sheets: [string, string][];
  guide: string[];
  data: Record<string, { kop: string; opmerking: string | null; lijst: string | null }[]>;
}

function read(file: string): Read {
  const r = runPython(READ, [file]);
  if (r.code !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout) as Read;
}

/** Runs a python script that edits the workbook in place (as a spreadsheet program saves it). */
function edit(file: string, script: string): void {
  const r = runPython(
    `import sys, warnings, openpyxl\nwarnings.simplefilter("ignore")\nwb = openpyxl.load_workbook(sys.argv[1])\n${script}\nwb.save(sys.argv[1])`,
    [file],
  );
  if (r.code !== 0) throw new Error(r.stderr);
}

/** Headers that get a dropdown, wherever they appear (written out by hand from the issue). */
const CHOICE_HEADERS = [
  "Type",
  "Schaal",
  "Verplicht",
  "Vast",
  "Essentieel",
  "Onbekend",
  "Vorm",
  "Rol",
  "Kleur",
  "Soort",
  "Controle",
];

describe.each(builtInMonitors().map((d) => [d.id, d] as const))("the export of %s", (id, def) => {
  const file = path.join(dir, `${id}.xlsx`);
  let wb: Read;
  beforeAll(async () => {
    writeFileSync(file, definitionWorkbookBytes(def));
    wb = read(file);
  });

  test("opens on the Toelichting with a worked example; the lists sheet is hidden", () => {
    expect(wb.sheets[0]).toEqual(["Toelichting", "visible"]);
    expect(wb.sheets[wb.sheets.length - 1]).toEqual(["_keuzelijsten", "hidden"]);
    expect(wb.guide[0]).toBe(`Definitie van de monitor ${def.naam}`);
    expect(wb.guide.some((l) => l.startsWith("Uitgewerkt voorbeeld"))).toBe(true);
    expect(wb.guide).toContain("Zo maakt u een nieuwe monitor");
  });

  test("Dutch headers, a comment on every header, a dropdown on every choice column", () => {
    expect(wb.data.Instellingen.map((h) => h.kop)).toEqual(["Instelling", "Waarde", "Uitleg"]);
    for (const [sheet, heads] of Object.entries(wb.data)) {
      for (const h of heads) {
        expect({ sheet, kop: h.kop, opmerking: (h.opmerking ?? "").length > 10 }).toEqual({
          sheet,
          kop: h.kop,
          opmerking: true,
        });
        // No header is a code key (lower case with `_`), except the fixed column ids on Rijen.
        if (sheet !== "Rijen") expect(h.kop).not.toMatch(/_/);
        // The Schalen sheet names new scales in its Schaal column: there it is typed, not chosen.
        if (CHOICE_HEADERS.includes(h.kop) && !(sheet === "Schalen" && h.kop === "Schaal"))
          expect({ sheet, kop: h.kop, lijst: h.lijst?.startsWith("_keuzelijsten!") }).toEqual({
            sheet,
            kop: h.kop,
            lijst: true,
          });
      }
    }
  });

  test("the export loads back to the same definition; a `_notes` sheet is ignored", async () => {
    edit(file, `ws = wb.create_sheet("_notes")\nws.append(["Mijn aantekening", "wat dan ook"])`);
    expect(await readDefinitionWorkbook(new Uint8Array(readFileSync(file)), `${id}.xlsx`)).toEqual({
      ok: true,
      def,
    });
  });
});

test("old headers, sheet names and setting keys still load (the keys before the Dutch headers)", async () => {
  const ghnt = builtInMonitors().find((d) => d.id === "ghnt-2018")!;
  const file = path.join(dir, "ghnt-oud.xlsx");
  writeFileSync(file, definitionWorkbookBytes(ghnt));
  // Every Dutch header back to its key, the sheets to lower case, the settings to their keys.
  const headers = Object.fromEntries(
    Object.values(SHEETS).map((l) => [l.blad, Object.fromEntries(l.kolommen.map((c) => [c.kop, c.kol]))]),
  );
  const settings = Object.fromEntries(SETTINGS.map((s) => [s.naam, s.sleutel]));
  edit(
    file,
    `import json
headers, settings = json.loads(${JSON.stringify(JSON.stringify(headers))}), json.loads(${JSON.stringify(JSON.stringify(settings))})
for ws in wb.worksheets:
    key = ws.title.lower()
    if key in headers:
        for c in ws[1]:
            if c.value in headers[key]: c.value = headers[key][c.value]
        ws.title = "tijdelijk"  # openpyxl refuses a name that differs only in case from the current one
        ws.title = key
ws = wb["instellingen"]
ws.delete_cols(3)
for row in ws.iter_rows(min_row=2):
    if row[0].value in settings: row[0].value = settings[row[0].value]`,
  );
  const back = read(file);
  expect(back.data.instellingen.map((h) => h.kop)).toEqual(["sleutel", "waarde"]);
  expect(back.data.tabellen.map((h) => h.kop)).toContain("excel_tabel");
  expect(await readDefinitionWorkbook(new Uint8Array(readFileSync(file)), "ghnt-oud.xlsx")).toEqual({
    ok: true,
    def: ghnt,
  });
});

describe("the RAK export with its milestone rows deleted, as the guide says", () => {
  const file = path.join(dir, "rak-zonder-mijlpalen.xlsx");
  beforeAll(async () => {
    const rak = builtInMonitors().find((d) => d.id === "rak-2008-2010")!;
    writeFileSync(file, definitionWorkbookBytes(rak));
    edit(file, `ws = wb["Mijlpalen"]\nws.delete_rows(2, ws.max_row)`);
  });

  test("loads, with a note naming each cell that fell back to its default", async () => {
    const load = await readDefinitionWorkbook(new Uint8Array(readFileSync(file)), "rak.xlsx");
    expect(load.ok).toBe(true);
    if (!load.ok) return;
    expect(load.def.tabellen.map((t) => t.id)).toEqual(["regio", "vragenlijst"]);
    expect(load.def.scores.eenheid).toBeUndefined();
    expect(load.def.landelijk.map((n) => n.blad)).not.toContain("Mijlpalen landelijk");
    const notes = load.notities ?? [];
    // Two settings name the removed table: each note names its cell and says what to write there.
    const settings = notes.filter((n) => n.blad === "Instellingen");
    expect(settings.map((n) => [n.code, n.severity, n.kolom])).toEqual([
      ["definitie_instelling_vervalt", "info", "Waarde"],
      ["definitie_instelling_vervalt", "info", "Waarde"],
    ]);
    expect(settings.every((n) => typeof n.rij === "number")).toBe(true);
    expect(settings[0].bericht).toBe(
      `Blad 'Instellingen', rij ${settings[0].rij}, kolom 'Waarde': 'Oordeel eenheid uit tabel' noemt de tabel 'mijlpalen', maar die heeft geen rijen meer; de standaard geldt (geen). Maak de cel leeg om deze melding te laten verdwijnen.`,
    );
    expect(notes.map((n) => n.bericht).join("\n")).not.toMatch(/\w+\[\d+\]|scores\.|tabellen\./);
  });

  test("template --alle makes a working workbook per region, without Mijlpalen; check reads them", () => {
    const out = path.join(dir, "regios");
    const r = runCli(["template", "--alle", "--definitie", file, "-o", out]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("Let op (rak-zonder-mijlpalen.xlsx): Blad 'Instellingen'");
    const files = readdirSync(out);
    expect(files.length).toBe(
      builtInMonitors().find((d) => d.id === "rak-2008-2010")!.eenheden!.namen.length,
    );
    const sheets = runPython(
      `import sys, json, openpyxl\nprint(json.dumps(openpyxl.load_workbook(sys.argv[1]).sheetnames))`,
      [path.join(out, files[0])],
    );
    expect(JSON.parse(sheets.stdout)).toEqual([
      "Toelichting",
      "Regio",
      "Vragenlijst",
      "Keuzelijsten",
      "_regiomonitor",
    ]);
    const check = runCli(["check", path.join(out, files[0]), "--definitie", file]);
    // An empty workbook has empty required cells (1), but no missing sheet or other monitor.
    expect(check.code).toBe(1);
    expect(check.stdout).not.toContain("ontbreekt");
    expect(check.stdout).not.toContain("andere monitor");
  });
});

test("the Dutch guide names every sheet of the simple form and every setting the Toelichting uses", () => {
  // Markdown breaks lines anywhere: compare with runs of white space as one space.
  const guide = readFileSync(
    path.join(__dirname, "..", "..", "docs", "handleiding-definities.md"),
    "utf8",
  ).replace(/\s+/g, " ");
  for (const sheet of [
    "Toelichting",
    "Instellingen",
    "Vragen",
    "Mijlpalen",
    "Schalen",
    "Eenheden",
    "Oordeel",
  ])
    expect({ sheet, named: guide.includes(`**${sheet}**`) || guide.includes(`blad ${sheet}`) }).toEqual({
      sheet,
      named: true,
    });
  for (const s of SETTINGS.filter((x) => x.altijd || x.tabel))
    expect({ setting: s.naam, named: guide.includes(`**${s.naam}**`) }).toEqual({
      setting: s.naam,
      named: true,
    });
});
