import { readReturn } from "../../src/core/engine/read";
import { scoreReturn, type UnitScore } from "../../src/core/engine/score";
import type { Monitor } from "../../src/core/model";
import type { WorkbookInput } from "../../src/core/grid";
import { DEF, validInput, setStatus, setCell, setAnswer, setField } from "../helpers/inputs";

function score(input: WorkbookInput, def: Monitor = DEF): UnitScore {
  const r = readReturn(def, input);
  if (!r.ok) throw new Error("unreadable");
  return scoreReturn(def, r.ret, r.issues);
}
const m = (s: UnitScore, code: string) => s.oordelen.mijlpalen.find((x) => x.sleutel === code)!;
const setVerwacht = (i: WorkbookInput, code: string, v: string | null) =>
  setCell(i, "Mijlpalen", code, "Verwachte datum", v);

describe("milestone RAG at the Peildatum (norm 31-12-2010, tolerated delay 12 months)", () => {
  test("Groen = Gereed", () => {
    const s = score(validInput("Gouda"));
    expect(m(s, "M1")).toMatchObject({ rag: "groen", uitleg: "Groen: status 'Gereed / in uitvoering'." });
  });
  test("Oranje = Gedeeltelijk", () => {
    const s = score(validInput("Gouda"));
    expect(m(s, "M5").rag).toBe("oranje");
    expect(m(s, "M5").uitleg).toContain(
      "'Gedeeltelijk'; rest verwacht 'voorjaar 2011' (uiterlijk 31-05-2011)",
    );
  });
  test("Oranje = In voorbereiding with an expected date within norm + delay", () => {
    const s = score(validInput("Nijmegen"));
    expect(m(s, "M4").rag).toBe("oranje");
    expect(m(s, "M4").uitleg).toBe(
      "Oranje: status 'In voorbereiding', verwachte datum '1e kwartaal 2011' (uiterlijk 31-03-2011) valt binnen normdatum 31-12-2010 plus 12 maanden (31-12-2011).",
    );
    expect(m(score(setVerwacht(validInput("Nijmegen"), "M5", "31-12-2011")), "M5").rag).toBe("oranje");
  });
  test("Rood = beyond norm + delay", () => {
    const s = score(validInput("Nijmegen"));
    expect(m(s, "M5").rag).toBe("rood");
    expect(m(s, "M5").uitleg).toContain(
      "'2012' (uiterlijk 31-12-2012) ligt na normdatum 31-12-2010 plus 12 maanden (31-12-2011)",
    );
    expect(m(score(setVerwacht(validInput("Nijmegen"), "M5", "01-01-2012")), "M5").rag).toBe("rood");
  });
  test("norm date + delay uses the one tolerance rule: the end of a month stays the end of a month", () => {
    const def: Monitor = {
      ...DEF,
      tabellen: DEF.tabellen.map((t) =>
        t.vorm === "rijen" && t.id === "mijlpalen"
          ? {
              ...t,
              rijen: t.rijen.map((r) => (r.waarden.code === "M5" ? { ...r, normdatum: "2011-02-28" } : r)),
            }
          : t,
      ),
    };
    const scoreWith = (v: string) => m(score(setVerwacht(validInput("Nijmegen"), "M5", v), def), "M5");
    // 28-02-2011 + 12 months is 29-02-2012 (end of February), not 28-02-2012.
    expect(scoreWith("29-02-2012")).toMatchObject({ rag: "oranje" });
    expect(scoreWith("29-02-2012").uitleg).toContain("normdatum 28-02-2011 plus 12 maanden (29-02-2012)");
    expect(scoreWith("01-03-2012").rag).toBe("rood");
  });
  test("Rood = expected date already passed at the Peildatum", () => {
    const s = score(setVerwacht(validInput("Nijmegen"), "M5", "november 2010"));
    expect(m(s, "M5").rag).toBe("rood");
    expect(m(s, "M5").uitleg).toContain("is verstreken op peildatum 15-01-2011");
  });
  test("Rood = In voorbereiding without an expected date, and Niet gestart", () => {
    expect(m(score(setVerwacht(validInput("Nijmegen"), "M5", null)), "M5").uitleg).toContain(
      "zonder geldige verwachte datum",
    );
    expect(m(score(setStatus(validInput(), "M2", "Niet gestart")), "M2")).toMatchObject({
      rag: "rood",
      uitleg: "Rood: status 'Niet gestart'.",
    });
  });
  test("Grijs = Onbekend or empty", () => {
    expect(m(score(setStatus(validInput(), "M2", "Onbekend")), "M2").rag).toBe("grijs");
    expect(m(score(setStatus(validInput(), "M2", null)), "M2").uitleg).toBe(
      "Grijs: status is leeg, niet te beoordelen.",
    );
  });
  test("region RAG is the worst: Rood > Oranje > Grijs > Groen", () => {
    expect(score(validInput("Nijmegen")).eenheid).toEqual({
      rag: "rood",
      uitleg: "Rood: slechtste oordeel van de mijlpalen (M5); 1 Rood, 1 Oranje, 0 Grijs, 5 Groen.",
    });
    expect(score(validInput("Gouda")).eenheid?.rag).toBe("oranje");
    expect(score(setStatus(validInput("Alkmaar"), "M3", "Onbekend")).eenheid?.rag).toBe("grijs");
    expect(score(validInput("Alkmaar")).eenheid?.rag).toBe("groen");
  });
});

