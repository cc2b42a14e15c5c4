/**
 * The one reader: a returned workbook (its grids) read and validated against its definition, for every
 * monitor. Per table form: a fields table (key/value) and rows tables (fixed rows from the definition).
 * Every cell is read by the type of its column (or of its row, for a questionnaire), every problem is an
 * issue from the catalogue, and every required cell that applies is recorded for the completion score.
 */
import type { Grid, RawValue, WantedSource, WorkbookInput } from "../grid";
import { fold } from "../cells/text";
import { formatIso, type DateValue } from "../cells/dates";
import { makeIssue, type InputKind, type Issue, type IssueCode, type IssueData } from "../issues";
import {
  cellAddress,
  cellValue,
  locateTable,
  type ColumnSpec,
  type LocatedTable,
  type TableRow,
} from "../read/table";
import {
  cellIssue,
  readDate,
  readEmail,
  readOption,
  readRegion,
  readText,
  type CellRead,
  type SourceRef,
} from "../read/cells";
import { fieldsTable, rowsTable, rowsTables, scaleOf, unitNames } from "../model";
import type { CellType, Column, FieldsTable, Monitor, RowsTable, Scale } from "../model/schema";
import { allHold, conditionText, type ConditionContext } from "./conditions";
import { shiftOf } from "./shift";
import {
  EMPTY_CELL,
  type CellValue,
  type RequiredCell,
  type RequiredState,
  type RowValue,
  type UnitReturn,
} from "./values";

export type ReadResult =
  { ok: true; ret: UnitReturn; issues: Issue[] } | { ok: false; reden: string; issues: Issue[] };

/** The tables and sheets a host must read for a definition. */
export function wantedSources(def: Monitor): WantedSource[] {
  return def.tabellen.map((t) => ({ sheet: t.blad, table: t.tabel }));
}

/** Finds the grid for a table: by table name first, else by sheet name (case and spacing tolerant). */
function findGrid(input: WorkbookInput, sheet: string, table: string): Grid | undefined {
  return (
    input.grids.find((g) => g.table !== null && fold(g.table) === fold(table)) ??
    input.grids.find((g) => fold(g.sheet) === fold(sheet))
  );
}

const INPUT: Record<CellType, InputKind> = {
  tekst: "tekst",
  keuze: "keuze",
  datum: "datum",
  getal: "tekst",
  email: "email",
  eenheid: "eenheid",
};

class Reader {
  readonly issues: Issue[] = [];
  readonly vereist: RequiredCell[] = [];
  constructor(
    readonly def: Monitor,
    readonly bestand: string,
  ) {}

  add<C extends IssueCode>(code: C, src: Partial<SourceRef> & { blad: string }, data: IssueData<C>) {
    this.issues.push(
      makeIssue(
        code,
        { bestand: this.bestand, blad: src.blad, rij: src.rij, kolom: src.kolom, cel: src.cel },
        data,
      ),
    );
  }

  need(src: SourceRef | null, blad: string, state: RequiredState) {
    this.vereist.push({ blad, cel: src?.cel ?? null, state });
  }

  /** Reads one cell by its type; a problem becomes an issue naming `onderwerp`. */
  cell(
    raw: RawValue,
    type: CellType,
    schaal: string | undefined,
    src: SourceRef,
    onderwerp: string,
    col?: Column,
  ): CellValue {
    const base = { ...EMPTY_CELL, bron: src };
    const scale = scaleOf(this.def, schaal);
    let r: CellRead<string>;
    let datum = null;
    switch (type) {
      case "keuze": {
        const opties = scale?.opties ?? [];
        const aliases: Record<string, string> = {};
        for (const o of opties) for (const a of o.aliassen) aliases[a] = o.label;
        r = readOption(
          raw,
          opties.map((o) => o.label),
          aliases,
        );
        break;
      }
      case "datum": {
        const d = readDate(raw);
        if (d.kind === "fout" && col && col.zonderDatum.some((z) => fold(z) === fold(d.shown)))
          return { ...base, state: "zonder", shown: d.shown };
        if (d.kind === "waarde") {
          datum = d.value;
          r = { kind: "waarde", value: d.value.tekst };
        } else r = d;
        break;
      }
      case "email":
        r = readEmail(raw);
        break;
      case "eenheid":
        r = readRegion(raw, unitNames(this.def));
        break;
      default:
        r = readText(raw);
    }
    if (r.kind === "leeg") return base;
    if (r.kind === "fout") {
      this.issues.push(
        cellIssue(r, src, onderwerp, {
          soort: this.def.eenheden?.soort,
          ...(col && col.zonderDatum.length > 0 ? { zonderDatum: col.zonderDatum } : {}),
        }),
      );
      return { ...base, state: "ongeldig", shown: r.shown };
    }
    const optie = type === "keuze" ? (scale?.opties.find((o) => o.label === r.value) ?? null) : null;
    return { ...base, state: "waarde", tekst: r.value, shown: r.value, datum, optie };
  }
}

