/**
 * The standard workbook of any monitor as a TemplateModel, built from the definition alone: one builder for
 * every monitor, per table form.
 *
 * - A fields table (`velden`): a header `Veld | Waarde` (the table's `kolommen`) and one row per field; the
 *   value cell gets the field's scale (or the unit list for an `eenheid` field) as a dropdown, and a date
 *   format for a `datum` field.
 * - A rows table (`rijen`): the header from `kolommen`, one row per fixed row with the fixed values, the
 *   columns to fill in empty and unlocked; a cell's dropdown comes from the column's scale, or from the row's
 *   own scale (`cel.schaal`) in the main column; `eenheid` cells get the unit list; date cells a date format.
 *   A table with open rows then has the filled rows of `vul.open` and empty rows up to `open.leeg` rows in all
 *   (at least the filled ones), every cell
 *   with its column's list (the key of a `sleutelUit` table: that table's keys), on an unprotected sheet.
 *
 * Dropdown lists live on the hidden Keuzelijsten sheet, one list per column. A list used by a whole column
 * is named after the column's header (what the user sees above it); a list that differs per row or field is
 * named after its scale; a unit list after its field or column. Equal lists are written once.
 *
 * A fill (`vul`) puts answers into the workbook, for examples and tests. Values are written as given: text
 * as text (a date typed as `31-12-2013` stays text), numbers as numbers (dates as Excel serials).
 */
import { columnLetters } from "../grid";
import { wrappedHeight } from "./sheet-builder";
import { GUIDE_WIDTH, guideSheetName, inputPrompt, templateGuide } from "./template-guide";
import { isoToSerial, parseDutchDate } from "../cells/dates";
import { fieldsTable, rowsTables, scaleOf, unitNames } from "../model";
import { carriesPrevious, previousHeading, previousMode, type PreviousRound } from "./previous";
import type { CellType, Field, FieldsTable, Monitor, RowsTable } from "../model/schema";
import {
  DATE_FORMAT,
  LISTS_SHEET,
  META_SHEET,
  type TemplateModel,
  type TemplateTable,
  type TemplateValue,
} from "../template-model";

/** A value filled in: text, a number (dates as Excel serials) or empty. */
export type FillValue = string | number | null;

/** What one unit filled in: fields by name; rows by table id, the row's key value and the column id. */
export interface UnitFill {
  velden?: Record<string, FillValue>;
  rijen?: Record<string, Record<string, Record<string, FillValue>>>;
  /** Open rows by table id: each row its values by column id (fixed columns too), in order. */
  open?: Record<string, Record<string, FillValue>[]>;
}

export interface TemplateOptions {
  /** The unit's name, in the field with role `eenheid`. */
  eenheid?: string;
  /** The meetmoment, in the field with role `meetmoment` (else the field's `standaard`). */
  meetmoment?: string;
  /** The peildatum (`dd-mm-jjjj` or `JJJJ-MM-DD`): a date is written as a serial, other text as text. */
  peildatum?: string;
  vul?: UnitFill;
  /**
   * The unit's previous round (`template --vorige`): its answers beside each field and fixed row, read-only,
   * and filled in as the starting value where the definition says `vorige: invullen` (unless `vul` fills it).
   */
  vorige?: PreviousRound;
}

/** Width of the column with the previous answers, in characters. */
const PREVIOUS_WIDTH = 30;

/** Widths of the name and the value column of a fields table, in characters. */
const FIELD_WIDTHS = [22, 40];
/** The height of a row of one line of the sheet font, in points. */
const ONE_LINE = 15;

interface ListColumn {
  header: string;
  values: string[];
}

/** The dropdown of a cell: the list's name and its values, or none. */
type ListWant = ListColumn | null;

function sameValues(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

/** The date (as an Excel serial) or the text of a peildatum option. */
function peildatumValue(text: string): TemplateValue {
  const t = text.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(t)) return isoToSerial(t);
  const p = parseDutchDate(t);
  return p.ok && p.value.exact ? isoToSerial(p.value.end) : text;
}

function scaleLabels(def: Monitor, name: string | undefined): string[] | null {
  const s = scaleOf(def, name);
  return s ? s.opties.map((o) => o.label) : null;
}

/** The list a cell of this type and scale gets; `header` names a list shared by a column or a unit list. */
function listFor(
  def: Monitor,
  type: CellType,
  schaal: string | undefined,
  header: { units: string; scale: string },
): ListWant {
  if (type === "eenheid") {
    const units = unitNames(def);
    return units.length > 0 ? { header: header.units, values: units } : null;
  }
  if (type !== "keuze") return null;
  const values = scaleLabels(def, schaal);
  return values ? { header: header.scale, values } : null;
}

