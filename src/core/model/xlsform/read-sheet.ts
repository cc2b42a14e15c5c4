/**
 * The steps of reading a definition workbook that need no overview of the whole: a sheet's rows as objects
 * (by the layout's paths), and the conditions in cells parsed once their table is known.
 */
import { parseCondition, type RefContext } from "./conditions";
import {
  CONDITION,
  PendingCondition,
  REQUIRED_IF,
  columnKeys,
  setPath,
  type SheetColumn,
  type SheetLayout,
} from "./layout";
import { Problems, cellText, type RecordSheet } from "./sheets";

export type Obj = Record<string, unknown>;
export interface Item {
  row: number;
  obj: Obj;
}

/** `regio` → `regio's`, `gemeente` → `gemeenten`, `jeugdregio` → `jeugdregio's`, else + `en`. */
export function plural(soort: string): string {
  if (/[aiouy]$/.test(soort)) return `${soort}'s`;
  return soort.endsWith("e") ? `${soort}n` : `${soort}en`;
}

/** The header key under which a column is found on a sheet: its Dutch header, else its older key. */
export function keyOn(sheet: RecordSheet, c: SheetColumn): string {
  const [kop, kol] = columnKeys(c);
  return sheet.headers.some((h) => h.key === kop) ? kop : kol;
}

/** The header of a column as written on the sheet (for messages), else its Dutch header. */
export function headerOn(sheet: RecordSheet, c: SheetColumn): string {
  const key = keyOn(sheet, c);
  return sheet.headers.find((h) => h.key === key)?.text ?? c.kop;
}

/** A sheet's rows as objects (by the layout's paths); mistakes in cells go to `problems`. */
export function readSheet(sheet: RecordSheet | undefined, layout: SheetLayout, problems: Problems): Item[] {
  if (!sheet || sheet.headerRow === 0) return [];
  const keys = new Set(sheet.headers.map((h) => h.key));
  for (const c of layout.kolommen)
    if (c.verplicht && !keys.has(keyOn(sheet, c)) && sheet.records.length > 0)
      problems.add({ sheet: sheet.name, row: sheet.headerRow, column: c.kop }, "definitie_kolom_ontbreekt", {
        kolom: c.kop,
      });
  if (!layout.vrij) {
    const known = new Set(layout.kolommen.flatMap(columnKeys));
    for (const h of sheet.headers)
      if (h.key !== "" && !known.has(h.key))
        problems.add(
          { sheet: sheet.name, row: sheet.headerRow, column: h.text },
          "definitie_kolom_onbekend",
          {
            kolommen: layout.kolommen.map((c) => c.kop),
          },
        );
  }
  return sheet.records.map((rec) => {
    const obj: Obj = {};
    for (const c of layout.kolommen) {
      const key = keyOn(sheet, c);
      const raw = rec.cells.get(key) ?? null;
      const column = headerOn(sheet, c);
      const at = { sheet: sheet.name, row: rec.row, column };
      const t = cellText(raw);
      if (t === "") {
        if (c.verplicht && keys.has(key)) problems.add(at, "definitie_cel_leeg", { kolom: column });
        continue;
      }
      if (c.codec === CONDITION) setPath(obj, c.pad, new PendingCondition(t, sheet.name, rec.row, column));
      else if (c.codec === REQUIRED_IF) {
        const l = t.toLowerCase();
        if (l === "ja" || l === "nee") setPath(obj, c.pad, l === "ja");
        else if (/^als\s+/i.test(t))
          setPath(obj, c.pad, {
            als: new PendingCondition(t.replace(/^als\s+/i, ""), sheet.name, rec.row, column),
          });
        else problems.add(at, "definitie_verplicht_ongeldig", { gevonden: t });
      } else {
        const v = c.codec.read(raw);
        if (!v.ok) problems.place(at, v.fout);
        else if (v.value !== undefined) setPath(obj, c.pad, v.value);
      }
    }
    return { row: rec.row, obj };
  });
}

/** The names a condition in `table` may read. */
export function refContext(tabellen: Obj[], table: Obj): RefContext {
  const fields = tabellen
    .filter((t) => t.vorm === "velden")
    .flatMap((t) => (Array.isArray(t.velden) ? (t.velden as Obj[]) : []))
    .map((f) => String(f.naam));
  const columns = (Array.isArray(table.kolommen) ? (table.kolommen as Obj[]) : []).map((c) => ({
    id: String(c.id),
    kop: String(c.kop),
  }));
  const key = String(table.sleutel);
  const rows = (Array.isArray(table.rijen) ? (table.rijen as Obj[]) : [])
    .map((r) => (r.waarden as Record<string, string> | undefined)?.[key])
    .filter((k): k is string => typeof k === "string" && k !== "");
  return { fields, columns, rows };
}

/** Replaces every PendingCondition in the rows tables by the parsed condition (or a problem). */
export function resolveConditions(tabellen: Obj[], problems: Problems): void {
  for (const t of tabellen) {
    if (t.vorm !== "rijen") continue;
    const ctx = refContext(tabellen, t);
    const walk = (x: unknown): unknown => {
      if (x instanceof PendingCondition) {
        const c = parseCondition(x.text, ctx);
        if (c.ok) return c.value;
        problems.place({ sheet: x.sheet, row: x.row, column: x.column }, c.fout);
        return [];
      }
      if (Array.isArray(x)) return x.map(walk);
      if (x && typeof x === "object") {
        for (const [k, v] of Object.entries(x)) (x as Obj)[k] = walk(v);
        return x;
      }
      return x;
    };
    walk(t);
  }
}