/** What an empty choice cell's message offers: the "unknown" option, or the options themselves. */
function choiceHint(scale: Scale | undefined): { onbekend?: string; opties?: string[] } {
  if (!scale) return {};
  const unknown = scale.opties.find((o) => o.onbekend)?.label;
  return unknown ? { onbekend: unknown } : { opties: scale.opties.map((o) => o.label) };
}

function stateOf(c: CellValue): RequiredState {
  if (c.state === "leeg") return "leeg";
  if (c.state === "ongeldig") return "ongeldig";
  return c.optie?.onbekend ? "onbekend" : "ingevuld";
}

function source<K extends string>(
  bestand: string,
  t: LocatedTable<K>,
  row: TableRow,
  key: K,
  kolom: string,
): SourceRef {
  return { bestand, blad: t.grid.sheet, rij: row.sheetRow, kolom, cel: cellAddress(t, row, key) ?? "" };
}

/** Reads a WorkbookInput with a definition (the caller picked it with `resolveDefinition`). */
export function readReturn(def: Monitor, input: WorkbookInput): ReadResult {
  const rd = new Reader(def, input.bestand);

  const fieldsDef = fieldsTable(def);
  const rowsDefs = rowsTables(def);
  const located = new Map<string, LocatedTable<string>>();
  let missing = false;
  for (const t of def.tabellen) {
    const grid = findGrid(input, t.blad, t.tabel);
    if (!grid) {
      rd.add("blad_ontbreekt", { blad: t.blad }, { tabel: t.tabel, monitor: def.naam });
      missing = true;
      continue;
    }
    const specs: ColumnSpec<string>[] =
      t.vorm === "velden"
        ? [
            { key: "veld", header: t.kolommen.veld, essential: true },
            { key: "waarde", header: t.kolommen.waarde, essential: true },
          ]
        : t.kolommen.map((c) => ({ key: c.id, header: c.kop, essential: c.essentieel }));
    const r = locateTable(grid, specs, input.bestand, t.tabel);
    rd.issues.push(...r.issues);
    if (r.table) located.set(t.id, r.table);
    else missing = true;
  }
  if (missing) {
    return {
      ok: false,
      reden: "de structuur van de werkmap is niet te lezen (blad, tabel of kolom ontbreekt)",
      issues: rd.issues,
    };
  }

  const velden = fieldsDef ? readFields(rd, fieldsDef, located.get(fieldsDef.id)!) : {};
  const byRole = (rol: "eenheid" | "meetmoment" | "peildatum") => {
    const f = fieldsDef?.velden.find((x) => x.rol === rol);
    return f ? velden[f.naam] : undefined;
  };
  const peil = byRole("peildatum");
  const peildatum = peil?.state === "waarde" ? peil.datum : null;
  const tabellen: Record<string, RowValue[]> = {};
  const open: Record<string, RowValue[]> = {};
  for (const t of rowsDefs) {
    const lt = located.get(t.id)!;
    const { fixed, added } = splitRows(t, lt);
    tabellen[t.id] = readRows(rd, t, { ...lt, rows: fixed }, velden, peildatum);
    if (t.open) open[t.id] = readOpenRows(rd, t, lt, added, velden, peildatum);
  }

  const ret: UnitReturn = {
    bestand: input.bestand,
    definitie: { id: def.id, versie: def.versie },
    eenheid: byRole("eenheid")?.tekst ?? null,
    meetmoment: byRole("meetmoment")?.tekst ?? null,
    peildatum,
    velden,
    tabellen,
    open,
    vereist: rd.vereist,
  };
  return { ok: true, ret, issues: rd.issues };
}

