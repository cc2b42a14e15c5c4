/**
 * The example rounds as UnitFills: the same values as the old examples (src/core/examples/annex.ts,
 * src/core/actions/examples.ts), the honest source notes, and the TemplateModels built from them equal
 * the old ones (with the chosen differences of the one builder: widths from the definition, meta without
 * `soort`; see template.test.ts).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { defaultDefinition, findActionDefinition } from "../legacy/core/definition";
import { annexFills as oldAnnexFills, filledTemplate } from "../legacy/core/examples/annex";
import { buildActionTemplate, type ActionFill } from "../legacy/core/actions/template";
import {
  GENERATED_NOTE as OLD_NOTE,
  ghnt2018Fills,
  taskforce2013Fills,
} from "../legacy/core/actions/examples";
import { findMonitor, type Monitor } from "../../src/core/model";
import { buildTemplate, type FillValue } from "../../src/core/engine/template";
import { GENERATED_NOTE, annexFills, ghnt2018Fill, taskforce2013Fill } from "../../src/core/engine/examples";
import { isoToSerial } from "../../src/core/cells/dates";
import type { TemplateModel } from "../../src/core/template-model";

const data = (f: string) => readFileSync(path.join(__dirname, "..", "..", "data", f), "utf8");
const ANNEX_CSV = data("rak-regio-mijlpalen-2011-01-15.csv");
const TASKFORCE_CSV = data("taskforce-acties-2013.csv");
const def = (id: string): Monitor => findMonitor(id)!;
const RAK = def("rak-2008-2010");
const TF = def("actiemonitor-2013");
const GHNT = def("ghnt-2018");

function chosen(old: TemplateModel, d: Monitor): TemplateModel {
  return {
    ...old,
    tables: old.tables.map((t, i) => {
      const nt = d.tabellen[i];
      return { ...t, widths: nt.vorm === "velden" ? [22, 40] : nt.kolommen.map((c) => c.breedte) };
    }),
    metaSheet: { ...old.metaSheet, rows: old.metaSheet.rows.filter(([k]) => k !== "soort") },
  };
}

/** An old ActionFill in the new form: the same keys (they are the column ids), absent values empty. */
function asRow(f: ActionFill): Record<string, FillValue> {
  return Object.fromEntries(Object.entries(f).map(([k, v]) => [k, (v as FillValue | undefined) ?? null]));
}

describe("RAK 2008–2010: the annex round", () => {
  const fills = annexFills(RAK, ANNEX_CSV);
  const olds = oldAnnexFills(defaultDefinition(), ANNEX_CSV);

  test("37 regions, Eindfoto, peildatum 15-01-2011, the same milestones and answers as the old fills", () => {
    expect(fills).toHaveLength(37);
    fills.forEach(({ eenheid, fill }, i) => {
      const old = olds[i];
      expect(eenheid).toBe(old.regio);
      expect(fill.velden).toEqual({
        Regio: old.regio,
        Meetmoment: "Eindfoto",
        Peildatum: isoToSerial("2011-01-15"),
        "Ingevuld door": `Regiocoördinator ${old.regio}`,
      });
      const mijl = Object.fromEntries(
        Object.entries(old.mijlpalen).map(([code, m]) => [
          code,
          {
            status: m.status,
            ...(m.verwachteDatum !== undefined ? { verwachteDatum: m.verwachteDatum } : {}),
            ...(m.toelichting !== undefined ? { toelichting: m.toelichting } : {}),
          },
        ]),
      );
      expect(fill.rijen?.mijlpalen).toEqual(mijl);
      const answers = Object.fromEntries(
        Object.entries(fill.rijen?.vragenlijst ?? {}).map(([nr, c]) => [nr, c.antwoord]),
      );
      expect(answers).toEqual(old.antwoorden);
    });
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

  test("the templates built from the fills equal the old filled templates", () => {
    fills.forEach(({ eenheid, fill }, i) =>
      expect(buildTemplate(RAK, { eenheid, vul: fill })).toEqual(
        chosen(filledTemplate(defaultDefinition(), olds[i]), RAK),
      ),
    );
  });
});

describe("actiemonitor-2013: the published Taskforce monitor", () => {
  const oldDef = findActionDefinition("actiemonitor-2013")!;
  const fill = taskforce2013Fill(TF, TASKFORCE_CSV);
  const old = taskforce2013Fills(oldDef, TASKFORCE_CSV);
  const rows = fill.rijen!.acties;

  test("the same values as the old fills, for all 25 actions", () => {
    expect(Object.keys(rows)).toHaveLength(25);
    expect(rows).toEqual(Object.fromEntries(Object.entries(old).map(([nr, f]) => [nr, asRow(f)])));
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
    const bad = lines.map((l, i) => (i === 1 ? l.replace(/,$/, ",misschien") : l)).join("\n");
    expect(() => taskforce2013Fill(TF, bad)).toThrow("onbekende verschuiving 'misschien'");
  });

  test("the template equals the old one", () => {
    expect(buildTemplate(TF, { vul: fill })).toEqual(chosen(buildActionTemplate(oldDef, old), TF));
  });
});

describe("ghnt-2018: generated answers", () => {
  const oldDef = findActionDefinition("ghnt-2018")!;
  const fill = ghnt2018Fill(GHNT);
  const old = ghnt2018Fills(oldDef);
  const rows = fill.rijen!.acties;

  test("the same values as the old fills, every row marked as generated", () => {
    expect(GENERATED_NOTE).toBe(OLD_NOTE);
    expect(Object.keys(rows)).toHaveLength(95);
    expect(rows).toEqual(Object.fromEntries(Object.entries(old).map(([id, f]) => [id, asRow(f)])));
    for (const r of Object.values(rows)) expect(String(r.toelichting).startsWith(GENERATED_NOTE)).toBe(true);
    const delayed = Object.values(rows).filter((r) => r.status === "Vertraagd");
    expect(delayed.length).toBeGreaterThan(0);
    for (const r of delayed) expect(r.toelichting).toContain("Vertraagd:");
  });

  test("the template equals the old one", () => {
    expect(buildTemplate(GHNT, { vul: fill })).toEqual(chosen(buildActionTemplate(oldDef, old), GHNT));
  });
});