function fieldValue(f: Field, opts: TemplateOptions): TemplateValue {
  const given = opts.vul?.velden;
  if (given && Object.prototype.hasOwnProperty.call(given, f.naam)) return given[f.naam] ?? null;
  if (f.rol === "eenheid" && opts.eenheid) return opts.eenheid;
  if (f.rol === "meetmoment" && opts.meetmoment) return opts.meetmoment;
  if (f.rol === "peildatum" && opts.peildatum) return peildatumValue(opts.peildatum);
  const prev = previousField(f, opts.vorige);
  if (prev !== null && previousMode(f) === "invullen") return prev;
  return f.standaard ?? null;
}

/** A field's previous answer, or null (fields with a role never carry one). */
function previousField(f: Field, p: PreviousRound | undefined): string | null {
  return p && carriesPrevious(f) ? (p.velden[f.naam] ?? null) : null;
}

/** A fill that names a field, table, row or column the definition does not have is a mistake in the caller. */
function checkFill(def: Monitor, vul: UnitFill | undefined): void {
  if (!vul) return;
  const ft = fieldsTable(def);
  for (const naam of Object.keys(vul.velden ?? {})) {
    if (!ft?.velden.some((f) => f.naam === naam))
      throw new Error(`Invulling voor ${def.id}: veld '${naam}' bestaat niet`);
  }
  for (const [tableId, rows] of Object.entries(vul.rijen ?? {})) {
    const t = rowsTables(def).find((x) => x.id === tableId);
    if (!t) throw new Error(`Invulling voor ${def.id}: tabel '${tableId}' bestaat niet`);
    for (const [key, cells] of Object.entries(rows)) {
      if (!t.rijen.some((r) => r.waarden[t.sleutel] === key))
        throw new Error(`Invulling voor ${def.id}: ${t.rijNaam} '${key}' bestaat niet in tabel '${t.id}'`);
      for (const colId of Object.keys(cells)) {
        const c = t.kolommen.find((x) => x.id === colId);
        if (!c) throw new Error(`Invulling voor ${def.id}: kolom '${colId}' bestaat niet in tabel '${t.id}'`);
        if (c.vast) throw new Error(`Invulling voor ${def.id}: kolom '${colId}' is vast (uit de definitie)`);
      }
    }
  }
  for (const [tableId, rows] of Object.entries(vul.open ?? {})) {
    const t = rowsTables(def).find((x) => x.id === tableId);
    if (!t?.open) throw new Error(`Invulling voor ${def.id}: tabel '${tableId}' heeft geen open rijen`);
    for (const cells of rows)
      for (const colId of Object.keys(cells))
        if (!t.kolommen.some((x) => x.id === colId))
          throw new Error(`Invulling voor ${def.id}: kolom '${colId}' bestaat niet in tabel '${t.id}'`);
  }
}

