/**
 * The standard workbook of an action monitor as a TemplateModel (rendered by the same adapters as the
 * regional workbook): one table with the fixed actions and the columns to fill in, dropdowns for
 * kwaliteitseisen, status and the stated shift, and the very hidden sheet that records the definition.
 */
import { columnLetters } from "../../../../src/core/grid";
import {
  DATE_FORMAT,
  LISTS_SHEET,
  META_SHEET,
  type TemplateModel,
  type TemplateTable,
  type TemplateValue,
} from "../../../../src/core/template-model";
import { SHIFTS, type ActionDefinition } from "./schema";

/** What an example (or a test) fills in for one action; dates as text as people type them, or Excel serials. */
export interface ActionFill {
  opleverdatum?: TemplateValue;
  nulmeting?: TemplateValue;
  kwaliteitseisen?: string;
  status?: string;
  verschuiving?: string;
  toelichting?: string;
}

/** The header of the workbook's columns, in order: fixed columns, then the columns to fill in. */
export function actionHeaders(def: ActionDefinition): string[] {
  const k = def.kolommen;
  return [
    ...def.vasteKolommen.map((c) => c.kop),
    k.opleverdatum,
    k.nulmeting,
    k.kwaliteitseisen,
    k.status,
    ...(k.verschuiving ? [k.verschuiving] : []),
    k.toelichting,
  ];
}

/** Builds the workbook; `fills` (by the value of the key column) fills in answers for examples and tests. */
export function buildActionTemplate(
  def: ActionDefinition,
  fills: Record<string, ActionFill> = {},
): TemplateModel {
  const k = def.kolommen;
  const lists: { header: string; values: string[] }[] = [];
  const source = (header: string, values: string[]) => {
    lists.push({ header, values });
    const col = columnLetters(lists.length);
    return `=${LISTS_SHEET}!$${col}$2:$${col}$${values.length + 1}`;
  };
  const qSource = source(k.kwaliteitseisen, def.kwaliteitseisen.opties);
  const sSource = source(
    k.status,
    def.statussen.map((s) => s.label),
  );
  const vSource = k.verschuiving ? source(k.verschuiving, [...SHIFTS]) : null;

  const nFixed = def.vasteKolommen.length;
  const fillCols: { key: keyof ActionFill; width: number; format: string | null }[] = [
    { key: "opleverdatum", width: 16, format: DATE_FORMAT },
    { key: "nulmeting", width: 16, format: DATE_FORMAT },
    { key: "kwaliteitseisen", width: 20, format: null },
    { key: "status", width: 18, format: null },
    ...(k.verschuiving ? [{ key: "verschuiving" as const, width: 18, format: null }] : []),
    { key: "toelichting", width: 60, format: null },
  ];
  const col = (key: keyof ActionFill) => nFixed + fillCols.findIndex((c) => c.key === key);

  const rows: TemplateValue[][] = def.rijen.map((r) => {
    const f = fills[r[def.sleutel]] ?? {};
    return [...def.vasteKolommen.map((c) => r[c.sleutel]), ...fillCols.map((c) => f[c.key] ?? null)];
  });
  const tableLists: TemplateTable["lists"] = def.rijen.flatMap((_, i) => [
    { row: i, col: col("kwaliteitseisen"), source: qSource },
    { row: i, col: col("status"), source: sSource },
    ...(vSource ? [{ row: i, col: col("verschuiving"), source: vSource }] : []),
  ]);
  const table: TemplateTable = {
    sheet: def.blad,
    table: def.tabel,
    header: actionHeaders(def),
    rows,
    widths: [...def.vasteKolommen.map((c) => c.breedte), ...fillCols.map((c) => c.width)],
    editable: [...def.vasteKolommen.map(() => false), ...fillCols.map(() => true)],
    formats: [...def.vasteKolommen.map(() => null), ...fillCols.map((c) => c.format)],
    lists: tableLists,
    protect: true,
  };
  return {
    definitie: { id: def.id, versie: def.versie },
    tables: [table],
    listsSheet: { name: LISTS_SHEET, columns: lists },
    metaSheet: {
      name: META_SHEET,
      rows: [
        ["definitie", def.id],
        ["versie", def.versie],
        ["naam", def.naam],
        ["soort", def.soort],
      ],
    },
    cellFormats: [],
  };
}
