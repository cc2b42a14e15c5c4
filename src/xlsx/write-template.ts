/**
 * The standard workbook (a TemplateModel) as sheets for our writer (sheet-writer.ts), and its .xlsx bytes:
 * the Toelichting sheet, one sheet per table (an Excel table without filter buttons, the header row frozen,
 * input prompts and answer lists as data validations, protected with the input cells unlocked, the previous
 * round's answers beside it), the hidden answer lists and the very hidden sheet naming the definition.
 */
import type { TemplateModel } from "../core/template-model";
import { templateValidations } from "../excel/shared";
import { FILL_COLOURS } from "../core/sheet-model";
import {
  plainSheet,
  workbookXlsx,
  type CellStyle,
  type Validation,
  type WriteCell,
  type WriteSheet,
} from "./sheet-writer";

type TemplateTable = TemplateModel["tables"][number];

/** Grey of the previous answers' column: read-only, set apart from the table the unit fills in. */
const BESIDE_FILL = "EDEDED";
/**
 * The header row wraps (long headers stay readable on paper) and names its font colour and fill, so that it
 * prints visibly where a program does not apply the table style (LibreOffice prints it white on white).
 */
const HEADER: CellStyle = { fmt: "General", bold: true, kleur: "000000", fill: FILL_COLOURS.kop, wrap: true };
const LIST_ERROR = {
  stijl: "warning",
  titel: "Regiomonitor",
  tekst: "Kies een antwoord uit de keuzelijst.",
} as const;

const cell = (v: string | number | null, style: CellStyle): WriteCell => ({ v, style });

/** The Toelichting sheet: one column of running text, each paragraph as tall as it wraps. */
function guideSheet(g: TemplateModel["toelichting"]): WriteSheet {
  return plainSheet(
    g.name,
    g.lines.map((line) => [cell(line.tekst, { fmt: "General", wrap: true, bold: line.soort !== "tekst" })]),
    g.afdruk,
    {
      widths: [g.breedte],
      rowHeights: Object.fromEntries(g.lines.map((line, i) => [i + 1, line.hoogte])),
    },
  );
}

/**
 * One validation per rectangle of cells that share a list and an input prompt (as the Office.js adapter writes
 * them): never overlapping. A cell with a prompt and no list gets a validation that allows anything.
 */
function validations(t: TemplateTable): Validation[] {
  return templateValidations(t).map((v) => ({
    sqref: v.address,
    lijst: v.source !== null ? v.source.replace(/^=/, "") : null,
    ...(v.tekst !== "" ? { prompt: { titel: v.titel, tekst: v.tekst } } : {}),
    ...(v.source !== null ? { fout: LIST_ERROR } : {}),
  }));
}

function tableSheet(model: TemplateModel, t: TemplateTable): WriteSheet {
  const format = (r: number, c: number): string =>
    t.formats[c] ??
    model.cellFormats.find((f) => f.sheet === t.sheet && f.row === r && f.col === c)?.format ??
    "General";
  const rows: (WriteCell | null)[][] = [
    t.header.map((h) => cell(h, HEADER)),
    ...t.rows.map((row, r) =>
      row.map((v, c) => cell(v, { fmt: format(r, c), wrap: true, unlocked: t.editable[c] })),
    ),
  ];
  const widths = [...t.widths];
  // The previous answers beside the table, one narrow empty column between (so that Excel never takes them
  // into the table): a bold header naming the round, the values locked, in italics, on grey.
  if (t.naast) {
    const col = t.header.length + 1;
    widths.push(2, t.naast.breedte);
    const grey = { fmt: "General", fill: BESIDE_FILL, wrap: true };
    rows[0][col] = cell(t.naast.kop, { ...grey, bold: true });
    t.naast.waarden.forEach((v, r) => {
      rows[r + 1] ??= [];
      rows[r + 1][col] = cell(v, { ...grey, italic: true });
    });
  }
  return plainSheet(t.sheet, rows, t.afdruk, {
    widths,
    freezeRows: 1,
    rowHeights: Object.fromEntries(Object.entries(t.rijHoogtes).map(([r, h]) => [Number(r) + 1, h])),
    table: { name: t.table, columns: t.header, rows: t.rows.length },
    validations: validations(t),
    protect: t.protect,
  });
}

/** The sheets of the standard workbook, in order. */
export function templateSheets(model: TemplateModel): WriteSheet[] {
  // The lists and the meta sheet print like the others (the monitor in the header, pages in the footer).
  const koptekst = model.tables[0]?.afdruk.koptekst ?? "Regiomonitor";
  const plain = (v: string): WriteCell => cell(v, { fmt: "General" });
  const lists = model.listsSheet;
  const length = Math.max(0, ...lists.columns.map((c) => c.values.length));
  const listRows = [
    lists.columns.map((c) => plain(c.header)),
    ...Array.from({ length }, (_, r) =>
      lists.columns.map((c) => (r < c.values.length ? plain(c.values[r]) : null)),
    ),
  ];
  const meta = model.metaSheet;
  return [
    guideSheet(model.toelichting),
    ...model.tables.map((t) => tableSheet(model, t)),
    plainSheet(lists.name, listRows, { titelRijen: 1, koptekst, voettekst: lists.name }, { state: "hidden" }),
    plainSheet(
      meta.name,
      meta.rows.map(([k, v]) => [plain(k), plain(v)]),
      { titelRijen: 0, koptekst, voettekst: meta.name },
      { state: "veryHidden" },
    ),
  ];
}

/** The .xlsx bytes of the standard workbook of a template model (regional or action monitor). */
export function templateWorkbook(model: TemplateModel): Buffer {
  return workbookXlsx(templateSheets(model));
}
