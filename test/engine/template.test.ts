/**
 * The one template builder: behaviour on the three built-ins and a small monitor of its own, and parity with
 * the two old builders (src/core/template.ts with src/core/examples/annex.ts, src/core/actions/template.ts).
 *
 * Chosen behaviour where the new one differs from the old builders (asserted below):
 * - column widths come from the definition (`breedte`), the fields table keeps 22 and 40;
 * - the meta sheet records definitie, versie and naam for every monitor (the old action builder added
 *   `soort`, a concept the one model does not have);
 * - a field with `standaard` gets it in a new template (Meetmoment = Startfoto; the old one left it empty).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { defaultDefinition, findActionDefinition } from "../legacy/core/definition";
import { buildTemplate as oldBuildTemplate } from "../legacy/core/template";
import { annexFills as oldAnnexFills, filledTemplate } from "../legacy/core/examples/annex";
import { buildActionTemplate } from "../legacy/core/actions/template";
import { ghnt2018Fills, taskforce2013Fills } from "../legacy/core/actions/examples";
import { findMonitor, parseMonitor, rowsTables, type Monitor } from "../../src/core/model";
import { buildTemplate } from "../../src/core/engine/template";
import { annexFills, ghnt2018Fill, taskforce2013Fill } from "../../src/core/engine/examples";
import { isoToSerial } from "../../src/core/cells/dates";
import { DATE_FORMAT, type TemplateModel } from "../../src/core/template-model";

const data = (f: string) => readFileSync(path.join(__dirname, "..", "..", "data", f), "utf8");
const ANNEX_CSV = data("rak-regio-mijlpalen-2011-01-15.csv");
const TASKFORCE_CSV = data("taskforce-acties-2013.csv");

function monitor(id: string): Monitor {
  const d = findMonitor(id);
  if (!d) throw new Error(id);
  return d;
}
const RAK = monitor("rak-2008-2010");
const TF = monitor("actiemonitor-2013");
const GHNT = monitor("ghnt-2018");

/** The widths the definition gives: 22/40 for the fields table, each column's breedte for a rows table. */
function definitionWidths(def: Monitor): number[][] {
  return def.tabellen.map((t) => (t.vorm === "velden" ? [22, 40] : t.kolommen.map((c) => c.breedte)));
}

/** An old model with the chosen behaviour applied: definition widths, meta without `soort`. */
function asChosen(old: TemplateModel, def: Monitor): TemplateModel {
  const widths = definitionWidths(def);
  return {
    ...old,
    tables: old.tables.map((t, i) => ({ ...t, widths: widths[i] })),
    metaSheet: { ...old.metaSheet, rows: old.metaSheet.rows.filter(([k]) => k !== "soort") },
  };
}

