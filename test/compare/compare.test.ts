/** The comparison rules on small hand-made exports: matching, shifts, RAG directions, validation, layout. */
import {
  RegionalNationalJsonSchema as NationalJsonSchema,
  type RegionalNationalJson as NationalJson,
} from "../../src/core/engine/json";
import {
  compareRounds,
  compareRoundsChecked,
  parseNationalExport,
  ragDirection,
  shift,
  MAX_MESSAGES,
} from "../../src/core/compare/compare";
import { layoutComparison, PP_FORMAT } from "../../src/core/layout/compare";
import { OWNED_MARKER } from "../../src/core/sheet-model";

type Rag = "groen" | "oranje" | "rood" | "grijs";

function region(regio: string, rag: Rag | null, peildatum = "01-03-2009", meetmoment = "Startfoto") {
  const ontvangen = rag !== null;
  return {
    regio,
    ontvangen,
    bestand: ontvangen ? `${regio}.xlsx` : null,
    meetmoment: ontvangen ? meetmoment : null,
    peildatum: ontvangen ? peildatum : null,
    invulgraad: ontvangen ? 100 : null,
    rag,
    ragUitleg: "",
    fouten: 0,
    waarschuwingen: 0,
    dubbel: [],
  };
}

function question(nr: string, counts: Record<string, number>, onbekend: number, n = 4) {
  return {
    nr,
    vraag: `Vraag ${nr}`,
    opties: Object.entries(counts).map(([antwoord, aantal]) => ({
      antwoord,
      aantal,
      percentage: Math.round((aantal / n) * 1000) / 10,
    })),
    gegevensOnbekend: { aantal: onbekend, percentage: Math.round((onbekend / n) * 1000) / 10 },
    totaal: n,
  };
}

function milestone(
  code: string,
  gerealiseerd: number,
  gedeeltelijk: number,
  rag: Record<Rag, number>,
  n = 4,
) {
  return {
    code,
    mijlpaal: `Mijlpaal ${code}`,
    gerealiseerd,
    waarvanGedeeltelijk: gedeeltelijk,
    percentageGerealiseerd: Math.round((gerealiseerd / n) * 1000) / 10,
    status: {},
    rag,
  };
}

function round(over: Partial<NationalJson>): NationalJson {
  return NationalJsonSchema.parse({
    definitie: { id: "rak-2008-2010", versie: "1.0" },
    verwacht: 4,
    ontvangen: 4,
    mijlpalen: [],
    vragen: [],
    regios: [],
    bestanden: [],
    open: [],
    ...over,
  });
}

const OUD = round({
  ontvangen: 3,
  mijlpalen: [
    milestone("M1", 1, 1, { groen: 0, oranje: 1, rood: 2, grijs: 1 }),
    milestone("M2", 4, 0, { groen: 4, oranje: 0, rood: 0, grijs: 0 }),
  ],
  vragen: [question("V1", { Alle: 1, "Een deel": 2, Geen: 0 }, 1), question("V2", { Ja: 3, Nee: 1 }, 0)],
  regios: [
    region("Delft", "oranje"),
    region("Ede", "rood"),
    region("Gouda", "groen"),
    region("Leiden", null),
  ],
});

const NIEUW = round({
  mijlpalen: [
    milestone("M1", 3, 0, { groen: 3, oranje: 0, rood: 1, grijs: 0 }),
    milestone("M2", 4, 0, { groen: 4, oranje: 0, rood: 0, grijs: 0 }),
  ],
  vragen: [question("V1", { Alle: 3, "Een deel": 1, Geen: 0 }, 0), question("V2", { Ja: 3, Nee: 1 }, 0)],
  regios: [
    region("Delft", "groen", "15-01-2011", "Eindfoto"),
    region("Ede", "rood", "14-01-2011", "Eindfoto"),
    region("Gouda", "grijs", "15-01-2011", "Eindfoto"),
    region("Leiden", "oranje", "15-01-2011", "Eindfoto"),
  ],
});

