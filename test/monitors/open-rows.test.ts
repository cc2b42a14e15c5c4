/**
 * Open rows in the one model, for any monitor: a rows table with fixed rows and rows the unit adds (mixed),
 * its template and reading, and the definition checks of `open`.
 */
import { loadMonitorValue, parseMonitor, type MonitorInput } from "../../src/core/model";
import { buildTemplate } from "../../src/core/engine/template";
import { scoreReturn } from "../../src/core/engine/score";
import { memoryInput, readOk, setAt } from "./helpers-open";

/** A small monitor: fixed steps S1 and S2, and steps of its own that a unit adds below them. */
const MIXED: MonitorInput = {
  model: 2,
  id: "stappen",
  versie: "1",
  naam: "Stappen",
  schalen: { klaar: { opties: [{ label: "Ja", gewicht: 1 }, { label: "Nee" }] } },
  tabellen: [
    {
      id: "stappen",
      vorm: "rijen",
      blad: "Stappen",
      tabel: "tblStappen",
      rijNaam: "Stap",
      rijNaamMeervoud: "stappen",
      sleutel: "code",
      label: "stap",
      hoofdkolom: "klaar",
      kolommen: [
        { id: "code", kop: "Code", vast: true, essentieel: true },
        { id: "stap", kop: "Stap", vast: true },
        { id: "klaar", kop: "Klaar", type: "keuze", schaal: "klaar", verplicht: true },
        { id: "datum", kop: "Datum", type: "datum" },
      ],
      rijen: [{ waarden: { code: "S1", stap: "Plan" } }, { waarden: { code: "S2", stap: "Uitvoering" } }],
      open: { leeg: 3 },
    },
  ],
  scores: { invulling: { groen: 100, oranje: 80 }, voortgang: { tabel: "stappen" } },
  landelijk: [{ soort: "antwoorden", blad: "Landelijk", tabel: "stappen" }],
  rag: {
    volgorde: ["rood", "oranje", "grijs", "groen"],
    labels: { groen: "Groen", oranje: "Oranje", rood: "Rood", grijs: "Grijs" },
  },
};
const DEF = parseMonitor(MIXED);

test("the template of a mixed table: the fixed rows, then empty rows to type in, on an unprotected sheet", () => {
  const t = buildTemplate(DEF).tables[0];
  expect(t.rows).toEqual([
    ["S1", "Plan", null, null],
    ["S2", "Uitvoering", null, null],
    [null, null, null, null],
    [null, null, null, null],
    [null, null, null, null],
  ]);
  expect(t.editable).toEqual([true, true, true, true]);
  expect(t.protect).toBe(false);
  // The list of Klaar on every row, fixed and open.
  expect(t.lists.filter((l) => l.col === 2).map((l) => l.row)).toEqual([0, 1, 2, 3, 4]);
  expect(t.formats[3]).toBe("dd-mm-yyyy");
});

test("a mixed table read: fixed rows by key, the unit's own rows as open rows, all in the completion", () => {
  const input = memoryInput(DEF, {
    vul: {
      rijen: { stappen: { S1: { klaar: "Ja" }, S2: { klaar: "Nee" } } },
      open: { stappen: [{ code: "E1", stap: "Evaluatie", klaar: null, datum: "Eind 2014" }] },
    },
  });
  setAt(input, "Stappen", "B3", "Uitvoeren"); // a fixed text changed
  const r = readOk(DEF, input);
  expect(r.issues.map((i) => [i.code, i.cel])).toEqual([
    ["vaste_rij_gewijzigd", "B3"],
    ["verplicht_leeg", "C4"],
  ]);
  expect(r.ret.tabellen.stappen.map((x) => x.sleutel)).toEqual(["S1", "S2"]);
  expect(r.ret.open.stappen.map((x) => [x.sleutel, x.label, x.vast, x.cellen.datum.datum?.end])).toEqual([
    ["E1", "Evaluatie", { code: "E1", stap: "Evaluatie" }, "2014-12-31"],
  ]);
  const s = scoreReturn(DEF, r.ret, r.issues);
  expect(s.invulgraad.totaal).toEqual({ vereist: 3, ingevuld: 2, onbekend: 0, fractie: 2 / 3 });
  // Progress is over the fixed rows (the decision lists and progress judge fixed rows only).
  expect(s.voortgang?.fractie).toBe(0.5);
});

