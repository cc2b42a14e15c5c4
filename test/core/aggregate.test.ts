import { aggregate } from "../../src/core/engine/national";
import type { ReturnEntry } from "../../src/core/engine/national-types";
import { toNationalJson } from "../../src/core/engine/json";
import { checkWorkbook } from "../../src/core/engine/pipeline";
import { buildTemplate } from "../../src/core/engine/template";
import type { WorkbookInput } from "../../src/core/grid";
import {
  DEF,
  exampleFills,
  filledModel,
  inputFromModel,
  setField,
  setAnswer,
  setStatus,
} from "../helpers/inputs";

function entry(input: WorkbookInput): ReturnEntry {
  return { bestand: input.bestand, result: checkWorkbook(input, [DEF], DEF).result };
}
function all37(): WorkbookInput[] {
  return exampleFills().map((f) =>
    inputFromModel(buildTemplate(DEF, { eenheid: f.eenheid, vul: f.fill }), `${f.eenheid}.xlsx`),
  );
}

describe("national aggregation", () => {
  test("the published annex's check figures", () => {
    const r = aggregate(DEF, all37().map(entry));
    expect(r.verwacht).toBe(37);
    expect(r.ontvangen).toBe(37);
    const m = (c: string) => r.rijverdelingen.mijlpalen.find((x) => x.sleutel === c)!;
    expect([m("M4").gerealiseerd, m("M5").gerealiseerd, m("M6").gerealiseerd]).toEqual([36, 29, 36]);
    expect(m("M5").waarvanGedeeltelijk).toBe(2);
    expect(m("M5").rag).toEqual({ groen: 27, oranje: 9, rood: 1, grijs: 0 });
    const json = toNationalJson(DEF, r);
    expect(json.mijlpalen!.map((x) => x.percentageGerealiseerd)).toEqual([
      100, 100, 100, 97.3, 78.4, 97.3, 100,
    ]);
    const partial = r.eenheden
      .filter((x) => x.counted?.ret.tabellen.mijlpalen[4].cellen.status.tekst === "Gedeeltelijk")
      .map((x) => x.eenheid);
    expect(partial).toEqual(["Gouda", "Leiden"]);
    expect(
      r.eenheden.filter((x) => x.counted?.score.oordelen.mijlpalen[4].rag === "rood").map((x) => x.eenheid),
    ).toEqual(["Nijmegen"]);
  });

  test("a region that did not return counts as Gegevens onbekend", () => {
    const inputs = all37().filter((i) => i.bestand !== "Delft.xlsx");
    const r = aggregate(DEF, inputs.map(entry));
    expect(r.ontvangen).toBe(36);
    const delft = r.eenheden.find((x) => x.eenheid === "Delft")!;
    expect(delft).toMatchObject({ ontvangen: false, bestand: null, rag: null });
    const m5 = r.rijverdelingen.mijlpalen[4];
    expect(m5.gegevensOnbekend).toBe(1);
    expect(m5.fractieGerealiseerd).toBeCloseTo(29 / 37);
    const v1 = r.antwoorden.vragenlijst.find((q) => q.sleutel === "V1")!;
    expect(v1.totaal).toBe(37);
    expect(v1.opties.reduce((a, o) => a + o.aantal, 0) + v1.gegevensOnbekend.aantal).toBe(37);
  });

  test("two returns for one region: the later Peildatum counts, the other is 'dubbel, niet meegeteld'", () => {
    const inputs = all37();
    const old = inputFromModel(filledModel("Gouda"), "Gouda-oud.xlsx");
    setField(old, "Peildatum", "01-12-2010");
    setStatus(old, "M5", "Niet gestart");
    const r = aggregate(DEF, [...inputs, old].map(entry));
    const gouda = r.eenheden.find((x) => x.eenheid === "Gouda")!;
    expect(gouda.bestand).toBe("Gouda.xlsx");
    expect(gouda.dubbel).toEqual(["Gouda-oud.xlsx"]);
    expect(r.bestanden.find((b) => b.bestand === "Gouda-oud.xlsx")).toMatchObject({
      status: "dubbel, niet meegeteld",
    });
    expect(r.issues.map((i) => i.code)).toEqual(["dubbele_retour"]);
    expect(r.rijverdelingen.mijlpalen[4].status["Niet gestart"]).toBe(0);
  });

  test("answer-level errors still count (invalid answers as Gegevens onbekend); unreadable structure is skipped", () => {
    const inputs = all37();
    setAnswer(inputs[0], "V1", "Weet niet");
    const broken = all37()[1];
    broken.bestand = "kapot.xlsx";
    broken.grids = broken.grids.slice(0, 1);
    const r = aggregate(DEF, [...inputs, broken].map(entry));
    expect(r.ontvangen).toBe(37);
    const alk = r.eenheden.find((x) => x.eenheid === inputs[0].bestand.replace(".xlsx", ""))!;
    expect(alk.fouten).toBe(1);
    const v1 = r.antwoorden.vragenlijst[0];
    expect(v1.opties.reduce((a, o) => a + o.aantal, 0) + v1.gegevensOnbekend.aantal).toBe(37);
    expect(r.bestanden.find((b) => b.bestand === "kapot.xlsx")).toMatchObject({ status: "overgeslagen" });
  });

  test("input order does not change the result", () => {
    const a = toNationalJson(DEF, aggregate(DEF, all37().map(entry)));
    const b = toNationalJson(DEF, aggregate(DEF, all37().reverse().map(entry)));
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
  });

  test("Vragenlijst landelijk: Aantal and % per option, Gegevens onbekend, Totaal N", () => {
    const r = toNationalJson(DEF, aggregate(DEF, all37().map(entry)));
    for (const q of r.vragen!) {
      const sum = q.opties.reduce((a, o) => a + o.aantal, 0) + q.gegevensOnbekend.aantal;
      expect(sum).toBe(37);
      expect(q.totaal).toBe(37);
      for (const o of q.opties) expect(o.percentage).toBe(Math.round((o.aantal / 37) * 1000) / 10);
    }
    expect(r.vragen!.map((q) => q.nr)).not.toContain("C3");
    expect(r.open!.length).toBeGreaterThan(0);
  });
});
