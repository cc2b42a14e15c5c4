import {
  buildActionReport,
  buildActionTemplate,
  ghnt2018Fills,
  layoutActionSheets,
  readActions,
  taskforce2013Fills,
  type ActionDefinition,
  type ActionFill,
} from "../legacy/core/actions";
import { findActionDefinition } from "../legacy/core/definition";
import { layoutNational } from "../../src/core/engine/layout-national";
import { explanationIndex } from "../../src/core/engine/explain";
import { parseMonitor, type Monitor } from "../../src/core/model";
import type { SheetModel } from "../../src/core/sheet-model";
import { inputFromModel } from "../legacy/inputs";
import { makeIssue } from "../../src/core/issues";
import { csvText } from "../actions/helpers";
import { bare, actionMonitor, actionNationalReport } from "./layout-fixtures";

interface Case {
  id: string;
  fills: (d: ActionDefinition) => Record<string, ActionFill>;
}
const CASES: Case[] = [
  { id: "actiemonitor-2013", fills: (d) => taskforce2013Fills(d, csvText("taskforce-acties-2013.csv")) },
  { id: "ghnt-2018", fills: (d) => ghnt2018Fills(d) },
];

function run(c: Case) {
  const oldDef = findActionDefinition(c.id)!;
  const def: Monitor = actionMonitor(c.id);
  const input = inputFromModel(buildActionTemplate(oldDef, c.fills(oldDef)), `${c.id}.xlsx`);
  const o = readActions(oldDef, input);
  if (!o.ok) throw new Error(o.reden);
  const oldReport = buildActionReport(oldDef, o.ret, o.issues);
  const oldModels = layoutActionSheets(oldDef, oldReport, o.issues);
  const report = actionNationalReport(def, oldReport, input, [], o.issues);
  return { def, input, oldReport, oldModels, report, newModels: layoutNational(def, report) };
}

/**
 * Known differences, by decision: the Actielijst gives every column the decision list reads at most 16
 * characters (the old layout gave Kwaliteitseisen 18), and the row's link goes to its main cell
 * (Status), the cell the row's judgement is about, where the old one went to the key cell.
 */
function normalise(old: SheetModel, neu: SheetModel): SheetModel {
  if (old.name !== "Actielijst") return old;
  return {
    ...old,
    widths: neu.widths,
    rows: old.rows.map((r, i) =>
      r.map((c, j) => (c.link && j === 0 ? { ...c, link: neu.rows[i][j].link } : c)),
    ),
  };
}

