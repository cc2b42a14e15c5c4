/**
 * A new monitor designed only in a spreadsheet written by openpyxl (not by this project): four
 * municipalities, own scales and questions, no milestones. The installed command line makes its templates
 * from the .xlsx definition, openpyxl fills them, `aggregate` counts the answers per option, and a wrong
 * answer gets a message naming its cell. Every built-in also exports to .xlsx through the command line.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { builtInMonitors } from "../../src/core/model";
import { hashFolder, runCli, runPython, sha256, tempDir } from "../helpers/files";

const DEFINITION = `
import sys, openpyxl
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "Instellingen"
for r in [["Sleutel", "Waarde"], ["id", "wijkmonitor-2027"], ["versie", "1"], ["naam", "Wijkmonitor 2027"],
          ["eenheid", "gemeente"], ["eenheden", "gemeenten"]]:
    ws.append(r)
ws = wb.create_sheet("Eenheden")
ws.append(["Naam", "Groep"])
for n, g in [("Alkmaar", "Noord"), ("Bergen", "Noord"), ("Castricum", "Zuid"), ("Dijk en Waard", "Zuid")]:
    ws.append([n, g])
ws = wb.create_sheet("Schalen")
ws.append(["Schaal", "Optie", "Onbekend"])
for s, o, u in [("janee", "Ja", None), ("janee", "Nee", None), ("janee", "Weet niet", "ja"),
                ("mate", "Veel", None), ("mate", "Weinig", None), ("mate", "Geen", None)]:
    ws.append([s, o, u])
ws = wb.create_sheet("Vragen")
ws.append(["Nr", "Onderdeel", "Vraag", "Type", "Schaal", "Verplicht", "Geldt als"])
ws.append([1, "Organisatie", "Is er een aandachtsfunctionaris?", "schaal", "janee", "ja", None])
ws.append([2, "Organisatie", "Hoe vaak overlegt het wijkteam met Veilig Thuis?", "Schaal", "mate", "ja", None])
ws.append([None, None, None, None, None, None, None])
ws.append([3, "Organisatie", "Naam van de aandachtsfunctionaris", "tekst", None, "nee", "1 = Ja"])
ws.append([4, "Beleid", "Wanneer is het beleidsplan vastgesteld?", "datum", None, "nee", None])
ws.append([5, "Beleid", "Aantal meldingen in 2026", "getal", None, "nee", None])
ws = wb.create_sheet("Mijlpalen")
ws.append(["Code", "Mijlpaal", "Normdatum", "Geldt als"])
wb.save(sys.argv[1])
`;

/** Fills one template: the fields, then the answers by question number (4: a date, 5: a number). */
const FILL = `
import sys, datetime, openpyxl
path, answers = sys.argv[1], sys.argv[2:]
wb = openpyxl.load_workbook(path)
ws = wb["Gemeente"]
for row in ws.iter_rows(min_row=2):
    if row[0].value == "Peildatum": row[1].value = datetime.datetime(2027, 3, 1)
    if row[0].value == "Ingevuld door": row[1].value = "J. de Vries"
ws = wb["Vragenlijst"]
hdr = [c.value for c in ws[1]]
for row in ws.iter_rows(min_row=2):
    nr = row[0].value
    if nr is None: continue
    i = int(nr) - 1
    if i < len(answers) and answers[i] != "":
        v = answers[i]
        if nr == "4": v = datetime.datetime(2026, 5, 1)
        elif nr == "5": v = int(v)
        row[hdr.index("Antwoord")].value = v
wb.save(path)
`;

const SHEETS = `
import sys, json, openpyxl
print(json.dumps(openpyxl.load_workbook(sys.argv[1]).sheetnames))
`;

function python(script: string, args: string[]): string {
  const r = runPython(script, args);
  expect(r.stderr.replace(/.*UserWarning.*\n.*warn\(msg\)\n?/g, "")).toBe("");
  expect(r.code).toBe(0);
  return r.stdout;
}

