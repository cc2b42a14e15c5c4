/**
 * National aggregation of the one engine for the action monitors (no units): the 2013 and 2018 example
 * workbooks (built by buildTemplate with the example fills of src/examples/fills.ts) give the figures of
 * the publications and the same summary as the stored `check --json` reports; two per-actiehouder returns
 * combine to the same national figures as one workbook.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { readReturn } from "../../src/core/engine/read";
import { aggregate } from "../../src/core/engine/national";
import { scoreReturn } from "../../src/core/engine/score";
import { toNationalJson, NationalJsonSchema, type NationalJson } from "../../src/core/engine/json";
import type { ReturnEntry } from "../../src/core/engine/national-types";
import { findMonitor, rowsTable } from "../../src/core/model";
import { buildTemplate, type FillValue } from "../../src/core/engine/template";
import { ghnt2018Fill, taskforce2013Fill } from "../../src/examples/fills";
import { compareRounds, parseNationalExport } from "../../src/core/compare/compare";
import { layoutComparison } from "../../src/core/layout/compare";
import { inputFromModel } from "../helpers/inputs";

const csv = readFileSync(path.join(__dirname, "../../data/taskforce-acties-2013.csv"), "utf8");
const M13 = findMonitor("actiemonitor-2013")!;
const M18 = findMonitor("ghnt-2018")!;
/** The filled-in action rows of a return: action key → column id → value. */
type ActionRows = Record<string, Record<string, FillValue>>;
const fills13 = (): ActionRows => taskforce2013Fill(M13, csv).rijen!.acties;
const fills18 = (): ActionRows => ghnt2018Fill(M18).rijen!.acties;

function entry(id: string, fills: ActionRows, bestand: string): ReturnEntry {
  const M = findMonitor(id)!;
  const input = inputFromModel(buildTemplate(M, { vul: { rijen: { acties: fills } } }), bestand);
  return { bestand, result: readReturn(M, input) };
}

/** The national JSON's figures in the shape of `check --json`'s summary. */
function asSummary(j: NationalJson) {
  return {
    acties: j.acties!.length,
    kleuren: j.kleuren,
    voltooid: j.voltooid,
    perStatus: j.perStatus,
    groepen: j.groepen!.map((g) => ({
      titel: g.titel,
      rijen: omit(g.rijen, "percentageVoltooid"),
    })),
    verschuiving: j.verschuiving,
  };
}
/** A copy of each object without the given keys. */
function omit<T extends object>(xs: readonly T[], ...keys: string[]): Record<string, unknown>[] {
  return xs.map((x) => Object.fromEntries(Object.entries(x).filter(([k]) => !keys.includes(k))));
}
const withoutFile = (j: NationalJson) => omit(j.acties!, "bestand", "label");

test("2013: Groen 11 · Oranje 3 · Rood 3 · Grijs 8; per actiehouder; shift 17 / 6 / 2", () => {
  const e = entry("actiemonitor-2013", fills13(), "actiemonitor-2013.xlsx");
  const r = aggregate(M13, [e]);
  expect(r.verwacht).toBe(0);
  expect(r.ontvangen).toBe(1);
  expect(r.eenheden).toEqual([]);
  // The published postponements (seeds 000 l. 787 ff.): six months Oranje (15, 17, 20), a year or more Rood
  // (12, 23), with 25 (no end date) Rood; 7 has no set criteria and stays Grijs.
  expect(r.totaal).toMatchObject({ aantal: 25, rag: { groen: 11, oranje: 3, rood: 3, grijs: 8 } });
  expect(r.groepen).toHaveLength(1);
  expect(r.groepen[0].rijen.map((g) => [g.label, g.aantal])).toEqual([
    ["VWS", 14],
    ["VenJ", 8],
    ["Reclassering Nederland", 2],
    ["Jeugdzorg Nederland", 1],
  ]);
  expect(r.verschuiving).toEqual([
    { categorie: "eerder of gelijk", aantal: 17, waarvanOpgegeven: 17 },
    { categorie: "later", aantal: 6, waarvanOpgegeven: 6 },
    { categorie: "zonder einddatum", aantal: 2, waarvanOpgegeven: 0 },
  ]);
  // The judgements are the unit score's, not judged again.
  if (!e.result.ok) throw new Error("unreadable");
  const own = scoreReturn(M13, e.result.ret, e.result.issues).oordelen.acties;
  expect(r.rijen.acties.map((j) => j.oordeel)).toEqual(own);
  expect(r.bestanden[0].status).toBe("meegeteld");
});