/** Rows by key: unknown, empty and duplicate keys are reported and not read. */
function rowsByKey(
  rd: Reader,
  t: LocatedTable<string>,
  key: string,
  kolom: string,
  known: string[],
): Map<string, TableRow> {
  const map = new Map<string, TableRow>();
  const knownFolded = new Map(known.map((x) => [fold(x), x]));
  for (const row of t.rows) {
    const r = readText(cellValue(t, row, key));
    const src = source(rd.bestand, t, row, key, kolom);
    if (r.kind !== "waarde") {
      rd.add("rij_onbekend", src, { sleutel: null, monitor: rd.def.naam });
      continue;
    }
    const canonical = knownFolded.get(fold(r.value));
    if (!canonical) {
      rd.add("rij_onbekend", src, { sleutel: r.value, monitor: rd.def.naam });
      continue;
    }
    if (map.has(canonical)) {
      rd.add("rij_dubbel", src, { sleutel: canonical, eerdereRij: map.get(canonical)!.sheetRow });
      continue;
    }
    map.set(canonical, row);
  }
  return map;
}

function readFields(rd: Reader, def: FieldsTable, t: LocatedTable<string>): Record<string, CellValue> {
  const blad = t.grid.sheet;
  const rows = rowsByKey(
    rd,
    t,
    "veld",
    def.kolommen.veld,
    def.velden.map((f) => f.naam),
  );
  const out: Record<string, CellValue> = {};
  for (const f of def.velden) {
    const row = rows.get(f.naam);
    if (!row) {
      rd.add("vaste_rij_ontbreekt", { blad, kolom: def.kolommen.veld }, { sleutel: f.naam, label: f.naam });
      if (f.verplicht) rd.need(null, blad, "leeg");
      out[f.naam] = EMPTY_CELL;
      continue;
    }
    const src = source(rd.bestand, t, row, "waarde", def.kolommen.waarde);
    const c = rd.cell(cellValue(t, row, "waarde"), f.type, f.schaal, src, f.naam);
    if (f.verplicht) {
      rd.need(src, blad, stateOf(c));
      if (c.state === "leeg")
        rd.add("verplicht_leeg", src, {
          onderwerp: f.naam,
          invoer: INPUT[f.type],
          ...choiceHint(scaleOf(rd.def, f.schaal)),
        });
    }
    out[f.naam] = c;
  }
  return out;
}

