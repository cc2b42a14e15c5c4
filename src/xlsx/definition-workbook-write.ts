/**
 * Writing a monitor's definition workbook (.xlsx) with ExcelJS (Node only): `regiomonitor definitie export
 * ID --xlsx`. The sheets and what they say about themselves (the Toelichting sheet, a comment on every
 * header, dropdowns) are decided in the core (`definitionToSheets`, `definitionGuide`, `headerHelp`); this
 * file renders them. Read back by definition-workbook.ts, which skips the Toelichting and `_` sheets.
 */
import ExcelJS from "exceljs";
import type { Grid, RawValue } from "../core/grid";
import { columnLetters } from "../core/grid";
import type { Monitor } from "../core/model";
import { definitionToSheets } from "../core/model/xlsform";
import {
  CHOICES_SHEET,
  GUIDE_SHEET,
  definitionGuide,
  headerHelp,
  type HeaderHelp,
} from "../core/model/xlsform/guide";
import { wrappedHeight } from "../core/engine/sheet-builder";
import { FILL_COLOURS, SHEET_FONT } from "../core/sheet-model";
import { setPrint } from "./render-sheet";

const KOPTEKST = "Definitie van een monitor (Regiomonitor)";
const FONT = { name: SHEET_FONT.name, size: SHEET_FONT.size, family: 2 };
const HEADER_FILL: ExcelJS.Fill = {
  type: "pattern",
  pattern: "solid",
  fgColor: { argb: `FF${FILL_COLOURS.kop}` },
};
/** The Toelichting sheet's first column (running text) and the columns of its example tables. */
const GUIDE_WIDTHS = [90, 24] as const;
/** The body rows of a sheet that get a dropdown: the rows there are and room for as many new ones. */
const DROPDOWN_ROWS = 200;

/** ExcelJS keeps a sheet's validations by address, ranges too; its typings leave `dataValidations` out. */
interface SheetValidations {
  dataValidations: { add(address: string, validation: ExcelJS.DataValidation): void };
}

const width = (values: RawValue[][], c: number): number =>
  Math.min(
    50,
    Math.max(
      10,
      ...values.map((r) => {
        const v = r[c];
        const longest =
          v === null || v === undefined
            ? 0
            : Math.max(
                ...String(v)
                  .split("\n")
                  .map((l) => l.length),
              );
        return longest + 2;
      }),
    ),
  );

function styleHeader(cell: ExcelJS.Cell): void {
  cell.font = { ...FONT, bold: true, color: { argb: "FF000000" } };
  cell.fill = HEADER_FILL;
  cell.alignment = { wrapText: true, vertical: "top" };
}

function guideSheet(wb: ExcelJS.Workbook, def: Monitor, sheets: Grid[]): void {
  const ws = wb.addWorksheet(GUIDE_SHEET);
  for (let c = 1; c <= 8; c++) ws.getColumn(c).width = c === 1 ? GUIDE_WIDTHS[0] : GUIDE_WIDTHS[1];
  setPrint(ws, { titelRijen: 0, koptekst: KOPTEKST, voettekst: GUIDE_SHEET });
  const lines = definitionGuide(def, sheets);
  lines.forEach((line, i) => {
    const row = ws.getRow(i + 1);
    line.cellen.forEach((text, c) => {
      const cell = row.getCell(c + 1);
      cell.value = text;
      cell.alignment = { wrapText: true, vertical: "top" };
      cell.font = { ...FONT, bold: line.soort !== "tekst" && line.soort !== "voorbeeld" };
      if (line.soort === "voorbeeldkop") styleHeader(cell);
    });
    // Text lines use the wide first column; an example row spreads over the narrower ones.
    const tall = Math.max(
      ...line.cellen.map((t, c) =>
        wrappedHeight(
          t,
          c === 0 ? GUIDE_WIDTHS[0] : GUIDE_WIDTHS[1],
          line.soort !== "tekst" && line.soort !== "voorbeeld",
        ),
      ),
    );
    if (tall > 15) row.height = tall;
  });
}

function addDropdown(ws: ExcelJS.Worksheet, col: number, source: string, h: HeaderHelp): void {
  const letter = columnLetters(col);
  (ws as unknown as SheetValidations).dataValidations.add(`${letter}2:${letter}${DROPDOWN_ROWS + 1}`, {
    type: "list",
    allowBlank: true,
    formulae: [source],
    showErrorMessage: true,
    // A free column (a group name in Verplicht) accepts other text after a notice; others refuse it.
    errorStyle: h.vrij ? "information" : "stop",
    errorTitle: "Regiomonitor",
    error: h.vrij
      ? "Deze waarde staat niet in de keuzelijst. Dat mag hier (zie de opmerking bij de kop)."
      : "Kies een waarde uit de keuzelijst.",
  });
}

/** The .xlsx bytes of a monitor's definition workbook. */
export async function definitionWorkbookBytes(def: Monitor): Promise<Buffer> {
  const sheets = definitionToSheets(def);
  const wb = new ExcelJS.Workbook();
  wb.creator = "Regiomonitor";
  guideSheet(wb, def, sheets);
  const lists: string[][] = [];
  const listSource = (values: string[]): string => {
    let i = lists.findIndex((l) => l.length === values.length && l.every((v, j) => v === values[j]));
    if (i < 0) i = lists.push(values) - 1;
    const c = columnLetters(i + 1);
    return `${CHOICES_SHEET}!$${c}$1:$${c}$${values.length}`;
  };
  for (const g of sheets) {
    const cols = Math.max(1, ...g.values.map((r) => r.length));
    const widths = Array.from({ length: cols }, (_, c) => width(g.values, c));
    const ws = wb.addWorksheet(g.sheet, { views: [{ state: "frozen", ySplit: 1, xSplit: 0 }] });
    widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
    setPrint(ws, { titelRijen: 1, koptekst: KOPTEKST, voettekst: g.sheet });
    g.values.forEach((r, ri) => {
      const row = ws.getRow(ri + 1);
      let tall = 15;
      for (let c = 0; c < cols; c++) {
        const v = r[c] ?? null;
        const cell = row.getCell(c + 1);
        cell.value = typeof v === "string" || typeof v === "number" ? v : null;
        if (ri === 0) styleHeader(cell);
        else {
          cell.font = FONT;
          cell.alignment = { wrapText: true, vertical: "top" };
        }
        if (typeof v === "string") tall = Math.max(tall, wrappedHeight(v, widths[c], ri === 0));
      }
      if (tall > 15) row.height = tall;
    });
    headerHelp(def, g).forEach((h, c) => {
      ws.getCell(1, c + 1).note = { texts: [{ text: h.uitleg }] } as ExcelJS.Comment;
      if (h.keuzes) addDropdown(ws, c + 1, listSource(h.keuzes), h);
    });
  }
  const choices = wb.addWorksheet(CHOICES_SHEET, { state: "hidden" });
  lists.forEach((l, c) => l.forEach((v, r) => (choices.getCell(r + 1, c + 1).value = v)));
  return Buffer.from(await wb.xlsx.writeBuffer());
}
