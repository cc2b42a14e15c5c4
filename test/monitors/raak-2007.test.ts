/**
 * The RAAK checklist 2007 (raak-2007): per region each point of the plan (Aanwezig / Gedeeltelijk / Afwezig /
 * Onbekend) over the five levels of the zorgcontinuüm, and the municipalities of the region as open rows.
 * Its rules (completion, a wrong answer named by cell, open rows read, duplicates), its template written to
 * .xlsx and read back, and its national tables (JSON and workbook, the workbook read by openpyxl).
 */
import path from "node:path";
import { findMonitor } from "../../src/core/model";
import { scoreReturn } from "../../src/core/engine/score";
import { toNationalJson, NationalJsonSchema } from "../../src/core/engine/json";
import { isoToSerial } from "../../src/core/cells/dates";
import type { UnitFill } from "../../src/core/engine/template";
import { tempDir } from "../helpers/files";
import { buildReportHtml } from "../../src/report";
import { PUNTEN } from "../../src/core/model/builtins/raak-2007-items";
import {
  fileInput,
  memoryInput,
  national,
  nationalByOpenpyxl,
  readOk,
  setAt,
  templateSheetByOpenpyxl,
} from "./helpers-open";

const DEF = findMonitor("raak-2007")!;
const dir = tempDir("raak-2007-");

/** A return of `regio`: every point `stand` (or per point), and the given municipalities. */
function fill(
  regio: string,
  stand: (nr: string) => string = () => "Aanwezig",
  gemeenten: Record<string, string | null>[] = [],
): UnitFill {
  return {
    velden: {
      Regio: regio,
      Meetmoment: "Nulmeting",
      Peildatum: isoToSerial("2008-03-01"),
      "Ingevuld door": "Test",
    },
    rijen: {
      punten: Object.fromEntries(
        PUNTEN.map(([nr]) => {
          const s = stand(nr);
          return [nr, { stand: s, toelichting: s === "Gedeeltelijk" ? "Nog niet overal" : null }];
        }),
      ),
    },
    open: { gemeenten },
  };
}

const TWO: Record<string, string | null>[] = [
  { gemeente: "Gouda", deelname: "Ja", meldcode: "Aanwezig" },
  { gemeente: "Waddinxveen", deelname: "Gedeeltelijk", meldcode: "Afwezig", toelichting: "Start in 2008" },
];

test("the definition: 37 points over the five levels, the municipalities as open rows", () => {
  const punten = DEF.tabellen.find((t) => t.id === "punten");
  const gemeenten = DEF.tabellen.find((t) => t.id === "gemeenten");
  expect(punten?.vorm === "rijen" && punten.rijen.length).toBe(37);
  expect(punten?.vorm === "rijen" && [...new Set(punten.rijen.map((r) => r.waarden.niveau))]).toEqual([
    "Universele preventie",
    "Selectieve preventie",
    "Geïndiceerde preventie",
    "Vroege interventies bij risicotrajecten",
    "Hulpverlening en/of bescherming",
  ]);
  expect(gemeenten?.vorm === "rijen" && { rijen: gemeenten.rijen, open: gemeenten.open }).toEqual({
    rijen: [],
    open: { leeg: 20 },
  });
  expect(DEF.eenheden?.namen).toHaveLength(37);
});

test("a complete return: no issues, every point and both municipalities read, completion 100 %", () => {
  const r = readOk(DEF, memoryInput(DEF, { eenheid: "Gouda", vul: fill("Gouda", () => "Aanwezig", TWO) }));
  expect(r.issues).toEqual([]);
  expect(r.ret.tabellen.punten.map((p) => p.cellen.stand.tekst)).toEqual(PUNTEN.map(() => "Aanwezig"));
  expect(
    r.ret.open.gemeenten.map((g) => [g.sleutel, g.cellen.deelname.tekst, g.cellen.meldcode.tekst]),
  ).toEqual([
    ["Gouda", "Ja", "Aanwezig"],
    ["Waddinxveen", "Gedeeltelijk", "Afwezig"],
  ]);
  const s = scoreReturn(DEF, r.ret, r.issues);
  // 4 required fields + 37 points + per municipality Doet mee + Toelichting of the 'Gedeeltelijk' one.
  expect(s.invulgraad.totaal).toEqual({ vereist: 44, ingevuld: 44, onbekend: 0, fractie: 1 });
  expect(s.invulgraad.perBlad.Gemeenten).toEqual({ vereist: 3, ingevuld: 3, onbekend: 0, fractie: 1 });
  expect(s.voortgang?.fractie).toBe(1);
  expect(s.oordelen.punten.every((j) => j.rag === "groen" && j.regel === "aanwezig")).toBe(true);
});

