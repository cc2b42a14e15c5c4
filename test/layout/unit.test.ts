import { layoutUnitSummary, SUMMARY_SHEET } from "../../src/core/layout/unit";
import { explanationIndex } from "../../src/core/engine/explain";
import { readReturn } from "../../src/core/engine/read";
import { scoreReturn } from "../../src/core/engine/score";
import { DEF_2013, setCell, setField, setStatus, validInput } from "../helpers/inputs";
import { DEF, checked, indexOf, rowOf } from "./fixtures";
import type { WorkbookInput } from "../../src/core/grid";

function summary(input: WorkbookInput) {
  const c = checked(DEF, input);
  return layoutUnitSummary(DEF, c.ret, c.score, c.issues);
}

function late(): WorkbookInput {
  const i = validInput("Breda", "breda.xlsx");
  setStatus(i, "M5", "In voorbereiding");
  setCell(i, "Mijlpalen", "M5", "Verwachte datum", "31-12-2013");
  return i;
}

const PARTS = [
  "Invulgraad Regio",
  "Invulgraad Mijlpalen",
  "Invulgraad Vragenlijst",
  "Invulgraad werkmap",
  "Voortgang mijlpalen",
  "Oordeel regio",
  "Fouten / waarschuwingen",
];

describe("layoutUnitSummary, RAK", () => {
  test("title, stamp, the parts and the milestone table with their headers; four frozen rows", () => {
    const m = summary(late());
    expect(m.name).toBe(SUMMARY_SHEET);
    expect(m.name).toBe("Samenvatting");
    expect(m.freezeRows).toBe(4);
    expect(m.widths).toEqual([26, 40, 24, 40, 12, 50]);
    expect(m.rows[0][0].v).toBe("Regiomonitor · Samenvatting — Breda (Eindfoto, peildatum 15-01-2011)");
    expect(m.rows[1][0].v).toBe(
      "Regiomonitor RAK 2008–2010 (versie 1.0) · gemaakt met Regiomonitor; bij opnieuw schrijven wordt dit blad vervangen.",
    );
    expect(m.rows[3].map((c) => [c.v, c.fill])).toEqual(
      ["Onderdeel", "Toelichting", "Waarde", "Waarvan onbekend", "Oordeel", "Uitleg"].map((v) => [v, "kop"]),
    );
    expect(m.rows.slice(4, 11).map((r) => r[0].v)).toEqual(PARTS);
    const head = indexOf(m, "Mijlpaal");
    expect(m.rows[head].map((c) => c.v)).toEqual([
      "Mijlpaal",
      "Omschrijving",
      "Status",
      "Verwachte datum",
      "Oordeel",
      "Uitleg",
    ]);
    expect(m.rows.slice(head + 1, head + 8).map((r) => r[0].v)).toEqual([
      "M1",
      "M2",
      "M3",
      "M4",
      "M5",
      "M6",
      "M7",
    ]);
    expect(rowOf(m, "Ernst").map((c) => c.v)).toEqual(["Ernst", "Blad", "Cel", "Kolom", null, "Melding"]);
    expect(rowOf(m, "Geen meldingen")[5].v).toBe("De werkmap is volledig en zonder fouten.");
  });

  test("the figures: invulgraad as a percentage, voortgang, oordeel regio Rood", () => {
    const m = summary(late());
    expect(rowOf(m, "Invulgraad werkmap").map((c) => c.v)).toEqual([
      "Invulgraad werkmap",
      "37 van 37 verplichte cellen",
      1,
      4,
      "Groen",
      "Groen: invulgraad 100,0 % en geen fouten.",
    ]);
    expect(rowOf(m, "Invulgraad werkmap")[2].fmt).toBe("0.0%");
    expect(rowOf(m, "Invulgraad werkmap")[4].fill).toBe("groen");
    const v = rowOf(m, "Voortgang mijlpalen");
    expect(v[2]).toMatchObject({ v: 6 / 7, fmt: "0.0%" });
    expect(v[5].v).toBe(
      "Voortgang 85,7 %: 6 keer 'Gereed / in uitvoering' (gewicht 1) en 0 keer 'Gedeeltelijk' (gewicht 0,5) van 7 mijlpalen.",
    );
    expect(rowOf(m, "Oordeel regio")[4]).toMatchObject({ v: "Rood", fill: "rood" });
    expect(rowOf(m, "Oordeel regio")[5].v).toBe(
      "Rood: slechtste oordeel van de mijlpalen (M5); 1 Rood, 0 Oranje, 0 Grijs, 6 Groen.",
    );
  });

  test("a late milestone is Rood on its row, with its rule, values and source cells, and a link", () => {
    const m = summary(late());
    const r = indexOf(m, "M5");
    const row = m.rows[r];
    expect(row[2].v).toBe("In voorbereiding");
    expect(row[3]).toMatchObject({ v: 41639, fmt: "dd-mm-yyyy" });
    const c = row[4];
    expect(c).toMatchObject({ v: "Rood", fill: "rood" });
    expect(row[5].v).toBe(
      "Rood: status 'In voorbereiding', verwachte datum 31-12-2013 ligt na normdatum 31-12-2010 plus 12 maanden (31-12-2011).",
    );
    expect(c.uitleg?.titel).toBe("M5 · Oordeel");
    expect(c.uitleg?.regel).toMatch(/^Op de peildatum: Groen: gereed; /);
    expect(c.uitleg?.invoer[1]).toContain("ligt na normdatum 31-12-2010 plus 12 maanden");
    expect(c.uitleg?.bron.map((b) => b.blad)).toEqual(["Mijlpalen", "Mijlpalen"]);
    expect(c.uitleg?.bronInDezeWerkmap).toBe(true);
    expect(row[0].link).toBe("'Mijlpalen'!C6");
    expect(rowOf(m, "M1")[0].link).toBe("'Mijlpalen'!C2");
    expect(rowOf(m, "M1")[4]).toMatchObject({ v: "Groen", fill: "groen" });
  });

  test("the explanations: on the figures and the judgements, each with rule, inputs and source in this file", () => {
    const m = summary(late());
    const index = explanationIndex([m]);
    expect(index.size).toBeGreaterThan(10);
    const inv = index.get(`Samenvatting\u0000C5`)!;
    expect(inv).toMatchObject({
      titel: "Invulgraad Regio",
      invoer: ["4 van 4 verplichte cellen, waarvan onbekend 0"],
      bron: [{ regio: "Breda", bestand: "breda.xlsx", blad: "Regio", cel: "B2" }],
      waarde: "100,0 %",
    });
    expect(inv.regel).toBe(
      "De invulgraad: de geldig ingevulde verplichte cellen, gedeeld door alle verplichte cellen die gelden (per werkmap). 'Onbekend' telt als ingevuld en wordt apart genoemd (waarvan onbekend).",
    );
    const m5 = index.get(`Samenvatting\u0000E${indexOf(m, "M5") + 1}`)!;
    expect(m5.waarde).toBe("Rood");
    for (const e of index.values()) {
      expect(e.blad).toBe("Samenvatting");
      expect(e.regel.length).toBeGreaterThan(0);
      expect(e.invoer.length).toBeGreaterThan(0);
      expect(e.bron.length).toBeGreaterThan(0);
      expect(e.bronInDezeWerkmap).toBe(true);
    }
  });

  test("errors are listed; a Startfoto; an empty status is Grijs", () => {
    const invalid = validInput("Delft", "delft.xlsx");
    setStatus(invalid, "M6", "Misschien");
    const m = summary(invalid);
    expect(rowOf(m, "M6")[4]).toMatchObject({ v: "Grijs", fill: "grijs" });
    const head = indexOf(m, "Ernst");
    expect(m.rows[head + 1][0].v).toBe("fout");
    expect(m.rows[head + 1][1].v).toBe("Mijlpalen");
    const empty = validInput("Ede", "ede.xlsx");
    setStatus(empty, "M2", null);
    expect(rowOf(summary(empty), "M2")[4]).toMatchObject({ v: "Grijs", fill: "grijs" });
    const start = validInput("Zaanstad", "zaanstad.xlsx");
    setField(start, "Meetmoment", "Startfoto");
    expect(summary(start).rows[0][0].v).toMatch(/^Regiomonitor · Samenvatting — Zaanstad \(Startfoto, /);
  });
});

describe("layoutUnitSummary, behaviour", () => {
  test("an action monitor gets the same generic parts, one row per action", () => {
    const def = DEF_2013;
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