describe("buildTemplate — RAK 2008–2010", () => {
  const model = buildTemplate(RAK);
  const [regio, mijl, vrl] = model.tables;

  test("a fields table with Veld/Waarde rows, the unit list and the Meetmoment default", () => {
    expect(regio.sheet).toBe("Regio");
    expect(regio.table).toBe("tblRegio");
    expect(regio.header).toEqual(["Veld", "Waarde"]);
    expect(regio.rows).toEqual([
      ["Regio", null],
      ["Meetmoment", "Startfoto"],
      ["Peildatum", null],
      ["Ingevuld door", null],
      ["Functie", null],
      ["E-mail", null],
    ]);
    expect(regio.editable).toEqual([false, true]);
    expect(regio.widths).toEqual([22, 40]);
    expect(regio.lists).toEqual([
      { row: 0, col: 1, source: "=Keuzelijsten!$A$2:$A$38" },
      { row: 1, col: 1, source: "=Keuzelijsten!$B$2:$B$3" },
    ]);
    expect(model.listsSheet.columns[0].header).toBe("Regio");
    expect(model.listsSheet.columns[0].values).toHaveLength(37);
    expect(model.listsSheet.columns[0].values[0]).toBe("Alkmaar");
    expect(model.listsSheet.columns[1]).toEqual({ header: "meetmoment", values: ["Startfoto", "Eindfoto"] });
    expect(model.cellFormats[0]).toEqual({ sheet: "Regio", row: 2, col: 1, format: DATE_FORMAT });
  });

  test("a rows table: fixed values, empty fill-in cells, one list for the column, date columns formatted", () => {
    expect(mijl.header).toEqual([
      "Code",
      "Mijlpaal",
      "Status",
      "Datum gereed",
      "Verwachte datum",
      "Toelichting",
    ]);
    expect(mijl.rows[0]).toEqual([
      "M1",
      "Intentieverklaring en regionale projectstructuur met stuurgroep",
      null,
      null,
      null,
      null,
    ]);
    expect(mijl.rows).toHaveLength(7);
    expect(mijl.editable).toEqual([false, false, true, true, true, true]);
    expect(mijl.formats).toEqual([null, null, null, DATE_FORMAT, DATE_FORMAT, null]);
    expect(mijl.widths).toEqual([8, 60, 24, 16, 18, 50]);
    expect(mijl.lists).toHaveLength(7);
    expect(new Set(mijl.lists.map((l) => l.source))).toEqual(new Set(["=Keuzelijsten!$C$2:$C$6"]));
    expect(model.listsSheet.columns[2]).toEqual({
      header: "Status",
      values: ["Gereed / in uitvoering", "Gedeeltelijk", "In voorbereiding", "Niet gestart", "Onbekend"],
    });
  });

  test("the questionnaire: each question its own list (named after its scale) or date format", () => {
    const table = rowsTables(RAK)[1];
    const withScale = table.rijen.filter((r) => r.cel?.schaal).length;
    expect(vrl.lists).toHaveLength(withScale);
    expect(vrl.lists.every((l) => l.col === 3)).toBe(true);
    const dates = table.rijen.flatMap((r, i) => (r.cel?.type === "datum" ? [i] : []));
    expect(dates.length).toBeGreaterThan(0);
    expect(model.cellFormats.filter((f) => f.sheet === "Vragenlijst").map((f) => f.row)).toEqual(dates);
    const names = model.listsSheet.columns.map((c) => c.header);
    expect(names).toEqual([
      "Regio",
      "meetmoment",
      "Status",
      "bereik",
      "scholing",
      "janee",
      "deels",
      "dekking",
      "coordinator",
    ]);
  });

  test("the meta sheet records the definition", () => {
    expect(model.definitie).toEqual({ id: "rak-2008-2010", versie: "1.0" });
    expect(model.metaSheet).toEqual({
      name: "_regiomonitor",
      rows: [
        ["definitie", "rak-2008-2010"],
        ["versie", "1.0"],
        ["naam", "Regiomonitor RAK 2008–2010"],
      ],
    });
  });

  test("options: unit, meetmoment, peildatum (a date becomes a serial, other text stays text)", () => {
    const rows = (o: Parameters<typeof buildTemplate>[1]) => buildTemplate(RAK, o).tables[0].rows;
    const r = rows({ eenheid: "Delft", meetmoment: "Eindfoto", peildatum: "15-01-2011" });
    expect(r[0][1]).toBe("Delft");
    expect(r[1][1]).toBe("Eindfoto");
    expect(r[2][1]).toBe(isoToSerial("2011-01-15"));
    expect(rows({ peildatum: "2011-01-15" })[2][1]).toBe(isoToSerial("2011-01-15"));
    expect(rows({ peildatum: "januari 2011" })[2][1]).toBe("januari 2011");
    // A fill wins over options and defaults, null included.
    expect(rows({ meetmoment: "Eindfoto", vul: { velden: { Meetmoment: null } } })[1][1]).toBeNull();
  });

  test("a fill that names what the definition does not have is refused", () => {
    expect(() => buildTemplate(RAK, { vul: { velden: { Regiooo: "x" } } })).toThrow("veld 'Regiooo'");
    expect(() => buildTemplate(RAK, { vul: { rijen: { mijlpaal: {} } } })).toThrow("tabel 'mijlpaal'");
    expect(() => buildTemplate(RAK, { vul: { rijen: { mijlpalen: { M9: {} } } } })).toThrow("Mijlpaal 'M9'");
    expect(() => buildTemplate(RAK, { vul: { rijen: { mijlpalen: { M1: { stat: "x" } } } } })).toThrow(
      "kolom 'stat'",
    );
    expect(() => buildTemplate(RAK, { vul: { rijen: { mijlpalen: { M1: { code: "x" } } } } })).toThrow(
      "vast",
    );
  });
});

