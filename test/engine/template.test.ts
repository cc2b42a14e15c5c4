/**
 * The one template builder: behaviour on the three built-ins (empty and with their example fills) and a small
 * monitor of its own, asserted directly: sheets, tables, headers, fixed rows, lists and their sources,
 * editable columns, formats, widths and the meta sheet.
 *
 * Chosen behaviour where the one builder differed from the two old builders (asserted below):
 * - column widths come from the definition (`breedte`), the fields table keeps 22 and 40;
 * - the meta sheet records definitie, versie and naam for every monitor (the old action builder added
 *   `soort`, a concept the one model does not have);
 * - a field with `standaard` gets it in a new template (Meetmoment = Startfoto; the old one left it empty).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { findMonitor, parseMonitor, rowsTables, type Monitor } from "../../src/core/model";
import { buildTemplate } from "../../src/core/engine/template";
import { ghnt2018Fill, taskforce2013Fill } from "../../src/examples/fills";
import { exampleFills } from "../helpers/inputs";
import { isoToSerial } from "../../src/core/cells/dates";
import { DATE_FORMAT } from "../../src/core/template-model";

const data = (f: string) => readFileSync(path.join(__dirname, "..", "..", "data", f), "utf8");
const TASKFORCE_CSV = data("taskforce-acties-2013.csv");

function monitor(id: string): Monitor {
  const d = findMonitor(id);
  if (!d) throw new Error(id);
  return d;
}
const RAK = monitor("rak-2008-2010");
const TF = monitor("actiemonitor-2013");
const GHNT = monitor("ghnt-2018");

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

describe("the built-ins in full", () => {
  test("RAK empty: three protected sheets, the questionnaire table, every list, the date cells", () => {
    const m = buildTemplate(RAK);
    expect(m.tables.map((t) => [t.sheet, t.table, t.protect])).toEqual([
      ["Regio", "tblRegio", true],
      ["Mijlpalen", "tblMijlpalen", true],
      ["Vragenlijst", "tblVragenlijst", true],
    ]);
    expect(m.tables.map((t) => t.widths)).toEqual([
      [22, 40],
      [8, 60, 24, 16, 18, 50],
      [7, 22, 70, 36, 50],
    ]);
    expect(m.tables[0].formats).toEqual([null, null]);
    const v = m.tables[2];
    expect(v.header).toEqual(["Nr", "Onderdeel", "Vraag", "Antwoord", "Toelichting"]);
    expect(v.editable).toEqual([false, false, false, true, true]);
    expect(v.formats).toEqual([null, null, null, null, null]);
    expect(v.rows).toHaveLength(32);
    expect(v.rows.slice(0, 2)).toEqual([
      ["V1", "Preventie", "Ouders voorgelicht over de norm van geweldloos opvoeden", null, null],
      ["V2", "Preventie", "Ouders voorgelicht over het Shaken Baby Syndroom", null, null],
    ]);
    expect(v.lists[0]).toEqual({ row: 0, col: 3, source: "=Keuzelijsten!$D$2:$D$5" });
    expect(m.listsSheet.name).toBe("Keuzelijsten");
    expect(m.listsSheet.columns.slice(2)).toEqual([
      {
        header: "Status",
        values: ["Gereed / in uitvoering", "Gedeeltelijk", "In voorbereiding", "Niet gestart", "Onbekend"],
      },
      { header: "bereik", values: ["Alle", "Een deel", "Geen", "Onbekend"] },
      { header: "scholing", values: ["Regelmatig", "Incidenteel", "Niet", "Onbekend"] },
      { header: "janee", values: ["Ja", "Nee", "Onbekend"] },
      { header: "deels", values: ["Ja", "Gedeeltelijk", "Nee", "Onbekend"] },
      { header: "dekking", values: ["Regiobreed", "In een deel van de regio", "Niet", "Onbekend"] },
      {
        header: "coordinator",
        values: [
          "Ja, regiocoördinator aangesteld",
          "Ja, werkzaamheden bij iemand anders ondergebracht",
          "Nee",
          "Onbekend",
        ],
      },
    ]);
    expect(m.cellFormats).toEqual([
      { sheet: "Regio", row: 2, col: 1, format: DATE_FORMAT },
      { sheet: "Vragenlijst", row: 22, col: 3, format: DATE_FORMAT },
    ]);
    // With the unit and meetmoment given, only those two cells change.
    const ede = buildTemplate(RAK, { eenheid: "Ede", meetmoment: "Startfoto" });
    expect(ede.tables[0].rows.slice(0, 2)).toEqual([
      ["Regio", "Ede"],
      ["Meetmoment", "Startfoto"],
    ]);
    expect({ ...ede, tables: ede.tables.slice(1) }).toEqual({ ...m, tables: m.tables.slice(1) });
  });

  test("RAK: the 37 stated Eindfoto fills (test/helpers/inputs.ts) land in their cells; Gouda written out", () => {
    const fills = exampleFills();
    expect(fills).toHaveLength(37);
    const empty = buildTemplate(RAK);
    for (const f of fills) {
      const m = buildTemplate(RAK, { eenheid: f.eenheid, vul: f.fill });
      // Only the rows (and the heights of rows with longer text) change: lists, formats, widths and the meta
      // sheet are those of the empty template.
      expect(m.tables.map((t) => ({ ...t, rows: [], rijHoogtes: {} }))).toEqual(
        empty.tables.map((t) => ({ ...t, rows: [], rijHoogtes: {} })),
      );
      expect([m.listsSheet, m.metaSheet, m.cellFormats]).toEqual([
        empty.listsSheet,
        empty.metaSheet,
        empty.cellFormats,
      ]);
      expect(m.tables[0].rows[0]).toEqual(["Regio", f.eenheid]);
      const status = Object.fromEntries(m.tables[1].rows.map((r) => [r[0], r[2]]));
      expect(status).toEqual(
        Object.fromEntries(Object.entries(f.fill.rijen!.mijlpalen).map(([code, c]) => [code, c.status])),
      );
    }
    const f = fills.find((x) => x.eenheid === "Gouda")!;
    const g = buildTemplate(RAK, { eenheid: f.eenheid, vul: f.fill });
    expect(g.tables[0].rows).toEqual([
      ["Regio", "Gouda"],
      ["Meetmoment", "Eindfoto"],
      ["Peildatum", isoToSerial("2011-01-15")],
      ["Ingevuld door", "Regiocoördinator Gouda"],
      ["Functie", null],
      ["E-mail", null],
    ]);
    const gereed = (code: string, naam: string) => [code, naam, "Gereed / in uitvoering", null, null, null];
    expect(g.tables[1].rows).toEqual([
      gereed("M1", "Intentieverklaring en regionale projectstructuur met stuurgroep"),
      gereed("M2", "Regiocoördinator aangesteld"),
      gereed("M3", "Startfoto gemaakt"),
      gereed("M4", "Regionaal werkplan bestuurlijk goedgekeurd"),
      [
        "M5",
        "Regionaal handelingsprotocol in uitvoering",
        "Gedeeltelijk",
        null,
        "voorjaar 2011",
        "handelingsprotocol: X = convenanten CJG; regionale meldcode verwacht voorjaar 2011",
      ],
      gereed("M6", "Regionaal scholingsplan in uitvoering"),
      gereed("M7", "Eindfoto gemaakt"),
    ]);
    expect(g.tables[2].rows.slice(0, 4).map((r) => [r[0], r[3], r[4]])).toEqual([
      ["V1", "Alle", null],
      ["V2", "Alle", null],
      ["V3", "Alle", null],
      ["V4a", "Niet", null],
    ]);
  });

  test("actiemonitor-2013 with the Taskforce fill: one Acties sheet, three lists, dates formatted", () => {
    const m = buildTemplate(TF, { vul: taskforce2013Fill(TF, TASKFORCE_CSV) });
    expect(m.definitie).toEqual({ id: "actiemonitor-2013", versie: "1.0" });
    expect(m.tables).toHaveLength(1);
    const t = m.tables[0];
    expect([t.sheet, t.table, t.protect]).toEqual(["Acties", "tblActies", true]);
    expect(t.header).toEqual([
      "Nr",
      "Actie",
      "Actiehouder",
      "Opleverdatum",
      "Opleverdatum nulmeting",
      "Kwaliteitseisen",
      "Status",
      "Verschuiving t.o.v. nulmeting",
      "Uitstel t.o.v. nulmeting",
      "Toelichting",
    ]);
    expect(t.widths).toEqual([6, 60, 22, 16, 16, 20, 18, 18, 14, 60]);
    expect(t.editable).toEqual([false, false, false, true, true, true, true, true, true, true]);
    expect(t.formats).toEqual([null, null, null, DATE_FORMAT, DATE_FORMAT, null, null, null, null, null]);
    expect(t.rows).toHaveLength(25);
    expect(t.rows[1]).toEqual([
      "2",
      "Evalueren regierol gemeenten kindermishandeling",
      "VWS",
      "Begin 2015",
      null,
      "Nader te bepalen",
      "Niet gestart",
      "eerder of gelijk",
      null,
      "Opleverdatum nulmeting staat niet in de bron; de gepubliceerde monitor meldt voor deze actie geen latere datum (3 acties eerder en 14 gelijk, zonder te zeggen welke): 'eerder of gelijk'.",
    ]);
    // Every row: Kwaliteitseisen, Status, Verschuiving and Uitstel each have their column's list.
    expect(t.lists).toHaveLength(100);
    expect(t.lists.slice(0, 3)).toEqual([
      { row: 0, col: 5, source: "=Keuzelijsten!$A$2:$A$4" },
      { row: 0, col: 6, source: "=Keuzelijsten!$B$2:$B$7" },
      { row: 0, col: 7, source: "=Keuzelijsten!$C$2:$C$6" },
    ]);
    expect(new Set(t.lists.map((l) => `${l.col} ${l.source}`)).size).toBe(4);
    expect(m.listsSheet).toEqual({
      name: "Keuzelijsten",
      columns: [
        { header: "Kwaliteitseisen", values: ["Vastgesteld", "Nader te bepalen", "Niet van toepassing"] },
        {
          header: "Status",
          values: ["Niet gestart", "Gestart", "Conform planning", "Vertraagd", "Voltooid", "Vervallen"],
        },
        {
          header: "Verschuiving t.o.v. nulmeting",
          values: ["eerder", "gelijk", "eerder of gelijk", "later", "zonder einddatum"],
        },
        { header: "Uitstel t.o.v. nulmeting", values: ["6 maanden", "1 jaar", "ruim 1 jaar"] },
      ],
    });
    expect(m.metaSheet).toEqual({
      name: "_regiomonitor",
      rows: [
        ["definitie", "actiemonitor-2013"],
        ["versie", "1.0"],
        ["naam", "Taskforce-monitor 2013 — Actieplan Kinderen veilig 2012–2016"],
      ],
    });
    expect(m.cellFormats).toEqual([]);
    // The empty template: the same but for the filled-in columns.
    const e = buildTemplate(TF);
    expect(e.tables[0].rows[1]).toEqual([
      "2",
      "Evalueren regierol gemeenten kindermishandeling",
      "VWS",
      null,
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
    expect({ ...e, tables: [{ ...e.tables[0], rows: [], rijHoogtes: {} }] }).toEqual({
      ...m,
      tables: [{ ...t, rows: [], rijHoogtes: {} }],
    });
  });

  test("ghnt-2018 with the generated fill: dates as serials, two lists, no shift column", () => {
    const m = buildTemplate(GHNT, { vul: ghnt2018Fill(GHNT) });
    expect(m.definitie).toEqual({ id: "ghnt-2018", versie: "1.0" });
    const t = m.tables[0];
    expect([m.tables.length, t.sheet, t.table, t.protect]).toEqual([1, "Acties", "tblActies", true]);
    expect(t.header).toEqual([
      "Id",
      "Actielijn",
      "Bouwsteen nr",
      "Bouwsteen",
      "Actie",
      "Fase bij publicatie (2018)",
      "Opleverdatum",
      "Opleverdatum nulmeting",
      "Kwaliteitseisen",
      "Status",
      "Toelichting",
    ]);
    expect(t.widths).toEqual([8, 26, 9, 32, 70, 22, 16, 16, 20, 18, 60]);
    expect(t.editable).toEqual([false, false, false, false, false, false, true, true, true, true, true]);
    expect(t.formats).toEqual([
      null,
      null,
      null,
      null,
      null,
      null,
      DATE_FORMAT,
      DATE_FORMAT,
      null,
      null,
      null,
    ]);
    expect(t.rows).toHaveLength(95);
    expect(t.rows[0]).toEqual([
      "1.1.1",
      "Eerder en beter in beeld",
      "1.1",
      "Bespreekbaar maken",
      "Publiekscampagne gericht op omstanders starten",
      "Fase 2 uitvoering",
      isoToSerial("2021-11-30"),
      isoToSerial("2021-09-30"),
      "Vastgesteld",
      "Gestart",
      "Gegenereerd voorbeeld (geen echte stand van zaken).",
    ]);
    expect(t.lists).toHaveLength(190);
    expect(t.lists.slice(0, 2)).toEqual([
      { row: 0, col: 8, source: "=Keuzelijsten!$A$2:$A$4" },
      { row: 0, col: 9, source: "=Keuzelijsten!$B$2:$B$7" },
    ]);
    expect(new Set(t.lists.map((l) => `${l.col} ${l.source}`)).size).toBe(2);
    expect(m.listsSheet.columns.map((c) => [c.header, c.values.length])).toEqual([
      ["Kwaliteitseisen", 3],
      ["Status", 6],
    ]);
    expect(m.metaSheet.rows).toEqual([
      ["definitie", "ghnt-2018"],
      ["versie", "1.0"],
      ["naam", "Geweld hoort nergens thuis 2018–2021"],
    ]);
    expect(m.cellFormats).toEqual([]);
  });
});