export function buildTemplate(def: Monitor, opts: TemplateOptions = {}): TemplateModel {
  checkFill(def, opts.vul);
  const lists: ListColumn[] = [];
  const source = (want: ListColumn): string => {
    let i = lists.findIndex((l) => l.header === want.header && sameValues(l.values, want.values));
    if (i < 0) {
      // Two different lists with the same name: the later one gets a number.
      let header = want.header;
      for (let n = 2; lists.some((l) => l.header === header); n++) header = `${want.header} (${n})`;
      lists.push({ header, values: want.values });
      i = lists.length - 1;
    }
    const col = columnLetters(i + 1);
    return `=${LISTS_SHEET}!$${col}$2:$${col}$${lists[i].values.length + 1}`;
  };
  const cellFormats: TemplateModel["cellFormats"] = [];
  // The printed header: the monitor, and where the peildatum is filled in (the template has none yet).
  const fields = def.tabellen.find((t): t is FieldsTable => t.vorm === "velden");
  const peil = fields?.velden.find((v) => v.rol === "peildatum");
  const koptekst = `${def.naam}${peil && fields ? ` · peildatum: zie blad ${fields.blad}` : ""}`;
  const afdruk = (sheet: string) => ({ titelRijen: 1, koptekst, voettekst: sheet });

  const fieldsSheet = (t: FieldsTable): TemplateTable => {
    const tableLists: TemplateTable["lists"] = [];
    t.velden.forEach((f, i) => {
      const want = listFor(def, f.type, f.schaal, { units: f.naam, scale: f.schaal ?? f.naam });
      if (want) tableLists.push({ row: i, col: 1, source: source(want) });
      if (f.type === "datum") cellFormats.push({ sheet: t.blad, row: i, col: 1, format: DATE_FORMAT });
    });
    const naast =
      opts.vorige && t.velden.some(carriesPrevious)
        ? beside(t.velden.map((f) => previousField(f, opts.vorige)))
        : null;
    const header = [t.kolommen.veld, t.kolommen.waarde];
    const rows = t.velden.map((f) => [f.naam, fieldValue(f, opts)]);
    return {
      sheet: t.blad,
      table: t.tabel,
      header,
      rows,
      widths: [...FIELD_WIDTHS],
      editable: [false, true],
      formats: [null, null],
      lists: tableLists,
      protect: true,
      afdruk: afdruk(t.blad),
      ...(naast ? { naast } : {}),
      prompts: t.velden.map((f, i) => ({
        row: i,
        col: 1,
        ...inputPrompt(
          f.naam,
          f.hulptekst,
          f.type,
          tableLists.some((l) => l.row === i),
        ),
      })),
      rijHoogtes: rowHeights(...besideToo(header, rows, [...FIELD_WIDTHS], naast)),
    };
  };

  const beside = (waarden: TemplateValue[]): NonNullable<TemplateTable["naast"]> => ({
    kop: previousHeading(opts.vorige!),
    waarden,
    breedte: PREVIOUS_WIDTH,
  });

  const rowsSheet = (t: RowsTable): TemplateTable => {
    const fills = opts.vul?.rijen?.[t.id] ?? {};
    const prev = opts.vorige?.rijen[t.id];
    const prevOf = (r: RowsTable["rijen"][number]) => prev?.[r.waarden[t.sleutel]] ?? null;
    // The type, scale and list name of each cell: the row's own (`cel`) in the main column, else the column's.
    const cellSpec = (r: RowsTable["rijen"][number], c: RowsTable["kolommen"][number]) => {
      const own = c.id === t.hoofdkolom ? r.cel : undefined;
      const type = own?.type ?? c.type;
      const schaal = own?.schaal ?? c.schaal;
      const scaleHeader = own?.schaal !== undefined ? own.schaal : c.kop;
      return { type, want: c.vast ? null : listFor(def, type, schaal, { units: c.kop, scale: scaleHeader }) };
    };
    // Open rows: the unit types every column (fixed ones too); the key of a `sleutelUit` table gets its keys.
    const from = t.open?.sleutelUit ? rowsTables(def).find((x) => x.id === t.open!.sleutelUit) : undefined;
    const openSpec = (c: RowsTable["kolommen"][number]) => ({
      type: c.type,
      want:
        c.id === t.sleutel && from
          ? { header: c.kop, values: from.rijen.map((r) => r.waarden[from.sleutel]) }
          : listFor(def, c.type, c.schaal, { units: c.kop, scale: c.kop }),
    });
    const openFills = opts.vul?.open?.[t.id] ?? [];
    const openRows = t.open
      ? [...openFills, ...Array<null>(Math.max(t.open.leeg - openFills.length, 0)).fill(null)]
      : [];
    const specs = [
      ...t.rijen.map((r) => t.kolommen.map((c) => cellSpec(r, c))),
      ...openRows.map(() => t.kolommen.map(openSpec)),
    ];
    const formats = t.kolommen.map((_, ci) =>
      specs.every((row) => row[ci].type === "datum") ? DATE_FORMAT : null,
    );
    const tableLists: TemplateTable["lists"] = [];
    specs.forEach((row, ri) =>
      row.forEach((s, ci) => {
        if (s.want) tableLists.push({ row: ri, col: ci, source: source(s.want) });
        if (s.type === "datum" && formats[ci] === null)
          cellFormats.push({ sheet: t.blad, row: ri, col: ci, format: DATE_FORMAT });
      }),
    );
    const header = t.kolommen.map((c) => c.kop);
    const rows = [
      ...t.rijen.map((r) => {
        const fill = fills[r.waarden[t.sleutel]] ?? {};
        const start = previousMode(r) === "invullen" ? prevOf(r) : null;
        return t.kolommen.map((c) =>
          c.vast ? (r.waarden[c.id] ?? null) : (fill[c.id] ?? (c.id === t.hoofdkolom ? start : null) ?? null),
        );
      }),
      ...openRows.map((fill) => t.kolommen.map((c) => fill?.[c.id] ?? null)),
    ];
    const widths = t.kolommen.map((c) => c.breedte);
    const naast = prev ? beside([...t.rijen.map(prevOf), ...openRows.map(() => null)]) : null;
    // With open rows every column is typed in, and the sheet stays unprotected: Excel cannot add rows to a
    // table on a protected sheet. The reader still reports a changed fixed text (vaste_rij_gewijzigd).
    const editable = t.kolommen.map((c) => !c.vast || t.open !== undefined);
    // Every cell to fill in prompts with its row and column, and the help of the question (or column).
    const prompts: TemplateTable["prompts"] = [];
    specs.forEach((row, ri) =>
      row.forEach((spec, ci) => {
        if (!editable[ci]) return;
        const c = t.kolommen[ci];
        const fixed = t.rijen[ri] as RowsTable["rijen"][number] | undefined;
        const help = (c.id === t.hoofdkolom ? fixed?.hulptekst : undefined) ?? c.hulptekst;
        // The title is the column, so that equal prompts of a column share one validation range.
        const title = c.kop;
        prompts.push({ row: ri, col: ci, ...inputPrompt(title, help, spec.type, spec.want !== null) });
      }),
    );
    return {
      sheet: t.blad,
      table: t.tabel,
      header,
      rows,
      widths,
      editable,
      formats,
      lists: tableLists,
      protect: t.open === undefined,
      afdruk: afdruk(t.blad),
      ...(naast ? { naast } : {}),
      prompts,
      rijHoogtes: rowHeights(...besideToo(header, rows, widths, naast)),
    };
  };

  const tables = def.tabellen.map((t) => (t.vorm === "velden" ? fieldsSheet(t) : rowsSheet(t)));
  const members = membersSheet(def, opts.eenheid);
  if (members && !tables.some((t) => t.sheet.toLowerCase() === members.sheet.toLowerCase()))
    tables.push({ ...members, afdruk: afdruk(members.sheet) });
  const guideName = guideSheetName(tables.map((t) => t.sheet));
  return {
    definitie: { id: def.id, versie: def.versie },
    toelichting: {
      name: guideName,
      lines: templateGuide(def),
      breedte: GUIDE_WIDTH,
      afdruk: { ...afdruk(guideName), titelRijen: 0 },
    },
    tables,
    listsSheet: { name: LISTS_SHEET, columns: lists },
    metaSheet: {
      name: META_SHEET,
      rows: [
        ["definitie", def.id],
        ["versie", def.versie],
        ["naam", def.naam],
      ],
    },
    cellFormats,
  };
}

