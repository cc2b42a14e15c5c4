import { layoutNational } from "../../src/core/layout/national";
import { explanationIndex } from "../../src/core/engine/explain";
import { parseMonitor } from "../../src/core/model";
import { makeIssue } from "../../src/core/issues";
import { actionInput, checked, nationalReport, rowOf } from "./fixtures";
import { OVERVIEW_SHEET } from "../../src/core/layout/overview";

/** The national tables without the overview sheet in front of them (test/print covers the overview). */
const tables = <T extends { name: string }>(models: T[]): T[] => {
  expect(models[0].name).toBe(OVERVIEW_SHEET);
  return models.slice(1);
};

type Id = "actiemonitor-2013" | "ghnt-2018";

function run(id: Id) {
  const { def, input } = actionInput(id);
  const report = nationalReport(def, [input]);
  return { def, input, report, models: tables(layoutNational(def, report)) };
}

const RULE =
  "Stoplicht (regel van Regiomonitor): alleen met kwaliteitseisen 'Vastgesteld' een kleur (anders Grijs); Oranje: hoogstens 6 maanden later dan de nulmeting.";
const HEAD = ["Acties", "Groen", "Oranje", "Rood", "Grijs", "Voltooid", "% voltooid"];

describe("layoutNational, Taskforce-monitor 2013", () => {
  const { models } = run("actiemonitor-2013");
  const [ov, list] = models;

  test("the overview: title, stamp, rule, no total judgement (no colours over all actions), VWS 14: Groen 5 · Oranje 2 · Rood 1 · Grijs 6", () => {
    expect(ov.rows[0][0].v).toBe(
      "Regiomonitor · Overzicht acties — Taskforce-monitor 2013 — Actieplan Kinderen veilig 2012–2016",
    );
    // The source says a total judgement cannot be given (seeds 000 l. 176–180): the sheet says so.
    expect(ov.rows[2][0].v).toBe(
      `${RULE} Zie het blad Actielijst voor de uitleg per actie. Geen totaaloordeel: de bron van deze monitor zegt dat een oordeel over alle acties samen (zoals een stoplicht) nog niet te geven is. De kleur per actie is een regel van Regiomonitor, geen oordeel van de monitor.`,
    );
    expect(ov.freezeRows).toBe(5);
    expect(ov.rows[4].map((c) => c.v)).toEqual(["Alle acties", ...HEAD]);
    expect(ov.rows[4].every((c) => c.fill === "kop")).toBe(true);
    // The total over all actions has no colours, and no share per colour: that would be the total stoplight
    // the source says cannot be given. The count and the share done stay.
    const tot = ov.rows[5];
    expect(tot.map((c) => c.v ?? null)).toEqual(["Totaal", 25, null, null, null, null, 0, 0]);
    expect(tot[7].fmt).toBe("0.0%");
    expect(ov.rows.some((r) => r[0]?.v === "Aandeel")).toBe(false);
    // Per owner the colours stay (a count of the actions' own-rule colours), the owners' total row has none.
    const owners = ov.rows.findIndex((r) => r[0]?.v === "Actiehouder");
    const ownersTotal = ov.rows.slice(owners).find((r) => r[0]?.v === "Totaal");
    expect(ownersTotal?.map((c) => c.v ?? null)).toEqual(["Totaal", 25, null, null, null, null, 0, 0]);
    expect(rowOf(ov, "Actiehouder").map((c) => c.v)).toEqual(["Actiehouder", ...HEAD]);
    expect(rowOf(ov, "VWS").map((c) => c.v)).toEqual(["VWS", 14, 5, 2, 1, 6, 0, 0]);
    expect(
      rowOf(ov, "Verschuiving")
        .map((c) => c.v)
        .slice(0, 4),
    ).toEqual(["Verschuiving", "Acties", "%", "waarvan opgegeven"]);
    expect(
      rowOf(ov, "later")
        .map((c) => c.v)
        .slice(0, 4),
    ).toEqual(["later", 6, 0.24, 6]);
    expect(rowOf(ov, "Meldingen: 0 fouten, 0 waarschuwingen")).toBeDefined();
  });

  test("the Actielijst: header, one row per action, colour, link to the source", () => {
    expect(list.name).toBe("Actielijst");
    expect(list.freezeRows).toBe(4);
    expect(list.rows[3].map((c) => c.v)).toEqual([
      "Nr",
      "Actie",
      "Actiehouder",
      "Kwaliteitseisen",
      "Status",
      "Opleverdatum",
      "Opleverdatum nulmeting",
      "Uitstel t.o.v. nulmeting",
      "Verschuiving",
      "Oordeel",
      "Uitleg",
    ]);
    expect(list.rows.length).toBe(4 + 25);
    const first = list.rows[4];
    expect(first.slice(0, 10).map((c) => c.v)).toEqual([
      "1",
      "Multidisciplinaire aanpak ondersteunen en evalueren",
      "VWS",
      "Vastgesteld",
      "Gestart",
      "Medio 2014",
      null,
      null,
      "eerder of gelijk (opgegeven)",
      "Groen",
    ]);
    expect(first[9].fill).toBe("groen");
    expect(first[10].v).toBe(
      "Groen: status 'Gestart'; opleverdatum 'Medio 2014' (uiterlijk 30-06-2014), nulmeting leeg met opgegeven verschuiving 'eerder of gelijk': niet later dan de nulmeting. Regel van Regiomonitor.",
    );
    expect(list.rows[5][9]).toMatchObject({ v: "Grijs", fill: "grijs" });
    // The row links to its main cell (Status) in the return.
    expect(first[0].link).toBe("'Acties'!G2");
  });

  test("the explanations: 51, on the colours and counts", () => {
    // 63 with a total judgement; without it, 12 fewer: the 4 colours of each of the 2 total rows and the 4 shares.
    expect(explanationIndex(models).size).toBe(51);
  });
});