function readRows(
  rd: Reader,
  def: RowsTable,
  t: LocatedTable<string>,
  velden: Record<string, CellValue>,
  peildatum: DateValue | null,
): RowValue[] {
  const blad = t.grid.sheet;
  const keyCol = def.kolommen.find((c) => c.id === def.sleutel)!;
  const rows = rowsByKey(
    rd,
    t,
    def.sleutel,
    keyCol.kop,
    def.rijen.map((r) => r.waarden[def.sleutel]),
  );
  const fillCols = def.kolommen.filter((c) => !c.vast);
  const rijNaam = def.rijNaam;
  const heading = (ref: string) =>
    ref.startsWith("veld:")
      ? ref.slice(5)
      : ref.startsWith("rij:")
        ? ref.slice(4)
        : (def.kolommen.find((c) => c.id === ref)?.kop ?? ref);

  // Read every fixed row's cells first: conditions may refer to other rows.
  const values: RowValue[] = def.rijen.map((r) => {
    const key = r.waarden[def.sleutel];
    const row = rows.get(key);
    const base: RowValue = {
      sleutel: key,
      label: r.waarden[def.label] ?? key,
      vast: r.waarden,
      aanwezig: !!row,
      geldt: true,
      normdatum: r.normdatum ?? null,
      cellen: Object.fromEntries(fillCols.map((c) => [c.id, EMPTY_CELL])),
      bron: null,
    };
    if (!row) {
      rd.add("vaste_rij_ontbreekt", { blad, kolom: keyCol.kop }, { sleutel: key, label: base.label });
      return base;
    }
    const what = `${rijNaam.toLowerCase()} ${key}`;
    for (const c of def.kolommen) {
      if (!c.vast || c.id === def.sleutel || t.columns[c.id] === undefined) continue;
      const got = readText(cellValue(t, row, c.id));
      const typed = got.kind === "waarde" ? got.value : "";
      if (fold(typed) !== fold(r.waarden[c.id] ?? ""))
        rd.add("vaste_rij_gewijzigd", source(rd.bestand, t, row, c.id, c.kop), {
          gevonden: typed,
          standaard: r.waarden[c.id] ?? "",
        });
    }
    for (const c of fillCols) {
      if (t.columns[c.id] === undefined) continue;
      const main = c.id === def.hoofdkolom;
      const type = (main ? r.cel?.type : undefined) ?? c.type;
      const schaal = (main ? r.cel?.schaal : undefined) ?? c.schaal;
      const src = source(rd.bestand, t, row, c.id, c.kop);
      base.cellen[c.id] = rd.cell(cellValue(t, row, c.id), type, schaal, src, `${c.kop} van ${what}`, c);
    }
    base.bron =
      t.columns[def.hoofdkolom] !== undefined
        ? source(rd.bestand, t, row, def.hoofdkolom, def.kolommen.find((c) => c.id === def.hoofdkolom)!.kop)
        : source(rd.bestand, t, row, def.sleutel, keyCol.kop);
    return base;
  });

  const otherRow = (key: string) => values.find((v) => fold(v.sleutel) === fold(key))?.cellen[def.hoofdkolom];
  const ctxOf = (row: RowValue): ConditionContext => ({ velden, row, otherRow });

  // Applicability, required cells, checks.
  const groups = new Map<
    string,
    { first: RowValue; filled: RowValue | null; anyInvalid: boolean; nrs: string[] }
  >();
  def.rijen.forEach((r, i) => {
    const v = values[i];
    const ctx = ctxOf(v);
    v.geldt = allHold(r.geldtAls, ctx);
    const main = v.cellen[def.hoofdkolom] ?? EMPTY_CELL;
    if (!v.geldt) {
      if (v.aanwezig && main.state !== "leeg" && main.bron)
        rd.add("niet_van_toepassing_ingevuld", main.bron, {
          onderwerp: `${rijNaam} ${v.sleutel}`,
          voorwaarde: conditionText(r.geldtAls, heading),
        });
      return;
    }
    for (const c of fillCols) {
      const main = c.id === def.hoofdkolom;
      const cell = v.cellen[c.id] ?? EMPTY_CELL;
      const rowReq = main ? r.cel?.verplicht : undefined;
      if (rowReq !== undefined && typeof rowReq === "object") {
        const g = groups.get(rowReq.groep) ?? { first: v, filled: null, anyInvalid: false, nrs: [] };
        g.nrs.push(v.sleutel);
        if (!g.filled && cell.state === "waarde") g.filled = v;
        if (cell.state === "ongeldig") g.anyInvalid = true;
        groups.set(rowReq.groep, g);
        continue;
      }
      const always = rowReq !== undefined ? rowReq === "ja" : c.verplicht === true;
      const when = rowReq === undefined && typeof c.verplicht === "object" ? c.verplicht.als : null;
      if (!always && !(when && allHold(when, ctx))) continue;
      if (!v.aanwezig) {
        if (always) rd.need(null, blad, "leeg");
        continue;
      }
      rd.need(cell.bron, blad, stateOf(cell));
      if (cell.state !== "leeg" || !cell.bron) continue;
      if (always)
        rd.add("verplicht_leeg", cell.bron, {
          onderwerp: `${c.kop} van ${rijNaam.toLowerCase()} ${v.sleutel}`,
          invoer: INPUT[(main ? r.cel?.type : undefined) ?? c.type],
          ...choiceHint(scaleOf(rd.def, (main ? r.cel?.schaal : undefined) ?? c.schaal)),
        });
      else
        rd.add("verplicht_bij", cell.bron, {
          onderwerp: `${rijNaam} ${v.sleutel}`,
          kolom: c.kop,
          voorwaarde: conditionText(when ?? undefined, heading).replace(/^alleen /, ""),
        });
    }
    if (!v.aanwezig) return;
    runChecks(rd, def, v, ctx, blad, peildatum);
    if (def.verschuiving?.opgegeven) {
      const stated = v.cellen[def.verschuiving.opgegeven];
      const s = shiftOf(def, v);
      const compatible =
        stated?.tekst === "eerder of gelijk" && (s.categorie === "eerder" || s.categorie === "gelijk");
      if (
        stated?.state === "waarde" &&
        stated.bron &&
        s.bron === "datums" &&
        s.categorie !== stated.tekst &&
        !compatible
      )
        rd.add("verschuiving_wijkt_af", stated.bron, {
          onderwerp: `${rijNaam} ${v.sleutel}`,
          kolom: def.kolommen.find((c) => c.id === def.verschuiving!.opgegeven)!.kop,
          opgegeven: stated.tekst ?? "",
          volgensDatums: s.categorie ?? "onbekend",
        });
    }
  });
  for (const [groep, g] of groups) {
    const firstCell = g.first.cellen[def.hoofdkolom] ?? EMPTY_CELL;
    if (g.filled) {
      rd.need(g.filled.cellen[def.hoofdkolom].bron, blad, "ingevuld");
    } else {
      rd.need(firstCell.bron, blad, g.anyInvalid ? "ongeldig" : "leeg");
      if (firstCell.bron) rd.add("groep_leeg", firstCell.bron, { groep, nummers: g.nrs });
    }
  }
  return values;
}

