/**
 * The series core on explicit small national rounds (three regions, two milestones): per unit its judgement
 * per round, the units that moved most, per milestone its figures per round, and the order by peildatum.
 * Expected values are written out by hand from the rounds below.
 */
import type { NationalJson } from "../../src/core/engine/json";
import { findMonitor } from "../../src/core/model";
import { buildSeries } from "../../src/core/series/series";

type Rag = "groen" | "oranje" | "rood" | "grijs";
const rag = (groen: number, oranje: number, rood: number, grijs: number) => ({ groen, oranje, rood, grijs });

/** A round of three regions: their judgements (null: not received) and milestones M1 (gerealiseerd) and M2. */
function round(
  peildatum: string,
  units: Record<string, Rag | null>,
  m1: number,
  m2Label = "Werkplan",
): NationalJson {
  return {
    definitie: { id: "rak-2008-2010", versie: "1.0" },
    verwacht: 3,
    ontvangen: Object.values(units).filter((x) => x !== null).length,
    mijlpalen: [
      {
        code: "M1",
        mijlpaal: "Intentieverklaring",
        gerealiseerd: m1,
        waarvanGedeeltelijk: 0,
        percentageGerealiseerd: Math.round((m1 / 3) * 1000) / 10,
        status: {},
        rag: rag(m1, 0, 3 - m1, 0),
      },
      {
        code: "M2",
        mijlpaal: m2Label,
        gerealiseerd: 0,
        waarvanGedeeltelijk: 0,
        percentageGerealiseerd: 0,
        status: {},
        rag: rag(0, 0, 3, 0),
      },
    ],
    regios: Object.entries(units).map(([regio, r]) => ({
      regio,
      ontvangen: r !== null,
      bestand: r === null ? null : `${regio}.xlsx`,
      meetmoment: r === null ? null : "Eindfoto",
      peildatum: r === null ? null : peildatum,
      invulgraad: null,
      rag: r,
      ragUitleg: "",
      fouten: 0,
      waarschuwingen: 0,
      dubbel: [],
    })),
    bestanden: [],
  };
}

const R1 = round("01-03-2009", { Gouda: "rood", Utrecht: "oranje", Zeeland: "groen" }, 1);
const R2 = round("01-03-2010", { Gouda: "groen", Utrecht: "oranje", Zeeland: null }, 2);
const R3 = round(
  "15-01-2011",
  { Gouda: "oranje", Utrecht: "oranje", Zeeland: "rood" },
  3,
  "Regionaal werkplan",
);
const RAK = findMonitor("rak-2008-2010")!;

test("rounds given out of order are ordered by peildatum; per unit its judgement per round", () => {
  const r = buildSeries(
    [
      { json: R3, bestand: "r3.json" },
      { json: R1, bestand: "r1.json" },
      { json: R2, bestand: "r2.json" },
    ],
    RAK,
  );
  if (!r.ok) throw new Error(r.fout);
  const s = r.reeks;
  expect(s.rondes.map((x) => x.bestand)).toEqual(["r1.json", "r2.json", "r3.json"]);
  expect(s.regios.map((u) => [u.regio, u.perRonde.map((x) => x?.oordeel ?? null), u.stappen])).toEqual([
    // Gouda: rood → groen (3 steps) → oranje (2 steps).
    ["Gouda", ["rood", "groen", "oranje"], 5],
    ["Utrecht", ["oranje", "oranje", "oranje"], 0],
    // Zeeland: groen → (not received) → rood: 3 steps between the judged rounds.
    ["Zeeland", ["groen", null, "rood"], 3],
  ]);
  expect(s.meestBewogen.map((m) => [m.code, m.stappen, m.richting])).toEqual([
    ["Gouda", 5, "beter"],
    ["Zeeland", 3, "slechter"],
  ]);
  expect(s.mijlpalen[0].perRonde.map((x) => x?.gerealiseerd)).toEqual([1, 2, 3]);
  expect(s.wijzigingen).toEqual([
    {
      soort: "mijlpaal",
      code: "M2",
      omschrijving: "Regionaal werkplan",
      wijziging: "hernoemd",
      ronde: 3,
      vorigeOmschrijving: "Werkplan",
    },
  ]);
  // The definition's words.
  expect(s.woorden.mijlpaal).toEqual({ enkelvoud: "Mijlpaal", meervoud: "mijlpalen" });
  expect(s.woorden.eenheid).toEqual({ enkelvoud: "regio", meervoud: "regio's" });
});

test("fewer than two rounds, or rounds of two monitors, are refused in Dutch", () => {
  const one = buildSeries([{ json: R1, bestand: "r1.json" }], RAK);
  expect(one).toEqual({ ok: false, fout: expect.stringContaining("minstens twee metingen") });
  const other = { ...R2, definitie: { id: "bmc-2015", versie: "1.0" } };
  const two = buildSeries(
    [
      { json: R1, bestand: "r1.json" },
      { json: other, bestand: "bmc.json" },
    ],
    RAK,
  );
  expect(two).toEqual({
    ok: false,
    fout: expect.stringContaining("r1.json: rak-2008-2010; bmc.json: bmc-2015"),
  });
});
