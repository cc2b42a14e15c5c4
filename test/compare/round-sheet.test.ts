/**
 * The round sheet (src/core/layout/round-sheet.ts): the round's JSON in a very hidden sheet of the national
 * workbook. In memory: chunking over cells (Excel's 32,767 characters), the way back, and Dutch messages for a
 * sheet changed by hand. With real files: `regiomonitor aggregate` writes it very hidden (checked with
 * python3-openpyxl), `regiomonitor compare` takes the .xlsx instead of the .json and gives the same comparison,
 * also after LibreOffice saved the workbook again; a workbook without the sheet is refused with a Dutch message.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { spawnSync } from "node:child_process";
import path from "node:path";
import { runCli, runPython, sha256, tempDir } from "../helpers/files";
import { DEF } from "../helpers/inputs";
import {
  chunkText,
  MAX_CELL_CHARS,
  readRoundSheet,
  ROUND_SHEET,
  roundSheetModel,
  roundText,
} from "../../src/core/layout/round-sheet";
import { aggregate } from "../../src/core/engine/national";
import { NationalJsonSchema, toNationalJson, type NationalJson } from "../../src/core/engine/json";
import type { Grid } from "../../src/core/grid";
import type { SheetModel } from "../../src/core/sheet-model";
import { eindFills, writeRound, startFills } from "./rounds";

/** The grid a host would read back from the model (values from A1). */
function gridOf(m: SheetModel): Grid {
  return { sheet: m.name, table: null, top: 1, left: 1, values: m.rows.map((r) => r.map((c) => c.v)) };
}

/** A small national JSON with one open answer of `long` characters (spaces, an emoji and underscores in it). */
function jsonWith(long: number): NationalJson {
  const base = toNationalJson(DEF, aggregate(DEF, []));
  const answer = ("ab_x0041_ 😀 " + "woord ".repeat(long)).slice(0, long);
  return { ...base, open: [{ regio: "Almere", nr: "O1", vraag: "Toelichting", antwoord: answer }] };
}

describe("round sheet in memory", () => {
  test("a round of 100,000 characters is split over cells within Excel's limit and read back exactly", () => {
    const json = jsonWith(100_000);
    const model = roundSheetModel(json);
    expect(model).toMatchObject({ name: ROUND_SHEET, visibility: "veryHidden" });
    const chunks = model.rows.slice(6).map((r) => r[0].v as string);
    expect(chunks.length).toBeGreaterThanOrEqual(4);
    for (const c of chunks) {
      expect(c.length).toBeLessThanOrEqual(MAX_CELL_CHARS);
      expect(c).not.toMatch(/^ | $/);
      expect(c).not.toMatch(/[\ud800-\udbff]$/); // a surrogate pair is never split
      expect(c).not.toMatch(/_x[0-9a-f]{4}_/i); // .xlsx readers would decode it
    }
    expect(model.rows[4]).toEqual([{ v: "delen" }, { v: chunks.length }]);
    const back = readRoundSheet(gridOf(model), "landelijk.xlsx");
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    expect(JSON.parse(back.text)).toEqual(json);
    expect(NationalJsonSchema.parse(JSON.parse(back.text))).toEqual(json);
  });

  test("chunks never start or end with a space, unless a run of spaces is longer than a cell", () => {
    expect(chunkText("aaaa bbbb", 5)).toEqual(["aaa", "a bbb", "b"]);
    for (const c of chunkText("aaaa bbbb cccc", 5)) expect(c).not.toMatch(/^ | $/);
    expect(chunkText("aaaa bbbb cccc", 5).join("")).toBe("aaaa bbbb cccc");
    expect(chunkText("a" + " ".repeat(20) + "b", 5).join("")).toBe("a" + " ".repeat(20) + "b");
    expect(chunkText("", 5)).toEqual([]);
  });

  test("a sheet changed by hand gives a Dutch message naming file, sheet and cell", () => {
    const model = roundSheetModel(jsonWith(70_000));
    const grid = gridOf(model);
    const edited = structuredClone(grid);
    edited.values[7][0] = (edited.values[7][0] as string).replace("woord", "wOord");
    expect(readRoundSheet(edited, "landelijk.xlsx")).toEqual({
      ok: false,
      fout: expect.stringMatching(
        /^landelijk\.xlsx, blad 'Regiomonitor meting', cel B4: het controlegetal klopt niet met de tekst\. .*JSON-bestand/,
      ),
    });
    const cut = structuredClone(grid);
    cut.values[8][0] = null;
    expect(readRoundSheet(cut, "x.xlsx")).toMatchObject({
      ok: false,
      fout: expect.stringContaining("x.xlsx, blad 'Regiomonitor meting', cel A9: deze cel hoort tekst"),
    });
    const other = structuredClone(grid);
    other.values[1][1] = "iets anders";
    expect(readRoundSheet(other, "x.xlsx")).toMatchObject({
      ok: false,
      fout: expect.stringContaining("cel B2"),
    });
  });

  test("the stored text is the round's JSON: JSON.parse gives exactly toNationalJson", () => {
    const json = toNationalJson(DEF, aggregate(DEF, []));
    expect(JSON.parse(roundText(json))).toEqual(json);
  });
});

