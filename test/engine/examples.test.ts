/**
 * The example rounds as UnitFills, asserted against the sources in data/*.csv: the annex's milestones per
 * region, the Taskforce 2013 actions as published (with the honest source notes), and the generated GHNT
 * 2018 answers on the actions of the CSV. The templates built from them: see template.test.ts.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { findMonitor, scaleOf, rowsTable, type Monitor } from "../../src/core/model";
import { GENERATED_NOTE, annexFills, ghnt2018Fill, taskforce2013Fill } from "../../src/examples/fills";
import { isoToSerial } from "../../src/core/cells/dates";
import { parseCsv } from "../../src/core/examples/csv";

const data = (f: string) => readFileSync(path.join(__dirname, "..", "..", "data", f), "utf8");
const ANNEX_CSV = data("rak-regio-mijlpalen-2011-01-15.csv");
const TASKFORCE_CSV = data("taskforce-acties-2013.csv");
const def = (id: string): Monitor => findMonitor(id)!;
const RAK = def("rak-2008-2010");
const TF = def("actiemonitor-2013");
const GHNT = def("ghnt-2018");

/** The source's records by header, read by the CSV parser the examples use (quoted fields in the GHNT CSV). */
const csvRows = (text: string) =>
  parseCsv(text).map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v.trim()])));

describe("RAK 2008–2010: the annex round", () => {
  const fills = annexFills(RAK, ANNEX_CSV);
  const annex = csvRows(ANNEX_CSV);

  test("37 regions in the annex's order, Eindfoto, peildatum 15-01-2011, M4–M6 as the annex says", () => {
    expect(fills).toHaveLength(37);
    expect(fills.map((f) => f.eenheid)).toEqual(annex.map((r) => r.regio));
    expect(fills[0].eenheid).toBe("Alkmaar");
    const status = (v: string) =>
      v === "X" ? "Gereed / in uitvoering" : /gedeeltelijk/i.test(v) ? "Gedeeltelijk" : "In voorbereiding";
    fills.forEach(({ eenheid, fill }, i) => {
      expect(fill.velden).toEqual({
        Regio: eenheid,
        Meetmoment: "Eindfoto",
        Peildatum: isoToSerial("2011-01-15"),
        "Ingevuld door": `Regiocoördinator ${eenheid}`,
      });
      const m = fill.rijen!.mijlpalen;
      expect([m.M4.status, m.M5.status, m.M6.status]).toEqual(
        [annex[i].werkplan, annex[i].handelingsprotocol, annex[i].scholingsplan].map(status),
      );
    });
    expect(fills[0].fill.rijen!.mijlpalen).toEqual(
      Object.fromEntries(
        ["M1", "M2", "M3", "M4", "M5", "M6", "M7"].map((c) => [c, { status: "Gereed / in uitvoering" }]),
      ),
    );
  });

  test("generated answers: an option of the question's scale, open answers marked as examples", () => {
    const q = rowsTable(RAK, "vragenlijst")!;
    for (const { eenheid, fill } of fills) {
      const answers = fill.rijen!.vragenlijst;
      for (const r of q.rijen) {
        const nr = r.waarden[q.sleutel];
        const s = scaleOf(RAK, r.cel?.schaal);
        if (s) expect(s.opties.map((o) => o.label)).toContain(answers[nr].antwoord);
        else if (nr.endsWith("a"))
          expect(answers[nr].antwoord).toBe(`Voorbeeldantwoord ${nr} van ${eenheid}`);
      }
      // C3 (until when) only with a coordinator appointed.
      expect(answers.C3 !== undefined).toBe(answers.C2.antwoord === "Ja, regiocoördinator aangesteld");
      if (answers.C3) expect(answers.C3.antwoord).toBe("31-12-2011");
    }
    const gouda = fills.find((f) => f.eenheid === "Gouda")!.fill.rijen!.vragenlijst;
    expect(["V1", "V2", "V3", "V4a", "V4b"].map((nr) => gouda[nr].antwoord)).toEqual([
      "Alle",
      "Alle",
      "Alle",
      "Niet",
      "Regelmatig",
    ]);
  });

  test("the annex itself: a partial milestone keeps its note and expected date, a planned one its date", () => {
    const partial = fills.flatMap((f) =>
      Object.entries(f.fill.rijen!.mijlpalen).filter(([, c]) => c.status === "Gedeeltelijk"),
    );
    const planned = fills.flatMap((f) =>
      Object.entries(f.fill.rijen!.mijlpalen).filter(([, c]) => c.status === "In voorbereiding"),
    );
    // Gouda and Leiden: M5 partly done; ten planned milestones (In voorbereiding, with the annex date).
    expect(partial).toEqual([
      [
        "M5",
        {
          status: "Gedeeltelijk",
          verwachteDatum: "voorjaar 2011",
          toelichting: expect.stringContaining("regionale meldcode"),
        },
      ],
      [
        "M5",
        {
          status: "Gedeeltelijk",
          verwachteDatum: "voorjaar 2011",
          toelichting: expect.stringContaining("regionale meldcode"),
        },
      ],
    ]);
    expect(planned).toHaveLength(10);
    expect(fills.find((f) => f.eenheid === "Delft")!.fill.rijen!.mijlpalen.M5).toEqual({
      status: "In voorbereiding",
      verwachteDatum: "Juni/juli 2011",
    });
    for (const [code, c] of planned) {
      expect(["M4", "M5", "M6"]).toContain(code);
      expect(c.verwachteDatum).not.toBe("");
    }
    // Every region: M1–M3 and M7 Gereed.
    for (const f of fills)
      for (const code of ["M1", "M2", "M3", "M7"])
        expect(f.fill.rijen!.mijlpalen[code]).toEqual({ status: "Gereed / in uitvoering" });
  });
});