test("a fixed row missing from a mixed table is still reported; its key typed twice is a duplicate", () => {
  const input = memoryInput(DEF, {
    vul: { rijen: { stappen: { S1: { klaar: "Ja" }, S2: { klaar: "Ja" } } } },
  });
  setAt(input, "Stappen", "A3", "s1");
  const r = readOk(DEF, input);
  expect(r.issues.map((i) => [i.code, i.cel ?? null])).toEqual([
    ["rij_dubbel", "A3"],
    ["vaste_rij_ontbreekt", null],
  ]);
});

test("the definition checks of open rows: every mistake with its path", () => {
  const bad = structuredClone(MIXED) as MonitorInput & { tabellen: Record<string, unknown>[] };
  const t = bad.tabellen[0];
  t.open = { leeg: 3, sleutelUit: "elders", uniek: ["code", "kleur"] };
  bad.tabellen.push({ ...t, id: "leeg", blad: "Leeg", tabel: "tblLeeg", rijen: [], open: undefined });
  bad.tabellen.push({
    ...t,
    id: "vrij",
    blad: "Vrij",
    tabel: "tblVrij",
    kolommen: [
      { id: "code", kop: "Code" },
      { id: "klaar", kop: "Klaar", type: "keuze", schaal: "klaar" },
    ],
    label: "code",
    rijen: [],
    open: { sleutelUit: "vrij" },
  });
  (bad as { landelijk: unknown[] }).landelijk.push({
    soort: "groepen",
    blad: "Groepen",
    tabel: "stappen",
    titel: "Per stap",
    kolom: "stap",
  });
  const r = loadMonitorValue(bad);
  expect(r.ok).toBe(false);
  expect(!r.ok && r.fouten.map((i) => [i.code, i.bericht])).toEqual([
    [
      "definitie_kolom_bestaat_niet",
      "tabellen[0].open.uniek[1]: kolom 'kleur' bestaat niet. Kies code, stap, klaar of datum.",
    ],
    [
      "definitie_tabel_onbekend",
      "tabellen[0].open.sleutelUit: de tabel 'elders' bestaat niet. Schrijf de code van een tabel met rijen: stappen, leeg, vrij; of maak de cel leeg.",
    ],
    [
      "definitie_tabel_zonder_rijen",
      "tabellen[1].rijen: deze tabel heeft geen rijen. Zet de rijen op het blad 'Rijen', of geef de tabel open rijen.",
    ],
    [
      "definitie_tabel_zelf",
      "tabellen[2].open.sleutelUit: een tabel kan niet naar zichzelf verwijzen. Kies een andere tabel.",
    ],
    [
      "definitie_groepen_zonder_oordeel",
      "landelijk[1]: 'groepen' telt beoordeelde rijen, maar tabel 'stappen' heeft geen oordeel. Zet regels op het blad 'Oordeel', of kies een andere soort.",
    ],
  ]);
  // A table of open rows alone may have a key the unit fills in; with fixed rows the key must be fixed.
  const fixedKey = structuredClone(MIXED) as MonitorInput & {
    tabellen: { kolommen: { vast?: boolean }[] }[];
  };
  fixedKey.tabellen[0].kolommen[0].vast = false;
  const k = loadMonitorValue(fixedKey);
  expect(!k.ok && k.fouten.map((i) => [i.code, i.bericht])).toEqual([
    [
      "definitie_kolom_vast",
      "tabellen[0].sleutel: kolom 'code' moet vast zijn. Zet bij die kolom Vast = ja, of kies een vaste kolom.",
    ],
    [
      "definitie_geen_vaste_kolom",
      "tabellen[0].rijen[0].waarden.code: 'code' is geen vaste kolom van deze tabel. Maak de waarde leeg, of maak de kolom vast.",
    ],
    [
      "definitie_geen_vaste_kolom",
      "tabellen[0].rijen[1].waarden.code: 'code' is geen vaste kolom van deze tabel. Maak de waarde leeg, of maak de kolom vast.",
    ],
  ]);
});
