/** The command line for action monitors on real files: template, check, demo, definitie export; exit codes; inputs never modified. */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { findMonitor, monitorToJson } from "../../src/core/model";
import { ROOT, runCli, runPython, sha256, tempDir } from "../helpers/files";

let dir: string;
beforeAll(() => {
  dir = tempDir("acties-cli-");
});

const OPENPYXL_TABLES = `
import sys, json, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb["Acties"]
print(json.dumps({"tables": {k: v for k, v in ws.tables.items()}, "protected": ws.protection.sheet,
  "meta": [[c.value for c in r] for r in wb["_regiomonitor"].iter_rows()], "state": wb["_regiomonitor"].sheet_state}))
`;

describe("regiomonitor template --definitie-id", () => {
  test("actiemonitor-2013: the empty workbook, read by an independent reader (openpyxl)", () => {
    const file = path.join(dir, "leeg-2013.xlsx");
    const r = runCli(["template", "--definitie-id", "actiemonitor-2013", "-o", file]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Geschreven: ${file}`);
    const py = runPython(OPENPYXL_TABLES, [file]);
    expect(py.code).toBe(0);
    const got = JSON.parse(py.stdout);
    expect(got.tables).toEqual({ tblActies: "A1:J26" });
    expect(got.protected).toBe(true);
    expect(got.state).toBe("veryHidden");
    expect(got.meta).toEqual([
      ["definitie", "actiemonitor-2013"],
      ["versie", "1.0"],
      ["naam", "Taskforce-monitor 2013 — Actieplan Kinderen veilig 2012–2016"],
    ]);
  });

  test("ghnt-2018 --voorbeeld: 95 actions, 11 columns", () => {
    const file = path.join(dir, "ghnt.xlsx");
    const r = runCli(["template", "--definitie-id", "ghnt-2018", "--voorbeeld", "-o", file]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("GEGENEREERD");
    expect(JSON.parse(runPython(OPENPYXL_TABLES, [file]).stdout).tables).toEqual({ tblActies: "A1:K96" });
  });

  test("the regional id still gives the regional workbook; an unknown id or a regional option is a usage error", () => {
    const file = path.join(dir, "delft.xlsx");
    expect(runCli(["template", "--definitie-id", "rak-2008-2010", "--regio", "Delft", "-o", file]).code).toBe(
      0,
    );
    expect(existsSync(file)).toBe(true);
    const bad = runCli(["template", "--definitie-id", "actiemonitor-2099", "-o", path.join(dir, "x.xlsx")]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain(
      "Definitie 'actiemonitor-2099' is niet ingebouwd. Bedoelt u 'actiemonitor-2013'?",
    );
    const opt = runCli([
      "template",
      "--definitie-id",
      "actiemonitor-2013",
      "--onzin",
      "-o",
      path.join(dir, "y.xlsx"),
    ]);
    expect(opt.code).toBe(2);
    expect(opt.stderr).toContain("Onbekende optie --onzin");
    expect(opt.stderr).not.toMatch(/at .*\.js:\d+/); // no stack trace
  });
});

describe("regiomonitor check on an action workbook", () => {
  let example: string;
  beforeAll(() => {
    example = path.join(dir, "actiemonitor-2013-voorbeeld.xlsx");
    expect(
      runCli(["template", "--definitie-id", "actiemonitor-2013", "--voorbeeld", "-o", example]).code,
    ).toBe(0);
  });

  test("recognised by its recorded definition; --json has the colours, groups and shift; --out writes a copy; input unchanged", async () => {
    const before = sha256(example);
    const copy = path.join(dir, "kopie.xlsx");
    const r = runCli(["check", example, "--json", "--out", copy]);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    // The one report envelope, with the national summary of this one workbook under `landelijk`.
    expect(j).toMatchObject({
      gelezen: true,
      geldig: true,
      eenheid: null,
      definitie: { id: "actiemonitor-2013", versie: "1.0" },
    });
    expect(j.scores.oordelen.acties).toHaveLength(25);
    // Hand count from data/taskforce-acties-2013.csv: 8 without set criteria Grijs; 25 (no end date), 12 and
    // 23 (postponed a year or more) Rood; 15, 17, 20 (six months) Oranje; 11 Groen.
    expect(j.landelijk.kleuren).toEqual({ groen: 11, oranje: 3, rood: 3, grijs: 8 });
    expect(
      j.landelijk.groepen[0].rijen.map((x: { label: string; acties: number }) => [x.label, x.acties]),
    ).toEqual([
      ["VWS", 14],
      ["VenJ", 8],
      ["Reclassering Nederland", 2],
      ["Jeugdzorg Nederland", 1],
    ]);
    expect(j.landelijk.verschuiving).toEqual([
      // The publication says 3 earlier and 14 the same without saying which: no "eerder 0 · gelijk 17".
      { categorie: "eerder of gelijk", aantal: 17, waarvanOpgegeven: 17 },
      { categorie: "later", aantal: 6, waarvanOpgegeven: 6 },
      { categorie: "zonder einddatum", aantal: 2, waarvanOpgegeven: 0 },
    ]);
    expect(j.landelijk.acties).toHaveLength(25);
    // The action's cell is its main cell (Status), no longer the key cell.
    expect(j.landelijk.acties[1]).toMatchObject({
      sleutel: "2",
      oordeel: "grijs",
      regel: "kwaliteitseisen",
      cel: "Acties!G3",
    });
    expect(j.meldingen).toEqual([]);
    expect(sha256(example)).toBe(before);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(copy);
    expect(wb.worksheets.map((w) => w.name)).toEqual(
      expect.arrayContaining(["Acties", "Samenvatting", "Overzicht acties", "Actielijst", "_regiomonitor"]),
    );
    expect(r.stderr).toContain(
      `Kopie met bladen Samenvatting, Landelijk overzicht, Overzicht acties, Actielijst geschreven: ${copy}`,
    );
    // Checking the copy again replaces the owned sheets (no refusal).
    expect(runCli(["check", copy, "--out", path.join(dir, "kopie2.xlsx")]).code).toBe(0);
  });

  test("the text report prints the stoplight per action", () => {
    const r = runCli(["check", example]);
    expect(r.code).toBe(0);
    // No total stoplight: the source says none can be given (seeds 000 l. 176–180).
    expect(r.stdout).not.toContain("Stoplicht:");
    expect(r.stdout).toContain("Geen totaaloordeel: de bron van deze monitor zegt");
    expect(r.stdout).toContain(
      "Verschuiving t.o.v. nulmeting: eerder of gelijk 17 (waarvan 17 opgegeven) · later 6 (waarvan 6 opgegeven) · zonder einddatum 2",
    );
    expect(r.stdout).toContain(
      "25      Rood    status 'Niet gestart' zonder einddatum (opleverdatum 'Nader te bepalen').",
    );
  });

  test("errors in a returned workbook: exit 1, each with code and cell; the input is not modified", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(example);
    const ws = wb.getWorksheet("Acties")!;
    ws.getCell("B3").value = "Een andere actie"; // fixed text changed
    ws.getCell("G4").value = "Bijna klaar"; // invalid status
    ws.getCell("D5").value = "ooit"; // invalid date
    ws.getCell("F6").value = null; // kwaliteitseisen empty
    ws.getRow(26).getCell(1).value = null; // row 25 without Nr: not read, fixed row missing
    const bad = path.join(dir, "fouten.xlsx");
    await wb.xlsx.writeFile(bad);
    const before = sha256(bad);
    const r = runCli(["check", bad, "--json"]);
    expect(r.code).toBe(1);
    const j = JSON.parse(r.stdout);
    const codes = j.meldingen.map((m: { code: string; cel: string | null }) => `${m.code}@${m.cel ?? "-"}`);
    expect(codes).toEqual(
      expect.arrayContaining([
        "vaste_rij_gewijzigd@B3",
        "ongeldig_antwoord@G4",
        "ongeldige_datum@D5",
        "verplicht_leeg@F6",
        "rij_onbekend@A26",
        "vaste_rij_ontbreekt@-",
      ]),
    );
    expect(j.scores.oordelen.acties.find((a: { sleutel: string }) => a.sleutel === "25")).toMatchObject({
      rag: "grijs",
      regel: "rij_ontbreekt",
    });
    expect(sha256(bad)).toBe(before);
  });

  test("--out equal to the input is refused (exit 2); an unreadable file is exit 1", () => {
    expect(runCli(["check", example, "--out", example]).code).toBe(2);
    const junk = path.join(dir, "kapot.xlsx");
    writeFileSync(junk, "geen zip");
    expect(runCli(["check", junk]).code).toBe(1);
  });
});

describe("definitions from a file", () => {
  test("definitie export writes the action definitions", () => {
    const out = path.join(dir, "ghnt.json");
    expect(runCli(["definitie", "export", "ghnt-2018", "-o", out]).code).toBe(0);
    const d = JSON.parse(readFileSync(out, "utf8"));
    expect([d.model, d.id, d.tabellen[0].id, d.tabellen[0].rijen.length, d.eenheden]).toEqual([
      2,
      "ghnt-2018",
      "acties",
      95,
      undefined,
    ]);
    const r = runCli(["definitie", "export", "actiemonitor-2013"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).id).toBe("actiemonitor-2013");
  });

  test("a changed action definition drives template and check; a broken one is refused naming the paths", () => {
    const d = JSON.parse(monitorToJson(findMonitor("actiemonitor-2013")!));
    expect(d.model).toBe(2);
    d.versie = "1.1-test";
    // No tolerated delay: the month limit of the decision list becomes 0.
    for (const rule of d.tabellen[0].oordeel)
      for (const t of rule.als)
        for (const k of ["uiterlijk", "na"]) if (t[k]?.plusMaanden) t[k].plusMaanden = 0;
    const file = path.join(dir, "actie-1.1.json");
    writeFileSync(file, JSON.stringify(d));
    const tpl = path.join(dir, "actie-1.1.xlsx");
    expect(runCli(["template", "--definitie", file, "-o", tpl]).code).toBe(0);
    const checked = runCli(["check", tpl, "--json", "--definitie", file]);
    expect(checked.code).toBe(1); // empty workbook: required cells
    expect(JSON.parse(checked.stdout).definitie).toEqual({ id: "actiemonitor-2013", versie: "1.1-test" });
    // Without the file, version 1.1-test is unknown.
    const unknown = runCli(["check", tpl, "--json"]);
    expect(unknown.code).toBe(1);
    expect(JSON.parse(unknown.stdout).meldingen[0].code).toBe("onbekende_versie");

    d.tabellen[0].hoofdkolom = "bestaatniet";
    d.tabellen[0].oordeel[1].rag = "paars";
    const broken = path.join(dir, "kapot.json");
    writeFileSync(broken, JSON.stringify(d));
    for (const args of [
      ["template", "--definitie", broken, "-o", path.join(dir, "z.xlsx")],
      ["check", tpl, "--definitie", broken],
    ]) {
      const r = runCli(args);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`De definitie in ${broken} is niet bruikbaar (2 fouten):`);
      expect(r.stderr).toContain(
        "  tabellen[0].oordeel[1].rag: deze waarde kan hier niet. Kies groen, oranje, rood of grijs.",
      );
      expect(r.stderr).toContain(
        "  tabellen[0].hoofdkolom: kolom 'bestaatniet' bestaat niet. Kies nr, actie,",
      );
    }
    expect(existsSync(path.join(dir, "z.xlsx"))).toBe(false);
  });
});

test("demo: a short summary per monitor; the tables and messages of every step in demo-verslag.txt", () => {
  const out = path.join(dir, "demo");
  const r = runCli(["demo", "-o", out]);
  expect(r.code).toBe(0);
  // The terminal: one line per example round or action workbook, under the monitor's name, with its files.
  expect(r.stdout).toContain(
    "Regiomonitor RAK 2008–2010\n  Startfoto, peildatum 01-03-2009 (gegenereerd): 37 van 37 regio's ontvangen, 0 fouten → landelijk-startfoto.xlsx, landelijk-startfoto.json\n  Eindfoto, peildatum 15-01-2011: 37 van 37 regio's ontvangen, 0 fouten → landelijk.xlsx, landelijk.json, rapport.html",
  );
  expect(r.stdout).toContain(
    "Taskforce-monitor 2013 — Actieplan Kinderen veilig 2012–2016\n  25 acties: geen totaaloordeel (de bron van deze monitor geeft dat niet)",
  );
  expect(r.stdout.split("\n").length).toBeLessThan(40);
  expect(r.stdout).not.toContain("[1/37]");
  // The README shows exactly what the demo prints (in its default folder).
  const readme = readFileSync(path.join(ROOT, "README.md"), "utf8");
  expect(readme).toContain("```\n" + r.stdout.split(out).join("demo-uitvoer").trimEnd() + "\n```");
  const log = readFileSync(path.join(out, "demo-verslag.txt"), "utf8");
  expect(log).toMatch(/(^|\n)Mijlpalen landelijk — ontvangen 37 van 37 regio's/);
  expect(log).toMatch(
    /M5 Regionaal handelingsprotocol in uitvoering\s+29 van 37\s+78,4 %\s+2\s+27\s+9\s+1\s+0/,
  );
  expect(log).toContain(
    "Taskforce-monitor 2013 — Actieplan Kinderen veilig 2012–2016 — 25 acties (voorbeeld uit de gepubliceerde Taskforce-monitor 2013",
  );
  // The Taskforce 2013 monitor: no total stoplight presented as its finding (seeds 000 l. 176–180).
  expect(log).not.toMatch(/Groen 11 · Oranje \d+ · Rood \d+ · Grijs \d+/);
  expect(log).toContain(
    "Geen totaaloordeel: de bron van deze monitor zegt dat een oordeel over alle acties samen (zoals een stoplicht) nog niet te geven is.",
  );
  expect(log).toContain("Geweld hoort nergens thuis 2018–2021 — 95 acties (voorbeeld GEGENEREERD");
  expect(readdirSync(path.join(out, "regios"))).toHaveLength(37);
  expect(readFileSync(path.join(out, "rapport.html"), "utf8")).toContain("37 van 37 regio&#39;s ontvangen");
  expect(readdirSync(path.join(out, "acties")).sort()).toEqual([
    "actiemonitor-2013-samenvatting.xlsx",
    "actiemonitor-2013-voorbeeld.xlsx",
    "ghnt-2018-samenvatting.xlsx",
    "ghnt-2018-voorbeeld.xlsx",
    "taskforce-2013-format-samenvatting.xlsx",
    "taskforce-2013-format-voorbeeld.xlsx",
  ]);
  // The RAAK checklist 2007: 26 generated returns of 37 regions, aggregated in MAP/raak-2007/.
  expect(readdirSync(path.join(out, "raak-2007", "eenheden"))).toHaveLength(26);
  expect(readdirSync(path.join(out, "raak-2007")).sort()).toEqual([
    "eenheden",
    "landelijk.json",
    "landelijk.xlsx",
  ]);
  expect(log).toContain("Taskforce 2013 — format A–D per actie — 25 acties");
  expect(log).toContain("Voltooid 0 van 25 (0,0 %).");
  expect(log).not.toMatch(/Groen 1\d · Oranje \d+ · Rood 8/);
  // The example series (docs/series.md), each round saying where its answers come from.
  expect(
    readdirSync(path.join(out, "reeksen"))
      .filter((f) => f.endsWith(".xlsx"))
      .sort(),
  ).toEqual(["bmc-2015.xlsx", "rak-2008-2010.xlsx", "taskforce-2013-format.xlsx"]);
  expect(log).toMatch(
    /Voorbeeldreeks Regiomonitor RAK 2008–2010: startfoto \(GEGENEREERD[^\n]*→ de voorbeeldmeting \(uit de gepubliceerde bijlage/,
  );
  expect(log).toMatch(
    /Voorbeeldreeks Taskforce 2013 — format A–D per actie: nulmeting-2012 \(GEGENEREERD[^\n]*→ voorjaar-2013 \(opleverdatum, kwaliteitseisen en stand van zaken uit de gepubliceerde[^\n]*→ najaar-2013 \(GEGENEREERD/,
  );
  expect(log).toMatch(
    /Reeks: BMC 2015 Regierol gemeenten, 2 metingen\n {2}1\. Nulmeting 2014[^\n]*\n {2}2\. Vervolgmeting 2015/,
  );
  // The demo's example is a valid returned workbook for `check`.
  expect(runCli(["check", path.join(out, "acties", "actiemonitor-2013-voorbeeld.xlsx")]).code).toBe(0);
});
