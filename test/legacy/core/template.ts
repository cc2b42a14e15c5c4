/** The standard regional workbook as a TemplateModel, built from a definition. */
import type { Definition } from "./definition/schema";
import {
  DATE_FORMAT,
  LISTS_SHEET,
  META_SHEET,
  type TemplateModel,
  type TemplateTable,
  type TemplateValue,
} from "../../../src/core/template-model";
import { columnLetters } from "../../../src/core/grid";
import type { DateValue } from "../../../src/core/cells/dates";
import { isoToSerial } from "../../../src/core/cells/dates";

export interface TemplateOptions {
  regio?: string;
  meetmoment?: string;
  peildatum?: DateValue | null;
}

interface ListRef {
  header: string;
  values: string[];
}

export function buildTemplate(def: Definition, opts: TemplateOptions = {}): TemplateModel {
  const lists: ListRef[] = [];
  const listSource = (header: string, values: string[]): string => {
    let i = lists.findIndex((l) => l.header === header);
    if (i < 0) {
      lists.push({ header, values });
      i = lists.length - 1;
    }
    const col = columnLetters(i + 1);
    return `=${LISTS_SHEET}!$${col}$2:$${col}$${values.length + 1}`;
  };

  // Regio
  const r = def.regio;
  const regioRows: TemplateValue[][] = [];
  const regioLists: TemplateTable["lists"] = [];
  const regioFormats: (string | null)[] = [null, null];
  r.velden.forEach((f, i) => {
    let v: TemplateValue = null;
    if (f.rol === "regio" && opts.regio) v = opts.regio;
    if (f.rol === "meetmoment" && opts.meetmoment) v = opts.meetmoment;
    if (f.rol === "peildatum" && opts.peildatum)
      v = opts.peildatum.exact ? isoToSerial(opts.peildatum.end) : opts.peildatum.tekst;
    regioRows.push([f.naam, v]);
    if (f.type === "regio") regioLists.push({ row: i, col: 1, source: listSource("Regio", [...def.regios]) });
    if (f.type === "keuze" && f.schaal)
      regioLists.push({ row: i, col: 1, source: listSource(f.schaal, def.schalen[f.schaal].opties) });
  });
  const regio: TemplateTable = {
    sheet: r.blad,
    table: r.tabel,
    header: [r.kolommen.veld, r.kolommen.waarde],
    rows: regioRows,
    widths: [22, 40],
    editable: [false, true],
    formats: regioFormats,
    lists: regioLists,
    protect: true,
  };
  // Peildatum cell is a date cell: a per-cell format is expressed via the column format only when all rows are dates,
  // so the Peildatum row gets its date format through `cellFormats`.
  const peilIndex = r.velden.findIndex((f) => f.type === "datum");

  // Mijlpalen
  const m = def.mijlpalen;
  const k = m.kolommen;
  const statusSource = listSource(
    "Status",
    m.statussen.map((s) => s.label),
  );
  const mijlpalen: TemplateTable = {
    sheet: m.blad,
    table: m.tabel,
    header: [k.code, k.mijlpaal, k.status, k.datumGereed, k.verwachteDatum, k.toelichting],
    rows: m.rijen.map((x) => [x.code, x.label, null, null, null, null]),
    widths: [8, 60, 24, 16, 18, 50],
    editable: [false, false, true, true, true, true],
    formats: [null, null, null, DATE_FORMAT, DATE_FORMAT, null],
    lists: m.rijen.map((_, i) => ({ row: i, col: 2, source: statusSource })),
    protect: true,
  };

  // Vragenlijst
  const q = def.vragenlijst;
  const qk = q.kolommen;
  const vragenlijst: TemplateTable = {
    sheet: q.blad,
    table: q.tabel,
    header: [qk.nr, qk.onderdeel, qk.vraag, qk.antwoord, qk.toelichting],
    rows: q.vragen.map((v) => [v.nr, v.onderdeel, v.vraag, null, null]),
    widths: [7, 22, 70, 36, 50],
    editable: [false, false, false, true, true],
    formats: [null, null, null, null, null],
    lists: q.vragen.flatMap((v, i) =>
      v.type === "schaal" && v.schaal
        ? [{ row: i, col: 3, source: listSource(v.schaal, def.schalen[v.schaal].opties) }]
        : [],
    ),
    protect: true,
  };

  return {
    definitie: { id: def.id, versie: def.versie },
    tables: [regio, mijlpalen, vragenlijst],
    listsSheet: { name: LISTS_SHEET, columns: lists },
    metaSheet: {
      name: META_SHEET,
      rows: [
        ["definitie", def.id],
        ["versie", def.versie],
        ["naam", def.naam],
      ],
    },
    cellFormats: [
      ...(peilIndex >= 0 ? [{ sheet: r.blad, row: peilIndex, col: 1, format: DATE_FORMAT }] : []),
      ...q.vragen.flatMap((v, i) =>
        v.type === "datum" ? [{ sheet: q.blad, row: i, col: 3, format: DATE_FORMAT }] : [],
      ),
    ],
  };
}
