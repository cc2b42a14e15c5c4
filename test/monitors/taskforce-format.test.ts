/**
 * The Taskforce 2013 action format A–D (taskforce-2013-format): per action the A and B texts, the SMART
 * elements as required columns and as the decision list, the planning as open rows keyed by action, and the
 * three rounds (nulmeting november 2012, voorjaar 2013, najaar 2013) compared per action.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { findMonitor } from "../../src/core/model";
import { scoreReturn } from "../../src/core/engine/score";
import { toNationalJson, NationalJsonSchema, type NationalJson } from "../../src/core/engine/json";
import { compareRounds } from "../../src/core/compare/compare";
import { isoToSerial } from "../../src/core/cells/dates";
import type { FillValue, UnitFill } from "../../src/core/engine/template";
import { ACTIONS_2013 } from "../../src/core/model/builtins/actions-rows";
import { taskforceFormatFill, type TaskforceRound } from "../../src/examples/taskforce-2013-format";
import { tempDir } from "../helpers/files";
import {
  fileInput,
  memoryInput,
  national,
  nationalByOpenpyxl,
  readOk,
  templateSheetByOpenpyxl,
} from "./helpers-open";

const DEF = findMonitor("taskforce-2013-format")!;
const dir = tempDir("taskforce-format-");
const CSV = readFileSync(path.join(__dirname, "..", "..", "data", "taskforce-acties-2013.csv"), "utf8");

const SMART_FILLED = (nr: string): Record<string, FillValue> => ({
  probleem: `Probleem ${nr}`,
  doelstelling: `Doel ${nr}`,
  resultaat: `Resultaat ${nr}`,
  opleverdatum: "Eind 2013",
  partijen: "VWS, VenJ",
  kwaliteitseisen: "Rapport besproken met de ketenpartners",
  kosten: "€ 100.000",
  status: "Gestart",
});

/** Every action SMART and Gestart; `change` overrides cells per action; `steps` the planning. */
function fill(
  change: Record<string, Record<string, FillValue>> = {},
  steps: Record<string, FillValue>[] = [],
): UnitFill {
  return {
    velden: { Meetmoment: "Voorjaar 2013", Peildatum: isoToSerial("2013-05-31"), "Ingevuld door": "Test" },
    rijen: {
      acties: Object.fromEntries(ACTIONS_2013.map(({ nr }) => [nr, { ...SMART_FILLED(nr), ...change[nr] }])),
    },
    open: { planning: steps },
  };
}

test("a complete return: every action SMART and Groen, the planning steps read per action", () => {
  const r = readOk(
    DEF,
    memoryInput(DEF, {
      vul: fill({}, [
        { actie: "1", stap: "Eerste rapportage", datum: "April 2013", gereed: "Ja" },
        { actie: "1", stap: "Eindrapportage", datum: "April 2014", gereed: "Nee" },
        { actie: "3", stap: "Website gevuld", datum: "Eind 2013", gereed: "Nee" },
      ]),
    }),
  );
  expect(r.issues).toEqual([]);
  expect(r.ret.open.planning.map((p) => [p.sleutel, p.label, p.cellen.datum.datum?.end])).toEqual([
    ["1", "Eerste rapportage", "2013-04-30"],
    ["1", "Eindrapportage", "2014-04-30"],
    ["3", "Website gevuld", "2013-12-31"],
  ]);
  const s = scoreReturn(DEF, r.ret, r.issues);
  expect(s.oordelen.acties.every((j) => j.rag === "groen" && j.regel === "smart")).toBe(true);
  expect(s.invulgraad.totaal.fractie).toBe(1);
});

