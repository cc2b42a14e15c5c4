import { readReturn, type ReadResult } from "../../src/core/engine/read";
import { checkWorkbook } from "../../src/core/engine/pipeline";
import { buildTemplate } from "../../src/core/engine/template";
import type { IssueCode, Issue } from "../../src/core/issues";
import {
  DEF,
  validInput,
  setStatus,
  setAnswer,
  setField,
  setCell,
  gridOf,
  exampleFill,
} from "../helpers/inputs";
import { inputFromModel } from "../helpers/inputs";
import type { WorkbookInput } from "../../src/core/grid";

function read(input: WorkbookInput): ReadResult {
  return readReturn(DEF, input);
}
function codes(r: ReadResult): IssueCode[] {
  return r.issues.map((i) => i.code);
}
function only(r: ReadResult, code: IssueCode): Issue {
  const hits = r.issues.filter((i) => i.code === code);
  expect(hits).toHaveLength(1);
  return hits[0];
}

describe("a complete, valid return", () => {
  test("has no issues at all", () => {
    const r = read(validInput("Gouda"));
    expect(r.issues).toEqual([]);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.ret.eenheid).toBe("Gouda");
    expect(r.ret.meetmoment).toBe("Eindfoto");
    expect(r.ret.peildatum?.end).toBe("2011-01-15");
    expect(r.ret.tabellen.mijlpalen.find((m) => m.sleutel === "M5")?.cellen.status.tekst).toBe(
      "Gedeeltelijk",
    );
  });
});

describe("Regio sheet rules", () => {
  test("Regio required", () => {
    const i = only(read(setField(validInput(), "Regio", null)), "verplicht_leeg");
    expect(i).toMatchObject({ severity: "fout", blad: "Regio", cel: "B2", kolom: "Waarde", rij: 2 });
    expect(i.bericht).toBe("Regio is leeg (Regio!B2). Kies een naam uit de keuzelijst.");
    expect(i.gegevens).toEqual({ onderwerp: "Regio", invoer: "eenheid" });
  });
  test("Regio must be one of the 37, tolerant of case and spacing", () => {
    const ok = read(setField(validInput(), "Regio", "  zwolle   ijsselland "));
    expect(ok.issues).toEqual([]);
    expect(ok.ok && ok.ret.eenheid).toBe("Zwolle IJsselland");
    const bad = only(read(setField(validInput(), "Regio", "Atlantis")), "onbekende_eenheid");
    expect(bad.bericht).toContain("'Atlantis' is geen regio");
  });
  test("Meetmoment Startfoto or Eindfoto", () => {
    expect(read(setField(validInput(), "Meetmoment", "eindfoto")).issues).toEqual([]);
    const bad = only(read(setField(validInput(), "Meetmoment", "Tussenfoto")), "ongeldig_antwoord");
    expect(bad.cel).toBe("B3");
    expect(only(read(setField(validInput(), "Meetmoment", null)), "verplicht_leeg").cel).toBe("B3");
  });
  test("Peildatum must be a date, serial or text", () => {
    expect(read(setField(validInput(), "Peildatum", 40558)).issues).toEqual([]);
    expect(read(setField(validInput(), "Peildatum", "15 januari 2011")).issues).toEqual([]);
    const bad = only(read(setField(validInput(), "Peildatum", "gisteren")), "ongeldige_datum");
    expect(bad.bericht).toContain("'gisteren' is geen datum");
    expect(bad.bericht).toContain("1e kwartaal 2011");
  });
  test("Ingevuld door required; Functie optional", () => {
    expect(only(read(setField(validInput(), "Ingevuld door", "  ")), "verplicht_leeg").cel).toBe("B5");
    expect(read(setField(validInput(), "Functie", null)).issues).toEqual([]);
  });
  test("E-mail optional but must look like an address", () => {
    expect(read(setField(validInput(), "E-mail", "a.b@gemeente.nl")).issues).toEqual([]);
    expect(read(setField(validInput(), "E-mail", null)).issues).toEqual([]);
    expect(only(read(setField(validInput(), "E-mail", "a.b at gemeente")), "ongeldig_email").cel).toBe("B7");
  });
});

