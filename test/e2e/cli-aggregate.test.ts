/**
 * End to end: 37 example workbooks built through the template builder, aggregated by the installed command
 * line, and the national .xlsx read back by ExcelJS and by an independent reader (python3-openpyxl).
 */
import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { defaultMonitor, unitNames } from "../../src/core/model";
import { writeExampleWorkbooks } from "../helpers/example-files";
import { hashFolder, runCli, runPython, tempDir } from "../helpers/files";

let dir: string;
let regios: string;
let files: string[];

beforeAll(async () => {
  dir = tempDir();
  regios = path.join(dir, "regios");
  files = await writeExampleWorkbooks(regios);
});

function rowsOf(ws: ExcelJS.Worksheet): unknown[][] {
  const out: unknown[][] = [];
  ws.eachRow({ includeEmpty: true }, (row) => out.push((row.values as unknown[]).slice(1)));
  return out;
}

describe("regiomonitor aggregate on the 37 example workbooks", () => {
  let run: ReturnType<typeof runCli>;
  const out = () => path.join(dir, "landelijk.xlsx");
  const json = () => path.join(dir, "landelijk.json");

  beforeAll(() => {
    const before = hashFolder(regios);
    run = runCli(["aggregate", regios, "-o", out(), "--json", json()]);
    expect(hashFolder(regios)).toEqual(before);
  });

  test("exits 0, prints the milestone table, reports progress on stderr", () => {
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("ontvangen 37 van 37");
    expect(run.stdout).toMatch(/M5 Regionaal handelingsprotocol.*29 van 37\s+78,4 %\s+2\s+27\s+9\s+1\s+0/);
    expect(run.stderr).toContain("[37/37]");
    expect(run.stderr).not.toMatch(/at .*\.js:\d+/);
  });

  test("the written national workbook holds the check figures (read back with ExcelJS)", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out());
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      "Landelijk overzicht", // the overview with its charts (test/print)
      "Retouren",
      "Mijlpalen landelijk",
      "Regio × mijlpaal",
      "Vragenlijst landelijk",
      "Open antwoorden",
      ...unitNames(defaultMonitor()), // a factsheet per received region
      "Regiomonitor meting", // the round's JSON for the next comparison, very hidden
    ]);
    expect(wb.getWorksheet("Regiomonitor meting")!.state).toBe("veryHidden");
    const ws = wb.getWorksheet("Mijlpalen landelijk")!;
    const rows = rowsOf(ws);
    const header = rows[2] as string[];
    const col = (h: string) => header.indexOf(h);
    const row = (code: string) => rows.find((r) => r[0] === code)!;
    expect(row("M4")[col("Gerealiseerd")]).toBe(36);
    expect(row("M5")[col("Gerealiseerd")]).toBe(29);
    expect(row("M5")[col("Waarvan gedeeltelijk")]).toBe(2);
    expect(row("M6")[col("Gerealiseerd")]).toBe(36);
    expect(row("M4")[col("% gerealiseerd")]).toBeCloseTo(36 / 37, 10);
    expect(row("M5")[col("% gerealiseerd")]).toBeCloseTo(29 / 37, 10);
    expect([col("Groen"), col("Oranje"), col("Rood"), col("Grijs")].map((c) => row("M5")[c])).toEqual([
      27, 9, 1, 0,
    ]);
    // Percentages carry a one-decimal percent format; RAG cells are filled; header frozen; owned marker.
    const pctCell = ws.getRow(rows.indexOf(row("M5")) + 1).getCell(col("% gerealiseerd") + 1);
    expect(pctCell.numFmt).toBe("0.0%");
    expect(String(ws.getCell("A1").value)).toMatch(/^Regiomonitor · /);
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 3 });
    const matrix = wb.getWorksheet("Regio × mijlpaal")!;
    const nij = rowsOf(matrix).findIndex((r) => r[0] === "Nijmegen") + 1;
    const m5 = matrix.getRow(nij).getCell(6);
    expect(m5.value).toBe("2012");
    expect((m5.fill as ExcelJS.FillPattern).fgColor?.argb).toBe("FFF4B6B6");
    const gouda = rowsOf(matrix).find((r) => r[0] === "Gouda")!;
    expect(gouda[5]).toBe("X (gedeeltelijk)");
  });

  test("an independent reader (python3-openpyxl) opens the workbook and finds the same figures", () => {
    const script = `
import sys, json, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb["Mijlpalen landelijk"]
rows = [list(r) for r in ws.iter_rows(values_only=True)]
hdr = rows[2]
out = {}
for r in rows[3:]:
    if r[0]:
        out[r[0]] = {"gerealiseerd": r[hdr.index("Gerealiseerd")], "gedeeltelijk": r[hdr.index("Waarvan gedeeltelijk")], "pct": round(r[hdr.index("% gerealiseerd")] * 100, 1), "fmt": ws.cell(row=rows.index(r) + 1, column=hdr.index("% gerealiseerd") + 1).number_format, "rag": [r[hdr.index(x)] for x in ["Groen", "Oranje", "Rood", "Grijs"]]}
formulas = sum(1 for s in wb.worksheets for row in s.iter_rows() for c in row if c.data_type == "f")
print(json.dumps({"sheets": wb.sheetnames, "m": out, "formulas": formulas}))
`;
    const r = runPython(script, [out()]);
    expect(r.stderr.replace(/.*UserWarning.*\n.*warn\(msg\)\n?/g, "")).toBe("");
    expect(r.code).toBe(0);
    const got = JSON.parse(r.stdout);
    // The overview, five national sheets, 37 factsheets and the very hidden round sheet.
    expect(got.sheets).toHaveLength(1 + 5 + 37 + 1);
    expect(got.m.M4).toEqual({
      gerealiseerd: 36,
      gedeeltelijk: 0,
      pct: 97.3,
      fmt: "0.0%",
      rag: [36, 1, 0, 0],
    });
    expect(got.m.M5).toEqual({
      gerealiseerd: 29,
      gedeeltelijk: 2,
      pct: 78.4,
      fmt: "0.0%",
      rag: [27, 9, 1, 0],
    });
    expect(got.m.M6.pct).toBe(97.3);
    expect(got.formulas).toBe(0);
  });

  test("the JSON export has the documented shape and figures", () => {
    const j = JSON.parse(readFileSync(json(), "utf8"));
    expect(j.definitie).toMatchObject({
      id: "rak-2008-2010",
      versie: "1.0",
      naam: "Regiomonitor RAK 2008–2010",
    });
    // The monitor's words, for every text made from the JSON.
    expect(j.definitie.woorden).toMatchObject({
      eenheden: "regio's",
      rijen: "mijlpalen",
      gerealiseerd: "gerealiseerd",
    });
    expect(j.verwacht).toBe(37);
    expect(j.ontvangen).toBe(37);
    const m5 = j.mijlpalen.find((m: { code: string }) => m.code === "M5");
    expect(m5).toMatchObject({
      gerealiseerd: 29,
      waarvanGedeeltelijk: 2,
      percentageGerealiseerd: 78.4,
      rag: { groen: 27, oranje: 9, rood: 1, grijs: 0 },
    });
    expect(m5.status).toMatchObject({ "Gereed / in uitvoering": 27, Gedeeltelijk: 2, "In voorbereiding": 8 });
    expect(j.vragen[0]).toHaveProperty("gegevensOnbekend.percentage");
    expect(j.regios[0]).toEqual(
      expect.objectContaining({
        regio: "Alkmaar",
        ontvangen: true,
        invulgraad: 100,
        rag: "groen",
        fouten: 0,
        waarschuwingen: 0,
      }),
    );
  });

  test("running aggregate twice, in another order, gives identical JSON", () => {
    const json2 = path.join(dir, "landelijk2.json");
    const r = runCli([
      "aggregate",
      ...[...files].reverse(),
      "-o",
      path.join(dir, "landelijk2.xlsx"),
      "--json",
      json2,
    ]);
    expect(r.code).toBe(0);
    expect(readFileSync(json2, "utf8")).toBe(readFileSync(json(), "utf8"));
  });
});