describe("buildTemplate — a monitor of its own (no fields table, unit and number columns)", () => {
  const own = parseMonitor({
    model: 2,
    id: "eigen",
    versie: "0.1",
    naam: "Eigen monitor",
    eenheden: { soort: "gemeente", meervoud: "gemeenten", namen: [{ naam: "Aa" }, { naam: "Bb" }] },
    schalen: {
      jn: { opties: [{ label: "Ja", gewicht: 1 }, { label: "Nee" }] },
      ander: { opties: [{ label: "X" }] },
    },
    tabellen: [
      {
        id: "punten",
        vorm: "rijen",
        blad: "Punten",
        tabel: "tblPunten",
        rijNaam: "Punt",
        rijNaamMeervoud: "punten",
        sleutel: "nr",
        label: "nr",
        hoofdkolom: "ok",
        kolommen: [
          { id: "nr", kop: "Nr", vast: true },
          { id: "ok", kop: "Jn", type: "keuze", schaal: "jn" },
          { id: "wie", kop: "Gemeente", type: "eenheid" },
          { id: "aantal", kop: "Aantal", type: "getal", breedte: 9 },
          { id: "ook", kop: "Ook", type: "keuze", schaal: "jn" },
        ],
        rijen: [{ waarden: { nr: "1" } }, { waarden: { nr: "2" }, cel: { schaal: "ander" } }],
      },
    ],
    scores: { invulling: { groen: 100, oranje: 80 } },
    rag: {
      volgorde: ["rood", "oranje", "grijs", "groen"],
      labels: { groen: "Groen", oranje: "Oranje", rood: "Rood", grijs: "Grijs" },
    },
  });
  const m = buildTemplate(own, { vul: { rijen: { punten: { "2": { aantal: 3, wie: "Bb" } } } } });

  test("two different lists with the same name: the later one is numbered", () => {
    const clash = parseMonitor({
      ...own,
      schalen: {
        ...own.schalen,
        Jn: { opties: [{ label: "Ja" }, { label: "Nee" }, { label: "Misschien" }] },
      },
      tabellen: [
        {
          id: "kop",
          vorm: "velden",
          blad: "Kop",
          tabel: "tblKop",
          kolommen: { veld: "Veld", waarde: "Waarde" },
          velden: [
            { naam: "Gemeente", type: "eenheid", verplicht: true, rol: "eenheid" },
            { naam: "Keuze", type: "keuze", schaal: "Jn", verplicht: false },
          ],
        },
        ...own.tabellen,
      ],
    });
    const c = buildTemplate(clash, { eenheid: "Aa" });
    expect(c.tables[0].rows).toEqual([
      ["Gemeente", "Aa"],
      ["Keuze", null],
    ]);
    expect(c.listsSheet.columns.map((l) => l.header)).toEqual(["Gemeente", "Jn", "Jn (2)", "Ook", "ander"]);
    expect(c.listsSheet.columns[2].values).toEqual(["Ja", "Nee"]);
    expect(c.tables[1].lists[0]).toEqual({ row: 0, col: 1, source: "=Keuzelijsten!$C$2:$C$3" });
    // The unit list of the field and of the column is the same list.
    expect(c.tables[1].lists[1]).toEqual({ row: 0, col: 2, source: "=Keuzelijsten!$A$2:$A$3" });
  });

  test("lists per cell from column or row scale, equal lists written once, units listed", () => {
    const t = m.tables[0];
    expect(t.rows).toEqual([
      ["1", null, null, null, null],
      ["2", null, "Bb", 3, null],
    ]);
    expect(t.widths).toEqual([18, 18, 18, 9, 18]);
    expect(m.listsSheet.columns).toEqual([
      { header: "Jn", values: ["Ja", "Nee"] },
      { header: "Gemeente", values: ["Aa", "Bb"] },
      { header: "Ook", values: ["Ja", "Nee"] },
      { header: "ander", values: ["X"] },
    ]);
    expect(t.lists).toEqual([
      { row: 0, col: 1, source: "=Keuzelijsten!$A$2:$A$3" },
      { row: 0, col: 2, source: "=Keuzelijsten!$B$2:$B$3" },
      { row: 0, col: 4, source: "=Keuzelijsten!$C$2:$C$3" },
      { row: 1, col: 1, source: "=Keuzelijsten!$D$2:$D$2" },
      { row: 1, col: 2, source: "=Keuzelijsten!$B$2:$B$3" },
      { row: 1, col: 4, source: "=Keuzelijsten!$C$2:$C$3" },
    ]);
    expect(m.cellFormats).toEqual([]);
  });
});