// Colour counts: actiemonitor-2013 counted by hand from data/taskforce-acties-2013.csv under the own rule
// (11 Groen, 3 Oranje, 3 Rood, 8 Grijs); GHNT 2018 as the overview shows them for the 95 actions.
const COLOURS: Record<string, { groen: number; oranje: number; rood: number; grijs: number }> = {
  "actiemonitor-2013": { groen: 11, oranje: 3, rood: 3, grijs: 8 },
  "ghnt-2018": { groen: 49, oranje: 17, rood: 5, grijs: 24 },
};

test.each(["actiemonitor-2013", "ghnt-2018"])(
  "%s: the national JSON has the summary and the actions, and only the keys of an action monitor",
  (id) => {
    const M = findMonitor(id)!;
    const fills = id === "ghnt-2018" ? fills18() : fills13();
    const j = toNationalJson(M, aggregate(M, [entry(id, fills, `${id}.xlsx`)]));
    expect(asSummary(j).kleuren).toEqual(COLOURS[id]);
    expect(j.acties!.length).toBe(Object.values(COLOURS[id]).reduce((a, b) => a + b, 0));
    expect(j.acties!.every((a) => a.bestand === `${id}.xlsx`)).toBe(true);
    expect(j.regios).toBeUndefined();
    expect(j.mijlpalen).toBeUndefined();
    expect(j.vragen).toBeUndefined();
    expect(j.bestanden).toEqual([
      { bestand: `${id}.xlsx`, regio: null, status: "meegeteld", reden: "", fouten: 0, waarschuwingen: 0 },
    ]);
    expect(NationalJsonSchema.parse(JSON.parse(JSON.stringify(j)))).toEqual(j);
  },
);

test("GHNT 2018: 95 actions, per actielijn 35/30/28/2, phases 57/38", () => {
  const r = aggregate(M18, [entry("ghnt-2018", fills18(), "ghnt.xlsx")]);
  expect(r.totaal!.aantal).toBe(95);
  const by = (titel: string) => r.groepen.find((g) => g.titel === titel)!;
  expect(by("Per actielijn").rijen.map((x) => x.aantal)).toEqual([35, 30, 28, 2]);
  expect(by("Per fase bij publicatie (2018)").rijen.map((x) => [x.waarde, x.aantal])).toEqual([
    ["Fase 1 concretiseren", 57],
    ["Fase 2 uitvoering", 38],
  ]);
  expect(by("Per bouwsteen").kolom).toBe("Bouwsteen nr / Bouwsteen");
  expect(by("Per bouwsteen").rijen[0].label).toBe("1.1 Bespreekbaar maken");
  // Without a stated-shift column every shift comes from the dates.
  expect(r.verschuiving.every((s) => s.waarvanOpgegeven === 0)).toBe(true);
  expect(r.verschuiving.reduce((a, s) => a + s.aantal, 0)).toBe(95);
});

