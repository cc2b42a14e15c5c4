/**
 * The state of a return from its check: niet begonnen, bezig, fouten te herstellen, klaar om in te leveren,
 * and the final check that turns unanswered required cells into mistakes. Inputs: the standard template of
 * the default monitor, built in memory, with the cells each test names.
 */
import { checkWorkbook } from "../../src/core/engine/pipeline";
import { buildTemplate } from "../../src/core/engine/template";
import { returnProgress, UNANSWERED_CODES } from "../../src/core/engine/progress";
import type { WorkbookInput } from "../../src/core/grid";
import { CATALOGUE } from "../../src/core/issues";
import { builtInMonitors } from "../../src/core/model";
import { DEF, inputFromModel, setAnswer, setField, setStatus, validInput } from "../helpers/inputs";

const progress = (input: WorkbookInput, eindcontrole = false) =>
  returnProgress(checkWorkbook(input, [DEF], DEF), { eindcontrole });

/** A new template as the pane inserts it: region, meetmoment and peildatum filled, nothing else. */
const fresh = () =>
  inputFromModel(
    buildTemplate(DEF, { eenheid: "Gouda", meetmoment: "Startfoto", peildatum: "2011-01-15" }),
    "nieuw.xlsx",
  );

describe("returnProgress", () => {
  test("a fresh template is niet begonnen: no mistakes, the unanswered cells are open items", () => {
    const p = progress(fresh());
    expect(p.staat).toBe("niet_begonnen");
    expect(p.titel).toBe("Nog niet ingevuld");
    expect(p.volgendeStap).toBe(
      "Vul de bladen Regio, Mijlpalen en Vragenlijst in. De controle kijkt mee terwijl u typt.",
    );
    expect(p.fouten).toEqual([]);
    expect(p.open.length).toBeGreaterThan(10);
    expect(p.open.every((i) => UNANSWERED_CODES.includes(i.code))).toBe(true);
    expect(p.ingevuld).toBeLessThan(p.vereist);
  });

  test("an empty template without region is niet begonnen too", () => {
    expect(progress(inputFromModel(buildTemplate(DEF))).staat).toBe("niet_begonnen");
  });

  test("one answer given: bezig, N van M ingevuld, still no mistakes", () => {
    const before = progress(fresh());
    const p = progress(setStatus(fresh(), "M1", "Gereed / in uitvoering"));
    expect(p.staat).toBe("bezig");
    expect(p.ingevuld).toBe(before.ingevuld + 1);
    expect(p.titel).toBe(`Bezig: ${p.ingevuld} van ${p.vereist} ingevuld`);
    expect(p.volgendeStap).toBe(
      `Nog ${p.vereist - p.ingevuld} cellen in te vullen. Klaar? Kies dan Eindcontrole.`,
    );
    expect(p.fouten).toEqual([]);
  });

  test("an invalid answer and an impossible date are fouten te herstellen; empty cells stay open items", () => {
    let input = setAnswer(fresh(), "V1", "Soms");
    input = setField(input, "Peildatum", "31-02-2011");
    const p = progress(input);
    expect(p.staat).toBe("fouten");
    expect(p.fouten.map((i) => i.code).sort()).toEqual(["ongeldig_antwoord", "ongeldige_datum"]);
    expect(p.titel).toBe("Fouten te herstellen: 2");
    expect(p.volgendeStap).toBe("Herstel de 2 fouten hieronder. Klik op een cel om ernaartoe te gaan.");
    expect(p.open.length).toBeGreaterThan(0);
    // Classified, not rewritten: the messages are the catalogue's.
    expect(p.fouten[0].bericht).toBe(
      checkWorkbook(input, [DEF], DEF).result.issues.find((i) => i.code === p.fouten[0].code)!.bericht,
    );
  });

  test("the final check makes unanswered required cells mistakes", () => {
    const input = setStatus(fresh(), "M1", "Gereed / in uitvoering");
    const p = progress(input, true);
    expect(p.staat).toBe("fouten");
    expect(p.eindcontrole).toBe(true);
    expect(p.open).toEqual([]);
    expect(p.fouten.length).toBeGreaterThan(10);
    expect(p.fouten.every((i) => UNANSWERED_CODES.includes(i.code))).toBe(true);
    expect(p.volgendeStap).toBe(
      `Vul de ${p.fouten.length} lege cellen hieronder in. Klik op een cel om ernaartoe te gaan.`,
    );
  });

  test("a complete, valid return is klaar om in te leveren, with or without the final check", () => {
    for (const eind of [false, true]) {
      const p = progress(validInput("Gouda"), eind);
      expect(p.staat).toBe("klaar");
      expect(p.titel).toBe("Klaar om in te leveren");
      expect(p.volgendeStap).toMatch(/Sla de werkmap op en stuur hem naar het instituut\.$/);
      expect(p.fouten).toEqual([]);
      expect(p.open).toEqual([]);
      expect(p.ingevuld).toBe(p.vereist);
    }
  });

  test("a workbook that cannot be read is fouten te herstellen", () => {
    const input = fresh();
    const broken: WorkbookInput = { ...input, grids: input.grids.filter((g) => g.sheet !== "Mijlpalen") };
    const p = progress(broken);
    expect(p.staat).toBe("fouten");
    expect(p.fouten.map((i) => i.code)).toContain("blad_ontbreekt");
  });

  test("for every built-in monitor a new template is niet begonnen, without mistakes", () => {
    for (const def of builtInMonitors()) {
      const check = checkWorkbook(inputFromModel(buildTemplate(def)), [def], def);
      const p = returnProgress(check, { eindcontrole: false });
      expect([def.id, p.staat, p.fouten]).toEqual([def.id, "niet_begonnen", []]);
    }
  });

  test("the codes of unanswered items are the catalogue's own, of severity fout", () => {
    for (const c of UNANSWERED_CODES) expect(CATALOGUE[c].severity).toBe("fout");
  });
});
