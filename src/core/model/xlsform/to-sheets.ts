/**
 * A monitor → the sheets of its definition workbook (the export). A monitor built from the conventional
 * regional tables is written in the simple form (`vragen`, `mijlpalen`); any other in the full form
 * (`tabellen`, `kolommen`, `rijen`, `oordeel`, `controles`). The simple form is chosen only when it reads
 * back to exactly the same definition, so every export round-trips.
 */
import type { Grid } from "../../grid";
import type { Monitor, RowsTable, Test } from "../schema";
import { printCondition } from "./conditions";
import type { CellOut } from "./codecs";
import { MILESTONES_ID, QUESTIONS_ID } from "./defaults";
import { definitionFromSheets } from "./from-sheets";
import { refContext } from "./read-sheet";
import {
  CONDITION,
  REQUIRED_IF,
  SETTINGS,
  SHEETS,
  getPath,
  sheetTitle,
  type SheetLayout,
  type SheetName,
} from "./layout";

type Obj = Record<string, unknown>;
type Printer = (c: Test[]) => string;

export function definitionToSheets(def: Monitor): Grid[] {
  const simple = simpleSheets(def);
  if (simple) {
    const back = definitionFromSheets(simple, "export");
    if (back.ok && deepEqual(back.def, def)) return simple;
  }
  const full = fullSheets(def);
  // Never a workbook that silently loses part of the definition (a model key the layout does not know).
  const back = definitionFromSheets(full, "export");
  const lost = back.ok ? firstDifference(def, back.def, "") : back.fouten[0].bericht;
  if (lost !== null)
    throw new Error(`De definitie '${def.id}' kan niet volledig als werkmap worden geschreven: ${lost}`);
  return full;
}

/** The path of the first difference between two values, or null when they are equal. */
function firstDifference(a: unknown, b: unknown, at: string): string | null {
  if (deepEqual(a, b)) return null;
  if (a && b && typeof a === "object" && typeof b === "object") {
    for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const d = firstDifference(
        (a as Obj)[k],
        (b as Obj)[k],
        Array.isArray(a) ? `${at}[${k}]` : at ? `${at}.${k}` : k,
      );
      if (d !== null) return d;
    }
  }
  return at || "(hele definitie)";
}

/** A sheet of the export, named as the officer reads it (`Instellingen`). */
function grid(sheet: SheetName, values: CellOut[][]): Grid {
  return { sheet: sheetTitle(SHEETS[sheet]), table: null, top: 1, left: 1, values };
}

const same = (a: unknown, b: unknown): boolean => deepEqual(a, b);

/** The rows of a sheet: header, then one row per object; columns empty in every row are left out. */
function sheetRows(
  layout: SheetLayout,
  objs: { obj: Obj; print: Printer }[],
  extra: string[] = [],
): CellOut[][] {
  const cells = objs.map(({ obj, print }) => [
    ...layout.kolommen.map((c): CellOut => {
      const v = getPath(obj, c.pad);
      if (v === undefined || ("standaard" in c && same(v, c.standaard))) return null;
      if (c.codec === CONDITION) return print(v as Test[]);
      if (c.codec === REQUIRED_IF)
        return typeof v === "boolean" ? (v ? "ja" : "nee") : `als ${print((v as { als: Test[] }).als)}`;
      return c.codec.write(v);
    }),
    ...extra.map((id): CellOut => {
      const v = (obj.waarden as Record<string, string> | undefined)?.[id];
      return v === undefined || v === "" ? null : v;
    }),
  ]);
  const header = [...layout.kolommen.map((c) => c.kop), ...extra];
  const keep = header.map(
    (_, i) =>
      i >= layout.kolommen.length ||
      layout.kolommen[i].verplicht === true ||
      cells.some((r) => r[i] !== null),
  );
  return [header, ...cells].map((r) => r.filter((_, i) => keep[i]));
}

function settings(def: Monitor, delay?: number): Grid {
  const rows: CellOut[][] = [SHEETS.instellingen.kolommen.map((c) => c.kop)];
  for (const s of SETTINGS) {
    const v = s.pad === "_uitloop" ? delay : getPath(def, s.pad);
    if (v !== undefined || s.altijd) rows.push([s.naam, v === undefined ? null : s.codec.write(v), s.uitleg]);
  }
  return grid("instellingen", rows);
}

function common(def: Monitor): Grid[] {
  const none: Printer = () => "";
  return [
    grid(
      "eenheden",
      sheetRows(
        SHEETS.eenheden,
        (def.eenheden?.namen ?? []).map((obj) => ({ obj, print: none })),
      ),
    ),
    grid(
      "schalen",
      sheetRows(
        SHEETS.schalen,
        Object.entries(def.schalen).flatMap(([name, s]) =>
          s.opties.map((o) => ({ obj: { _schaal: name, ...o }, print: none })),
        ),
      ),
    ),
  ];
}