describe("a monitor written only in openpyxl, run by the command line", () => {
  const dir = tempDir("regiomonitor-xlsform-cli-");
  const def = path.join(dir, "wijkmonitor.xlsx");
  const units = path.join(dir, "gemeenten");

  beforeAll(() => {
    python(DEFINITION, [def]);
  });

  test("template --alle --definitie def.xlsx makes one workbook per municipality, without a Mijlpalen sheet", () => {
    const before = sha256(def);
    const r = runCli(["template", "--alle", "--definitie", def, "-o", units]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(readdirSync(units).sort()).toEqual([
      "Regiomonitor-Alkmaar.xlsx",
      "Regiomonitor-Bergen.xlsx",
      "Regiomonitor-Castricum.xlsx",
      "Regiomonitor-Dijk-en-Waard.xlsx",
    ]);
    expect(JSON.parse(python(SHEETS, [path.join(units, "Regiomonitor-Bergen.xlsx")]))).toEqual([
      "Toelichting",
      "Gemeente",
      "Vragenlijst",
      "Keuzelijsten",
      "_regiomonitor",
    ]);
    expect(sha256(def)).toBe(before);
  });

  test("openpyxl fills them; aggregate --definitie def.xlsx --json counts per option; the wrong answer is named", () => {
    python(FILL, [path.join(units, "Regiomonitor-Alkmaar.xlsx"), "Ja", "Veel", "Piet Jansen", "x", "12"]);
    python(FILL, [path.join(units, "Regiomonitor-Bergen.xlsx"), "Nee", "Weinig"]);
    python(FILL, [path.join(units, "Regiomonitor-Castricum.xlsx"), "Weet niet", "Veel"]);
    python(FILL, [path.join(units, "Regiomonitor-Dijk-en-Waard.xlsx"), "Ja", "Heel veel"]);
    const inputs = hashFolder(units);
    const json = path.join(dir, "landelijk.json");
    const r = runCli([
      "aggregate",
      units,
      "--definitie",
      def,
      "--json",
      json,
      "-o",
      path.join(dir, "landelijk.xlsx"),
    ]);
    expect(r.code).toBe(1); // one file has an error, the output is written
    expect(r.stdout.trim()).toBe("Wijkmonitor 2027 — ontvangen 4 van 4 gemeenten");
    expect(r.stderr).toContain("[4/4] Regiomonitor-Dijk-en-Waard.xlsx: gelezen (1 fout)");
    const national = JSON.parse(readFileSync(json, "utf8"));
    expect(national.mijlpalen).toBeUndefined();
    expect(national.vragen).toEqual([
      {
        nr: "1",
        vraag: "Is er een aandachtsfunctionaris?",
        opties: [
          { antwoord: "Ja", aantal: 2, percentage: 50 },
          { antwoord: "Nee", aantal: 1, percentage: 25 },
        ],
        gegevensOnbekend: { aantal: 1, percentage: 25 },
        totaal: 4,
      },
      {
        nr: "2",
        vraag: "Hoe vaak overlegt het wijkteam met Veilig Thuis?",
        opties: [
          { antwoord: "Veel", aantal: 2, percentage: 50 },
          { antwoord: "Weinig", aantal: 1, percentage: 25 },
          { antwoord: "Geen", aantal: 0, percentage: 0 },
        ],
        gegevensOnbekend: { aantal: 1, percentage: 25 },
        totaal: 4,
      },
    ]);
    expect(national.regios.map((x: { regio: string; fouten: number }) => [x.regio, x.fouten])).toEqual([
      ["Alkmaar", 0],
      ["Bergen", 0],
      ["Castricum", 0],
      ["Dijk en Waard", 1],
    ]);
    const check = runCli(["check", path.join(units, "Regiomonitor-Dijk-en-Waard.xlsx"), "--definitie", def]);
    expect(check.code).toBe(1);
    expect(check.stdout).toContain(
      "Regiomonitor-Dijk-en-Waard.xlsx · fout: Antwoord van vraag 2 (Vragenlijst!D3): 'Heel veel' is geen geldig antwoord. Kies uit: 'Veel', 'Weinig', 'Geen'.",
    );
    expect(hashFolder(units)).toEqual(inputs);
  });

  test("a definition workbook with a mistake stops the command with the sheet, row and column", () => {
    const bad = path.join(dir, "fout.xlsx");
    python(`${DEFINITION.replace('"tekst", None, "nee", "1 = Ja"', '"keus", None, "nee", "1 = Ja"')}`, [bad]);
    const r = runCli(["template", "--regio", "Bergen", "--definitie", bad, "-o", path.join(dir, "x.xlsx")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `Fout: De definitie in ${bad} is niet bruikbaar (1 fout):\n  Blad 'Vragen', rij 5, kolom 'Type': 'keus' is geen type. Kies schaal, tekst, datum of getal.\n`,
    );
    const fake = path.join(dir, "nep.xlsx");
    writeFileSync(fake, "id;naam\n");
    const notXlsx = runCli([
      "template",
      "--regio",
      "Bergen",
      "--definitie",
      fake,
      "-o",
      path.join(dir, "y.xlsx"),
    ]);
    expect(notXlsx.code).toBe(2);
    expect(notXlsx.stderr).toMatch(
      /^Fout: De definitie in .*nep\.xlsx is niet bruikbaar \(1 fout\):\n {2}\S.+\n$/,
    );
    const other = path.join(dir, "def.csv");
    writeFileSync(other, "id;naam\n");
    const csv = runCli(["check", path.join(units, "Regiomonitor-Bergen.xlsx"), "--definitie", other]);
    expect(csv.code).toBe(2);
    expect(csv.stderr).toContain(
      `De definitie in ${other} is niet bruikbaar (1 fout):\n  Dit is geen definitie. Kies een .json-bestand of een Excel-werkmap (.xlsx).`,
    );
  });
});

test.each(builtInMonitors().map((d) => d.id))(
  "definitie export %s --xlsx writes a workbook that the command line uses",
  (id) => {
    const dir = tempDir("regiomonitor-xlsform-export-");
    const file = path.join(dir, `${id}.xlsx`);
    const r = runCli(["definitie", "export", id, "--xlsx", "-o", file]);
    expect([r.code, r.stderr]).toEqual([0, `Definitie geschreven: ${file}\n`]);
    const def = builtInMonitors().find((d) => d.id === id);
    const args = def?.eenheden ? ["--regio", def.eenheden.namen[0].naam] : [];
    const t = runCli(["template", ...args, "--definitie", file, "-o", path.join(dir, "t.xlsx")]);
    expect([t.code, t.stdout.trim()]).toEqual([0, `Geschreven: ${path.join(dir, "t.xlsx")}`]);
    const c = runCli(["check", path.join(dir, "t.xlsx"), "--definitie", file, "--json"]);
    expect(JSON.parse(c.stdout).definitie).toEqual({ id, versie: "1.0" });
  },
);

test("definitie export -o FILE.xlsx writes a workbook even without --xlsx; --xlsx needs -o FILE.xlsx", () => {
  const dir = tempDir("regiomonitor-xlsform-export-");
  const file = path.join(dir, "ghnt.xlsx");
  expect(runCli(["definitie", "export", "ghnt-2018", "-o", file]).code).toBe(0);
  expect(readFileSync(file).subarray(0, 2).toString("latin1")).toBe("PK");
  expect(JSON.parse(python(SHEETS, [file]))).toContain("Oordeel");
  const noFile = runCli(["definitie", "export", "ghnt-2018", "--xlsx"]);
  expect(noFile.code).toBe(2);
  expect(noFile.stderr).toContain(
    "Fout: Geef bij --xlsx een bestand met -o, bijvoorbeeld -o definitie.xlsx.",
  );
});
