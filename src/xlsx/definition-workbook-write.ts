/**
 * Writing a monitor's definition workbook (.xlsx) with our writer (sheet-writer.ts): `regiomonitor definitie
 * export ID --xlsx`. The sheets and what they say about themselves (the Toelichting sheet, a note on every
 * header, dropdowns) are decided in the core (`definitionToSheets`, `definitionGuide`, `headerHelp`); this
 * file turns them into sheets to write. Read back by definition-workbook.ts, which skips the Toelichting and `_` sheets.
 */
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
import { FILL_COLOURS } from "../core/sheet-model";
import { plainSheet, workbookXlsx, type CellStyle, type Validation, type WriteSheet } from "./sheet-writer";

const KOPTEKST = "Definitie van een monitor (Regiomonitor)";
const HEADER: CellStyle = { fmt: "General", bold: true, kleur: "000000", fill: FILL_COLOURS.kop, wrap: true };
/** The Toelichting sheet's first column (running text) and the columns of its example tables. */
const GUIDE_WIDTHS = [90, 24] as const;
/** The body rows of a sheet that get a dropdown: the rows there are and room for as many new ones. */
const DROPDOWN_ROWS = 200;

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

function guideSheet(def: Monitor, sheets: Grid[]): WriteSheet {
  const lines = definitionGuide(def, sheets);
  const rowHeights: Record<number, number> = {};
  const rows = lines.map((line, i) => {
    const bold = line.soort !== "tekst" && line.soort !== "voorbeeld";
    // Text lines use the wide first column; an example row spreads over the narrower ones.
    const tall = Math.max(
      ...line.cellen.map((t, c) => wrappedHeight(t, c === 0 ? GUIDE_WIDTHS[0] : GUIDE_WIDTHS[1], bold)),
    );
    if (tall > 15) rowHeights[i + 1] = tall;
    return line.cellen.map((text) => ({
      v: text,
      style: line.soort === "voorbeeldkop" ? HEADER : { fmt: "General", wrap: true, bold },
    }));
  });
  return plainSheet(
    GUIDE_SHEET,
    rows,
    { titelRijen: 0, koptekst: KOPTEKST, voettekst: GUIDE_SHEET },
    {
      widths: Array.from({ length: 8 }, (_, c) => (c === 0 ? GUIDE_WIDTHS[0] : GUIDE_WIDTHS[1])),
      rowHeights,
    },
  );
}

function dropdown(col: number, source: string, h: HeaderHelp): Validation {
  const letter = columnLetters(col);
  return {
    sqref: `${letter}2:${letter}${DROPDOWN_ROWS + 1}`,
    lijst: source,
    // A free column (a group name in Verplicht) accepts other text after a notice; others refuse it.
    fout: h.vrij
      ? {
          stijl: "information",
          titel: "Regiomonitor",
          tekst: "Deze waarde staat niet in de keuzelijst. Dat mag hier (zie de opmerking bij de kop).",
        }
      : { stijl: "stop", titel: "Regiomonitor", tekst: "Kies een waarde uit de keuzelijst." },
  };
}

/** The sheets of a monitor's definition workbook, in order. */
export function definitionSheets(def: Monitor): WriteSheet[] {
  const sheets = definitionToSheets(def);
  const lists: string[][] = [];
  const listSource = (values: string[]): string => {
    let i = lists.findIndex((l) => l.length === values.length && l.every((v, j) => v === values[j]));
    if (i < 0) i = lists.push(values) - 1;
    const c = columnLetters(i + 1);
    return `${CHOICES_SHEET}!$${c}$1:$${c}$${values.length}`;
  };
  const out: WriteSheet[] = [guideSheet(def, sheets)];
  for (const g of sheets) {
    const cols = Math.max(1, ...g.values.map((r) => r.length));
    const widths = Array.from({ length: cols }, (_, c) => width(g.values, c));
    const rowHeights: Record<number, number> = {};
    const rows = g.values.map((r, ri) => {
      let tall = 15;
      const cells = Array.from({ length: cols }, (_, c) => {
        const v = r[c] ?? null;
        if (typeof v === "string") tall = Math.max(tall, wrappedHeight(v, widths[c], ri === 0));
        return {
          v: typeof v === "string" || typeof v === "number" ? v : null,
          style: ri === 0 ? HEADER : { fmt: "General", wrap: true },
        };
      });
      if (tall > 15) rowHeights[ri + 1] = tall;
      return cells;
    });
    const help = headerHelp(def, g);
    out.push(
      plainSheet(
        g.sheet,
        rows,
        { titelRijen: 1, koptekst: KOPTEKST, voettekst: g.sheet },
        {
          widths,
          freezeRows: 1,
          rowHeights,
          notes: help.map((h, c) => ({ ref: `${columnLetters(c + 1)}1`, tekst: h.uitleg })),
          validations: help.flatMap((h, c) => (h.keuzes ? [dropdown(c + 1, listSource(h.keuzes), h)] : [])),
        },
      ),
    );
  }
  const length = Math.max(0, ...lists.map((l) => l.length));
  const choiceRows = Array.from({ length }, (_, r) =>
    lists.map((l) => (r < l.length ? { v: l[r], style: { fmt: "General" } } : null)),
  );
  // The lists print like the Toelichting (no title rows).
  out.push(
    plainSheet(
      CHOICES_SHEET,
      choiceRows,
      { titelRijen: 0, koptekst: KOPTEKST, voettekst: CHOICES_SHEET },
      {
        state: "hidden",
      },
    ),
  );
  return out;
}

/** The .xlsx bytes of a monitor's definition workbook. */
export function definitionWorkbookBytes(def: Monitor): Buffer {
  return workbookXlsx(definitionSheets(def));
}