describe("actiemonitor-2013: the published Taskforce monitor", () => {
  const fill = taskforce2013Fill(TF, TASKFORCE_CSV);
  const rows = fill.rijen!.acties;
  const csv = csvRows(TASKFORCE_CSV);
  const statuses = ["Niet gestart", "Gestart", "Conform planning", "Vertraagd", "Voltooid", "Vervallen"];

  test("all 25 actions with the CSV's opleverdatum, kwaliteitseisen, status and shift", () => {
    expect(Object.keys(rows)).toEqual(csv.map((r) => r.nr));
    expect(csv).toHaveLength(25);
    for (const r of csv) {
      expect(rows[r.nr]).toMatchObject({
        opleverdatum: r.opleverdatum,
        nulmeting: null,
        kwaliteitseisen: r.kwaliteitseisen,
        status: statuses.includes(r.stand_van_zaken) ? r.stand_van_zaken : "Gestart",
        verschuiving: r.ten_opzichte_van_nulmeting || "eerder of gelijk",
      });
    }
    expect(rows["7"]).toEqual({
      opleverdatum: "Juni 2013",
      nulmeting: null,
      kwaliteitseisen: "Nader te bepalen",
      status: "Gestart",
      verschuiving: "later",
      // The published size of the postponement, with the source's sentence (seeds 000 l. 787).
      uitstel: "6 maanden",
      toelichting:
        "Opleverdatum nulmeting staat niet in de bron; de verschuiving 'later' t.o.v. de nulmeting komt uit de gepubliceerde Taskforce-monitor 2013. Uitstel 6 maanden: de gepubliceerde Taskforce-monitor 2013 zegt 'De datum van de oplevering van het eindresultaat is met zes maanden vertraagd.' (regel 787).",
    });
    expect(rows["25"]).toMatchObject({
      opleverdatum: "Nader te bepalen",
      status: "Niet gestart",
      verschuiving: "zonder einddatum",
    });
  });

  test("no invented nulmeting; the stated shift and the source note on every row", () => {
    const all = Object.values(rows);
    expect(all.every((r) => r.nulmeting === null)).toBe(true);
    expect(all.filter((r) => r.verschuiving === "eerder of gelijk")).toHaveLength(17);
    for (const r of all)
      expect(r.toelichting).toMatch(
        /^(Stand van zaken 2013: .*)?Opleverdatum nulmeting staat niet in de bron/,
      );
    expect(rows["1"].status).toBe("Gestart");
    expect(rows["1"].toelichting).toContain(
      "Stand van zaken 2013: 'Monitoringsinstrument vastgesteld'; gelezen als 'Gestart'.",
    );
    expect(rows["2"].status).toBe("Niet gestart");
  });

  test("a CSV with an unknown shift or a missing action is refused", () => {
    const lines = TASKFORCE_CSV.trim().split("\n");
    expect(() => taskforce2013Fill(TF, lines.slice(0, -1).join("\n"))).toThrow("ontbreekt");
    const bad = lines.map((l, i) => (i === 1 ? l.replace(/,,,,$/, ",misschien,,,") : l)).join("\n");
    expect(() => taskforce2013Fill(TF, bad)).toThrow("onbekende verschuiving 'misschien'");
  });
});

describe("ghnt-2018: generated answers", () => {
  const fill = ghnt2018Fill(GHNT);
  const rows = fill.rijen!.acties;
  const csv = csvRows(data("ghnt-acties-2018.csv"));

  test("the 95 actions of the CSV, every row marked as generated, dates from the phase", () => {
    expect(GENERATED_NOTE).toBe("Gegenereerd voorbeeld (geen echte stand van zaken).");
    expect(Object.keys(rows)).toEqual(csv.map((r) => r.id));
    expect(Object.keys(rows)).toHaveLength(95);
    expect(rows["1.1.1"]).toEqual({
      opleverdatum: isoToSerial("2021-11-30"),
      nulmeting: isoToSerial("2021-09-30"),
      kwaliteitseisen: "Vastgesteld",
      status: "Gestart",
      toelichting: GENERATED_NOTE,
    });
    expect(rows["1.1.2"]).toMatchObject({
      opleverdatum: isoToSerial("2019-01-31"),
      nulmeting: isoToSerial("2019-01-31"),
      kwaliteitseisen: "Vastgesteld",
      status: "Conform planning",
    });
    const serial = (y: number) => [isoToSerial(`${y}-01-01`), isoToSerial(`${y}-12-31`)];
    for (const r of csv) {
      const row = rows[r.id];
      expect(String(row.toelichting).startsWith(GENERATED_NOTE)).toBe(true);
      // Phase 1 has its nulmeting in 2019, phase 2 in 2020–2021.
      const [from, to] = r.fase === "Fase 1" ? serial(2019) : [serial(2020)[0], serial(2021)[1]];
      expect(row.nulmeting).toBeGreaterThanOrEqual(from);
      expect(row.nulmeting).toBeLessThanOrEqual(to);
    }
    const delayed = Object.values(rows).filter((r) => r.status === "Vertraagd");
    expect(delayed.length).toBeGreaterThan(0);
    for (const r of delayed) expect(r.toelichting).toContain("Vertraagd:");
  });
});