test("two per-actiehouder returns of 2013 combine to the same national figures as one workbook", () => {
  const all = fills13();
  const houder = (nr: string) =>
    rowsTable(M13, "acties")!.rijen.find((r) => r.waarden.nr === nr)!.waarden.actiehouder;
  const part = (keep: (h: string) => boolean) =>
    Object.fromEntries(Object.entries(all).filter(([nr]) => keep(houder(nr))));
  const vws = entry(
    "actiemonitor-2013",
    part((h) => h === "VWS"),
    "retour-VWS.xlsx",
  );
  const rest = entry(
    "actiemonitor-2013",
    part((h) => h !== "VWS"),
    "retour-overig.xlsx",
  );
  const one = toNationalJson(M13, aggregate(M13, [entry("actiemonitor-2013", all, "een.xlsx")]));
  for (const order of [
    [vws, rest],
    [rest, vws],
  ]) {
    const r = aggregate(M13, order);
    const two = toNationalJson(M13, r);
    expect(two.ontvangen).toBe(2);
    expect(two.verwacht).toBe(0);
    expect(asSummary(two)).toEqual(asSummary(one));
    expect(withoutFile(two)).toEqual(withoutFile(one));
    // Each action is taken from the return in which its status is filled.
    for (const a of two.acties!)
      expect(a.bestand).toBe(a.actiehouder === "VWS" ? "retour-VWS.xlsx" : "retour-overig.xlsx");
    expect(two.bestanden.map((b) => [b.bestand, b.status])).toEqual([
      ["retour-overig.xlsx", "meegeteld"],
      ["retour-VWS.xlsx", "meegeteld"],
    ]);
    expect(r.issues).toEqual([]);
  }
});

test("an action filled in two returns: the first file by name counts, the other gets an issue", () => {
  const all = fills13();
  const a = entry("actiemonitor-2013", all, "a.xlsx");
  const changed = { ...all, "5": { ...all["5"], status: "Voltooid" } };
  const b = entry("actiemonitor-2013", { "5": changed["5"] }, "b.xlsx");
  for (const order of [
    [a, b],
    [b, a],
  ]) {
    const r = aggregate(M13, order);
    const row5 = r.rijen.acties.find((j) => j.row.sleutel === "5")!;
    expect(row5.bestand).toBe("a.xlsx");
    expect(row5.row.cellen.status.tekst).toBe(all["5"].status);
    expect(r.issues.map((i) => [i.code, i.bestand, i.cel])).toEqual([
      ["rij_in_meer_retouren", "b.xlsx", row5.row.bron!.cel],
    ]);
    expect(r.issues[0].severity).toBe("waarschuwing");
    expect(r.issues[0].bericht).toBe(
      `Dubbel, niet meegeteld: Actie 5 (Acties!${row5.row.bron!.cel}) is ook ingevuld in 'a.xlsx'; die rij telt. Laat de rij leeg in alle retouren behalve één.`,
    );
    expect(r.totaal!.aantal).toBe(25);
  }
});

test("an unreadable file is skipped; without any readable return the tables are empty", () => {
  const bad: ReturnEntry = {
    bestand: "kapot.xlsx",
    result: readReturn(M13, { bestand: "kapot.xlsx", definitie: null, bladen: [], grids: [] }),
  };
  const r = aggregate(M13, [bad]);
  expect(r.ontvangen).toBe(0);
  expect(r.bestanden[0]).toMatchObject({ status: "overgeslagen", eenheid: null });
  expect(r.bestanden[0].reden.length).toBeGreaterThan(10);
  expect(r.totaal).toMatchObject({ aantal: 0, voltooid: 0, fractieVoltooid: 0 });
  const j = toNationalJson(M13, r);
  expect(j.acties).toEqual([]);
  expect(j.verschuiving).toEqual([
    { categorie: "eerder", aantal: 0, waarvanOpgegeven: 0 },
    { categorie: "gelijk", aantal: 0, waarvanOpgegeven: 0 },
    { categorie: "later", aantal: 0, waarvanOpgegeven: 0 },
    { categorie: "zonder einddatum", aantal: 0, waarvanOpgegeven: 0 },
  ]);
});