test("the open rows count in the completion: an empty required cell of a municipality is named by its cell", () => {
  const input = memoryInput(DEF, { eenheid: "Gouda", vul: fill("Gouda", () => "Aanwezig", TWO) });
  setAt(input, "Gemeenten", "B3", null);
  const r = readOk(DEF, input);
  expect(r.issues.map((i) => [i.code, i.cel])).toEqual([["verplicht_leeg", "B3"]]);
  expect(r.issues[0].bericht).toContain("Doet mee aan de regionale aanpak van gemeente Waddinxveen");
  const s = scoreReturn(DEF, r.ret, r.issues);
  // The Toelichting of Waddinxveen is no longer required (it depends on Doet mee).
  expect(s.invulgraad.perBlad.Gemeenten).toEqual({ vereist: 2, ingevuld: 1, onbekend: 0, fractie: 0.5 });
  expect([s.invulgraad.totaal.vereist, s.invulgraad.totaal.ingevuld]).toEqual([43, 42]);
  expect(s.invulling.uitleg).toBe("Rood: 1 fout (invulgraad 97,7 %).");
});

test("a wrong answer is named by its cell, in a fixed row and in an open row", () => {
  const input = memoryInput(DEF, { eenheid: "Gouda", vul: fill("Gouda", () => "Aanwezig", TWO) });
  setAt(input, "Checklist", "D5", "Misschien"); // A4
  setAt(input, "Gemeenten", "C2", "Soms"); // Gouda, Meldcode
  const r = readOk(DEF, input);
  expect(r.issues.map((i) => [i.code, i.blad, i.cel])).toEqual([
    ["ongeldig_antwoord", "Checklist", "D5"],
    ["ongeldig_antwoord", "Gemeenten", "C2"],
  ]);
  expect(r.issues[0].bericht).toContain("'Misschien' is geen geldig antwoord");
  const j = scoreReturn(DEF, r.ret, r.issues).oordelen.punten.find((x) => x.sleutel === "A4")!;
  expect([j.rag, j.regel]).toEqual(["grijs", "niet_te_beoordelen"]);
});

test("open rows: a duplicate municipality and a row without a name are reported and not read", () => {
  const input = memoryInput(DEF, {
    eenheid: "Gouda",
    vul: fill("Gouda", () => "Aanwezig", [
      ...TWO,
      { gemeente: "gouda ", deelname: "Nee", toelichting: "Dubbel" },
      { gemeente: null, deelname: "Ja" },
    ]),
  });
  const r = readOk(DEF, input);
  expect(r.issues.map((i) => [i.code, i.cel])).toEqual([
    ["rij_dubbel", "A4"],
    ["open_rij_sleutel_leeg", "A5"],
  ]);
  expect(r.issues[0].bericht).toContain("staat twee keer op blad 'Gemeenten' (ook in rij 2)");
  expect(r.ret.open.gemeenten.map((g) => g.sleutel)).toEqual(["Gouda", "Waddinxveen"]);
  // An unknown point in the checklist (no open rows there) is reported as before.
  setAt(input, "Checklist", "A5", "Z9");
  const codes = readOk(DEF, input).issues.map((i) => i.code);
  expect(codes).toEqual(expect.arrayContaining(["rij_onbekend", "vaste_rij_ontbreekt"]));
});

test("the template: 20 empty municipality rows with lists, unprotected; written to .xlsx and read back", async () => {
  const file = path.join(dir, "gouda.xlsx");
  const input = await fileInput(
    DEF,
    { eenheid: "Gouda", vul: fill("Gouda", () => "Gedeeltelijk", TWO) },
    file,
  );
  const seen = templateSheetByOpenpyxl(file, "Gemeenten");
  expect(seen.tables).toEqual({ tblGemeenten: "A1:E21" });
  expect(seen.protected).toBe(false);
  expect(seen.validations.join("\n")).toMatch(/B2:B21 /);
  expect(seen.validations.join("\n")).toMatch(/C2:C21 /);
  expect(templateSheetByOpenpyxl(file, "Checklist").protected).toBe(true);
  const r = readOk(DEF, input);
  expect(r.issues).toEqual([]);
  expect(r.ret.open.gemeenten.map((g) => g.label)).toEqual(["Gouda", "Waddinxveen"]);
  expect(r.ret.tabellen.punten.every((p) => p.cellen.stand.tekst === "Gedeeltelijk")).toBe(true);
});

