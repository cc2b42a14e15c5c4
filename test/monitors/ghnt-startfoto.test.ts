/**
 * GHNT 2018 regional startfoto: the municipalities of Bijlage 2 cleaned (no municipality twice, known
 * variants merged, names broken over lines joined), the members as data on the units (checked, shown on the
 * template, in the JSON and the factsheets), the rules on real workbooks, and the national counts read back
 * by openpyxl.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { loadMonitorValue, unitNames } from "../../src/core/model";
import { ANNEX_2, cleanAnnex, type AnnexBlock } from "../../src/core/model/builtins/ghnt-2018-gemeenten";
import { NationalJsonSchema } from "../../src/core/engine/json";
import { layoutUnitSummary } from "../../src/core/layout/unit";
import { startfotoRound } from "../../src/examples/bmc-2015";
import { buildTemplate, type FillValue } from "../../src/core/engine/template";
import { parseCsv } from "../../src/core/examples/csv";
import { buildTemplateWorkbook } from "../../src/xlsx/writer";
import { writeWorkbookFile } from "../../src/xlsx/files";
import { ROOT, runPython, tempDir } from "../helpers/files";
import { aggregateRound, def, openpyxlSheets, startfotoFill, writeAndCheck, writeNational } from "./helpers";

const SF = def("ghnt-2018-startfoto");
const members = (regio: string) => SF.eenheden!.namen.find((n) => n.naam === regio)!.leden!;

describe("the municipalities of Bijlage 2, cleaned", () => {
  const { regios, notities } = cleanAnnex(ANNEX_2);
  const all = regios.flatMap((r) => r.gemeenten);

  test("30 regions as in data/ghnt-regios-2018.csv, no municipality twice", () => {
    const csv = parseCsv(readFileSync(path.join(ROOT, "data", "ghnt-regios-2018.csv"), "utf8"));
    expect(regios.map((r) => r.naam)).toEqual(csv.map((r) => r.regio.trim()));
    expect(new Set(all.map((g) => g.toLowerCase())).size).toBe(all.length);
    expect(all).toHaveLength(375);
    for (const r of regios) expect(r.gemeenten.length).toBeGreaterThan(0);
  });

  test("known variants merged, hyphens restored, items joined by 'en' split, broken names joined", () => {
    const bno = regios.find((r) => r.naam === "Brabant Noordoost")!.gemeenten;
    expect(bno.filter((g) => /michiel/i.test(g))).toEqual(["Sint-Michielsgestel"]);
    expect(bno).toContain("Meierijstad");
    expect(bno).not.toContain("Veghel");
    expect(bno).toContain("'s-Hertogenbosch");
    expect(all).toEqual(expect.arrayContaining(["Veldhoven", "Wormerland", "Goeree-Overflakkee"]));
    expect(all).not.toEqual(expect.arrayContaining(["Veldoven"]));
    expect(all.filter((g) => g.startsWith("Bergen"))).toEqual([
      "Bergen op Zoom",
      "Bergen (L)",
      "Bergen (NH)",
    ]);
    expect(all).toEqual(
      expect.arrayContaining([
        "Ouder-Amstel",
        "Súdwest-Fryslân",
        "Hendrik-Ido-Ambacht",
        "Wijchen",
        "Zaltbommel",
        "Loon op Zand",
        "Valkenburg aan de Geul",
        "Son en Breugel",
        "Midden-Groningen",
        "Bodegraven-Reeuwijk",
        "Haarlemmerliede",
        "Oude IJsselstreek",
        "Kollumerland en Nieuwkruisland",
        "West Maas en Waal",
      ]),
    );
    expect(regios.find((r) => r.naam === "Flevoland")!.gemeenten).toHaveLength(6);
    expect(all).not.toContain("Arnhem-Achterhoek");
    expect(all).not.toContain("Holland Rijnland");
  });

  test("a municipality under two regions stays with the first; every change is noted with its line", () => {
    expect(regios.find((r) => r.naam === "Gooi en Vechtstreek")!.gemeenten).toEqual(
      expect.arrayContaining(["Weesp", "Eemnes"]),
    );
    expect(regios.find((r) => r.naam === "Utrecht")!.gemeenten).not.toContain("Weesp");
    expect(notities).toEqual(
      expect.arrayContaining([
        {
          regio: "Utrecht",
          regel: 950,
          ruw: "Weesp",
          wordt: null,
          reden: "staat ook bij Gooi en Vechtstreek; blijft daar (eerste vermelding in de bijlage)",
        },
        {
          regio: "Brabant Noordoost",
          regel: 863,
          ruw: "St. Michielsgestel",
          wordt: null,
          reden: "spelling; staat al in deze regio",
        },
        {
          regio: "Arnhem-Achterhoek",
          regel: 904,
          ruw: "ArnhemAchterhoek",
          wordt: null,
          reden: "schrijfwijze hersteld; naam van een regio, geen gemeente",
        },
        { regio: "Zuidoost-Brabant", regel: 972, ruw: "Veldoven", wordt: "Veldhoven", reden: "spelling" },
      ]),
    );
    expect(notities.filter((n) => n.regio === "Flevoland" && n.regel === 882)).toHaveLength(6);
  });

  test("the rules on a small annex: line joins, sub-region labels, duplicates", () => {
    const blocks: AnnexBlock[] = [
      {
        regio: 1,
        regels: [
          [10, "Noord: Alpha, Midden"],
          [11, "Beta, Loon op "],
          [12, "Zand; Gamma en Delta, Ferwerdera"],
          [13, "deel"],
        ],
      },
      { regio: 2, regels: [[20, "Alpha, Epsilon."]] },
    ];
    const r = cleanAnnex(blocks, [
      [1, "Een", ["Alpha"]],
      [2, "Twee", ["Epsilon"]],
    ]);
    expect(r.regios.map((x) => x.gemeenten)).toEqual([
      ["Alpha", "Midden-Beta", "Loon op Zand", "Gamma", "Delta", "Ferwerderadiel"],
      ["Epsilon"],
    ]);
    expect(r.notities.map((n) => `${n.regel}:${n.ruw}→${n.wordt ?? "-"}`)).toEqual([
      "10:Noord→-",
      "12:Gamma en Delta→Gamma | Delta",
      "12:Ferwerderadeel→Ferwerderadiel",
      "20:Alpha→-",
      "20:Epsilon.→Epsilon",
    ]);
  });
});

describe("members as data on the units", () => {
  test("every region carries its municipalities; a municipality twice is a mistake of the definition", () => {
    expect(unitNames(SF)).toHaveLength(30);
    expect(SF.eenheden!.ledenNaam).toBe("gemeenten");
    expect(members("Flevoland")).toEqual([
      "Almere",
      "Dronten",
      "Lelystad",
      "Noordoostpolder",
      "Urk",
      "Zeewolde",
    ]);
    const broken = structuredClone(SF);
    broken.eenheden!.namen[1].leden = [...broken.eenheden!.namen[1].leden!, "amsterdam"];
    const r = loadMonitorValue(broken);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.fouten.map((i) => [i.code, i.bericht])).toEqual([
      [
        "definitie_lid_dubbel",
        `eenheden.namen[1].leden[${members("Brabant Noordoost").length}]: 'amsterdam' staat al bij Amsterdam-Amstelland. Noem het lid bij één eenheid.`,
      ],
    ]);
  });

  test("the template of a region lists its municipalities on a fixed sheet (read back by openpyxl)", async () => {
    const model = buildTemplate(SF, { eenheid: "Flevoland" });
    const t = model.tables.find((x) => x.sheet === "Gemeenten")!;
    expect(t.editable).toEqual([false, false]);
    const file = path.join(tempDir("startfoto-"), "flevoland.xlsx");
    await writeWorkbookFile(await buildTemplateWorkbook(model), file);
    const sheets = openpyxlSheets(file);
    expect(sheets.Gemeenten).toEqual([
      ["Regio", "Naam"],
      ...members("Flevoland").map((g) => ["Flevoland", g]),
    ]);
  });
});

/** A return of one region: every closed question `Ja`-like (the first option), S1a dated. */
const fill = (regio: string, answers: Record<string, FillValue> = {}) => startfotoFill(SF, regio, answers);

