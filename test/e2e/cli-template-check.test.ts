/** The command line's template and check commands on real files, and its exit codes. */
import { existsSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { runCli, runPython, sha256, tempDir } from "../helpers/files";
import { writeExampleWorkbooks } from "../helpers/example-files";

let dir: string;
beforeAll(() => {
  dir = tempDir();
});

describe("regiomonitor template", () => {
  test("writes the standard workbook: three tables, fixed rows, dropdowns, date format, protection, recorded definition", async () => {
    const file = path.join(dir, "delft.xlsx");
    const r = runCli([
      "template",
      "--regio",
      "delft",
      "--meetmoment",
      "startfoto",
      "--peildatum",
      "01-03-2009",
      "-o",
      file,
    ]);
    expect(r.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const regio = wb.getWorksheet("Regio")!;
    expect(regio.getCell("B2").value).toBe("Delft");
    expect(regio.getCell("B3").value).toBe("Startfoto");
    expect(regio.getCell("B4").numFmt).toBe("dd-mm-yyyy");
    const mijl = wb.getWorksheet("Mijlpalen")!;
    expect(mijl.getCell("A2").value).toBe("M1");
    expect(mijl.getCell("B8").value).toBe("Eindfoto gemaakt");
    expect(mijl.getCell("C2").dataValidation).toMatchObject({
      type: "list",
      formulae: ["Keuzelijsten!$C$2:$C$6"],
    });
    expect(mijl.getCell("E2").numFmt).toBe("dd-mm-yyyy");
    // Locked is Excel's default, so a fixed cell has no explicit protection; an input cell is unlocked.
    expect(mijl.getCell("A2").protection?.locked).not.toBe(false);
    expect(mijl.getCell("C2").protection).toMatchObject({ locked: false });
    expect(wb.getWorksheet("_regiomonitor")!.state).toBe("veryHidden");
    expect(wb.getWorksheet("Keuzelijsten")!.state).toBe("hidden");
    // Independent reader: tables, protection, dropdowns (the other validations only carry input prompts).
    const py = runPython(
      `
import sys, json, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
out = {}
for name in ["Regio", "Mijlpalen", "Vragenlijst"]:
    ws = wb[name]
    out[name] = {"tables": {k: v for k, v in ws.tables.items()}, "protected": ws.protection.sheet, "dv": sorted(str(d.sqref) for d in ws.data_validations.dataValidation if d.type == "list")}
out["locked"] = [wb["Mijlpalen"]["A2"].protection.locked, wb["Mijlpalen"]["C2"].protection.locked]
out["meta"] = [[c.value for c in r] for r in wb["_regiomonitor"].iter_rows()]
print(json.dumps(out))
`,
      [file],
    );
    expect(py.code).toBe(0);
    const got = JSON.parse(py.stdout);
    expect(got.Regio.tables).toEqual({ tblRegio: "A1:B7" });
    expect(got.Mijlpalen.tables).toEqual({ tblMijlpalen: "A1:F8" });
    expect(got.Vragenlijst.tables).toEqual({ tblVragenlijst: "A1:E33" });
    expect(got.Mijlpalen.protected).toBe(true);
    expect(got.Mijlpalen.dv).toEqual(["C2:C8"]);
    expect(got.locked).toEqual([true, false]);
    expect(got.meta).toEqual([
      ["definitie", "rak-2008-2010"],
      ["versie", "1.0"],
      ["naam", "Regiomonitor RAK 2008–2010"],
    ]);
  });

  test("--alle writes 37 workbooks", () => {
    const out = path.join(dir, "alle");
    const r = runCli(["template", "--alle", "-o", out]);
    expect(r.code).toBe(0);
    expect(readdirSync(out).filter((n) => n.endsWith(".xlsx"))).toHaveLength(37);
  });

  test("usage errors exit 2 with a Dutch message and no stack trace", () => {
    const a = runCli(["template", "--regio", "Atlantis", "-o", path.join(dir, "x.xlsx")]);
    expect(a.code).toBe(2);
    expect(a.stderr).toContain("Regio 'Atlantis' is onbekend");
    const b = runCli(["template", "--regio", "Delft"]);
    expect(b.code).toBe(2);
    expect(b.stderr).toContain("Optie -o is verplicht");
    const c = runCli(["verzamel"]);
    expect(c.code).toBe(2);
    expect(c.stderr).toContain("Onbekende opdracht 'verzamel'");
    for (const r of [a, b, c]) expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

describe("regiomonitor check", () => {
  let files: string[];
  beforeAll(async () => {
    files = await writeExampleWorkbooks(path.join(dir, "voorbeelden"));
  });

  test("prints scores and issues; --out writes a copy with Samenvatting; the input is never modified", async () => {
    const file = files.find((f) => f.includes("Nijmegen"))!;
    const before = sha256(file);
    const out = path.join(dir, "nijmegen-met-samenvatting.xlsx");
    const r = runCli(["check", file, "--out", out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Regio: Nijmegen · Eindfoto · peildatum 15-01-2011");
    expect(r.stdout).toContain("Invulgraad werkmap       100,0 %");
    expect(r.stdout).toContain("Oordeel regio: Rood — slechtste oordeel van de mijlpalen (M5)");
    expect(sha256(file)).toBe(before);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const s = wb.getWorksheet("Samenvatting")!;
    expect(String(s.getCell("A1").value)).toBe(
      "Regiomonitor · Samenvatting — Nijmegen (Eindfoto, peildatum 15-01-2011)",
    );
    // Running it again on the copy replaces the owned sheet instead of refusing.
    const again = runCli(["check", out, "--out", path.join(dir, "nogmaals.xlsx")]);
    expect(again.code).toBe(0);
    expect(runCli(["check", file, "--out", file]).code).toBe(2);
    expect(sha256(file)).toBe(before);
  });

  test("--json gives data: issues with code, severity, sheet, row, column, cell and message", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(files[0]);
    wb.getWorksheet("Vragenlijst")!.getCell("D2").value = "Soms";
    wb.getWorksheet("Mijlpalen")!.getCell("C3").value = null;
    const bad = path.join(dir, "fouten.xlsx");
    await wb.xlsx.writeFile(bad);
    const r = runCli(["check", bad, "--json"]);
    expect(r.code).toBe(1);
    const j = JSON.parse(r.stdout);
    expect(j.gelezen).toBe(true);
    expect(j.meldingen).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          code: "ongeldig_antwoord",
          severity: "fout",
          blad: "Vragenlijst",
          rij: 2,
          kolom: "Antwoord",
          cel: "D2",
        }),
        expect.objectContaining({
          code: "verplicht_leeg",
          severity: "fout",
          blad: "Mijlpalen",
          rij: 3,
          kolom: "Status",
          cel: "C3",
        }),
      ]),
    );
    expect(j.scores.invulling.rag).toBe("rood");
  });

  test("a file that is not a workbook is reported, not crashed on", () => {
    const p = path.join(dir, "leeg.xlsx");
    writeFileSync(p, "");
    const r = runCli(["check", p]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      "leeg.xlsx · fout: Het bestand is niet gelezen: het bestand is leeg (0 bytes)",
    );
    expect(existsSync(p)).toBe(true);
  });
});