describe("layoutNational, GHNT 2018", () => {
  const { models } = run("ghnt-2018");
  const [ov, list] = models;

  test("95 actions in the overview and the Actielijst, per actielijn, bouwsteen and fase", () => {
    expect(ov.rows[0][0].v).toBe("Regiomonitor · Overzicht acties — Geweld hoort nergens thuis 2018–2021");
    expect(ov.rows[5].map((c) => c.v)).toEqual(["Totaal", 95, 49, 17, 5, 24, 23, 23 / 95]);
    for (const t of ["Per actielijn", "Per bouwsteen", "Per fase bij publicatie (2018)"]) rowOf(ov, t);
    expect(rowOf(ov, "Eerder en beter in beeld").map((c) => c.v)).toEqual([
      "Eerder en beter in beeld",
      35,
      18,
      6,
      2,
      9,
      7,
      0.2,
    ]);
    expect(rowOf(ov, "Bouwsteen nr / Bouwsteen")[1].v).toBe("Acties");
    expect(rowOf(ov, "Fase 1 concretiseren")[1].v).toBe(57);
    expect(list.rows.length).toBe(4 + 95);
    expect(list.rows[3].map((c) => c.v)).toEqual([
      "Id",
      "Actielijn",
      "Bouwsteen nr",
      "Bouwsteen",
      "Actie",
      "Fase bij publicatie (2018)",
      "Kwaliteitseisen",
      "Status",
      "Opleverdatum",
      "Opleverdatum nulmeting",
      "Verschuiving",
      "Oordeel",
      "Uitleg",
    ]);
    expect(list.rows[4][11]).toMatchObject({ v: "Oranje", fill: "oranje" });
    expect(list.rows[4][12].v).toBe(
      "Oranje: status 'Gestart'; opleverdatum 30-11-2021 t.o.v. nulmeting 30-09-2021: hoogstens 6 maanden later (grens 31-03-2022). Regel van Regiomonitor.",
    );
    expect(explanationIndex(models).size).toBe(289);
  });
});

