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
    // 114 letters in a column of 20 (about 22 letters a line): six lines.
    expect(m.rows[2][2]).toEqual({ v: LONG, wrap: true });
    expect(m.rijHoogtes?.[3]).toBe(6 * 15);
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
      .row(["B", 2, cell("kinderzorg kinderzorg kinderzorg kinderzorg", { bold: true })])
      .row(["C", 3, "kinderzorg kinderzorg kinderzorg kinderzorg"])
      .build();
    expect(m.rijHoogtes?.[3]).toBe(3 * 15);
    // Two words of ten letters fit a line of plain text in a column of 20, one word of bold text.
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
