import { layoutNational } from "../../src/core/layout/national";
import { explanationIndex } from "../../src/core/engine/explain";
import { unitNames } from "../../src/core/model";
import { exampleFills, validInput } from "../helpers/inputs";
import { DEF, allReturns, indexOf, nationalReport, rowOf } from "./fixtures";
import { OVERVIEW_SHEET } from "../../src/core/layout/overview";

/** The national tables without the overview sheet in front of them (test/print covers the overview). */
const tables = <T extends { name: string }>(models: T[]): T[] => {
  expect(models[0].name).toBe(OVERVIEW_SHEET);
  return models.slice(1);
};

const SHEETS = [
  "Retouren",
  "Mijlpalen landelijk",
  "Regio × mijlpaal",
  "Vragenlijst landelijk",
  "Open antwoorden",
];
const STAMP =
  "Regiomonitor RAK 2008–2010 (versie 1.0) · ontvangen 37 van 37 regio's · gemaakt met Regiomonitor; bij opnieuw importeren wordt dit blad vervangen.";

describe("layoutNational, RAK, on the 37 example returns", () => {
  const models = tables(layoutNational(DEF, nationalReport(DEF, allReturns())));
  const sheet = (n: string) => models.find((m) => m.name === n)!;

  test("five sheets in this order, each with title, stamp, header and three frozen rows", () => {
    // Then one factsheet per received region (test/monitors/factsheet.test.ts).
    expect(models.map((m) => m.name)).toEqual([...SHEETS, ...unitNames(DEF)]);
    for (const m of models.filter((x) => SHEETS.includes(x.name))) {
      expect(m.freezeRows).toBe(3);
      expect(m.rows[0][0].v).toMatch(new RegExp(`^Regiomonitor · ${m.name} — `));
      expect(m.rows[1][0].v).toBe(STAMP);
      expect(m.rows[2].every((c) => c.fill === "kop")).toBe(true);
    }
    expect(models[0].rows[2].map((c) => c.v)).toEqual([
      "Regio",
      "Ontvangen",
      "Bestand",
      "Meetmoment",
      "Peildatum",
      "Invulgraad",
      "Waarvan onbekend",
      "Fouten",
      "Waarschuwingen",
      "Oordeel regio",
      "Invulling",
      "Opmerking",
      "Uitleg oordeel",
      "Uitleg invulling",
    ]);
    expect(sheet("Mijlpalen landelijk").rows[2].map((c) => c.v)).toEqual([
      "Code",
      "Mijlpaal",
      "Gereed / in uitvoering",
      "Gedeeltelijk",
      "In voorbereiding",
      "Niet gestart",
      "Onbekend",
      "Gegevens onbekend",
      "Gerealiseerd",
      "Waarvan gedeeltelijk",
      "% gerealiseerd",
      "Groen",
      "Oranje",
      "Rood",
      "Grijs",
      "Uitleg",
    ]);
    expect(sheet("Regio × mijlpaal").rows[2].map((c) => c.v)[0]).toBe("Regio");
    expect(
      sheet("Regio × mijlpaal")
        .rows[2].map((c) => c.v)
        .slice(-2),
    ).toEqual(["Oordeel regio", "Uitleg"]);
    expect(sheet("Vragenlijst landelijk").rows[2].map((c) => c.v)).toEqual([
      "Nr",
      "Vraag",
      "Antwoord",
      "Aantal",
      "Percentage",
      "Uitleg",
    ]);
    expect(sheet("Open antwoorden").rows[2].map((c) => c.v)).toEqual([
      "Regio",
      "Nr",
      "Vraag",
      "Antwoord",
      "Bron",
    ]);
  });

  test("Retouren: one row per region, the peildatum as a date, invulgraad as a percentage", () => {
    const r = models[0];
    expect(r.rows.slice(3, 40).map((x) => x[0].v)).toEqual(exampleFills().map((f) => f.eenheid));
    const row = rowOf(r, "Nijmegen");
    expect(row.slice(1, 4).map((c) => c.v)).toEqual(["Ja", "Regiomonitor-Nijmegen.xlsx", "Eindfoto"]);
    expect(row[4].v).toBe(40558);
    expect(row[4].fmt).toMatch(/d/);
    expect(row[5]).toMatchObject({ v: 1, fmt: "0.0%" });
    expect(row[9]).toMatchObject({ v: "Rood", fill: "rood" });
  });

  test("Mijlpalen landelijk: the README's figures M4 36/37, M5 29 (2 gedeeltelijk) 27/9/1/0, M6 36", () => {
    const m = sheet("Mijlpalen landelijk");
    const m4 = rowOf(m, "M4");
    expect(m4[8].v).toBe(36);
    expect(m4[10]).toMatchObject({ v: 36 / 37, fmt: "0.0%" });
    const m5 = rowOf(m, "M5");
    expect(m5.slice(2, 10).map((c) => c.v)).toEqual([27, 2, 8, 0, 0, 0, 29, 2]);
    expect(m5[10]).toMatchObject({ v: 29 / 37, fmt: "0.0%" });
    expect(m5.slice(11, 15).map((c) => [c.v, c.fill])).toEqual([
      [27, "groen"],
      [9, "oranje"],
      [1, "rood"],
      [0, undefined],
    ]);
    expect(m5[15].v).toBe(
      "29 van 37 gerealiseerd (78,4 %): Gereed / in uitvoering + Gedeeltelijk, waarvan 2 gedeeltelijk; niet ontvangen, leeg, ongeldig of n.v.t. telt als Gegevens onbekend. Oordelen: 27 Groen, 9 Oranje, 1 Rood, 0 Grijs (per regio het oordeel van deze mijlpaal op de peildatum, zie Regio × mijlpaal; niet ontvangen of leeg is Grijs).",
    );
    expect(rowOf(m, "M6")[8].v).toBe(36);
    expect(m.rows.slice(3, 10).map((r) => r[0].v)).toEqual(["M1", "M2", "M3", "M4", "M5", "M6", "M7"]);
  });

  test("Regio × mijlpaal: Nijmegen's M5 '2012' is Rood, with its rule, values and source cells", () => {
    const row = rowOf(sheet("Regio × mijlpaal"), "Nijmegen");
    expect(row.slice(1, 8).map((c) => [c.v, c.fill])).toEqual([
      ["X", "groen"],
      ["X", "groen"],
      ["X", "groen"],
      ["1e kwartaal 2011", "oranje"],
      ["2012", "rood"],
      ["X", "groen"],
      ["X", "groen"],
    ]);
    expect(row[8]).toMatchObject({ v: "Rood", fill: "rood" });
    const e = row[5].uitleg!;
    expect(e.titel).toBe("Nijmegen · M5");
    expect(e.regel).toMatch(/^Op de peildatum: Groen: gereed; .*Rood: niet gestart/);
    expect(e.invoer[1]).toBe(
      "Rood: status 'In voorbereiding', verwachte datum '2012' (uiterlijk 31-12-2012) ligt na normdatum 31-12-2010 plus 12 maanden (31-12-2011).",
    );
    expect(e.bron).toEqual([
      { regio: "Nijmegen", bestand: "Regiomonitor-Nijmegen.xlsx", blad: "Mijlpalen", cel: "C6" },
      { regio: "Nijmegen", bestand: "Regiomonitor-Nijmegen.xlsx", blad: "Mijlpalen", cel: "E6" },
    ]);
    expect(e.bronInDezeWerkmap).toBe(false);
    expect(row[8].uitleg?.regel).toBe(
      "Het oordeel van de regio is het slechtste oordeel van de mijlpalen die gelden (van slecht naar goed: Rood, Oranje, Grijs, Groen).",
    );
  });

  test("Vragenlijst landelijk: per answer Aantal and % of the expected regions, explained", () => {
    const v = sheet("Vragenlijst landelijk");
    const head = indexOf(v, "V1");
    expect(v.rows[head][1].v).toBe("Preventie: Ouders voorgelicht over de norm van geweldloos opvoeden");
    const alle = v.rows[head + 1];
    expect(alle.map((c) => c.v).slice(0, 4)).toEqual(["V1", null, "Alle", 15]);
    expect(alle[4]).toMatchObject({ v: 15 / 37, fmt: "0.0%" });
    expect(alle[5].v).toBe(
      "15 van 37 regio's (40,5 %): het aantal met dit antwoord, gedeeld door de verwachte regio's.",
    );
    expect(alle[4].uitleg?.regel.length).toBeGreaterThan(0);
    expect(v.rows[head + 4].map((c) => c.v).slice(2, 4)).toEqual(["Gegevens onbekend", 3]);
  });

  test("Open antwoorden: the answer with its file and cell", () => {
    const o = sheet("Open antwoorden");
    expect(o.rows[3].map((c) => c.v)).toEqual([
      "Alkmaar",
      "O1a",
      "De drie belangrijkste resultaten van de regionale aanpak (1)",
      "Voorbeeldantwoord O1a van Alkmaar",
      "Regiomonitor-Alkmaar.xlsx · Vragenlijst!D25",
    ]);
  });

  test("more than 500 explanations; each names its rule, its inputs and its source", () => {
    const index = explanationIndex(models);
    expect(index.size).toBeGreaterThan(500);
    for (const e of index.values()) {
      expect([...SHEETS, ...unitNames(DEF)]).toContain(e.blad);
      expect(e.titel.length).toBeGreaterThan(0);
      expect(e.regel.length).toBeGreaterThan(0);
      expect(e.invoer.length).toBeGreaterThan(0);
    }
    const m5 = [...index.values()].find((e) => e.blad === "Regio × mijlpaal" && e.titel === "Nijmegen · M5")!;
    expect(m5.waarde).toBe("2012");
    expect(m5.bron.length).toBe(2);
  });
});

describe("layoutNational, RAK: missing and duplicate returns", () => {
  const inputs = allReturns().slice(0, 5);
  inputs.push(validInput(exampleFills()[0].eenheid, "Z-dubbel.xlsx"));
  const models = tables(layoutNational(DEF, nationalReport(DEF, inputs)));

  test("'niet ontvangen' and the duplicate file are explained", () => {
    const retouren = models[0];
    expect(retouren.rows[1][0].v).toContain("ontvangen 5 van 37 regio's");
    const notReceived = retouren.rows.find((r) => r[1].v === "Nee")!;
    expect(notReceived[0].v).toBe(exampleFills()[5].eenheid);
    expect(notReceived[1].uitleg?.regel).toContain(
      "telt in alle landelijke tabellen als 'Gegevens onbekend'",
    );
    const dup = retouren.rows.find((r) => r[2].v === "dubbel, niet meegeteld")!;
    expect(dup[0].v).toBe("Z-dubbel.xlsx");
    expect(dup[2].uitleg?.regel).toContain("Twee retouren voor één regio");
    const m1 = rowOf(models[1], "M1");
    expect(m1[7].v).toBe(32);
  });
});