describe("compareRounds", () => {
  const c = compareRounds(OUD, NIEUW, { oud: "start.json", nieuw: "eind.json" });

  test("per closed question: the distribution then and now and the shift in percentage points", () => {
    const v1 = c.vragen[0];
    expect(v1.nr).toBe("V1");
    expect(v1.opties).toEqual([
      {
        antwoord: "Alle",
        oud: { aantal: 1, percentage: 25 },
        nieuw: { aantal: 3, percentage: 75 },
        verschil: 50,
      },
      {
        antwoord: "Een deel",
        oud: { aantal: 2, percentage: 50 },
        nieuw: { aantal: 1, percentage: 25 },
        verschil: -25,
      },
      {
        antwoord: "Geen",
        oud: { aantal: 0, percentage: 0 },
        nieuw: { aantal: 0, percentage: 0 },
        verschil: 0,
      },
    ]);
    expect(v1.gegevensOnbekend).toEqual({
      oud: { aantal: 1, percentage: 25 },
      nieuw: { aantal: 0, percentage: 0 },
      verschil: -25,
    });
    expect(v1.totaal).toEqual({ oud: 4, nieuw: 4 });
  });

  test("per milestone: counts then and now and the shift", () => {
    expect(c.mijlpalen[0]).toEqual({
      code: "M1",
      mijlpaal: "Mijlpaal M1",
      mijlpaalOud: null,
      oud: {
        gerealiseerd: 1,
        waarvanGedeeltelijk: 1,
        percentageGerealiseerd: 25,
        rag: { groen: 0, oranje: 1, rood: 2, grijs: 1 },
      },
      nieuw: {
        gerealiseerd: 3,
        waarvanGedeeltelijk: 0,
        percentageGerealiseerd: 75,
        rag: { groen: 3, oranje: 0, rood: 1, grijs: 0 },
      },
      verschil: {
        gerealiseerd: 2,
        waarvanGedeeltelijk: -1,
        percentageGerealiseerd: 50,
        rag: { groen: 3, oranje: -1, rood: -1, grijs: -1 },
      },
    });
  });

  test("regions whose RAG changed, with the direction (Rood > Oranje > Grijs > Groen; not received = null)", () => {
    expect(c.regios).toEqual([
      { regio: "Delft", oud: "oranje", nieuw: "groen", richting: "beter" },
      { regio: "Gouda", oud: "groen", nieuw: "grijs", richting: "slechter" },
      { regio: "Leiden", oud: null, nieuw: "oranje", richting: "nu ontvangen" },
    ]);
  });

  test("ragDirection branch by branch", () => {
    expect(ragDirection("rood", "rood")).toBeNull();
    expect(ragDirection(null, null)).toBeNull();
    expect(ragDirection("rood", "oranje")).toBe("beter");
    expect(ragDirection("oranje", "grijs")).toBe("beter");
    expect(ragDirection("grijs", "groen")).toBe("beter");
    expect(ragDirection("groen", "grijs")).toBe("slechter");
    expect(ragDirection("grijs", "rood")).toBe("slechter");
    expect(ragDirection(null, "groen")).toBe("nu ontvangen");
    expect(ragDirection("groen", null)).toBe("niet meer ontvangen");
  });

  test("round information: definition, received, meetmoment and the span of Peildata", () => {
    expect(c.oud).toEqual({
      bestand: "start.json",
      definitie: { id: "rak-2008-2010", versie: "1.0" },
      verwacht: 4,
      ontvangen: 3,
      meetmoment: "Startfoto",
      peildatum: { van: "01-03-2009", tot: "01-03-2009" },
    });
    expect(c.nieuw.peildatum).toEqual({ van: "14-01-2011", tot: "15-01-2011" });
    expect(c.zelfdeDefinitie).toBe(true);
    expect(c.nietVergeleken).toEqual([]);
  });

  test("shifts are rounded to one decimal without floating-point noise or -0", () => {
    const of37 = (aantal: number) => ({ aantal, n: 37 });
    expect(shift(of37(10), of37(13))).toBe(8.1); // 27,03 % → 35,14 %
    expect(shift(of37(1), of37(2))).toBe(2.7);
    expect(shift(of37(29), of37(29))).toBe(0);
    expect(Object.is(shift(of37(2), of37(2)), -0)).toBe(false);
    expect(shift(of37(15), of37(3))).toBe(-32.4); // 40,54 % → 8,11 %
    expect(shift({ aantal: 0, n: 0 }, of37(0))).toBe(0);
  });

  test("shifts are the difference of the unrounded shares, rounded once (not of rounded percentages)", () => {
    // 1 of 3 → 2 of 3: 33,3 % → 66,7 % when rounded first (+33,4); the true difference is +33,3.
    expect(shift({ aantal: 1, n: 3 }, { aantal: 2, n: 3 })).toBe(33.3);
    // 2 of 3 (66,667 %) → 8 of 13 (61,538 %): rounded first 66,7 − 61,5 = −5,2; true −5,128 → −5,1.
    expect(shift({ aantal: 2, n: 3 }, { aantal: 8, n: 13 })).toBe(-5.1);
    // 1 of 3 (33,333 %) → 5 of 12 (41,667 %): rounded first 41,7 − 33,3 = +8,4; true +8,333 → +8,3.
    expect(shift({ aantal: 1, n: 3 }, { aantal: 5, n: 12 })).toBe(8.3);
  });

  test("the comparison takes its shifts from the counts of both rounds", () => {
    const third = (nr: string, alle: number) => ({
      nr,
      vraag: `Vraag ${nr}`,
      opties: [
        { antwoord: "Alle", aantal: alle, percentage: Math.round((alle / 3) * 1000) / 10 },
        { antwoord: "Geen", aantal: 3 - alle, percentage: Math.round(((3 - alle) / 3) * 1000) / 10 },
      ],
      gegevensOnbekend: { aantal: 0, percentage: 0 },
      totaal: 3,
    });
    const ms = (gerealiseerd: number, n: number) => ({
      ...milestone(
        "M1",
        gerealiseerd,
        0,
        { groen: gerealiseerd, oranje: 0, rood: n - gerealiseerd, grijs: 0 },
        n,
      ),
      status: {
        "Gereed / in uitvoering": gerealiseerd,
        "Niet gestart": n - gerealiseerd,
        "Gegevens onbekend": 0,
      },
    });
    const a = round({ verwacht: 3, ontvangen: 3, vragen: [third("V1", 1)], mijlpalen: [ms(2, 3)] });
    const b = round({ verwacht: 13, ontvangen: 13, vragen: [third("V1", 2)], mijlpalen: [ms(8, 13)] });
    const cc = compareRounds(a, b);
    expect(cc.vragen[0].opties.map((o) => [o.oud.percentage, o.nieuw.percentage, o.verschil])).toEqual([
      [33.3, 66.7, 33.3],
      [66.7, 33.3, -33.3],
    ]);
    expect(cc.mijlpalen[0].oud.percentageGerealiseerd).toBe(66.7);
    expect(cc.mijlpalen[0].nieuw.percentageGerealiseerd).toBe(61.5);
    expect(cc.mijlpalen[0].verschil.percentageGerealiseerd).toBe(-5.1);
  });

  test("pure and deterministic: same output twice, inputs untouched", () => {
    const before = JSON.stringify([OUD, NIEUW]);
    expect(JSON.stringify(compareRounds(OUD, NIEUW))).toBe(JSON.stringify(compareRounds(OUD, NIEUW)));
    expect(JSON.stringify([OUD, NIEUW])).toBe(before);
  });
});