test("SMART: a missing element is named by its cell and decides the colour; a Vervallen action needs none", () => {
  const r = readOk(
    DEF,
    memoryInput(DEF, {
      vul: fill({
        "3": { doelstelling: null },
        "4": { kosten: null },
        "5": { opleverdatum: "Nader te bepalen" },
        "6": { probleem: null, doelstelling: null, resultaat: null, status: "Vervallen" },
        "7": { status: "Vertraagd" },
      }),
    }),
  );
  expect(r.issues.map((i) => [i.code, i.cel])).toEqual([
    ["verplicht_bij", "E4"],
    ["verplicht_bij", "J5"],
  ]);
  expect(r.issues[0].bericht).toContain("A Doelstelling");
  const s = scoreReturn(DEF, r.ret, r.issues);
  const j = (nr: string) => s.oordelen.acties.find((x) => x.sleutel === nr)!;
  expect([j("3").rag, j("3").regel, j("3").uitleg]).toEqual([
    "rood",
    "niet_specifiek",
    "Rood: niet SMART — S (specifiek): de doelstelling is niet ingevuld (status 'Gestart'). Regel van Regiomonitor.",
  ]);
  expect([j("4").rag, j("4").regel]).toEqual(["oranje", "niet_realistisch"]);
  expect([j("5").rag, j("5").regel]).toEqual(["rood", "niet_tijdgebonden"]);
  expect([j("6").rag, j("6").regel]).toEqual(["grijs", "niet_beoordeeld"]);
  expect([j("7").rag, j("7").regel]).toEqual(["oranje", "vertraagd"]);
  expect(s.eenheid?.rag).toBe("rood");
});

test("the planning: an unknown action, a duplicate step, a row without action, a passed date", () => {
  const input = memoryInput(DEF, {
    vul: fill({}, [
      { actie: "3", stap: "Website gevuld", datum: "1 mei 2013", gereed: "Nee" },
      { actie: "99", stap: "Iets", datum: "2014", gereed: "Nee" },
      { actie: "3", stap: "website gevuld", datum: "2014", gereed: "Ja" },
      { actie: null, stap: "Zonder actie", datum: "2014", gereed: "Nee" },
      { actie: "4", stap: "Advies", datum: "morgen", gereed: "Nee" },
    ]),
  });
  const r = readOk(DEF, input);
  expect(r.issues.map((i) => [i.code, i.blad, i.cel])).toEqual([
    ["verwachte_datum_verstreken", "Planning", "C2"],
    ["open_rij_sleutel_onbekend", "Planning", "A3"],
    ["rij_dubbel", "Planning", "A4"],
    ["open_rij_sleutel_leeg", "Planning", "A5"],
    ["ongeldige_datum", "Planning", "C6"],
  ]);
  expect(r.issues[1].bericht).toBe(
    "Actie nr '99' (Planning!A3) is geen bekende actie; de rij is niet gelezen. Kies een waarde uit de keuzelijst.",
  );
  expect(r.issues[2].bericht).toContain("'3 / website gevuld' staat twee keer");
  expect(r.ret.open.planning.map((p) => p.sleutel)).toEqual(["3", "4"]);
});

test("the template: actions locked, the planning's 60 empty rows with the action numbers as a list", async () => {
  const file = path.join(dir, "voorjaar.xlsx");
  const input = await fileInput(DEF, { vul: taskforceFormatFill(DEF, CSV, "Voorjaar 2013") }, file);
  const planning = templateSheetByOpenpyxl(file, "Planning");
  // 50 filled steps (two per action), then empty rows up to 60 rows in all.
  expect(planning.tables).toEqual({ tblPlanning: "A1:D61" });
  expect(planning.protected).toBe(false);
  expect(planning.validations.find((v) => v.startsWith("A2:A61"))).toBeDefined();
  expect(templateSheetByOpenpyxl(file, "Acties")).toMatchObject({
    tables: { tblActies: "A1:O26" },
    protected: true,
  });
  const r = readOk(DEF, input);
  expect(r.ret.meetmoment).toBe("Voorjaar 2013");
  expect(r.ret.open.planning).toHaveLength(50);
  // The published texts: opleverdatum and status of action 1 as in the CSV.
  const a1 = r.ret.tabellen.acties[0];
  expect([a1.cellen.opleverdatum.tekst, a1.cellen.status.tekst]).toEqual(["Medio 2014", "Gestart"]);
  expect(a1.cellen.bevindingen.tekst).toContain("Monitoringsinstrument vastgesteld");
  expect(a1.cellen.probleem.tekst).toContain("Gegenereerd voorbeeld");
});