test("compare reads two action rounds: the colours and the actions whose colour changed", () => {
  const all = fills13();
  const next = {
    ...all,
    "1": { ...all["1"], status: "Vertraagd", toelichting: "Later dan gepland." },
    "2": { ...all["2"], kwaliteitseisen: "Vastgesteld", status: "Conform planning" },
  };
  const oud = toNationalJson(M13, aggregate(M13, [entry("actiemonitor-2013", all, "2013-1.xlsx")]));
  const nieuw = toNationalJson(M13, aggregate(M13, [entry("actiemonitor-2013", next, "2013-2.xlsx")]));
  const parsed = parseNationalExport(JSON.stringify(oud), "oud.json");
  if (!parsed.ok) throw new Error(parsed.fouten.join("\n"));
  const c = compareRounds(parsed.json, nieuw, { oud: "oud.json", nieuw: "nieuw.json" });
  expect(c.kleuren).toEqual({
    oud: { groen: 11, oranje: 3, rood: 3, grijs: 8 },
    nieuw: { groen: 11, oranje: 4, rood: 3, grijs: 7 },
    verschil: { groen: 0, oranje: 1, rood: 0, grijs: -1 },
  });
  expect(c.acties).toEqual([
    {
      sleutel: "1",
      label: "Multidisciplinaire aanpak ondersteunen en evalueren",
      oud: "groen",
      nieuw: "oranje",
      richting: "slechter",
    },
    {
      sleutel: "2",
      label: "Evalueren regierol gemeenten kindermishandeling",
      oud: "grijs",
      nieuw: "groen",
      richting: "beter",
    },
  ]);
  expect([c.mijlpalen, c.vragen, c.regios, c.nietVergeleken]).toEqual([[], [], [], []]);
  const m = layoutComparison(c);
  const first = m.rows.map((r) => r[0].v);
  expect(m.rows[1][0].v).toBe("Oud: oud.json · definitie actiemonitor-2013 versie 1.0 · 1 bestand meegeteld");
  expect(first).not.toContain("Vragenlijst — verdeling per gesloten vraag");
  const h = m.rows.findIndex((r) => r[0].v === "Actie" && r[1].v === "Omschrijving");
  expect(m.rows.slice(h + 1, h + 3).map((r) => [r[0].v, r[2].v, r[3].v, r[4].v])).toEqual([
    ["1", "Groen", "Oranje", "slechter"],
    ["2", "Grijs", "Groen", "beter"],
  ]);
  expect(first).toContain(
    "Acties met ander oordeel — 2 (beter 1, slechter 1); volgorde Rood > Oranje > Grijs > Groen",
  );
  // The same round twice: no action changed colour.
  expect(compareRounds(oud, oud).acties).toEqual([]);
});

