import { CATALOGUE, makeIssue } from "../../src/core/issues";
import { checkWorkbook } from "../../src/core/engine/pipeline";
import { DEF, emptyInput, setAnswer, setCell, setField } from "../helpers/inputs";
import {
  countText,
  groupIssues,
  issueTarget,
  lineText,
  summaryText,
  WORKBOOK_GROUP_TITLE,
} from "../../src/core/app/issue-groups";

const f = "w.xlsx";
const LEEG = { onderwerp: "Status", invoer: "keuze", onbekend: "Onbekend" } as const;
const issues = [
  makeIssue("kolom_extra", { bestand: f, blad: "Vragenlijst", rij: 1, kolom: "Extra", cel: "F1" }, {}),
  makeIssue(
    "ongeldig_antwoord",
    { bestand: f, blad: "Vragenlijst", rij: 3, kolom: "Antwoord", cel: "D3" },
    { onderwerp: "Antwoord op V1", gevonden: "Soms", opties: ["Alle", "Een deel", "Geen", "Onbekend"] },
  ),
  makeIssue("verplicht_leeg", { bestand: f, blad: "Mijlpalen", rij: 2, kolom: "Status", cel: "C2" }, LEEG),
  makeIssue(
    "verwachte_datum_verstreken",
    { bestand: f, blad: "Mijlpalen", rij: 4, cel: "E4" },
    {
      onderwerp: "Mijlpaal M4",
      kolom: "Verwachte datum",
      zonderDatum: "geen",
      datum: "november 2010",
      einde: "30-11-2010",
      peildatum: "15-01-2011",
    },
  ),
  makeIssue("geen_definitie", { bestand: f }, { naam: "Regiomonitor RAK 2008–2010", versie: "1.0" }),
  makeIssue(
    "rij_onbekend",
    { bestand: f, blad: "Aantekeningen", rij: 9, cel: "A9" },
    { sleutel: "X", monitor: "RAK" },
  ),
  makeIssue("verplicht_leeg", { bestand: f, blad: "Mijlpalen", rij: 3, kolom: "Status", cel: "C3" }, LEEG),
];

test("groups per sheet in definition order, workbook first, other sheets last", () => {
  const g = groupIssues(issues, ["Regio", "Mijlpalen", "Vragenlijst"]);
  expect(g.map((x) => x.titel)).toEqual([WORKBOOK_GROUP_TITLE, "Mijlpalen", "Vragenlijst", "Aantekeningen"]);
  expect(g[0].blad).toBeNull();
});

test("within a sheet: one group per rule, fout rules first, with the rule's description and stable row order", () => {
  const g = groupIssues(issues, ["Regio", "Mijlpalen", "Vragenlijst"]);
  const m = g.find((x) => x.blad === "Mijlpalen")!;
  expect(m.aantal).toBe(3);
  expect(m.regels.map((x) => x.code)).toEqual(["verplicht_leeg", "verwachte_datum_verstreken"]);
  expect(m.regels[0].titel).toBe(CATALOGUE.verplicht_leeg.beschrijving);
  expect(m.regels[0].issues.map((i) => i.cel)).toEqual(["C2", "C3"]);
  const v = g.find((x) => x.blad === "Vragenlijst")!;
  expect(v.regels.map((x) => [x.code, x.issues.length])).toEqual([
    ["ongeldig_antwoord", 1],
    ["kolom_extra", 1],
  ]);
});

test("a line names its cell once: the link holds the cell, the text leaves the reference out", () => {
  expect(issues[1].bericht).toContain("(Vragenlijst!D3)");
  expect(lineText(issues[1])).toBe(
    "Antwoord op V1: 'Soms' is geen geldig antwoord. Kies uit: 'Alle', 'Een deel', 'Geen', 'Onbekend'.",
  );
  expect(lineText(issues[2])).toBe(
    "Status is leeg. Kies een waarde uit de keuzelijst; weet u het niet, kies dan 'Onbekend'.",
  );
  const changed = makeIssue(
    "vaste_rij_gewijzigd",
    { bestand: f, blad: "Mijlpalen", rij: 2, kolom: "Mijlpaal", cel: "B2" },
    { gevonden: "x", standaard: "y" },
  );
  expect(lineText(changed)).toBe(
    "Mijlpaal is gewijzigd: 'x' in plaats van 'y'. Zet de oorspronkelijke tekst terug; deze kolom is niet om in te vullen.",
  );
  // Without a cell the message stays as the catalogue wrote it.
  expect(lineText(issues[4])).toBe(issues[4].bericht);
});

test("no issues, no groups", () => {
  expect(groupIssues([], ["Regio"])).toEqual([]);
});

test("an issue's target is its sheet and cell, or nothing", () => {
  expect(issueTarget(issues[1])).toEqual({ sheet: "Vragenlijst", address: "D3" });
  expect(issueTarget(issues[4])).toBeNull();
});

test("Dutch count texts", () => {
  expect(countText("fout", 1)).toBe("1 fout");
  expect(countText("fout", 2)).toBe("2 fouten");
  expect(countText("waarschuwing", 3)).toBe("3 waarschuwingen");
  expect(countText("info", 1)).toBe("1 melding");
  expect(summaryText({ fout: 2, waarschuwing: 1, info: 3 })).toBe("2 fouten, 1 waarschuwing en 3 meldingen");
  expect(summaryText({ fout: 0, waarschuwing: 1, info: 0 })).toBe("1 waarschuwing");
  expect(summaryText({ fout: 0, waarschuwing: 0, info: 0 })).toBe("Geen meldingen");
});

test("every line of a real check names its cell only in the link", () => {
  // A new template with mistakes of several kinds: a wrong answer, an impossible date, a changed fixed text.
  let input = setAnswer(emptyInput(), "V1", "Soms");
  input = setField(input, "Peildatum", "31-02-2011");
  input = setCell(input, "Mijlpalen", "M2", "Mijlpaal", "Iets anders");
  const found = checkWorkbook(input, [DEF], DEF).result.issues;
  expect(new Set(found.map((i) => i.code)).size).toBeGreaterThanOrEqual(4);
  for (const i of found) {
    const t = issueTarget(i);
    if (!t) continue;
    expect([i.code, lineText(i)]).toEqual([i.code, expect.not.stringContaining(`${t.sheet}!${t.address}`)]);
    expect(lineText(i)).not.toMatch(/\(\s*\)|\s[.,;:]/);
  }
});