describe("rounds of different monitors", () => {
  test("are refused with a Dutch message naming both monitors; nothing is compared", () => {
    const bmc = round({
      ...NIEUW,
      definitie: { id: "bmc-2015", versie: "1.0", naam: "BMC 2015 Regierol gemeenten" },
    });
    const r = compareRoundsChecked(OUD, bmc, { oud: "rak.json", nieuw: "bmc.json" });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issue).toMatchObject({ code: "andere_monitor", severity: "fout", bestand: "bmc.json" });
    expect(r.issue.bericht).toBe(
      "Niet vergeleken: de oude meting is van 'rak-2008-2010', de nieuwe van 'BMC 2015 Regierol gemeenten' (bmc-2015). Metingen van verschillende monitors zijn niet te vergelijken. Kies twee metingen van dezelfde monitor.",
    );
  });

  test("the same monitor and version: compared, no version message", () => {
    const r = compareRoundsChecked(OUD, NIEUW);
    expect(r.ok && r.versie).toBe(null);
  });
});

describe("different versions of one monitor", () => {
  const nieuw = round({
    ...NIEUW,
    definitie: { id: "rak-2008-2010", versie: "1.1" },
    mijlpalen: [
      { ...NIEUW.mijlpalen[1], mijlpaal: "Mijlpaal M2, nieuwe tekst" },
      milestone("M8", 2, 0, { groen: 2, oranje: 0, rood: 0, grijs: 2 }),
    ],
    vragen: [question("V3", { Ja: 1, Nee: 3 }, 0), question("V1", { Alle: 3, "Een deel": 1, Nooit: 0 }, 0)],
    regios: [...NIEUW.regios.filter((r) => r.regio !== "Ede"), region("Zaanstad", "groen", "15-01-2011")],
  });
  const c = compareRounds(OUD, nieuw);

  test("the change of version is said first: in the checked result and as the sheet's first line", () => {
    const r = compareRoundsChecked(OUD, nieuw);
    if (!r.ok) throw new Error("refused");
    expect(r.versie?.bericht).toBe(
      "Andere versie van 'rak-2008-2010': de oude meting is van versie 1.0, de nieuwe van versie 1.1. Alleen wat in beide versies voorkomt, is vergeleken; de rest staat onder 'Niet vergeleken'.",
    );
    const rows = layoutComparison(r.comparison).rows.map((x) => x[0].v);
    expect(rows[1]).toBe(`Let op: ${r.versie?.bericht}`);
    expect(String(rows[2]).startsWith("Oud:")).toBe(true);
  });

  test("compares the shared items only (by code/nr and answer label), in the new round's order", () => {
    expect(c.zelfdeDefinitie).toBe(false);
    expect(c.mijlpalen.map((m) => m.code)).toEqual(["M2"]);
    expect(c.mijlpalen[0].mijlpaalOud).toBe("Mijlpaal M2");
    expect(c.vragen.map((q) => q.nr)).toEqual(["V1"]);
    expect(c.vragen[0].opties.map((o) => o.antwoord)).toEqual(["Alle", "Een deel"]);
    expect(c.regios.map((r) => r.regio)).toEqual(["Delft", "Gouda", "Leiden"]);
  });

  test("lists the rest: by kind, old before new", () => {
    expect(c.nietVergeleken).toEqual([
      { soort: "mijlpaal", code: "M1", omschrijving: "Mijlpaal M1", alleenIn: "oud" },
      { soort: "mijlpaal", code: "M8", omschrijving: "Mijlpaal M8", alleenIn: "nieuw" },
      { soort: "vraag", code: "V2", omschrijving: "Vraag V2", alleenIn: "oud" },
      { soort: "vraag", code: "V3", omschrijving: "Vraag V3", alleenIn: "nieuw" },
      { soort: "antwoord", code: "V1", omschrijving: "Geen", alleenIn: "oud" },
      { soort: "antwoord", code: "V1", omschrijving: "Nooit", alleenIn: "nieuw" },
      { soort: "regio", code: "Ede", omschrijving: "Ede", alleenIn: "oud" },
      { soort: "regio", code: "Zaanstad", omschrijving: "Zaanstad", alleenIn: "nieuw" },
    ]);
  });

  test("the sheet says so and lists them under 'Niet vergeleken'", () => {
    const m = layoutComparison(c);
    const texts = m.rows.map((r) => r[0].v);
    expect(texts.filter((t) => String(t).startsWith("Let op: Andere versie"))).toHaveLength(1);
    const h = m.rows.findIndex((r) => r[0].v === "Code" && r[1].v === "Omschrijving");
    expect(m.rows.slice(h + 1).map((r) => [r[0].v, r[2].v, r[3].v])).toEqual([
      ["M1", "Mijlpaal", "oud"],
      ["M8", "Mijlpaal", "nieuw"],
      ["V2", "Vraag", "oud"],
      ["V3", "Vraag", "nieuw"],
      ["V1", "Antwoordoptie", "oud"],
      ["V1", "Antwoordoptie", "nieuw"],
      ["Ede", "Regio", "oud"],
      ["Zaanstad", "Regio", "nieuw"],
    ]);
  });
});

