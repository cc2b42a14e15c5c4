/**
 * The issue catalogue: every code has a severity, a description and a template; messages are rendered from
 * the issue's data and location (where → what is wrong → what to do), so the same data gives the same text.
 */
import { CATALOGUE, ISSUE_CODES, makeIssue, type IssueCode } from "../../src/core/issues";
import { readReturn } from "../../src/core/engine/read";
import { DEF, setAnswer, setStatus, validInput } from "../helpers/inputs";

test("every code has a severity, a description and a message template", () => {
  const codes = Object.keys(CATALOGUE) as IssueCode[];
  expect(codes.length).toBeGreaterThan(30);
  for (const c of codes) {
    const e = CATALOGUE[c];
    expect(["fout", "waarschuwing", "info"]).toContain(e.severity);
    expect(e.beschrijving.length).toBeGreaterThan(10);
    expect(typeof e.bericht).toBe("function");
    expect(ISSUE_CODES[c]).toBe(e.severity);
  }
});

test("a message is rendered from the data and the location: cell, what is wrong, what to do", () => {
  const where = { bestand: "w.xlsx", blad: "Vragenlijst", rij: 5, kolom: "Antwoord", cel: "D5" };
  const i = makeIssue("ongeldig_antwoord", where, {
    onderwerp: "Antwoord op V3",
    gevonden: "Soms",
    opties: ["Alle", "Een deel", "Geen", "Onbekend"],
  });
  expect(i).toMatchObject({ code: "ongeldig_antwoord", severity: "fout", cel: "D5", rij: 5 });
  expect(i.bericht).toBe(
    "Antwoord op V3 (Vragenlijst!D5): 'Soms' is geen geldig antwoord. Kies uit: 'Alle', 'Een deel', 'Geen', 'Onbekend'.",
  );
  expect(i.gegevens).toEqual({
    onderwerp: "Antwoord op V3",
    gevonden: "Soms",
    opties: ["Alle", "Een deel", "Geen", "Onbekend"],
  });
});

test("what to do follows from how the cell is filled in", () => {
  const where = { bestand: "w.xlsx", blad: "Mijlpalen", rij: 3, kolom: "Status", cel: "C3" };
  const msg = (d: Parameters<(typeof CATALOGUE)["verplicht_leeg"]["bericht"]>[0]) =>
    makeIssue("verplicht_leeg", where, d).bericht;
  expect(msg({ onderwerp: "Status van M2", invoer: "keuze", onbekend: "Onbekend" })).toBe(
    "Status van M2 is leeg (Mijlpalen!C3). Kies een waarde uit de keuzelijst; weet u het niet, kies dan 'Onbekend'.",
  );
  expect(
    msg({ onderwerp: "Kwaliteitseisen", invoer: "keuze", opties: ["Vastgesteld", "Nader te bepalen"] }),
  ).toBe("Kwaliteitseisen is leeg (Mijlpalen!C3). Kies 'Vastgesteld' of 'Nader te bepalen'.");
  expect(msg({ onderwerp: "Peildatum", invoer: "datum" })).toContain(
    "Vul een datum in, bijvoorbeeld 'juni 2011'",
  );
  expect(msg({ onderwerp: "Ingevuld door", invoer: "tekst" })).toBe(
    "Ingevuld door is leeg (Mijlpalen!C3). Vul de cel in.",
  );
});

test("issues found in a workbook carry their data; re-rendering the data gives the same message", () => {
  let input = setStatus(validInput("Gouda"), "M2", "Half af");
  input = setAnswer(input, "V1", "31-02-2011");
  const r = readReturn(DEF, input);
  expect(r.issues.length).toBeGreaterThanOrEqual(2);
  for (const i of r.issues) {
    const again = makeIssue(
      i.code,
      { bestand: i.bestand, blad: i.blad, rij: i.rij, kolom: i.kolom, cel: i.cel },
      i.gegevens as never,
    );
    expect(again.bericht).toBe(i.bericht);
    expect(i.bericht).not.toMatch(/undefined|null|\[object/);
  }
  const status = r.issues.find((i) => i.cel === "C3")!;
  expect(status.gegevens).toMatchObject({ onderwerp: "Status van mijlpaal M2", gevonden: "Half af" });
});