test("the rules: a wrong answer named by its cell, a date only when a projectleider is appointed", async () => {
  const dir = tempDir("startfoto-");
  const ok = await writeAndCheck(SF, "Twente", fill("Twente"), dir);
  expect(ok.res.result.issues).toEqual([]);
  expect(ok.res.score!.invulgraad.totaal.fractie).toBe(1);

  // Nr A, Onderdeel B, Vraag C, Antwoord D; S1 on row 2, S1a on row 3, S2 on row 4.
  const bad = await writeAndCheck(
    SF,
    "Zeeland",
    fill("Zeeland", { S1: "Nee", S2: "Misschien", S4: null }),
    dir,
  );
  expect(bad.res.result.issues.map((i) => `${i.code}@${i.blad}!${i.cel}`).sort()).toEqual([
    "niet_van_toepassing_ingevuld@Startfoto!D3",
    "ongeldig_antwoord@Startfoto!D4",
    "verplicht_leeg@Startfoto!D6",
  ]);
  expect(bad.res.score!.invulgraad.totaal.fractie).toBeLessThan(1);

  // The Samenvatting of the returned workbook lists the answers, the invalid one as typed.
  if (!bad.res.result.ok) throw new Error("niet gelezen");
  const m = layoutUnitSummary(SF, bad.res.result.ret, bad.res.score!, bad.res.result.issues);
  const rows = m.rows.map((r) => r.map((c) => c.v));
  const head = rows.findIndex((r) => r[0] === "Startfoto: antwoorden en teksten");
  expect(head).toBeGreaterThan(0);
  const answer = (nr: string) => rows.slice(head).find((r) => r[0] === nr)?.[3];
  expect([answer("S1"), answer("S2"), answer("S3")]).toEqual(["Nee", "Misschien (ongeldig)", "Ja"]);
  expect(rows.slice(head).find((r) => r[0] === "S1a")?.[5]).toBe("Geldt niet voor deze werkmap.");
});