describe("Mijlpalen rules", () => {
  test("Status required for applicable milestones, 'X' accepted as Gereed", () => {
    const i = only(read(setStatus(validInput(), "M2", null)), "verplicht_leeg");
    expect(i).toMatchObject({ blad: "Mijlpalen", cel: "C3", kolom: "Status" });
    const x = read(setStatus(validInput(), "M2", "x"));
    expect(x.issues).toEqual([]);
    expect(x.ok && x.ret.tabellen.mijlpalen[1].cellen.status.tekst).toBe("Gereed / in uitvoering");
  });
  test("Status must be one of the list, tolerant of case, spacing and diacritics", () => {
    expect(read(setStatus(validInput(), "M2", "  GEREED /  IN UITVOERING ")).issues).toEqual([]);
    const bad = only(read(setStatus(validInput(), "M2", "Bijna klaar")), "ongeldig_antwoord");
    expect(bad.bericht).toContain("Kies uit: 'Gereed / in uitvoering'");
  });
  test("Gereed: Datum gereed optional, not after Peildatum", () => {
    expect(read(setCell(validInput(), "Mijlpalen", "M1", "Datum gereed", "1 maart 2010")).issues).toEqual([]);
    const bad = only(
      read(setCell(validInput(), "Mijlpalen", "M1", "Datum gereed", "1 februari 2011")),
      "datum_na_peildatum",
    );
    expect(bad).toMatchObject({ cel: "D2", severity: "fout" });
    expect(bad.bericht).toContain("ligt na de peildatum 15-01-2011");
  });
  test("Gedeeltelijk needs Toelichting and Verwachte datum", () => {
    // Gouda M5 is Gedeeltelijk with both.
    const noNote = read(setCell(validInput("Gouda"), "Mijlpalen", "M5", "Toelichting", null));
    expect(only(noNote, "verplicht_bij").cel).toBe("F6");
    const noDate = read(setCell(validInput("Gouda"), "Mijlpalen", "M5", "Verwachte datum", null));
    expect(only(noDate, "verplicht_bij").cel).toBe("E6");
  });
  test("In voorbereiding needs Verwachte datum", () => {
    // Nijmegen M5 is In voorbereiding (2012).
    expect(read(validInput("Nijmegen")).issues).toEqual([]);
    const r = read(setCell(validInput("Nijmegen"), "Mijlpalen", "M5", "Verwachte datum", null));
    expect(only(r, "verplicht_bij").bericht).toBe(
      "Mijlpaal M5: vul 'Verwachte datum' in (Mijlpalen!E6); dat is verplicht als Status 'Gedeeltelijk' of 'In voorbereiding' is.",
    );
  });
  test("an unparseable Verwachte datum names the cell and the accepted forms", () => {
    const r = read(
      setCell(validInput("Nijmegen"), "Mijlpalen", "M5", "Verwachte datum", "na de verkiezingen"),
    );
    const i = only(r, "ongeldige_datum");
    expect(i.cel).toBe("E6");
    expect(i.bericht).toMatch(/voorjaar\/zomer\/najaar 2011/);
  });
  test("a Verwachte datum before Peildatum on an unfinished milestone is a warning", () => {
    const r = read(setCell(validInput("Nijmegen"), "Mijlpalen", "M5", "Verwachte datum", "december 2010"));
    const i = only(r, "verwachte_datum_verstreken");
    expect(i.severity).toBe("waarschuwing");
    expect(i.bericht).toContain("Verwachte datum verstreken");
  });
  test("M7 applies only to an Eindfoto", () => {
    const start = setField(validInput(), "Meetmoment", "Startfoto");
    // M7 is filled in the example: a warning in a Startfoto, and C/O answers too.
    const r = read(start);
    expect(codes(r).filter((c) => c === "niet_van_toepassing_ingevuld").length).toBeGreaterThan(1);
    expect(r.issues.find((i) => i.cel === "C8")?.code).toBe("niet_van_toepassing_ingevuld");
    const m7 = r.ok && r.ret.tabellen.mijlpalen.find((m) => m.sleutel === "M7");
    expect(m7 && m7.geldt).toBe(false);
    // An empty M7 in an Eindfoto is an error.
    expect(only(read(setStatus(validInput(), "M7", null)), "verplicht_leeg").cel).toBe("C8");
  });
  test("a changed fixed row (Mijlpaal text) is an error, a missing row too", () => {
    const changed = read(setCell(validInput(), "Mijlpalen", "M3", "Mijlpaal", "Iets anders"));
    expect(only(changed, "vaste_rij_gewijzigd").cel).toBe("B4");
    const input = validInput();
    const g = gridOf(input, "Mijlpalen");
    g.values.splice(3, 1); // remove M3
    const missing = read(input);
    expect(only(missing, "vaste_rij_ontbreekt").bericht).toContain("M3");
  });
  test("a duplicate code and an unknown code are reported", () => {
    const input = validInput();
    const g = gridOf(input, "Mijlpalen");
    g.values.push([...g.values[1]]);
    g.values.push(["M9", "Extra", "X", null, null, null]);
    const r = read(input);
    expect(only(r, "rij_dubbel").rij).toBe(9);
    expect(only(r, "rij_onbekend").bericht).toContain("'M9'");
  });
});