describe.each(CASES)("layoutNational, action monitor $id", (c) => {
  const { def, oldModels, newModels, report } = run(c);

  test("the same two sheets as the old layoutActionSheets", () => {
    expect(newModels.map((m) => m.name)).toEqual(["Overzicht acties", "Actielijst"]);
    expect(oldModels.map((m) => m.name)).toEqual(["Overzicht acties", "Actielijst"]);
  });

  test.each([0, 1])("sheet %i: the same cells", (i) => {
    expect(bare(newModels[i])).toEqual(normalise(oldModels[i], newModels[i]));
  });

  test("the deviations are only those named: widths of the judged columns and the row link", () => {
    const old = oldModels[1];
    const neu = newModels[1];
    const fixed = old.widths.length - 7;
    expect(neu.widths.slice(0, fixed)).toEqual(old.widths.slice(0, fixed));
    expect(neu.widths.slice(fixed + 4)).toEqual(old.widths.slice(fixed + 4));
    expect(neu.widths.slice(fixed, fixed + 4)).toEqual([16, 16, 16, 16]);
    expect(old.widths.slice(fixed, fixed + 4)).toEqual([18, 16, 16, 16]);
    const link = neu.rows[4][0].link!;
    expect(link).toMatch(/^'Acties'!\w+\d+$/);
    expect(old.rows[4][0].link).toMatch(/^'Acties'!A\d+$/);
  });

  test("every colour cell of the Actielijst explains its rule, values and source cell", () => {
    const list = newModels[1];
    const index = explanationIndex([list]);
    const colour = list.rows.slice(4).map((r) => r[r.length - 2]);
    expect(colour.length).toBe(report.rijen.acties.length);
    colour.forEach((cellModel, k) => {
      const j = report.rijen.acties[k];
      expect(cellModel.fill).toBe(j.oordeel.rag);
      expect(cellModel.uitleg?.regel).toContain(`Regel '${j.oordeel.regel}'`);
      expect(cellModel.uitleg?.invoer[0]).toBe(j.oordeel.uitleg);
      expect(cellModel.uitleg?.bron).toEqual([
        { regio: null, bestand: `${def.id}.xlsx`, blad: "Acties", cel: j.row.bron!.cel },
      ]);
      expect(cellModel.uitleg?.bronInDezeWerkmap).toBe(true);
    });
    expect(index.size).toBe(colour.length);
  });

  test("the group counts explain which rows they count", () => {
    const ov = newModels[0];
    const tot = ov.rows.find((r) => r[0].v === "Totaal")!;
    for (const k of [2, 3, 4, 5]) {
      const e = tot[k].uitleg!;
      expect(e.invoer[0]).toBe(`${tot[k].v} van ${tot[1].v} acties`);
      expect(e.invoer.length - 1).toBe(tot[k].v);
      expect(e.bron.length).toBe(tot[k].v);
    }
    expect(tot[7].uitleg?.regel).toBe("% voltooid = acties met status 'Voltooid' ÷ acties in de groep.");
    const groups = report.groepen.flatMap((g) => g.rijen);
    const labels = new Set(groups.map((g) => g.label));
    const explainedCounts = ov.rows.filter((r) => labels.has(r[0].v as string) && r[2].uitleg);
    expect(explainedCounts.length).toBe(groups.length);
    for (const r of explainedCounts)
      for (const k of [2, 3, 4, 5]) expect(r[k].uitleg!.invoer.length - 1).toBe(r[k].v);
  });

  test("every percentage of the overview is explained: shares, % voltooid, shifts", () => {
    const ov = newModels[0];
    const pct = ov.rows.flat().filter((x) => x.fmt === "0.0%");
    expect(pct.length).toBeGreaterThan(8);
    for (const x of pct) expect(x.uitleg?.regel.length).toBeGreaterThan(0);
    const share = ov.rows.find((r) => r[0].v === "Aandeel")!;
    expect(share[2].uitleg?.invoer[0]).toBe(
      `${report.totaal!.rag.groen} van ${report.totaal!.aantal} acties`,
    );
    const later = ov.rows.find((r) => r[0].v === "later")!;
    expect(later[2].uitleg?.invoer.length).toBe(1 + (later[1].v as number));
    expect(later[2].uitleg?.regel).toContain("De verschuiving volgt uit de einddatums van 'Opleverdatum'");
  });

  test("the issues are the report's and the counted returns'", () => {
    const extra = makeIssue("dubbele_retour", { bestand: "x.xlsx" }, { eenheid: "VWS", winnaar: "y.xlsx" });
    const r2 = { ...report, issues: [extra] };
    const ov = layoutNational(def, r2)[0];
    const all = [...report.meegeteld![0].issues, extra];
    const fouten = all.filter((i) => i.severity === "fout").length;
    const w = all.filter((i) => i.severity === "waarschuwing").length;
    expect(ov.rows.some((r) => r[0].v === `Meldingen: ${fouten} fouten, ${w} waarschuwingen`)).toBe(true);
    expect(ov.rows.some((r) => r[0].v === extra.bericht)).toBe(true);
  });
});

test("an action monitor without group tables gets the Actielijst with the shift table under it", () => {
  const c = CASES[0];
  const { def, report } = run(c);
  const noGroups = parseMonitor({ ...structuredClone(def), landelijk: [] });
  const models = layoutNational(noGroups, report);
  expect(models.map((m) => m.name)).toEqual(["Actielijst"]);
  const list = models[0];
  const head = list.rows.findIndex((r) => r[0].v === "Verschuiving" && r[0].fill === "kop");
  expect(head).toBeGreaterThan(4);
  expect(list.rows[head - 1][0].v).toBe("Verschuiving opleverdatum t.o.v. nulmeting");
  const cats = report.verschuiving.map((x) => x.categorie);
  expect(list.rows.slice(head + 1, head + 1 + cats.length).map((r) => r[0].v)).toEqual(cats);
});