describe("layoutComparison", () => {
  const m = layoutComparison(compareRounds(OUD, NIEUW, { oud: "start.json", nieuw: "eind.json" }));

  test("an owned sheet named Vergelijking, subtitle naming both rounds, every row full width", () => {
    expect(m.name).toBe("Vergelijking");
    expect(String(m.rows[0][0].v).startsWith(OWNED_MARKER)).toBe(true);
    expect(m.rows[1][0].v).toBe(
      "Oud: start.json · definitie rak-2008-2010 versie 1.0 · ontvangen 3 van 4 regio's · meetmoment Startfoto · peildatum 01-03-2009",
    );
    expect(m.rows[2][0].v).toBe(
      "Nieuw: eind.json · definitie rak-2008-2010 versie 1.0 · ontvangen 4 van 4 regio's · meetmoment Eindfoto · peildatum 14-01-2011 t/m 15-01-2011",
    );
    expect(m.freezeRows).toBe(3);
    for (const r of m.rows) expect(r).toHaveLength(m.widths.length);
  });

  test("percentages as fractions with 0.0%, the shift in pp with a signed format", () => {
    const alle = m.rows.find((r) => r[0].v === "V1" && r[2].v === "Alle")!;
    expect(alle.slice(3, 8).map((x) => [x.v, x.fmt])).toEqual([
      [1, undefined],
      [0.25, "0.0%"],
      [3, undefined],
      [0.75, "0.0%"],
      [50, PP_FORMAT],
    ]);
    expect(PP_FORMAT).toBe("+0.0;-0.0;0.0");
  });

  test("milestone RAG counts oud and nieuw, filled by colour", () => {
    const m1 = m.rows.find((r) => r[0].v === "M1" && typeof r[2].v === "number")!;
    expect(m1.slice(10).map((x) => [x.v, x.fill])).toEqual([
      [0, undefined],
      [3, "groen"],
      [1, "oranje"],
      [0, undefined],
      [2, "rood"],
      [1, "rood"],
      [1, "grijs"],
      [0, undefined],
    ]);
  });

  test("changed regions with RAG fills; not received is named, not filled", () => {
    const h = m.rows.findIndex((r) => r[0].v === "Regio" && r[1].v === "Oud");
    const rows = m.rows.slice(h + 1, h + 4);
    expect(rows.map((r) => [r[0].v, r[1].v, r[1].fill, r[2].v, r[2].fill, r[3].v])).toEqual([
      ["Delft", "Oranje", "oranje", "Groen", "groen", "beter"],
      ["Gouda", "Groen", "groen", "Grijs", "grijs", "slechter"],
      ["Leiden", "niet ontvangen", undefined, "Oranje", "oranje", "nu ontvangen"],
    ]);
  });
});

