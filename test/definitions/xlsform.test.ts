/**
 * Definitions as Excel workbooks (XLSForm-style): every built-in exports to a real .xlsx (our writer), reads
 * back through our reader to the identical definition, and opens in openpyxl; conditions parse and print
 * both ways; a workbook with ten mistakes gives ten messages naming sheet, row and column.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Grid, RawValue } from "../../src/core/grid";
import { builtInMonitors, type Test } from "../../src/core/model";
import {
  definitionFromSheets,
  definitionToSheets,
  parseCondition,
  printCondition,
  type RefContext,
} from "../../src/core/model/xlsform";
import { readDefinitionWorkbook } from "../../src/xlsx/definition-workbook";
import { definitionWorkbookBytes } from "../../src/xlsx/definition-workbook-write";
import { definitionWorkbook as workbook } from "./sheets-workbook";
import { ROOT, runPython, tempDir } from "../helpers/files";
import { messages, said } from "./issues-said";
import { libreOffice, openpyxlSaved } from "../helpers/producers";
import { SETTINGS, SHEETS } from "../../src/core/model/xlsform/layout";

describe("conditions as text", () => {
  const ctx: RefContext = {
    fields: ["Meetmoment", "Peildatum"],
    columns: [
      { id: "status", kop: "Status" },
      { id: "verwachteDatum", kop: "Verwachte datum" },
      { id: "verschuiving", kop: "Verschuiving t.o.v. nulmeting" },
    ],
    rows: ["C2", "M1"],
  };
  const cases: [string, Test[]][] = [
    ["Meetmoment = Eindfoto", [{ waarde: "veld:Meetmoment", is: ["Eindfoto"] }]],
    ["C2 = Ja, regiocoördinator aangesteld", [{ waarde: "rij:C2", is: ["Ja, regiocoördinator aangesteld"] }]],
    [
      "status = Gedeeltelijk of In voorbereiding",
      [{ waarde: "status", is: ["Gedeeltelijk", "In voorbereiding"] }],
    ],
    ["status is niet Vervallen", [{ waarde: "status", niet: ["Vervallen"] }]],
    [
      "status is leeg en status is ongeldig",
      [
        { waarde: "status", leeg: true },
        { waarde: "status", ongeldig: true },
      ],
    ],
    ["status is ingevuld", [{ waarde: "status", ingevuld: true }]],
    ["verwachteDatum datum ontbreekt", [{ datum: "verwachteDatum", ontbreekt: true }]],
    ["verwachteDatum voor Peildatum", [{ datum: "verwachteDatum", voor: { waarde: "veld:Peildatum" } }]],
    [
      "verwachteDatum na normdatum + 12 maanden",
      [{ datum: "verwachteDatum", na: { waarde: "normdatum", plusMaanden: 12 } }],
    ],
    [
      "verwachteDatum uiterlijk normdatum + 1 maand",
      [{ datum: "verwachteDatum", uiterlijk: { waarde: "normdatum", plusMaanden: 1 } }],
    ],
    ["rij ontbreekt", [{ rij: "ontbreekt" }]],
    [
      'verschuiving = eerder of "eerder of gelijk"',
      [{ waarde: "verschuiving", is: ["eerder", "eerder of gelijk"] }],
    ],
    [
      "veld:Peildatum is leeg en rij:M1 = Ja",
      [
        { waarde: "veld:Peildatum", leeg: true },
        { waarde: "rij:M1", is: ["Ja"] },
      ],
    ],
  ];
  test.each(cases)("%s", (text, tests) => {
    expect(parseCondition(text, ctx)).toEqual({ ok: true, value: tests });
    const printed = printCondition(tests, ctx);
    expect(parseCondition(printed, ctx)).toEqual({ ok: true, value: tests });
  });
  test("the printer writes the short readable form; headers and other casings are read too", () => {
    expect(printCondition([{ waarde: "veld:Peildatum", leeg: true }], ctx)).toBe("Peildatum is leeg");
    expect(printCondition([{ waarde: "rij:M1", is: ["Ja"] }], ctx)).toBe("M1 = Ja");
    expect(parseCondition("Verwachte datum NA normdatum + 6 maanden\nmeetmoment = Startfoto", ctx)).toEqual({
      ok: true,
      value: [
        { datum: "verwachteDatum", na: { waarde: "normdatum", plusMaanden: 6 } },
        { waarde: "veld:Meetmoment", is: ["Startfoto"] },
      ],
    });
  });
  test("a name that is nothing gets a message naming what is there", () => {
    expect(parseCondition("Meetmomnt = Eindfoto", ctx)).toEqual({
      ok: false,
      fout: {
        code: "definitie_naam_onbekend",
        gegevens: {
          naam: "Meetmomnt",
          soort: "naam",
          velden: ["Meetmoment", "Peildatum"],
          kolommen: ["status", "verwachteDatum", "verschuiving"],
        },
      },
    });
    expect(parseCondition("status ligt ver weg", ctx).ok).toBe(false);
  });
});

describe("every built-in as a definition workbook", () => {
  const dir = tempDir("regiomonitor-xlsform-");
  test.each(builtInMonitors().map((d) => [d.id, d] as const))(
    "%s exports, reads back identically, opens in openpyxl",
    async (id, def) => {
      const file = path.join(dir, `${id}.xlsx`);
      writeFileSync(file, definitionWorkbookBytes(def));
      const back = await readDefinitionWorkbook(new Uint8Array(readFileSync(file)), `${id}.xlsx`);
      expect(back).toEqual({ ok: true, def });
      const sheets = definitionToSheets(def);
      const py = runPython(
        `import sys, json, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
print(json.dumps({ws.title: [[c for c in r] for r in ws.iter_rows(values_only=True)] for ws in wb}, default=str))`,
        [file],
      );
      expect(py.code).toBe(0);
      const opened = JSON.parse(py.stdout) as Record<string, RawValue[][]>;
      expect(Object.keys(opened)).toEqual(["Toelichting", ...sheets.map((s) => s.sheet), "_keuzelijsten"]);
      for (const s of sheets) expect(opened[s.sheet]).toEqual(s.values);
    },
  );
  test.each(["rak-2008-2010", "ghnt-2018"])(
    "%s saved again by LibreOffice Calc and by openpyxl (as a user's spreadsheet program would) reads back identically",
    async (id) => {
      const def = builtInMonitors().find((d) => d.id === id)!;
      const bytes = definitionWorkbookBytes(def);
      for (const saved of [libreOffice(bytes, dir, "xlsx", "xlsx"), openpyxlSaved(bytes, dir)])
        expect(await readDefinitionWorkbook(saved, `${id}.xlsx`)).toEqual({ ok: true, def });
    },
  );
  test("the RAK monitor is written in the simple form (vragen, mijlpalen), the action monitors in the full form", () => {
    const names = (id: string) =>
      definitionToSheets(builtInMonitors().find((d) => d.id === id)!).map((s) => s.sheet);
    expect(names("rak-2008-2010")).toEqual([
      "Instellingen",
      "Eenheden",
      "Schalen",
      "Velden",
      "Vragen",
      "Mijlpalen",
      "Landelijk",
    ]);
    expect(names("ghnt-2018")).toEqual([
      "Instellingen",
      "Eenheden",
      "Schalen",
      "Tabellen",
      "Velden",
      "Kolommen",
      "Rijen",
      "Oordeel",
      "Controles",
      "Landelijk",
    ]);
    const rak = definitionToSheets(builtInMonitors()[0]);
    const vragen = rak.find((s) => s.sheet === "Vragen")!.values;
    expect(vragen[0]).toEqual(["Nr", "Onderdeel", "Vraag", "Type", "Schaal", "Verplicht", "Geldt als"]);
    expect(vragen.find((r) => r[6] === "C2 = Ja, regiocoördinator aangesteld")).toBeDefined();
    expect(vragen.find((r) => r[6] === "Meetmoment = Eindfoto")).toBeDefined();
  });
});

describe("a definition workbook with mistakes", () => {
  /** A small correct definition; each test changes one thing. */
  const good = (): Record<string, RawValue[][]> => ({
    instellingen: [
      ["Sleutel", "Waarde"],
      ["id", "wijkmonitor"],
      ["versie", "1"],
      ["naam", "Wijkmonitor"],
      ["eenheid", "gemeente"],
    ],
    eenheden: [["naam"], ["Alkmaar"], ["Bergen"]],
    schalen: [
      ["schaal", "optie", "onbekend", "gewicht"],
      ["janee", "Ja", null, 1],
      ["janee", "Nee"],
      ["janee", "Onbekend", "ja"],
    ],
    vragen: [
      ["Nr", "Onderdeel", "Vraag", "Type", "Schaal", "Verplicht", "Geldt als"],
      ["1", "A", "Is er een plan?", "schaal", "janee", "ja"],
      ["2", "A", "Wie schreef het?", "tekst", null, "nee", "1 = Ja"],
      ["3", "B", "Wanneer vastgesteld?", "datum", null, "nee", "Meetmoment = Eindfoto"],
    ],
    mijlpalen: [
      ["code", "mijlpaal", "normdatum"],
      ["M1", "Plan vastgesteld", "31-12-2027"],
    ],
  });
  const load = (sheets: Record<string, RawValue[][]>) => readDefinitionWorkbook(workbook(sheets), "def.xlsx");

  test("the correct one loads, with the documented defaults", async () => {
    const r = await load(good());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.def.tabellen.map((t) => [t.id, t.blad])).toEqual([
      ["gemeente", "Gemeente"],
      ["mijlpalen", "Mijlpalen"],
      ["vragenlijst", "Vragenlijst"],
    ]);
    expect(r.def.eenheden).toEqual({
      soort: "gemeente",
      meervoud: "gemeenten",
      namen: [{ naam: "Alkmaar" }, { naam: "Bergen" }],
    });
    expect(r.def.landelijk.map((n) => n.blad)).toEqual([
      "Retouren",
      "Mijlpalen landelijk",
      "Gemeente × mijlpaal",
      "Vragenlijst landelijk",
      "Open antwoorden",
    ]);
    expect(r.def.scores).toEqual({
      invulling: { groen: 100, oranje: 80 },
      eenheid: { tabel: "mijlpalen" },
      voortgang: { tabel: "mijlpalen" },
    });
  });

  test("ten different mistakes give ten messages naming sheet, row and column", async () => {
    const s = good();
    s.instellingen.push(["kleur", "blauw"]); // 1 unknown key
    s.instellingen[1][1] = "Wijk Monitor"; // 2 id format (the model's rule)
    s.eenheden.push(["Bergen"]); // 3 duplicate unit (a reference check)
    s.schalen[2][3] = "veel"; // 4 weight not a number
    s.vragen[1][3] = "keus"; // 5 unknown type
    s.vragen[2][4] = "jaanee"; // 6 unknown scale
    s.vragen[2][3] = "schaal";
    s.vragen[3][6] = "Meetmomnt = Eindfoto"; // 7 condition on a field that does not exist
    s.vragen[0].push("Opmerking"); // 8 unknown column
    s.mijlpalen[1][2] = "31-13-2027"; // 9 no date
    s.landelijk = [
      ["soort", "blad"],
      ["kaart", "Kaart"],
    ]; // 10 unknown national table
    const r = await load(s);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    // In the order of the workbook: by sheet, then by row.
    const kies = SETTINGS.map((x) => x.naam).join(", ");
    expect(said(r.fouten)).toEqual([
      [
        "definitie_vorm_ongeldig",
        "instellingen",
        2,
        "Waarde",
        "Blad 'instellingen', rij 2, kolom 'Waarde': de waarde heeft niet de goede vorm. Schrijf kleine letters, cijfers en '-'.",
      ],
      [
        "definitie_instelling_onbekend",
        "instellingen",
        6,
        "Sleutel",
        `Blad 'instellingen', rij 6, kolom 'Sleutel': 'kleur' is geen instelling. Kies ${kies}.`,
      ],
      [
        "definitie_dubbel",
        "eenheden",
        4,
        "Naam",
        "Blad 'eenheden', rij 4, kolom 'Naam': 'Bergen' komt twee keer voor. Geef de tweede een andere naam of verwijder hem.",
      ],
      [
        "definitie_geen_getal",
        "schalen",
        3,
        "gewicht",
        "Blad 'schalen', rij 3, kolom 'gewicht': 'veel' is geen getal van 0 tot en met 1. Vul zo'n getal in, met een komma: 0,5.",
      ],
      [
        "definitie_kolom_onbekend",
        "vragen",
        1,
        "Opmerking",
        "Blad 'vragen', rij 1, kolom 'Opmerking': deze kolom is onbekend. Kolommen van dit blad: Nr, Onderdeel, Vraag, Type, Schaal, Verplicht, Geldt als, Hulptekst, Vorige ronde.",
      ],
      [
        "definitie_geen_keuze",
        "vragen",
        2,
        "Type",
        "Blad 'vragen', rij 2, kolom 'Type': 'keus' is geen type. Kies schaal, tekst, datum of getal.",
      ],
      [
        "definitie_schaal_onbekend",
        "vragen",
        3,
        "Schaal",
        "Blad 'vragen', rij 3, kolom 'Schaal': de schaal 'jaanee' bestaat niet. Schrijf de naam van een schaal: janee, meetmoment, mijlpaalstatus.",
      ],
      [
        "definitie_naam_onbekend",
        "vragen",
        4,
        "Geldt als",
        "Blad 'vragen', rij 4, kolom 'Geldt als': 'Meetmomnt' is geen veld, kolom of rij. Velden: Gemeente, Meetmoment, Peildatum, Ingevuld door, Functie, E-mail; kolommen: nr, onderdeel, vraag, antwoord, toelichting.",
      ],
      [
        "definitie_geen_datum",
        "mijlpalen",
        2,
        "normdatum",
        "Blad 'mijlpalen', rij 2, kolom 'normdatum': '31-13-2027' is geen datum. Schrijf de datum als dd-mm-jjjj, bijvoorbeeld 31-12-2010.",
      ],
      [
        "definitie_geen_keuze",
        "landelijk",
        2,
        "soort",
        "Blad 'landelijk', rij 2, kolom 'soort': 'kaart' is geen soort landelijke tabel. Kies retouren, rijverdeling, matrix, antwoorden, open of groepen.",
      ],
    ]);
    // Each names its cell too (counted by hand in the sheets above).
    expect(r.fouten.map((i) => i.cel)).toEqual(["B2", "A6", "A4", "D3", "H1", "D2", "E3", "G4", "C2", "A2"]);
    // No message shows a path of the model (`tabellen[2].rijen[1]`, `scores.eenheid.tabel`).
    for (const m of messages(r)) expect(m).not.toMatch(/\w\[\d+\]|\w\.\w+\.\w/);
  });

  test("a workbook without 'instellingen', an unknown sheet and an empty required cell are named too", async () => {
    const none = await load({ vragen: good().vragen });
    expect(messages(none)).toEqual([
      "def.xlsx is geen definitie: het blad 'Instellingen' ontbreekt (met de kolommen Instelling en Waarde, en de instellingen Code, Versie en Naam).",
    ]);
    expect(!none.ok && none.fouten[0].code).toBe("definitie_geen_instellingen");
    const s = good();
    s.vragn = [["nr"], ["1"]];
    s.vragen[1][2] = null;
    const r = await load(s);
    expect(!r.ok && said(r.fouten)).toEqual([
      [
        "definitie_cel_leeg",
        "vragen",
        2,
        "Vraag",
        "Blad 'vragen', rij 2, kolom 'Vraag': de cel is leeg. Vul 'Vraag' in.",
      ],
      [
        "definitie_blad_onbekend",
        "vragn",
        null,
        null,
        "Blad 'vragn': dit blad is onbekend. Een definitie heeft de bladen Instellingen, Eenheden, Schalen, Vragen, Mijlpalen, Velden, Tabellen, Kolommen, Rijen, Oordeel, Controles, Landelijk; hernoem het blad of zet een _ voor de naam (dan wordt het overgeslagen).",
      ],
    ]);
  });
});