const printerFor = (def: Monitor, t: RowsTable): Printer => {
  const ctx = refContext(def.tabellen as unknown as Obj[], t as unknown as Obj);
  return (c) => printCondition(c, ctx);
};

/** The tolerated delay of the milestone rules (`uitloop_maanden`). */
function milestoneDelay(t: RowsTable): number | undefined {
  for (const r of t.oordeel ?? [])
    for (const test of r.als)
      if ("na" in test && test.na.waarde === "normdatum" && test.na.plusMaanden !== undefined)
        return test.na.plusMaanden;
  return undefined;
}

function simpleSheets(def: Monitor): Grid[] | null {
  const [fields, ...rest] = def.tabellen;
  if (fields?.vorm !== "velden") return null;
  const m = rest.find((t): t is RowsTable => t.vorm === "rijen" && t.id === MILESTONES_ID);
  const q = rest.find((t): t is RowsTable => t.vorm === "rijen" && t.id === QUESTIONS_ID);
  if (rest.length !== (m ? 1 : 0) + (q ? 1 : 0)) return null;
  const none: Printer = () => "";
  const rows = (t: RowsTable | undefined, layout: SheetLayout) =>
    sheetRows(
      layout,
      (t?.rijen ?? []).map((obj) => ({ obj: obj as unknown as Obj, print: t ? printerFor(def, t) : none })),
    );
  return [
    settings(def, m ? milestoneDelay(m) : undefined),
    ...common(def),
    grid(
      "velden",
      sheetRows(
        SHEETS.velden,
        fields.velden.map((obj) => ({ obj, print: none })),
      ),
    ),
    grid("vragen", rows(q, SHEETS.vragen)),
    grid("mijlpalen", rows(m, SHEETS.mijlpalen)),
    grid(
      "landelijk",
      sheetRows(
        SHEETS.landelijk,
        def.landelijk.map((obj) => ({ obj, print: none })),
      ),
    ),
  ];
}

function fullSheets(def: Monitor): Grid[] {
  const none: Printer = () => "";
  const rowsTables = def.tabellen.filter((t): t is RowsTable => t.vorm === "rijen");
  const per = <T>(pick: (t: RowsTable) => T[]) =>
    rowsTables.flatMap((t) =>
      pick(t).map((x) => ({ obj: { _tabel: t.id, ...(x as Obj) }, print: printerFor(def, t) })),
    );
  const fixed = [...new Set(rowsTables.flatMap((t) => t.kolommen.filter((c) => c.vast).map((c) => c.id)))];
  const fieldsTable = def.tabellen.find((t) => t.vorm === "velden");
  return [
    settings(def),
    ...common(def),
    grid(
      "tabellen",
      sheetRows(
        SHEETS.tabellen,
        def.tabellen.map((t) => ({
          obj: (t.vorm === "rijen" ? { ...t, kolommen: undefined } : t) as unknown as Obj,
          print: none,
        })),
      ),
    ),
    grid(
      "velden",
      sheetRows(
        SHEETS.velden,
        (fieldsTable?.vorm === "velden" ? fieldsTable.velden : []).map((obj) => ({ obj, print: none })),
      ),
    ),
    grid(
      "kolommen",
      sheetRows(
        SHEETS.kolommen,
        per((t) => t.kolommen),
      ),
    ),
    grid(
      "rijen",
      sheetRows(
        SHEETS.rijen,
        per((t) => t.rijen),
        fixed,
      ),
    ),
    grid(
      "oordeel",
      sheetRows(
        SHEETS.oordeel,
        per((t) => t.oordeel ?? []),
      ),
    ),
    grid(
      "controles",
      sheetRows(
        SHEETS.controles,
        per((t) => t.controles),
      ),
    ),
    grid(
      "landelijk",
      sheetRows(
        SHEETS.landelijk,
        def.landelijk.map((obj) => ({ obj, print: none })),
      ),
    ),
  ];
}

/** Structural equality of plain data (key order does not matter; undefined keys count as absent). */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((x, i) => deepEqual(x, b[i]));
  }
  if (a && b && typeof a === "object" && typeof b === "object") {
    const ka = Object.keys(a).filter((k) => (a as Obj)[k] !== undefined);
    const kb = Object.keys(b).filter((k) => (b as Obj)[k] !== undefined);
    return ka.length === kb.length && ka.every((k) => deepEqual((a as Obj)[k], (b as Obj)[k]));
  }
  return false;
}