describe("parity with the old builders", () => {
  test("RAK empty template: equal to the old one but for Meetmoment = Startfoto and the definition's widths", () => {
    const old = oldBuildTemplate(defaultDefinition());
    const now = buildTemplate(RAK);
    expect(old.tables[0].rows[1]).toEqual(["Meetmoment", null]);
    expect(now.tables[0].rows[1]).toEqual(["Meetmoment", "Startfoto"]);
    // The old widths: the definition gives the same.
    expect(old.tables.map((t) => t.widths)).toEqual([
      [22, 40],
      [8, 60, 24, 16, 18, 50],
      [7, 22, 70, 36, 50],
    ]);
    const expected = asChosen(old, RAK);
    expected.tables[0].rows[1] = ["Meetmoment", "Startfoto"];
    expect(now).toEqual(expected);
    // With the meetmoment given, only the widths differ.
    expect(buildTemplate(RAK, { eenheid: "Ede", meetmoment: "Startfoto" })).toEqual(
      asChosen(oldBuildTemplate(defaultDefinition(), { regio: "Ede", meetmoment: "Startfoto" }), RAK),
    );
  });

  test("RAK: all 37 example fills equal the old filledTemplate (widths from the definition)", () => {
    const oldDef = defaultDefinition();
    const olds = oldAnnexFills(oldDef, ANNEX_CSV);
    const fills = annexFills(RAK, ANNEX_CSV);
    expect(fills.map((f) => f.eenheid)).toEqual(olds.map((f) => f.regio));
    expect(fills).toHaveLength(37);
    fills.forEach((f, i) => {
      expect(buildTemplate(RAK, { eenheid: f.eenheid, vul: f.fill })).toEqual(
        asChosen(filledTemplate(oldDef, olds[i]), RAK),
      );
    });
  });

  test("actiemonitor-2013 and ghnt-2018: equal the old buildActionTemplate with their example fills", () => {
    const oldTf = findActionDefinition("actiemonitor-2013")!;
    const oldG = findActionDefinition("ghnt-2018")!;
    const oldTfModel = buildActionTemplate(oldTf, taskforce2013Fills(oldTf, TASKFORCE_CSV));
    const oldGModel = buildActionTemplate(oldG, ghnt2018Fills(oldG));
    expect(oldTfModel.metaSheet.rows[3]).toEqual(["soort", "acties"]);
    expect(oldTfModel.tables[0].widths).toEqual([6, 60, 22, 16, 16, 20, 18, 18, 60]);
    const tf = buildTemplate(TF, { vul: taskforce2013Fill(TF, TASKFORCE_CSV) });
    expect(tf.tables[0].widths).toEqual([6, 60, 22, 16, 16, 20, 18, 18, 60]);
    expect(tf).toEqual(asChosen(oldTfModel, TF));
    expect(buildTemplate(GHNT, { vul: ghnt2018Fill(GHNT) })).toEqual(asChosen(oldGModel, GHNT));
    // Empty templates too.
    expect(buildTemplate(TF)).toEqual(asChosen(buildActionTemplate(oldTf), TF));
    expect(buildTemplate(GHNT)).toEqual(asChosen(buildActionTemplate(oldG), GHNT));
  });
});