test("a message about a whole part names its sheet; a file that is no workbook gets the reader's reason", async () => {
  const s = {
    instellingen: [
      ["sleutel", "waarde"],
      ["id", "x"],
      ["versie", "1"],
      ["naam", "X"],
    ],
    eenheden: [["naam"], ["Alkmaar"]],
    velden: [
      ["naam", "type", "verplicht", "rol"],
      ["Peildatum", "datum", "ja", "peildatum"],
    ],
    vragen: [
      ["nr", "vraag", "type"],
      ["1", "Hoe?", "tekst"],
    ],
  };
  const r = await readDefinitionWorkbook(workbook(s), "d.xlsx");
  expect(!r.ok && said(r.fouten)).toEqual([
    [
      "definitie_rol_eenheid_ontbreekt",
      "velden",
      null,
      null,
      "Blad 'velden': een monitor met eenheden heeft een veld met rol 'eenheid' nodig. Geef één veld de rol 'eenheid'.",
    ],
  ]);
  await expect(readDefinitionWorkbook(new TextEncoder().encode("id;naam\n"), "d.xlsx")).rejects.toThrow(
    /^d\.xlsx: /,
  );
});

test("the sheets are plain grids: definitionFromSheets works without a file", () => {
  const g = (sheet: string, values: RawValue[][]): Grid => ({ sheet, table: null, top: 1, left: 1, values });
  const r = definitionFromSheets(
    [
      g("instellingen", [
        ["sleutel", "waarde"],
        ["id", "x"],
        ["versie", "1"],
        ["naam", "X"],
      ]),
      g("vragen", [
        ["nr", "vraag", "type"],
        [1, "Hoe?", "tekst"],
      ]),
    ],
    "x.xlsx",
  );
  expect(r.ok && r.def.tabellen.map((t) => t.id)).toEqual(["gegevens", "vragenlijst"]);
  expect(r.ok && r.def.landelijk).toEqual([
    { soort: "antwoorden", blad: "Vragenlijst landelijk", tabel: "vragenlijst" },
    { soort: "open", blad: "Open antwoorden", tabel: "vragenlijst" },
  ]);
});