describe("Vragenlijst rules", () => {
  test("closed answers must be on the item's scale", () => {
    expect(read(setAnswer(validInput(), "V1", "een DEEL")).issues).toEqual([]);
    const bad = only(read(setAnswer(validInput(), "V1", "Sommige")), "ongeldig_antwoord");
    expect(bad).toMatchObject({ blad: "Vragenlijst", cel: "D2", kolom: "Antwoord" });
    expect(bad.bericht).toContain("'Alle', 'Een deel', 'Geen', 'Onbekend'");
  });
  test("a required closed question may not be empty; Onbekend counts as filled", () => {
    expect(only(read(setAnswer(validInput(), "V4c", null)), "verplicht_leeg").cel).toBe("D7");
    expect(read(setAnswer(validInput(), "V4c", "Onbekend")).issues).toEqual([]);
  });
  test("coordinator scale accepts its long options", () => {
    const input = setAnswer(validInput(), "C3", null);
    expect(read(setAnswer(input, "C2", "ja, werkzaamheden bij iemand anders ondergebracht")).issues).toEqual(
      [],
    );
  });
  test("C3 is a date, only when C2 = 'Ja, regiocoördinator aangesteld'", () => {
    const base = setAnswer(validInput(), "C2", "Ja, regiocoördinator aangesteld");
    expect(read(setAnswer(base, "C3", "eind 2012")).issues).toEqual([]);
    expect(read(setAnswer(validInput(), "C2", "Ja, regiocoördinator aangesteld")).ok).toBe(true);
    expect(only(read(setAnswer(base, "C3", "tot nader order")), "ongeldige_datum").cel).toBe("D24");
    const wrong = setAnswer(setAnswer(validInput(), "C2", "Nee"), "C3", "eind 2012");
    expect(only(read(wrong), "niet_van_toepassing_ingevuld").cel).toBe("D24");
  });
  test("at least one of O1a–O1c", () => {
    let input = validInput();
    for (const nr of ["O1a", "O1b", "O1c"]) input = setAnswer(input, nr, null);
    const i = only(read(input), "groep_leeg");
    expect(i.cel).toBe("D25");
    expect(i.bericht).toContain("O1a, O1b, O1c");
    expect(read(setAnswer(setAnswer(validInput(), "O1a", null), "O1b", "Iets bereikt")).issues).toEqual([]);
  });
  test("C- and O-items in a Startfoto must be empty (warning)", () => {
    const { eenheid, fill } = exampleFill("Gouda");
    fill.velden = { ...fill.velden, Meetmoment: "Startfoto" };
    const rijen = fill.rijen!;
    rijen.mijlpalen.M7 = { status: "" };
    for (const k of Object.keys(rijen.vragenlijst)) if (/^[CO]/.test(k)) delete rijen.vragenlijst[k];
    const clean = inputFromModel(buildTemplate(DEF, { eenheid, vul: fill }));
    setStatus(clean, "M7", null);
    expect(read(clean).issues).toEqual([]);
    const r = read(setAnswer(clean, "O2b", "Te vroeg ingevuld"));
    expect(only(r, "niet_van_toepassing_ingevuld")).toMatchObject({ severity: "waarschuwing", cel: "D29" });
  });
  test("an Excel error value in a cell is named", () => {
    const i = only(read(setAnswer(validInput(), "V2", { error: "#REF!" })), "celfout");
    expect(i.bericht).toContain("#REF!");
    expect(i.cel).toBe("D3");
  });
  test("a changed question text is a changed fixed row", () => {
    expect(
      only(read(setCell(validInput(), "Vragenlijst", "V8", "Vraag", "Andere vraag")), "vaste_rij_gewijzigd")
        .cel,
    ).toBe("C16");
  });
});