describe.each(["actiemonitor-2013", "ghnt-2018"] as Id[])("layoutNational, action monitor %s", (id) => {
  const { def, models, report } = run(id);

  test("two sheets: Overzicht acties and Actielijst", () => {
    expect(models.map((m) => m.name)).toEqual(["Overzicht acties", "Actielijst"]);
  });

  test("every colour cell of the Actielijst explains its rule, values and source cell, and links to it", () => {
    const list = models[1];
    const index = explanationIndex([list]);
    const colour = list.rows.slice(4).map((r) => r[r.length - 2]);
    expect(colour.length).toBe(report.rijen.acties.length);
    colour.forEach((cellModel, k) => {
      const j = report.rijen.acties[k];
      expect(cellModel.v).toBe(j.oordeel.rag[0].toUpperCase() + j.oordeel.rag.slice(1));
      expect(cellModel.fill).toBe(j.oordeel.rag);
      // The rule in words (the table's rule, the same for every row), never the code of the rule that applied.
      expect(cellModel.uitleg?.regel).toBe(colour[0].uitleg?.regel);
      expect(cellModel.uitleg?.regel).not.toMatch(/Regel '|[a-z]+_[a-z]+/);
      expect(cellModel.uitleg?.invoer[0]).toBe(j.oordeel.uitleg);
      expect(cellModel.uitleg?.bron).toEqual([
        { regio: null, bestand: `${def.id}.xlsx`, blad: "Acties", cel: j.row.bron!.cel },
      ]);
      expect(cellModel.uitleg?.bronInDezeWerkmap).toBe(true);
      expect(list.rows[4 + k][0].link).toBe(`'Acties'!${j.row.bron!.cel}`);
    });
    expect(index.size).toBe(colour.length);
  });

  test("the group counts explain which rows they count", () => {
    const ov = models[0];
    const tot = ov.rows.find((r) => r[0].v === "Totaal")!;
    for (const k of [2, 3, 4, 5]) {
      // No colours over all actions where the source says no total judgement can be given.
      if (!def.totaaloordeel) {
        expect(tot[k].v ?? null).toBeNull();
        continue;
      }
      const e = tot[k].uitleg!;
      expect(e.invoer[0]).toBe(`${tot[k].v} van ${tot[1].v} acties`);
      expect(e.invoer.length - 1).toBe(tot[k].v);
      expect(e.bron.length).toBe(tot[k].v);
    }
    expect(tot[7].uitleg?.regel).toBe(
      "Het percentage voltooid: de acties met status 'Voltooid', gedeeld door alle acties in de groep.",
    );
    const groups = report.groepen.flatMap((g) => g.rijen);
    const labels = new Set(groups.map((g) => g.label));
    const explainedCounts = ov.rows.filter((r) => labels.has(r[0].v as string) && r[2].uitleg);
    expect(explainedCounts.length).toBe(groups.length);
    for (const r of explainedCounts)
      for (const k of [2, 3, 4, 5]) expect(r[k].uitleg!.invoer.length - 1).toBe(r[k].v);
  });

  test("every percentage of the overview is explained: shares, % voltooid, shifts", () => {
    const ov = models[0];
    const pct = ov.rows.flat().filter((x) => x.fmt === "0.0%");
    expect(pct.length).toBeGreaterThan(8);
    for (const x of pct) expect(x.uitleg?.regel.length).toBeGreaterThan(0);
    const share = ov.rows.find((r) => r[0].v === "Aandeel");
    if (def.totaaloordeel)
      expect(share?.[2].uitleg?.invoer[0]).toBe(
        `${report.totaal!.rag.groen} van ${report.totaal!.aantal} acties`,
      );
    else expect(share).toBeUndefined();
    const later = ov.rows.find((r) => r[0].v === "later")!;
    expect(later[2].uitleg?.invoer.length).toBe(1 + (later[1].v as number));
    expect(later[2].uitleg?.regel).toContain("De verschuiving volgt uit de einddatums van 'Opleverdatum'");
  });

  test("the issues are the report's and the counted returns'", () => {
    const extra = makeIssue("dubbele_retour", { bestand: "x.xlsx" }, { eenheid: "VWS", winnaar: "y.xlsx" });
    const r2 = { ...report, issues: [extra] };
    const ov = tables(layoutNational(def, r2))[0];
    const all = [...report.meegeteld![0].issues, extra];
    const fouten = all.filter((i) => i.severity === "fout").length;
    const w = all.filter((i) => i.severity === "waarschuwing").length;
    expect(ov.rows.some((r) => r[0].v === `Meldingen: ${fouten} fouten, ${w} waarschuwingen`)).toBe(true);
    expect(ov.rows.some((r) => r[0].v === extra.bericht)).toBe(true);
  });
});

test("an action monitor without group tables gets the Actielijst with the shift table under it", () => {
  const { def, report } = run("actiemonitor-2013");
  const noGroups = parseMonitor({ ...structuredClone(def), landelijk: [] });
  const models = tables(layoutNational(noGroups, report));
  expect(models.map((m) => m.name)).toEqual(["Actielijst"]);
  const list = models[0];
  const head = list.rows.findIndex((r) => r[0].v === "Verschuiving" && r[0].fill === "kop");
  expect(head).toBeGreaterThan(4);
  expect(list.rows[head - 1][0].v).toBe("Verschuiving opleverdatum t.o.v. nulmeting");
  const cats = report.verschuiving.map((x) => x.categorie);
  expect(list.rows.slice(head + 1, head + 1 + cats.length).map((r) => r[0].v)).toEqual(cats);
});

test("the checked action return is the one the report counted", () => {
  const { def, input } = actionInput("ghnt-2018");
  const c = checked(def, input);
  expect(c.issues).toEqual([]);
  expect(nationalReport(def, [input]).meegeteld![0].ret.tabellen.acties).toHaveLength(95);
});
