/**
 * Actielijst: for a table with judged rows in a monitor without units, every judged row with the values
 * its decision list read, its judgement and the explanation.
 */
import { rowsTables } from "../../model";
import type { Monitor, RowsTable } from "../../model/schema";
import type { SheetModel } from "../../sheet-model";
import type { NationalReport } from "../../engine/national-types";
import { cell, SheetBuilder, sheetLink } from "../../engine/sheet-builder";
import { explained, judgedColumns, judgementRule, typedText } from "../rules";
import { counted, nationalPageHeader, rowSource } from "./sheet";
import { shiftSection, shiftText } from "./shift";

export const ACTION_LIST_SHEET = "Actielijst";

/** The tables with an Actielijst: those with judged rows, in a monitor without units. */
export function listTables(def: Monitor): RowsTable[] {
  return def.eenheden ? [] : rowsTables(def).filter((t) => t.oordeel);
}

export function layoutRowList(
  def: Monitor,
  r: NationalReport,
  t: RowsTable,
  name: string,
  here: boolean,
  withShift: boolean,
): SheetModel {
  const L = def.rag.labels;
  const fixed = t.kolommen.filter((c) => c.vast);
  const shown = judgedColumns(t).filter((c) => !c.vast && c.id !== t.verschuiving?.opgegeven);
  const widths = [
    ...fixed.map((c) => Math.min(c.breedte, 50)),
    // A list, not a form: narrower than the template's columns.
    ...shown.map((c) => Math.min(c.breedte, 16)),
    ...(t.verschuiving ? [16] : []),
    10,
    60,
  ];
  const files = counted(r).map((c) => c.ret.bestand);
  const b = new SheetBuilder(name, widths, nationalPageHeader(def, r))
    .wrapColumns(...fixed.map((_, i) => i + 1))
    .explanationsFrom(widths.length);
  b.title(`${name} — ${def.naam}`);
  b.row([
    `Per ${t.rijNaam.toLowerCase()} het stoplicht met de regel en de waarden die het bepaalden. Bron: ${files.join(", ")}.`,
  ]);
  b.blank();
  b.header([
    ...fixed.map((c) => c.kop),
    ...shown.map((c) => c.kop),
    ...(t.verschuiving ? ["Verschuiving"] : []),
    "Oordeel",
    "Uitleg",
  ]);
  b.freezeHere();
  const rule = judgementRule(def, t);
  for (const j of r.rijen[t.id] ?? []) {
    const row = j.row;
    const link = row.bron ? sheetLink(row.bron.blad, row.bron.cel) : undefined;
    const values = shown.map((c) => typedText(row.cellen[c.id]));
    b.row([
      ...fixed.map((c, i) => (i === 0 && link ? cell(row.vast[c.id], { link }) : row.vast[c.id])),
      ...values,
      ...(t.verschuiving ? [shiftText(j)] : []),
      explained(
        cell(L[j.oordeel.rag], { fill: j.oordeel.rag }),
        {
          titel: `${row.sleutel} · Oordeel`,
          regel: rule,
          invoer: [
            j.oordeel.uitleg,
            ...shown.map((c, i) => `${c.kop}: ${values[i] ?? "leeg"}`),
            ...(t.verschuiving ? [`Verschuiving: ${shiftText(j)}`] : []),
          ],
          bron: rowSource(j),
        },
        here,
      ),
      j.oordeel.uitleg,
    ]);
  }
  if (withShift) shiftSection(b, r, t, r.rijen[t.id] ?? []);
  return b.build();
}

/** The list sheet of a judged table: `Actielijst`, and with more than one such table also the table id. */
export function listSheetName(tables: RowsTable[], t: RowsTable): string {
  return tables.length <= 1 ? ACTION_LIST_SHEET : `${ACTION_LIST_SHEET} ${t.id}`.slice(0, 31);
}