describe("invulgraad, voortgang and invulling RAG", () => {
  test("a complete return is 100 % with waarvan onbekend", () => {
    const s = score(setAnswer(setAnswer(validInput("Alkmaar"), "V1", "Onbekend"), "V2", "Onbekend"));
    const t = s.invulgraad.totaal;
    expect(t.fractie).toBe(1);
    expect(t.onbekend).toBeGreaterThanOrEqual(2);
    expect(s.invulling).toEqual({ rag: "groen", uitleg: "Groen: invulgraad 100,0 % en geen fouten." });
  });
  test("required cells that apply: Gedeeltelijk adds Toelichting and Verwachte datum", () => {
    const s = score(validInput("Gouda"));
    // 7 statuses + Toelichting + Verwachte datum of M5.
    expect(s.invulgraad.perBlad.Mijlpalen).toEqual({ vereist: 9, ingevuld: 9, onbekend: 0, fractie: 1 });
    // 4 fields; 22 V/C closed + 3 open groups in an Eindfoto (C3 optional).
    expect(s.invulgraad.perBlad.Regio.vereist).toBe(4);
    expect(s.invulgraad.perBlad.Vragenlijst.vereist).toBe(25);
  });
  test("empty and invalid cells are not filled; errors make the invulling Rood", () => {
    const s = score(setAnswer(setAnswer(validInput("Alkmaar"), "V1", null), "V2", "Soms"));
    expect(s.invulgraad.perBlad.Vragenlijst).toMatchObject({ vereist: 25, ingevuld: 23 });
    expect(s.invulling.rag).toBe("rood");
    expect(s.invulling.uitleg).toBe("Rood: 2 fouten (invulgraad 94,4 %).");
  });
  test("voortgang: Gereed 1, Gedeeltelijk 0.5, else 0, over applicable milestones", () => {
    const s = score(validInput("Gouda"));
    expect(s.voortgang?.fractie).toBeCloseTo(6.5 / 7, 10);
    expect(s.voortgang?.uitleg).toBe(
      "Voortgang 92,9 %: 6 keer 'Gereed / in uitvoering' (gewicht 1) en 1 keer 'Gedeeltelijk' (gewicht 0,5) van 7 mijlpalen.",
    );
    const start = setStatus(setField(validInput("Gouda"), "Meetmoment", "Startfoto"), "M7", null);
    expect(score(start).voortgang?.fractie).toBeCloseTo(5.5 / 6, 10);
  });
});