// Odd fills (invalid status and dates, no-date texts, stated shifts, unknown shifts, criteria not set): the
// figures, groups, shifts and judgements written out (the example workbooks by the published figures, docs/gepubliceerde-cijfers.md).
const STATUSES = ["Niet gestart", "Gestart", "Conform planning", "Vertraagd", "Voltooid", "Vervallen"];
const odd: ActionRows = {
  ...Object.fromEntries(
    STATUSES.map((s, i) => [
      String(i + 1),
      {
        kwaliteitseisen: "Vastgesteld",
        status: s,
        opleverdatum: "Medio 2014",
        nulmeting: "begin 2014",
        toelichting: "t",
      },
    ]),
  ),
  "7": {
    kwaliteitseisen: "Vastgesteld",
    status: "Vertraagd",
    opleverdatum: "Nog te bepalen",
    toelichting: "t",
  },
  "8": { kwaliteitseisen: "Vastgesteld", status: "Gestart", opleverdatum: "xx", nulmeting: "2014" },
  "9": { kwaliteitseisen: "Vastgesteld", status: "Gestart", opleverdatum: "2014", nulmeting: "juni 2013" },
  "10": {
    kwaliteitseisen: "Vastgesteld",
    status: "Gestart",
    opleverdatum: "december 2013",
    nulmeting: "juni 2013",
  },
  "11": { kwaliteitseisen: "Vastgesteld", status: "Half", opleverdatum: "2014" },
  "12": { kwaliteitseisen: "Misschien", status: "Gestart" },
  "13": { kwaliteitseisen: "Vastgesteld", status: "Gestart", opleverdatum: "2014", verschuiving: "later" },
  "14": {
    kwaliteitseisen: "Vastgesteld",
    status: "Gestart",
    opleverdatum: "2014",
    nulmeting: "2013",
    verschuiving: "eerder",
  },
  "15": { kwaliteitseisen: "Vastgesteld", status: "Gestart" },
};
test("2013 odd fills: the totals, the group per actiehouder, the shifts and each action's rule", () => {
  const r = aggregate(M13, [entry("actiemonitor-2013", odd, "a.xlsx")]);
  const empty = {
    "Niet gestart": 0,
    Gestart: 0,
    "Conform planning": 0,
    Vertraagd: 0,
    Voltooid: 0,
    Vervallen: 0,
  };
  expect(r.totaal).toMatchObject({
    label: "Totaal",
    aantal: 25,
    rag: { groen: 2, oranje: 4, rood: 4, grijs: 15 },
    perStatus: {
      ...empty,
      "Niet gestart": 1,
      Gestart: 8,
      "Conform planning": 1,
      Vertraagd: 2,
      Voltooid: 1,
      Vervallen: 1,
      "(leeg of ongeldig)": 11,
    },
    voltooid: 1,
  });
  expect(r.groepen.map((g) => [g.titel, g.kolom])).toEqual([["Per actiehouder", "Actiehouder"]]);
  expect(
    r.groepen[0].rijen.map((g) => [g.waarde, g.label, g.aantal, g.rag, g.perStatus, g.voltooid]),
  ).toEqual([
    [
      "VWS",
      "VWS",
      14,
      { groen: 2, oranje: 3, rood: 3, grijs: 6 },
      {
        ...empty,
        "Niet gestart": 1,
        Gestart: 5,
        "Conform planning": 1,
        Vertraagd: 2,
        Voltooid: 1,
        Vervallen: 1,
        "(leeg of ongeldig)": 3,
      },
      1,
    ],
    [
      "VenJ",
      "VenJ",
      8,
      { groen: 0, oranje: 0, rood: 1, grijs: 7 },
      { ...empty, Gestart: 2, "(leeg of ongeldig)": 6 },
      0,
    ],
    [
      "Reclassering Nederland",
      "Reclassering Nederland",
      2,
      { groen: 0, oranje: 1, rood: 0, grijs: 1 },
      { ...empty, Gestart: 1, "(leeg of ongeldig)": 1 },
      0,
    ],
    [
      "Jeugdzorg Nederland",
      "Jeugdzorg Nederland",
      1,
      { groen: 0, oranje: 0, rood: 0, grijs: 1 },
      { ...empty, "(leeg of ongeldig)": 1 },
      0,
    ],
  ]);
  expect(r.verschuiving).toEqual([
    { categorie: "eerder", aantal: 0, waarvanOpgegeven: 0 },
    { categorie: "gelijk", aantal: 0, waarvanOpgegeven: 0 },
    { categorie: "later", aantal: 10, waarvanOpgegeven: 1 },
    { categorie: "zonder einddatum", aantal: 13, waarvanOpgegeven: 0 },
    { categorie: "onbekend", aantal: 2, waarvanOpgegeven: 0 },
  ]);
  const later = { categorie: "later", bron: "datums" };
  const none = { categorie: "zonder einddatum", bron: "datums" };
  const unknown = { categorie: null, bron: "onbekend" };
  expect(
    r.rijen.acties.slice(0, 16).map((j) => [j.row.sleutel, j.oordeel.rag, j.oordeel.regel, j.verschuiving]),
  ).toEqual([
    ["1", "oranje", "binnen_marge", later],
    ["2", "oranje", "binnen_marge", later],
    ["3", "groen", "status_groen", later],
    ["4", "oranje", "binnen_marge", later],
    ["5", "groen", "status_groen", later],
    ["6", "grijs", "niet_beoordeeld", later],
    ["7", "rood", "zonder_einddatum", none],
    ["8", "grijs", "datum_ongeldig", unknown],
    ["9", "rood", "buiten_marge", later],
    ["10", "oranje", "binnen_marge", later],
    ["11", "grijs", "status_onbekend", unknown],
    ["12", "grijs", "kwaliteitseisen", none],
    ["13", "grijs", "nulmeting_onbekend", { categorie: "later", bron: "opgegeven" }],
    ["14", "rood", "buiten_marge", later],
    ["15", "rood", "zonder_einddatum", none],
    ["16", "grijs", "kwaliteitseisen", none],
  ]);
  // Rows 16–25 are not filled in: grey.
  expect(r.rijen.acties.slice(16).every((j) => j.oordeel.rag === "grijs")).toBe(true);
});
