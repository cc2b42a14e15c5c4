import { layoutRegionSummary } from "../legacy/core/layout/region-summary";
import { explainSummary } from "../legacy/core/explain";
import { layoutUnitSummary } from "../../src/core/engine/layout-unit";
import { explanationIndex } from "../../src/core/engine/explain";
import { readReturn } from "../../src/core/engine/read";
import { scoreReturn } from "../../src/core/engine/score";
import { DEF, setCell, setField, setStatus, validInput } from "../legacy/inputs";
import { bare, dayOnly, actionMonitor, rakMonitor, readBoth } from "./layout-fixtures";
import type { WorkbookInput } from "../../src/core/grid";

const NEW = rakMonitor();

function both(input: WorkbookInput) {
  const { old, neu } = readBoth(NEW, input);
  const oldModel = layoutRegionSummary(DEF, old.ret, old.score, old.issues);
  // The issues are the layout's input: the old reader's, whose messages the new reader words differently.
  const newModel = layoutUnitSummary(NEW, neu.ret, neu.score, old.issues);
  return { old, neu, oldModel, newModel };
}

function inputs(): [string, WorkbookInput][] {
  const late = validInput("Breda", "breda.xlsx");
  setStatus(late, "M5", "In voorbereiding");
  setCell(late, "Mijlpalen", "M5", "Verwachte datum", "31-12-2013");
  const invalid = validInput("Delft", "delft.xlsx");
  setStatus(invalid, "M6", "Misschien");
  const empty = validInput("Ede", "ede.xlsx");
  setStatus(empty, "M2", null);
  const start = validInput("Zaanstad", "zaanstad.xlsx");
  setField(start, "Meetmoment", "Startfoto");
  return [
    ["Gouda", validInput("Gouda", "gouda.xlsx")],
    ["Zaanstad (Startfoto: M7 n.v.t.)", start],
    ["Amsterdam", validInput("Amsterdam", "amsterdam.xlsx")],
    ["Rotterdam", validInput("Rotterdam", "rotterdam.xlsx")],
    ["Breda (te laat)", late],
    ["Delft (ongeldige status)", invalid],
    ["Ede (lege status)", empty],
  ];
}

describe("layoutUnitSummary, RAK: parity with the old Samenvatting", () => {
  test.each(inputs())("%s: same cells, widths, data bars", (_n, input) => {
    const { oldModel, newModel } = both(input);
    expect(dayOnly(bare(newModel))).toEqual(oldModel);
  });

  test.each(inputs())("%s: the same explanations on the same cells", (_n, input) => {
    const { old, oldModel, newModel } = both(input);
    const oldIndex = explainSummary(DEF, old.ret, old.score, oldModel);
    const newIndex = dayOnly(Object.fromEntries(explanationIndex([newModel])));
    expect(Object.keys(newIndex).sort()).toEqual([...oldIndex.keys()].sort());
    for (const [k, v] of oldIndex) expect(newIndex[k]).toEqual(v);
    expect(oldIndex.size).toBeGreaterThan(10);
  });
});

describe("layoutUnitSummary, behaviour", () => {
  test("a late milestone is Rood on its row, with its rule, values and source cells", () => {
    const [, input] = inputs().find(([n]) => n.startsWith("Breda"))!;
    const { newModel } = both(input);
    const r = newModel.rows.findIndex((row) => row[0].v === "M5");
    const c = newModel.rows[r][4];
    expect(c).toMatchObject({ v: "Rood", fill: "rood" });
    expect(c.uitleg?.titel).toBe("M5 · Oordeel");
    expect(c.uitleg?.invoer[1]).toContain("ligt na normdatum 31-12-2010 + 12 maanden");
    expect(c.uitleg?.bron.map((b) => b.blad)).toEqual(["Mijlpalen", "Mijlpalen"]);
    expect(c.uitleg?.bronInDezeWerkmap).toBe(true);
    expect(newModel.rows[r][0].link).toMatch(/^'Mijlpalen'!C\d+$/);
  });

  test("an action monitor gets the same generic parts, one row per action", () => {
    const def = actionMonitor("actiemonitor-2013");
    const t = def.tabellen[0];
    if (t.vorm !== "rijen") throw new Error("rows");
    const header = t.kolommen.map((c) => c.kop);
    const rows = t.rijen.map((r) =>
      t.kolommen.map((c) =>
        c.vast
          ? r.waarden[c.id]
          : c.id === "status"
            ? "Voltooid"
            : c.id === "kwaliteitseisen"
              ? "Vastgesteld"
              : c.type === "datum"
                ? "01-01-2014"
                : null,
      ),
    );
    const input: WorkbookInput = {
      bestand: "acties.xlsx",
      definitie: { id: def.id, versie: def.versie },
      bladen: [t.blad],
      grids: [{ sheet: t.blad, table: t.tabel, top: 1, left: 1, values: [header, ...rows] }],
    };
    const r = readReturn(def, input);
    if (!r.ok) throw new Error(r.reden);
    const m = layoutUnitSummary(def, r.ret, scoreReturn(def, r.ret, r.issues), r.issues);
    expect(m.rows[0][0].v).toBe(`Regiomonitor · Samenvatting — ${def.naam}`);
    const labels = m.rows.map((x) => x[0].v);
    expect(labels).toContain("Invulgraad Acties");
    expect(labels).toContain("Voortgang acties");
    expect(labels).toContain("Oordeel werkmap");
    const head = m.rows.findIndex((x) => x[0].v === "Actie");
    expect(m.rows[head].map((x) => x.v)).toEqual([
      "Actie",
      "Omschrijving",
      "Status",
      "Opleverdatum",
      "Oordeel",
      "Uitleg",
    ]);
    expect(m.rows[head + 1][4]).toMatchObject({ v: "Groen", fill: "groen" });
    expect(m.rows[head + 1][4].uitleg?.regel).toContain("alleen met kwaliteitseisen");
    const judged = m.rows.slice(head + 1).filter((x) => x[4].fill === "groen" && x[4].uitleg);
    expect(judged.length).toBe(t.rijen.length);
  });
});