test("a definition with a part the sheets cannot hold is refused, never written half", () => {
  const def = builtInMonitors()[1];
  const odd = {
    ...def,
    tabellen: def.tabellen.map((t) => ({ ...t, kleur: "rood" })),
  } as unknown as typeof def;
  expect(() => definitionToSheets(odd)).toThrow(
    "De definitie 'actiemonitor-2013' kan niet volledig als werkmap worden geschreven: tabellen[0].kleur",
  );
});

test("docs/definitions.md documents every sheet, column and setting of the layout (the public contract)", () => {
  const doc = readFileSync(path.join(ROOT, "docs", "definitions.md"), "utf8");
  const section = doc.slice(doc.indexOf("## Definitions in Excel"), doc.indexOf("## The model"));
  const missing = [
    ...Object.values(SHEETS).flatMap((s) => [s.blad, ...s.kolommen.map((c) => c.kol)]),
    ...SETTINGS.map((s) => s.sleutel),
  ].filter((name) => !section.includes(`\`${name}\``));
  expect(missing).toEqual([]);
});

test("a sheet longer than the reader reads is refused, not read in part", async () => {
  const rows: RawValue[][] = [["naam"], ...Array.from({ length: 10000 }, (_, i) => [`Gemeente ${i + 1}`])];
  const r = await readDefinitionWorkbook(
    workbook({
      instellingen: [
        ["sleutel", "waarde"],
        ["id", "x"],
        ["versie", "1"],
        ["naam", "X"],
      ],
      eenheden: rows,
    }),
    "groot.xlsx",
  );
  expect(!r.ok && said(r.fouten)).toEqual([
    [
      "definitie_blad_te_lang",
      "eenheden",
      null,
      null,
      "Blad 'eenheden': het blad heeft meer dan 9999 rijen; zoveel rijen leest Regiomonitor niet. Haal lege of overbodige rijen weg.",
    ],
  ]);
});