describe("the three rounds, aggregated and compared per action", () => {
  const rounds: TaskforceRound[] = ["Nulmeting november 2012", "Voorjaar 2013", "Najaar 2013"];
  const json: Record<string, NationalJson> = {};
  for (const round of rounds) {
    const input = memoryInput(DEF, { vul: taskforceFormatFill(DEF, CSV, round) }, `${round}.xlsx`);
    json[round] = toNationalJson(DEF, national(DEF, [input]));
  }

  test("each round's national JSON has the one shape: acties[], groepen[], vragen[] of the planning", () => {
    for (const round of rounds) {
      const j = json[round];
      expect(NationalJsonSchema.parse(JSON.parse(JSON.stringify(j)))).toEqual(j);
      expect(j.acties).toHaveLength(25);
      expect(j.groepen?.[0].titel).toBe("Per actiehouder");
      expect(j.vragen?.map((v) => v.nr)).toEqual(["planning.gereed"]);
    }
    // The nulmeting had no probleem, doelstelling, … and no planning: every action is not SMART.
    expect(json["Nulmeting november 2012"].kleuren).toEqual({ groen: 0, oranje: 0, rood: 25, grijs: 0 });
    expect(json["Nulmeting november 2012"].vragen![0].totaal).toBe(0);
    expect(json["Voorjaar 2013"].vragen![0].totaal).toBe(50);
    // The five actions with set criteria published as postponed (12, 15, 17, 20, 23) are Vertraagd: Oranje.
    expect(json["Voorjaar 2013"].kleuren).toEqual({ groen: 12, oranje: 5, rood: 8, grijs: 0 });
    // Rood in voorjaar: criteria published as 'Nader te bepalen' (6) or no delivery date (25).
    expect(
      json["Voorjaar 2013"].acties!.filter((x) => x.oordeel === "rood").map((x) => [x.sleutel, x.regel]),
    ).toEqual([
      ["2", "niet_meetbaar"],
      ["5", "niet_meetbaar"],
      ["6", "niet_meetbaar"],
      ["7", "niet_meetbaar"],
      ["11", "niet_meetbaar"],
      ["19", "niet_meetbaar"],
      ["22", "niet_meetbaar"],
      ["25", "niet_tijdgebonden"],
    ]);
  });

  test("nulmeting → voorjaar and voorjaar → najaar: the actions whose colour changed, by number", () => {
    const a = compareRounds(json["Nulmeting november 2012"], json["Voorjaar 2013"]);
    expect(a.nietVergeleken).toEqual([]);
    expect(a.acties!.every((x) => x.oud === "rood")).toBe(true);
    expect(a.acties!.map((x) => x.sleutel)).toHaveLength(17);
    expect(a.kleuren?.verschil).toEqual({ groen: 12, oranje: 5, rood: -17, grijs: 0 });
    const b = compareRounds(json["Voorjaar 2013"], json["Najaar 2013"]);
    // Criteria set in najaar: the actions red for 'Nader te bepalen' in voorjaar leave red.
    const before = new Map(json["Voorjaar 2013"].acties!.map((x) => [x.sleutel, x.oordeel]));
    const after = new Map(json["Najaar 2013"].acties!.map((x) => [x.sleutel, x.oordeel]));
    const changed = [...after].filter(([k, v]) => before.get(k) !== v).map(([k]) => k);
    expect(b.acties!.map((x) => x.sleutel)).toEqual(changed);
    // Still red in najaar: the two actions without a delivery date (Nog / Nader te bepalen) are not time-bound.
    const red = json["Najaar 2013"].acties!.filter((x) => x.oordeel === "rood");
    expect(red.map((x) => [x.sleutel, x.regel, x.opleverdatum ?? null])).toEqual([
      ["6", "niet_tijdgebonden", null],
      ["25", "niet_tijdgebonden", null],
    ]);
    expect(b.oud.meetmoment).toBe("Voorjaar 2013");
    expect(b.nieuw.meetmoment).toBe("Najaar 2013");
  });

  test("the national workbook of a round, read back by openpyxl", () => {
    const input = memoryInput(DEF, { vul: taskforceFormatFill(DEF, CSV, "Najaar 2013") }, "najaar.xlsx");
    const sheets = nationalByOpenpyxl(DEF, national(DEF, [input]), path.join(dir, "landelijk.xlsx"));
    expect(Object.keys(sheets)).toEqual(expect.arrayContaining(["Overzicht acties", "Planning landelijk"]));
    const rows = sheets["Planning landelijk"].map((r) =>
      r.map((c) => (c === null ? "" : String(c))).join("|"),
    );
    expect(rows.some((r) => r.includes("Gereed (planningsstappen)"))).toBe(true);
  });
});
