/**
 * National aggregation of the one engine for the action monitors (no units): the 2013 and 2018 example
 * workbooks (built from the old action template and fills, as the parity tests do) give the figures of
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
import { findMonitor } from "../../src/core/model";
import { compareRounds, parseNationalExport } from "../../src/core/compare/compare";
import { layoutComparison } from "../../src/core/compare/layout";
import { findActionDefinition } from "../legacy/core/definition";
import {
  buildActionTemplate,
  checkActionWorkbook,
  ghnt2018Fills,
  taskforce2013Fills,
  type ActionFill,
} from "../legacy/core/actions";
import { inputFromModel } from "../legacy/inputs";

const csv = readFileSync(path.join(__dirname, "../../data/taskforce-acties-2013.csv"), "utf8");
const M13 = findMonitor("actiemonitor-2013")!;
const M18 = findMonitor("ghnt-2018")!;
const fills13 = () => taskforce2013Fills(findActionDefinition("actiemonitor-2013")!, csv);
const fills18 = () => ghnt2018Fills(findActionDefinition("ghnt-2018")!);

function entry(id: string, fills: Record<string, ActionFill>, bestand: string): ReturnEntry {
  const input = inputFromModel(buildActionTemplate(findActionDefinition(id)!, fills), bestand);
  return { bestand, result: readReturn(findMonitor(id)!, input) };
}

/** The stored `check --json` of the example workbook: the one report envelope, with `landelijk`. */
interface CheckGolden {
  landelijk: Record<string, unknown> & { kleuren: Record<string, number> };
}
const golden = (id: string) =>
  JSON.parse(readFileSync(path.join(__dirname, `../golden/${id}-check.json`), "utf8")) as CheckGolden;

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

test("2013: Groen 11 · Oranje 0 · Rood 1 · Grijs 13; per actiehouder; shift 17 / 6 / 2", () => {
  const e = entry("actiemonitor-2013", fills13(), "actiemonitor-2013.xlsx");
  const r = aggregate(M13, [e]);
  expect(r.verwacht).toBe(0);
  expect(r.ontvangen).toBe(1);
  expect(r.eenheden).toEqual([]);
  expect(r.totaal).toMatchObject({ aantal: 25, rag: { groen: 11, oranje: 0, rood: 1, grijs: 13 } });
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

test.each(["actiemonitor-2013", "ghnt-2018"])(
  "%s: the national JSON has the summary and the actions of the stored check --json",
  (id) => {
    const M = findMonitor(id)!;
    const fills = id === "ghnt-2018" ? fills18() : fills13();
    const j = toNationalJson(M, aggregate(M, [entry(id, fills, `${id}.xlsx`)]));
    // The stored check --json holds this national JSON of the one return (written by the command line).
    const g = golden(id).landelijk;
    const renamed = JSON.parse(JSON.stringify(j).split(`"${id}.xlsx"`).join(`"${id}-voorbeeld.xlsx"`));
    expect(renamed).toEqual(g);
    expect(asSummary(j).kleuren).toEqual(g.kleuren);
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
    findActionDefinition("actiemonitor-2013")!.rijen.find((r) => r.nr === nr)!.actiehouder;
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
    oud: { groen: 11, oranje: 0, rood: 1, grijs: 13 },
    nieuw: { groen: 11, oranje: 1, rood: 1, grijs: 12 },
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

// Parity with the old action report on the same workbooks, including odd fills (invalid status and dates,
// no-date texts, stated shifts, unknown shifts, criteria not set): the same groups, shifts and actions.
const STATUSES = ["Niet gestart", "Gestart", "Conform planning", "Vertraagd", "Voltooid", "Vervallen"];
const odd: Record<string, ActionFill> = {
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
test.each([
  ["2013 example", "actiemonitor-2013", fills13],
  ["2018 example", "ghnt-2018", fills18],
  ["2013 odd", "actiemonitor-2013", () => odd],
] as const)("%s: the same figures and actions as the old action report", (name, id, fills) => {
  const oldDef = findActionDefinition(id)!;
  const input = inputFromModel(buildActionTemplate(oldDef, fills()), "a.xlsx");
  const old = checkActionWorkbook(input, [oldDef]).report!;
  const M = findMonitor(id)!;
  const r = aggregate(M, [{ bestand: "a.xlsx", result: readReturn(M, input) }]);
  const strip = (g: {
    waarde: string;
    label: string;
    aantal: number;
    rag: unknown;
    perStatus: unknown;
    voltooid: number;
  }) => [g.waarde, g.label, g.aantal, g.rag, g.perStatus, g.voltooid];
  expect(strip(r.totaal!)).toEqual(strip(old.totaal));
  expect(r.groepen.map((g) => [g.titel, g.kolom, g.rijen.map(strip)])).toEqual(
    old.groepen.map((g) => [g.titel, g.kolom, g.rijen.map(strip)]),
  );
  expect(r.verschuiving).toEqual(old.verschuiving);
  expect(r.rijen.acties.map((j) => [j.row.sleutel, j.oordeel.rag, j.oordeel.regel, j.verschuiving])).toEqual(
    old.acties.map((j) => [j.actie.sleutel, j.oordeel.rag, j.oordeel.regel, j.verschuiving]),
  );
  if (name === "2013 odd") {
    expect(r.verschuiving.map((s) => s.categorie)).toContain("onbekend");
    expect(r.totaal!.perStatus["(leeg of ongeldig)"]).toBeGreaterThan(0);
  }
});