describe("national tables: three regions of 37 return", () => {
  const returns = [
    memoryInput(DEF, { eenheid: "Gouda", vul: fill("Gouda", () => "Aanwezig", TWO) }, "gouda.xlsx"),
    memoryInput(
      DEF,
      { eenheid: "Leiden", vul: fill("Leiden", (nr) => (nr.startsWith("A") ? "Afwezig" : "Onbekend")) },
      "leiden.xlsx",
    ),
    memoryInput(
      DEF,
      {
        eenheid: "Utrecht",
        vul: fill("Utrecht", (nr) => (nr === "A1" ? "Gedeeltelijk" : "Aanwezig"), [
          { gemeente: "Utrecht", deelname: "Nee", toelichting: "Eigen aanpak" },
        ]),
      },
      "utrecht.xlsx",
    ),
  ];
  const report = national(DEF, returns);
  const json = toNationalJson(DEF, report);

  test("vragen[]: per point the options over all 37 regions, with Gegevens onbekend and totaal", () => {
    expect(NationalJsonSchema.parse(JSON.parse(JSON.stringify(json)))).toEqual(json);
    expect(json.ontvangen).toBe(3);
    const a1 = json.vragen!.find((v) => v.nr === "A1")!;
    expect(a1.opties).toEqual([
      { antwoord: "Aanwezig", aantal: 1, percentage: 2.7 },
      { antwoord: "Gedeeltelijk", aantal: 1, percentage: 2.7 },
      { antwoord: "Afwezig", aantal: 1, percentage: 2.7 },
    ]);
    expect(a1.gegevensOnbekend).toEqual({ aantal: 34, percentage: 91.9 });
    expect(a1.totaal).toBe(37);
    const e1 = json.vragen!.find((v) => v.nr === "E1")!;
    // Leiden answered Onbekend: Gegevens onbekend, with the 34 regions without a return.
    expect(e1.opties.map((o) => o.aantal)).toEqual([2, 0, 0]);
    expect(e1.gegevensOnbekend.aantal).toBe(35);
  });

  test("vragen[]: the municipalities (open rows) counted per choice column over all their rows", () => {
    const d = json.vragen!.find((v) => v.nr === "gemeenten.deelname")!;
    expect(d).toEqual({
      nr: "gemeenten.deelname",
      // The number shown on the sheets and in the report instead of the internal key.
      nummer: "1",
      vraag: "Doet mee aan de regionale aanpak (gemeenten)",
      opties: [
        { antwoord: "Ja", aantal: 1, percentage: 33.3 },
        { antwoord: "Gedeeltelijk", aantal: 1, percentage: 33.3 },
        { antwoord: "Nee", aantal: 1, percentage: 33.3 },
      ],
      gegevensOnbekend: { aantal: 0, percentage: 0 },
      totaal: 3,
    });
    // The report to publish shows the number, never the key.
    const html = buildReportHtml(json);
    expect(html).toContain('<th scope="row">1</th><td>Doet mee aan de regionale aanpak (gemeenten)</td>');
    expect(html).not.toContain("gemeenten.deelname");
    const m = json.vragen!.find((v) => v.nr === "gemeenten.meldcode")!;
    expect([m.opties.map((o) => o.aantal), m.gegevensOnbekend.aantal]).toEqual([[1, 0, 1], 1]);
  });

  test("groepen[]: per level over every region, the 34 without a return as (leeg of ongeldig) and Grijs", () => {
    const g = json.groepen![0];
    expect(g.titel).toBe("Per niveau van het zorgcontinuüm");
    expect(g.rijen.map((r) => r.waarde)).toEqual([
      "Universele preventie",
      "Selectieve preventie",
      "Geïndiceerde preventie",
      "Vroege interventies bij risicotrajecten",
      "Hulpverlening en/of bescherming",
    ]);
    const a = g.rijen[0];
    // 9 points × 37 regions; Gouda 9 Aanwezig, Utrecht 8 Aanwezig + 1 Gedeeltelijk, Leiden 9 Afwezig.
    expect(a.acties).toBe(333);
    expect(a.perStatus).toEqual({
      Aanwezig: 17,
      Gedeeltelijk: 1,
      Afwezig: 9,
      Onbekend: 0,
      "(leeg of ongeldig)": 306,
    });
    expect(a.kleuren).toEqual({ groen: 17, oranje: 1, rood: 9, grijs: 306 });
    expect(g.totaal.acties).toBe(37 * 37);
    // acties[] carry their region.
    expect(json.acties!.filter((x) => x.sleutel === "A1").map((x) => [x.eenheid, x.oordeel])).toEqual([
      ["Gouda", "groen"],
      ["Leiden", "rood"],
      ["Utrecht", "oranje"],
    ]);
  });

  test("the national workbook, read back by openpyxl: the point, level and municipality tables", () => {
    const sheets = nationalByOpenpyxl(DEF, report, path.join(dir, "landelijk.xlsx"));
    expect(Object.keys(sheets)).toEqual(
      expect.arrayContaining(["Retouren", "Checklist landelijk", "Per niveau", "Gemeenten landelijk"]),
    );
    const flat = (s: string) => sheets[s].map((r) => r.map((c) => (c === null ? "" : String(c))).join("|"));
    const a1 = flat("Checklist landelijk").find((r) => r.includes("Voorlichtingscampagnes"))!;
    expect(a1).toMatch(/A1\|/);
    // The municipalities' columns are numbered 1, 2, ... with their label; their internal keys
    // (gemeenten.deelname) stay in the JSON and never show on the sheet.
    expect(flat("Gemeenten landelijk")).toContain("1|Doet mee aan de regionale aanpak (gemeenten)||||");
    expect(flat("Gemeenten landelijk").filter((r) => r.startsWith("1|")).length).toBeGreaterThan(3);
    expect(flat("Gemeenten landelijk").filter((r) => r.includes("gemeenten."))).toEqual([]);
    expect(flat("Per niveau").some((r) => r.startsWith("Universele preventie|333"))).toBe(true);
  });
});