describe("parseNationalExport", () => {
  test("a valid export passes", () => {
    const r = parseNationalExport(JSON.stringify(OUD), "start.json");
    expect(r.ok).toBe(true);
  });

  test("not JSON: one message naming the file", () => {
    const r = parseNationalExport("{ kapot", "kapot.json");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.fouten[0]).toMatch(/^kapot\.json: geen geldige JSON \(/);
  });

  test("another shape: Dutch messages naming the file and the path", () => {
    const raw = JSON.parse(JSON.stringify(OUD));
    raw.mijlpalen[1].rag.groen = "vier";
    delete raw.vragen[0].totaal;
    raw.regios[0].rag = "paars";
    raw.ontvangen = 3.5;
    const r = parseNationalExport(JSON.stringify(raw), "oud.json");
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.fouten).toEqual([
      "oud.json: ontvangen: moet geheel getal zijn, maar is getal 3.5",
      "oud.json: mijlpalen[1].rag.groen: moet getal zijn, maar is tekst 'vier'",
      "oud.json: vragen[0].totaal: ontbreekt (verwacht: getal)",
      'oud.json: regios[0].rag: ongeldige waarde tekst \'paars\'; toegestaan: "groen", "oranje", "rood", "grijs"',
    ]);
  });

  test("an array or a definition file is not an export; many mistakes are capped", () => {
    const arr = parseNationalExport("[]", "lijst.json");
    expect(!arr.ok && arr.fouten).toEqual([
      "lijst.json: (hele bestand): moet object zijn, maar is een lijst",
    ]);
    const many = parseNationalExport(JSON.stringify({ id: "rak-2008-2010", versie: "1.0" }), "def.json");
    expect(many.ok).toBe(false);
    if (!many.ok) {
      expect(many.fouten.length).toBeLessThanOrEqual(MAX_MESSAGES + 1);
      expect(many.fouten[0]).toBe("def.json: definitie: ontbreekt (verwacht: object)");
    }
  });
});