describe("round sheet in real files", () => {
  let dir: string;
  const p = (name: string) => path.join(dir, name);

  beforeAll(async () => {
    dir = tempDir("regiomonitor-round-");
    await writeRound(p("start"), startFills());
    await writeRound(p("eind"), eindFills());
    for (const r of ["start", "eind"])
      expect(runCli(["aggregate", p(r), "-o", p(`${r}.xlsx`), "--json", p(`${r}.json`)]).code).not.toBe(2);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test("aggregate writes the round sheet very hidden, its cells within Excel's limit (openpyxl)", () => {
    const r = runPython(
      `
import json, sys, warnings, openpyxl
warnings.simplefilter("ignore")
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb["${ROUND_SHEET}"]
parts = int(ws["B5"].value)
texts = [ws.cell(row=7 + i, column=1).value for i in range(parts)]
print(json.dumps({"state": ws.sheet_state, "visible": [s.title for s in wb.worksheets if s.sheet_state == "visible"],
  "parts": parts, "longest": max(len(t) for t in texts), "text": "".join(texts)}))
`,
      [p("eind.xlsx")],
    );
    expect(r.stderr).toBe("");
    const out = JSON.parse(r.stdout) as {
      state: string;
      visible: string[];
      parts: number;
      longest: number;
      text: string;
    };
    expect(out.state).toBe("veryHidden");
    expect(out.visible).not.toContain(ROUND_SHEET);
    expect(out.visible).toContain("Retouren");
    expect(out.parts).toBeGreaterThan(1);
    expect(out.longest).toBeLessThanOrEqual(MAX_CELL_CHARS);
    expect(JSON.parse(out.text)).toEqual(JSON.parse(readFileSync(p("eind.json"), "utf8")));
  });

  function compare(oud: string, nieuw: string, name: string) {
    const before = [oud, nieuw].map((f) => sha256(f));
    const run = runCli(["compare", oud, nieuw, "-o", p(`${name}.xlsx`), "--json", p(`${name}.json`)]);
    expect([oud, nieuw].map((f) => sha256(f))).toEqual(before); // inputs never change
    return run;
  }
  const withoutNames = (file: string) => {
    const c = JSON.parse(readFileSync(file, "utf8")) as {
      oud: { bestand: unknown };
      nieuw: { bestand: unknown };
    };
    c.oud.bestand = null;
    c.nieuw.bestand = null;
    return c;
  };

  test("compare takes the national workbook (.xlsx) in place of its JSON, for either round", () => {
    const byJson = compare(p("start.json"), p("eind.json"), "via-json");
    const byXlsx = compare(p("start.xlsx"), p("eind.xlsx"), "via-xlsx");
    const mixed = compare(p("start.xlsx"), p("eind.json"), "gemengd");
    expect(byJson.code).not.toBe(2);
    expect(byXlsx.code).toBe(byJson.code);
    expect(mixed.code).toBe(byJson.code);
    expect(withoutNames(p("via-xlsx.json"))).toEqual(withoutNames(p("via-json.json")));
    expect(withoutNames(p("gemengd.json"))).toEqual(withoutNames(p("via-json.json")));
    expect(byXlsx.stdout.replace(/start\.xlsx|eind\.xlsx/g, "X")).toBe(
      byJson.stdout.replace(/start\.json|eind\.json/g, "X"),
    );
  });

  test("also after LibreOffice saved the national workbook again", () => {
    const soffice = "/usr/bin/soffice";
    if (!existsSync(soffice))
      throw new Error("LibreOffice (soffice) ontbreekt: apt-get install libreoffice-calc-nogui");
    const lo = p("lo");
    mkdirSync(lo, { recursive: true });
    copyFileSync(p("start.xlsx"), path.join(lo, "bron.xlsx"));
    const r = spawnSync(
      soffice,
      [
        `-env:UserInstallation=file://${p("lo-profiel")}`,
        "--headless",
        "--convert-to",
        "xlsx:Calc MS Excel 2007 XML",
        "--outdir",
        path.join(lo, "uit"),
        path.join(lo, "bron.xlsx"),
      ],
      { encoding: "utf8", timeout: 120_000 },
    );
    expect(r.status).toBe(0);
    const saved = path.join(lo, "uit", "bron.xlsx");
    expect(existsSync(saved)).toBe(true);
    compare(saved, p("eind.json"), "na-libreoffice");
    compare(p("start.json"), p("eind.json"), "via-json-2");
    expect(withoutNames(p("na-libreoffice.json"))).toEqual(withoutNames(p("via-json-2.json")));
  }, 180_000);

  test("a workbook without the round sheet, or with a changed one, is refused with a Dutch message", async () => {
    // A regional workbook is an .xlsx without the round sheet.
    const regional = path.join(p("start"), "Regiomonitor-Almere.xlsx");
    expect(existsSync(regional)).toBe(true);
    const run = runCli(["compare", regional, p("eind.json"), "-o", p("fout.xlsx")]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      `Regiomonitor-Almere.xlsx is een werkmap om in te vullen (of een ingevulde werkmap van één eenheid), geen landelijke meting:`,
    );
    expect(run.stderr).not.toMatch(/at .*\.js:\d+/); // no stack trace
    expect(existsSync(p("fout.xlsx"))).toBe(false);

    // A round sheet whose text was changed: the check number says so, naming the cell.
    const changed = p("gewijzigd.xlsx");
    const py = runPython(
      `
import sys, warnings, openpyxl
warnings.simplefilter("ignore")
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb["${ROUND_SHEET}"]
ws["A7"].value = ws["A7"].value.replace("Almere", "Almera", 1)
wb.save(sys.argv[2])
`,
      [p("start.xlsx"), changed],
    );
    expect(py.stderr).toBe("");
    const bad = runCli(["compare", changed, p("eind.json"), "-o", p("fout2.xlsx")]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain(
      `gewijzigd.xlsx, blad '${ROUND_SHEET}', cel B4: het controlegetal klopt niet met de tekst.`,
    );
  });
});