describe("structure", () => {
  test("a missing sheet makes the workbook unreadable", () => {
    const input = validInput();
    input.grids = input.grids.filter((g) => g.sheet !== "Vragenlijst");
    const r = read(input);
    expect(r.ok).toBe(false);
    expect(only(r, "blad_ontbreekt").bericht).toContain("Het blad 'Vragenlijst' ontbreekt");
  });
  test("a missing essential column makes it unreadable; a missing other column is an error only", () => {
    const a = validInput();
    gridOf(a, "Mijlpalen").values[0][2] = "Stand";
    const r = read(a);
    expect(r.ok).toBe(false);
    expect(r.issues.find((i) => i.code === "kolom_ontbreekt")?.kolom).toBe("Status");
    const b = validInput();
    gridOf(b, "Mijlpalen").values[0][5] = "Opmerking";
    const r2 = read(b);
    expect(r2.ok).toBe(true);
    expect(codes(r2)).toEqual(expect.arrayContaining(["kolom_ontbreekt", "kolom_extra"]));
  });
  test("a table turned into a range, moved columns, header case and spacing, extra columns are read correctly", () => {
    const input = validInput("Nijmegen");
    const g = gridOf(input, "Mijlpalen");
    g.table = null;
    // Move Status to the end, change case/spacing, add an extra column, and put two title rows above.
    g.values = g.values.map((row, i) => {
      const [code, label, status, gereed, verwacht, toel] = row;
      const head = i === 0;
      return [
        head ? "  code " : code,
        head ? "MIJLPAAL" : label,
        head ? "Datum  gereed" : gereed,
        head ? "verwachte datum" : verwacht,
        head ? "Toelichting" : toel,
        head ? "Eigen notitie" : "x",
        head ? "status" : status,
      ];
    });
    g.values.unshift(
      ["Mijlpalen van onze regio", null, null, null, null, null, null],
      [null, null, null, null, null, null, null],
    );
    g.left = 2;
    const r = read(input);
    expect(r.ok).toBe(true);
    expect(codes(r).sort()).toEqual(["kolom_extra", "tabel_als_bereik"]);
    expect(r.ok && r.ret.tabellen.mijlpalen[4].cellen.verwachteDatum.datum?.tekst).toBe("2012");
    expect(r.ok && r.ret.tabellen.mijlpalen[4].bron?.cel).toBe("H8");
  });
  test("another definition and an unknown version are refused; none recorded is read as the default", () => {
    const other = validInput();
    other.definitie = { id: "actiemonitor-2013", versie: "1.0" };
    const a = checkWorkbook(other, [DEF], DEF);
    expect(a.result.ok).toBe(false);
    expect(a.result.issues[0].code).toBe("andere_definitie");
    const older = validInput();
    older.definitie = { id: DEF.id, versie: "0.9" };
    expect(checkWorkbook(older, [DEF], DEF).result.issues[0].code).toBe("onbekende_versie");
    const none = validInput();
    none.definitie = null;
    const c = checkWorkbook(none, [DEF], DEF);
    expect(c.result.ok).toBe(true);
    expect(c.result.issues.map((i) => i.code)).toEqual(["geen_definitie"]);
  });
  test("every issue carries code, severity, sheet, row, column, A1 address and a Dutch message", () => {
    const r = read(setAnswer(setStatus(validInput(), "M1", "???"), "V1", "???"));
    for (const i of r.issues) {
      expect(i).toEqual(
        expect.objectContaining({
          code: expect.any(String),
          severity: "fout",
          blad: expect.any(String),
          rij: expect.any(Number),
          kolom: expect.any(String),
          cel: expect.stringMatching(/^[A-Z]+\d+$/),
          bestand: "test.xlsx",
        }),
      );
      expect(i.bericht).toMatch(/Kies/);
    }
  });
});
