/**
 * The sheet builder's print rules on small explicit sheets: long texts wrap inside their columns with a row
 * tall enough for them; header rows fit their longest word; data bars skip totals.
 */
import { cell, SheetBuilder } from "../../src/core/engine/sheet-builder";

const LONG =
  "Invulgraad 100,0 %: 36 van 36 verplichte cellen geldig ingevuld, waarvan onbekend 2. Invulling Groen: geen fouten.";

function sheet(): SheetBuilder {
  return new SheetBuilder("Proef", [10, 8, 20], "Kop")
    .title("Proef — een lange titel die over de kolommen heen mag lopen, want hij staat boven de tabel")
    .header(["Regio", "Aantal", "Uitleg"])
    .freezeHere();
}

describe("wrapColumns", () => {
  test("a long text in a wrapped column wraps; its row gets a height of whole lines of 15 points", () => {
    const m = sheet().wrapColumns(3).row(["Breda", 3, LONG]).row(["Delft", 4, "Kort."]).build();
    // 114 letters in a column of 20 (19 letters a line, broken between words): seven lines.
    expect(m.rows[2][2]).toEqual({ v: LONG, wrap: true });
    expect(m.rijHoogtes?.[3]).toBe(7 * 15);
    // The other cells of that tall row wrap too, so they start at the top like the long text.
    expect(m.rows[2][0]).toEqual({ v: "Breda", wrap: true });
    expect(m.rows[2][1]).toEqual({ v: 3, wrap: true });
    // A short text needs one line: no height, and nothing else in the row changes.
    expect(m.rows[3][2]).toEqual({ v: "Kort.", wrap: true });
    expect(m.rows[3][0]).toEqual({ v: "Delft" });
    expect(m.rijHoogtes?.[4]).toBeUndefined();
  });

  test("a line break starts a new line; bold text takes more room", () => {
    const m = sheet()
      .wrapColumns(3)
      .row(["A", 1, "Eerste regel.\nTweede regel.\nDerde regel."])
      .row(["B", 2, cell("jeugdzorg jeugdzorg jeugdzorg jeugdzorg", { bold: true })])
      .row(["C", 3, "jeugdzorg jeugdzorg jeugdzorg jeugdzorg"])
      .build();
    expect(m.rijHoogtes?.[3]).toBe(3 * 15);
    // Two words of nine letters fit a line of plain text in a column of 20, one word of bold text.
    expect(m.rijHoogtes?.[4]).toBe(4 * 15);
    expect(m.rijHoogtes?.[5]).toBe(2 * 15);
  });

  test("rows above the frozen rows (title, header) and columns not named stay as they are", () => {
    const m = sheet().wrapColumns(3).row([LONG, 1, null]).build();
    expect(m.rows[0][0].wrap).toBeUndefined();
    expect(m.rows[2][0]).toEqual({ v: LONG });
    expect(m.rijHoogtes?.[3]).toBeUndefined();
  });

  test("without wrapColumns nothing wraps below the header", () => {
    const m = sheet().row(["Breda", 3, LONG]).build();
    expect(m.rows[2][2]).toEqual({ v: LONG });
    expect(m.rijHoogtes).toBeUndefined();
  });
});

describe("header and data bars", () => {
  test("a column is widened to the longest word of its header; a wrapped header row gets its height", () => {
    const m = new SheetBuilder("Proef", [6, 6], "Kop").header(["Waarschuwingen", "Nr"]).build();
    // 14 letters of bold text (a tenth wider) and a margin of 2.
    expect(m.widths).toEqual([Math.ceil(14 * 1.1) + 2, 6]);
    expect(m.rijHoogtes).toBeUndefined();
    const two = new SheetBuilder("Proef", [12], "Kop").header(["Waarvan onbekend"]).build();
    expect(two.rijHoogtes).toEqual({ 1: 30 });
  });

  test("data bars run over the runs of plain numbers only, never over a bold total", () => {
    const m = new SheetBuilder("Proef", [10, 8], "Kop")
      .header(["Antwoord", "Aantal"])
      .row(["Ja", 3])
      .row(["Nee", 4])
      .row([cell("Totaal", { bold: true }), cell(7, { bold: true })])
      .row(["Ja", 1])
      .dataBar(2, 2)
      .build();
    expect(m.dataBars).toEqual(["B2:B3", "B5:B5"]);
  });
});

describe("printing", () => {
  test("explanation columns stay on the sheet but out of the print area, and never set a row's height", () => {
    const m = sheet().wrapColumns(3).explanationsFrom(3).row(["Breda", 3, LONG]).build();
    expect(m.afdruk.kolommen).toBe(2);
    expect(m.rows[2][2]).toEqual({ v: LONG });
    expect(m.rijHoogtes).toBeUndefined();
  });

  test("the title and the sheet's note print once; the header row repeats on every page", () => {
    const m = new SheetBuilder("Proef", [10, 8], "Kop")
      .title("Proef")
      .row(["gemaakt met Regiomonitor; bij opnieuw importeren wordt dit blad vervangen."])
      .header(["Regio", "Aantal"])
      .freezeHere()
      .build();
    expect([m.afdruk.titelVan, m.afdruk.titelRijen]).toEqual([3, 3]);
    // Frozen rows without a header row (a factsheet's title and note) do not repeat at all.
    const f = new SheetBuilder("Proef", [10, 8], "Kop").title("Proef").row(["noot"]).freezeHere().build();
    expect(f.afdruk.titelRijen).toBe(0);
  });

  test("a header over a column of numbers is right-aligned, over text or a mixed column not", () => {
    const m = sheet().row(["Breda", 3, "37 van 37 gerealiseerd"]).row(["Delft", 0, null]).build();
    expect(m.rows[1].map((c) => c.rechts ?? false)).toEqual([false, true, false]);
    const mixed = sheet().row(["Breda", 3, 1]).row(["Delft", "n.v.t.", 2]).build();
    expect(mixed.rows[1].map((c) => c.rechts ?? false)).toEqual([false, false, true]);
  });

  test("a chart that does not fit on what is left of a page begins a new page, with its table", () => {
    // A4 landscape holds 487 points within the margins; at 95 % that is 30 rows of 15 points (scale 1).
    const b = new SheetBuilder("Proef", [10, 8], "Kop");
    for (let i = 0; i < 20; i++) b.row([`r${i + 1}`, i]);
    b.startBlock().row(["Tabel"]).row(["x", 1]);
    const chartRow = b.nextRow;
    b.chart({
      titel: "Grafiek",
      soort: "staaf",
      categorieKolom: 1,
      van: 22,
      tot: 22,
      reeksen: [{ kolom: 2 }],
      kopRij: 21,
      procent: false,
      plaats: { rij: chartRow, kolom: 1, rijen: 12, kolommen: 2 },
    });
    for (let i = 0; i < 12; i++) b.blank();
    // Rows 21 to 34 (table and chart) do not fit below row 20: they begin page 2.
    expect(b.build().afdruk.paginaEinden).toEqual([21]);
    // Without a chart the host breaks the pages itself.
    const plain = new SheetBuilder("Proef", [10, 8], "Kop");
    for (let i = 0; i < 100; i++) plain.row([`r${i + 1}`, i]);
    expect(plain.build().afdruk.paginaEinden).toBeUndefined();
  });
});