describe("a folder with a corrupt file, a non-xlsx file and the 37 good workbooks", () => {
  test("aggregates the 37, names the two bad files with a Dutch reason, exits 1, changes no input", () => {
    const mixed = path.join(dir, "gemengd");
    runCli(["template", "--regio", "Delft", "-o", path.join(mixed, "leeg.xlsx")]);
    for (const f of files) copyFileSync(f, path.join(mixed, path.basename(f)));
    const good = readFileSync(files[0]);
    writeFileSync(path.join(mixed, "kapot.xlsx"), good.subarray(0, Math.floor(good.length / 2)));
    writeFileSync(path.join(mixed, "notities.txt"), "regio;status\nDelft;klaar\n");
    const before = hashFolder(mixed);
    const jsonOut = path.join(dir, "gemengd.json");
    const r = runCli(["aggregate", mixed, "-o", path.join(dir, "gemengd.xlsx"), "--json", jsonOut]);
    expect(hashFolder(mixed)).toEqual(before);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      "Overgeslagen: kapot.xlsx — Het bestand is niet gelezen: het bestand is beschadigd of onvolledig",
    );
    expect(r.stderr).toContain(
      "Overgeslagen: notities.txt — Het bestand is niet gelezen: het is geen Excel-werkmap (.xlsx)",
    );
    const j = JSON.parse(readFileSync(jsonOut, "utf8"));
    expect(j.ontvangen).toBe(37);
    expect(j.mijlpalen.find((m: { code: string }) => m.code === "M5").gerealiseerd).toBe(29);
    // The empty Delft template is a second return for Delft with the same (empty) Peildatum ordering rule applied.
    const statuses = j.bestanden.map((b: { bestand: string; status: string }) => `${b.bestand}:${b.status}`);
    expect(statuses).toContain("kapot.xlsx:overgeslagen");
    expect(statuses).toContain("notities.txt:overgeslagen");
    expect(statuses).toContain("leeg.xlsx:dubbel, niet meegeteld");
  });
});