/**
 * The rows of a located table split into those of fixed rows (a key of a fixed row, duplicates included, so
 * that they are reported) and the open rows. Without `open` every row is read as a fixed row (unknown keys
 * are reported there).
 */
function splitRows(def: RowsTable, t: LocatedTable<string>): { fixed: TableRow[]; added: TableRow[] } {
  if (!def.open) return { fixed: t.rows, added: [] };
  const known = new Set(def.rijen.map((r) => fold(r.waarden[def.sleutel] ?? "")));
  const fixed: TableRow[] = [];
  const added: TableRow[] = [];
  for (const row of t.rows) {
    const k = readText(cellValue(t, row, def.sleutel));
    (k.kind === "waarde" && known.has(fold(k.value)) ? fixed : added).push(row);
  }
  return { fixed, added };
}

/**
 * The open rows of a table, in sheet order: a row without key, with a key that is not a key of the
 * `sleutelUit` table, or with the same `uniek` values as an earlier row is reported and not read. Every
 * column is read by its type; required cells (also required-when) count in the completion, and the table's
 * checks run on each row.
 */
function readOpenRows(
  rd: Reader,
  def: RowsTable,
  t: LocatedTable<string>,
  rows: TableRow[],
  velden: Record<string, CellValue>,
  peildatum: DateValue | null,
): RowValue[] {
  const blad = t.grid.sheet;
  const open = def.open!;
  const keyCol = def.kolommen.find((c) => c.id === def.sleutel)!;
  const from = open.sleutelUit ? rowsTable(rd.def, open.sleutelUit) : undefined;
  const allowed = from
    ? new Map(from.rijen.map((r) => [fold(r.waarden[from.sleutel]), r.waarden[from.sleutel]]))
    : null;
  const uniek = open.uniek ?? [def.sleutel];
  const seen = new Map<string, number>();
  const out: RowValue[] = [];
  for (const row of rows) {
    const keySrc = source(rd.bestand, t, row, def.sleutel, keyCol.kop);
    const k = readText(cellValue(t, row, def.sleutel));
    if (k.kind !== "waarde") {
      rd.add("open_rij_sleutel_leeg", keySrc, { rijNaam: def.rijNaam });
      continue;
    }
    const sleutel = allowed ? allowed.get(fold(k.value)) : k.value;
    if (sleutel === undefined) {
      rd.add("open_rij_sleutel_onbekend", keySrc, {
        sleutel: k.value,
        rijNaam: from!.rijNaam,
        bekend: [...allowed!.values()],
      });
      continue;
    }
    const identity = uniek.map((id) => {
      if (id === def.sleutel) return sleutel;
      const v = readText(cellValue(t, row, id));
      return v.kind === "waarde" ? v.value : "";
    });
    const ident = identity.map(fold).join("\u0000");
    const earlier = seen.get(ident);
    if (earlier !== undefined) {
      rd.add("rij_dubbel", keySrc, { sleutel: identity.join(" / "), eerdereRij: earlier });
      continue;
    }
    seen.set(ident, row.sheetRow);

    const what = `${def.rijNaam.toLowerCase()} ${sleutel}`;
    const cellen: Record<string, CellValue> = {};
    const vast: Record<string, string> = {};
    for (const c of def.kolommen) {
      if (c.id === def.sleutel) {
        cellen[c.id] = { ...EMPTY_CELL, state: "waarde", tekst: sleutel, shown: k.value, bron: keySrc };
      } else if (t.columns[c.id] === undefined) {
        cellen[c.id] = EMPTY_CELL;
      } else {
        const src = source(rd.bestand, t, row, c.id, c.kop);
        cellen[c.id] = rd.cell(cellValue(t, row, c.id), c.type, c.schaal, src, `${c.kop} van ${what}`, c);
      }
      if (c.vast) vast[c.id] = cellen[c.id].tekst ?? "";
    }
    const main = cellen[def.hoofdkolom];
    const value: RowValue = {
      sleutel,
      label: cellen[def.label]?.tekst ?? sleutel,
      vast,
      aanwezig: true,
      geldt: true,
      normdatum: null,
      cellen,
      bron: main?.bron ?? keySrc,
    };
    const ctx: ConditionContext = { velden, row: value, otherRow: () => undefined };
    for (const c of def.kolommen) {
      if (c.id === def.sleutel) continue;
      const always = c.verplicht === true;
      const when = typeof c.verplicht === "object" ? c.verplicht.als : null;
      if (!always && !(when && allHold(when, ctx))) continue;
      const cell = cellen[c.id];
      rd.need(cell.bron, blad, stateOf(cell));
      if (cell.state !== "leeg" || !cell.bron) continue;
      if (always)
        rd.add("verplicht_leeg", cell.bron, {
          onderwerp: `${c.kop} van ${what}`,
          invoer: INPUT[c.type],
          ...choiceHint(scaleOf(rd.def, c.schaal)),
        });
      else
        rd.add("verplicht_bij", cell.bron, {
          onderwerp: `${def.rijNaam} ${sleutel}`,
          kolom: c.kop,
          voorwaarde: conditionText(when ?? undefined, (ref) =>
            ref.startsWith("veld:") ? ref.slice(5) : (def.kolommen.find((x) => x.id === ref)?.kop ?? ref),
          ).replace(/^alleen /, ""),
        });
    }
    runChecks(rd, def, value, ctx, blad, peildatum);
    out.push(value);
  }
  return out;
}

/** The table's checks (`controles`) on one read row. */
function runChecks(
  rd: Reader,
  def: RowsTable,
  v: RowValue,
  ctx: ConditionContext,
  blad: string,
  peildatum: DateValue | null,
): void {
  for (const check of def.controles) {
    if (!allHold(check.als, ctx)) continue;
    const col = def.kolommen.find((c) => c.id === check.kolom)!;
    const cell = v.cellen[check.kolom] ?? EMPTY_CELL;
    rd.add(check.code, cell.bron ?? { blad }, {
      onderwerp: `${def.rijNaam} ${v.sleutel}`,
      kolom: col.kop,
      datum: cell.shown,
      einde: cell.datum ? formatIso(cell.datum.end) : "",
      peildatum: peildatum ? formatIso(peildatum.end) : "",
      zonderDatum: col.zonderDatum[0] ?? "Nog te bepalen",
    });
  }
}