/**
 * The members of the units (a region's municipalities) as a fixed list on their own sheet: those of the
 * template's unit, or of every unit when no unit is chosen. None when the definition has no members.
 */
function membersSheet(def: Monitor, unit: string | undefined): Omit<TemplateTable, "afdruk"> | null {
  const units = (def.eenheden?.namen ?? []).filter((n) => n.leden && (unit === undefined || n.naam === unit));
  const rows: TemplateValue[][] = units.flatMap((n) => (n.leden ?? []).map((lid) => [n.naam, lid]));
  if (!def.eenheden || rows.length === 0) return null;
  const heading = def.eenheden.ledenNaam ?? "leden";
  const widths = [28, 36];
  const header = [def.eenheden.soort.charAt(0).toUpperCase() + def.eenheden.soort.slice(1), "Naam"];
  return {
    sheet: heading.charAt(0).toUpperCase() + heading.slice(1),
    table: "tblLeden",
    header,
    rows,
    widths,
    editable: [false, false],
    formats: [null, null],
    lists: [],
    protect: true,
    prompts: [],
    rijHoogtes: rowHeights(header, rows, widths),
  };
}

/** The height of every row (0: header) whose wrapped text needs more than one line in its column. */
/**
 * The header, rows and widths with the previous answers beside the table (after one narrow empty column), so
 * that a row is as tall as its longest wrapped text, the previous answer included.
 */
function besideToo(
  header: string[],
  rows: TemplateValue[][],
  widths: number[],
  naast: TemplateTable["naast"] | null,
): [string[], TemplateValue[][], number[]] {
  if (!naast) return [header, rows, widths];
  return [
    [...header, "", naast.kop],
    rows.map((r, i) => [...r, null, naast.waarden[i] ?? null]),
    [...widths, 2, naast.breedte],
  ];
}

function rowHeights(header: string[], rows: TemplateValue[][], widths: number[]): Record<number, number> {
  const out: Record<number, number> = {};
  [header, ...rows].forEach((r, i) => {
    const h = Math.max(
      ...r.map((v, c) => (typeof v === "string" && v !== "" ? wrappedHeight(v, widths[c], i === 0) : 0)),
    );
    if (h > ONE_LINE) out[i] = h;
  });
  return out;
}