describe("the Startfoto round of 30 regions", () => {
  const dir = tempDir("startfoto-ronde-");
  const xlsx = path.join(dir, "landelijk.xlsx");
  let json: Awaited<ReturnType<typeof writeNational>>;
  beforeAll(async () => {
    json = await writeNational(
      SF,
      await aggregateRound(SF, startfotoRound(SF), path.join(dir, "regios")),
      xlsx,
    );
  });

  test("national JSON: regios[] with their municipalities, vragen[] with the counts", () => {
    expect(NationalJsonSchema.parse(json)).toEqual(json);
    expect(json.ontvangen).toBe(30);
    expect(json.regios!.find((r) => r.regio === "Flevoland")!.leden).toEqual(members("Flevoland"));
    const s1 = json.vragen!.find((q) => q.nr === "S1")!;
    // Half of the 30 regions has a projectleider (seeds 004 l. 146); twenty name MDA++ or will (l. 343).
    expect(s1.opties.find((o) => o.antwoord === "Ja")!.aantal).toBe(15);
    const s8 = json.vragen!.find((q) => q.nr === "S8")!;
    expect(s8.opties.find((o) => o.antwoord === "Nee")!.aantal).toBe(10);
    expect(json.vragen!.map((q) => q.nr)).not.toContain("S1a");
    expect(json.open!.length).toBeGreaterThan(0);
  });

  test("openpyxl reads the counts and a factsheet per region with its municipalities", () => {
    const sheets = openpyxlSheets(xlsx);
    // One factsheet per received region, in the order of Retouren (alphabetical).
    const regions = json.regios!.map((r) => r.regio);
    expect([...regions].sort()).toEqual([...unitNames(SF)].sort());
    expect(Object.keys(sheets)).toEqual([
      "Landelijk overzicht",
      "Retouren",
      "Startfoto landelijk",
      "Open antwoorden",
      ...regions,
    ]);
    const ja = sheets["Startfoto landelijk"].find((r) => r[0] === "S1" && r[2] === "Ja")!;
    expect(ja[3]).toBe(15);
    const fs = sheets.Flevoland;
    const i = fs.findIndex((r) => r[0] === "Gemeenten");
    expect(fs[i + 1].slice(0, 4)).toEqual([6, "6 gemeenten", null, members("Flevoland").join(", ")]);
    expect(fs.flat()).toContain("Is in de regio een regionaal projectleider aangesteld?");
  });

  test("the overview of a questionnaire: per scale the share of each answer per question, with a stacked chart", () => {
    const ov = openpyxlSheets(xlsx)["Landelijk overzicht"];
    const s1 = ov.find((r) => r[0] === "S1")!;
    // S1: 15 of the 30 regions Ja, the rest 'Nog niet, volgt dit jaar' (scale aanstelling); no Nee, none unknown.
    const head = ov[ov.indexOf(s1) - 1];
    expect(head.slice(0, 6)).toEqual([
      "Nr",
      "Vraag",
      "Ja",
      "Nog niet, volgt dit jaar",
      "Nee",
      "Gegevens onbekend",
    ]);
    expect(s1.slice(1, 6)).toEqual([
      "Is in de regio een regionaal projectleider aangesteld?",
      0.5,
      0.5,
      0,
      0,
    ]);
    // One table per scale, in the order of the scale's first question; every closed question once.
    const titles = ov
      .map((r) => r[0])
      .filter((v): v is string => typeof v === "string" && v.startsWith("Antwoorden"));
    expect(titles).toEqual([
      "Antwoorden Ja / Nog niet, volgt dit jaar / Nee: aandeel per vraag (zie Startfoto landelijk)",
      "Antwoorden Ja / Gedeeltelijk / Nee: aandeel per vraag (zie Startfoto landelijk)",
      "Antwoorden Ja, vastgesteld / In voorbereiding / Nee: aandeel per vraag (zie Startfoto landelijk)",
      "Antwoorden Ja, benoemd / Wordt benoemd / Nee: aandeel per vraag (zie Startfoto landelijk)",
    ]);
    const nrs = ov.map((r) => r[0]).filter((v): v is string => typeof v === "string" && /^S\d+$/.test(v));
    expect([...nrs].sort()).toEqual(json.vragen!.map((q) => q.nr).sort());
    // Each share is the JSON's count ÷ its total; a row adds up to 100 %.
    for (const q of json.vragen!) {
      const row = ov.find((r) => r[0] === q.nr)!.slice(2, 3 + q.opties.length) as number[];
      const counts = [...q.opties.map((o) => o.aantal), q.gegevensOnbekend.aantal];
      row.forEach((v, k) => expect(v).toBeCloseTo(counts[k] / q.totaal, 12));
      expect(row.reduce((a, v) => a + v, 0)).toBeCloseTo(1, 12);
    }
    // The charts, read by openpyxl: stacked percentages of the table's own cells, one series per answer.
    const script = `
import sys, json, warnings, openpyxl
warnings.simplefilter("ignore")
ws = openpyxl.load_workbook(sys.argv[1])["Landelijk overzicht"]
print(json.dumps([{"grouping": ch.grouping, "max": ch.y_axis.scaling.max,
  "title": "".join(r.t for p in ch.title.tx.rich.p for r in (p.r or [])),
  "series": [se.val.numRef.f for se in ch.series]} for ch in ws._charts]))
`;
    const run = runPython(script, [xlsx]);
    expect(run.stderr).toBe("");
    const charts = JSON.parse(run.stdout) as {
      grouping: string;
      max: number;
      title: string;
      series: string[];
    }[];
    expect(charts.map((c) => [c.title, c.grouping, c.max, c.series.length])).toEqual([
      ["Antwoorden Ja / Nog niet, volgt dit jaar / Nee", "stacked", 1, 4],
      ["Antwoorden Ja / Gedeeltelijk / Nee", "stacked", 1, 4],
      ["Antwoorden Ja, vastgesteld / In voorbereiding / Nee", "stacked", 1, 4],
      ["Antwoorden Ja, benoemd / Wordt benoemd / Nee", "stacked", 1, 4],
    ]);
    const r1 = ov.indexOf(s1) + 1;
    expect(charts[0].series[0]).toBe(`'Landelijk overzicht'!$C$${r1}`);
  });
});
