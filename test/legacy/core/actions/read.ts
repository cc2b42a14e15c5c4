/**
 * Reading and validating an action-monitor workbook: the one actions table, its fixed rows and the cells
 * the user fills in (opleverdatum, nulmeting, kwaliteitseisen, status, stated shift, toelichting).
 */
import type { Grid, WantedSource, WorkbookInput } from "../../../../src/core/grid";
import { fold } from "../../../../src/core/cells/text";
import { makeIssue as catalogueIssue, type Issue, type IssueLocation } from "../../../../src/core/issues";

// Legacy oracle (the engine before issue 9): it still raises codes the catalogue renamed, so it makes its
// issues without the catalogue's types. Used only by the parity tests.
const makeIssue = catalogueIssue as unknown as (code: string, where: IssueLocation, data: object) => Issue;
import {
  cellAddress,
  cellValue,
  locateTable,
  type ColumnSpec,
  type LocatedTable,
  type TableRow,
} from "../../../../src/core/read/table";
import {
  cellIssue,
  readDate,
  readOption,
  readText,
  type CellRead,
  type SourceRef,
} from "../../../../src/core/read/cells";
import type { DateValue } from "../../../../src/core/cells/dates";
import { shiftOf } from "./stoplight";
import { SHIFTS, type ActionDefinition, type ActionStatus, type Shift } from "./schema";

/** A date cell of the action table: empty, "no end date" (`Nog te bepalen`), a date, or not readable. */
export type ActionDate =
  | { kind: "leeg" }
  | { kind: "zonder"; tekst: string }
  | { kind: "datum"; value: DateValue }
  | { kind: "ongeldig"; tekst: string };

export interface ActionValue {
  /** Value of the key column (Nr, Id). */
  sleutel: string;
  /** The fixed columns as the definition has them. */
  vast: Record<string, string>;
  /** False when the fixed row is missing from the workbook. */
  aanwezig: boolean;
  kwaliteitseisen: string | null;
  /** What was typed in Kwaliteitseisen when it is not one of the options. */
  kwaliteitseisenOngeldig: string | null;
  status: ActionStatus | null;
  statusOngeldig: string | null;
  opleverdatum: ActionDate;
  nulmeting: ActionDate;
  /** The shift category stated in the optional column (used when the dates cannot be compared). */
  verschuivingOpgegeven: Shift | null;
  toelichting: string | null;
  /** The key cell of the row (for "Ga naar bron"). */
  bron: SourceRef | null;
}

export interface ActionReturn {
  bestand: string;
  definitie: { id: string; versie: string };
  acties: ActionValue[];
}

export type ActionReadResult =
  { ok: true; ret: ActionReturn; issues: Issue[] } | { ok: false; reden: string; issues: Issue[] };

/** The source a host must read for an action definition. */
export function actionWantedSources(def: ActionDefinition): WantedSource[] {
  return [{ sheet: def.blad, table: def.tabel }];
}

type FillKey = "opleverdatum" | "nulmeting" | "kwaliteitseisen" | "status" | "verschuiving" | "toelichting";
type ColKey = `v:${string}` | FillKey;

function findGrid(input: WorkbookInput, sheet: string, table: string): Grid | undefined {
  return (
    input.grids.find((g) => g.table !== null && fold(g.table) === fold(table)) ??
    input.grids.find((g) => fold(g.sheet) === fold(sheet))
  );
}

function shownDate(d: ActionDate): string {
  return d.kind === "datum" ? d.value.tekst : d.kind === "leeg" ? "" : d.tekst;
}

/** Reads a date cell, recognising the definition's "no end date" texts. */
export function readActionDate(def: ActionDefinition, r: CellRead<DateValue>, raw: unknown): ActionDate {
  if (r.kind === "leeg") return { kind: "leeg" };
  if (r.kind === "waarde") return { kind: "datum", value: r.value };
  const text = typeof raw === "string" ? raw.trim() : r.shown;
  if (def.zonderEinddatum.some((z) => fold(z) === fold(text))) return { kind: "zonder", tekst: text };
  return { kind: "ongeldig", tekst: r.shown };
}

export { shownDate };

export function readActions(def: ActionDefinition, input: WorkbookInput): ActionReadResult {
  const bestand = input.bestand;
  const issues: Issue[] = [];
  const add = (code: string, src: Partial<SourceRef> & { blad: string }, data: object) =>
    issues.push(
      makeIssue(code, { bestand, blad: src.blad, rij: src.rij, kolom: src.kolom, cel: src.cel }, data),
    );

  const k = def.kolommen;
  const specs: ColumnSpec<ColKey>[] = [
    ...def.vasteKolommen.map((c): ColumnSpec<ColKey> => ({
      key: `v:${c.sleutel}`,
      header: c.kop,
      essential: c.sleutel === def.sleutel,
    })),
    { key: "opleverdatum", header: k.opleverdatum, essential: false },
    { key: "nulmeting", header: k.nulmeting, essential: false },
    { key: "kwaliteitseisen", header: k.kwaliteitseisen, essential: true },
    { key: "status", header: k.status, essential: true },
    ...(k.verschuiving ? [{ key: "verschuiving" as const, header: k.verschuiving, essential: false }] : []),
    { key: "toelichting", header: k.toelichting, essential: false },
  ];
  const grid = findGrid(input, def.blad, def.tabel);
  if (!grid) {
    add("blad_ontbreekt", { blad: def.blad }, { tabel: def.tabel, monitor: def.naam });
    return { ok: false, reden: "de structuur van de werkmap is niet te lezen (blad ontbreekt)", issues };
  }
  const located = locateTable(grid, specs, bestand, def.tabel);
  issues.push(...located.issues);
  const t = located.table;
  if (!t) {
    return {
      ok: false,
      reden: "de structuur van de werkmap is niet te lezen (tabel of kolom ontbreekt)",
      issues,
    };
  }

  const keyCol = def.vasteKolommen.find((c) => c.sleutel === def.sleutel)!;
  const keyKey: ColKey = `v:${def.sleutel}`;
  const src = (row: TableRow, key: ColKey, kolom: string): SourceRef => ({
    bestand,
    blad: t.grid.sheet,
    rij: row.sheetRow,
    kolom,
    cel: cellAddress(t, row, key) ?? "",
  });

  // Rows by key: unknown, empty and duplicate keys are reported and not read.
  const known = new Map(def.rijen.map((r) => [fold(r[def.sleutel]), r[def.sleutel]]));
  const rows = new Map<string, TableRow>();
  for (const row of t.rows) {
    const s = src(row, keyKey, keyCol.kop);
    const r = readText(cellValue(t, row, keyKey));
    if (r.kind !== "waarde") {
      add("rij_onbekend", s, { sleutel: null, monitor: def.naam });
      continue;
    }
    const canonical = known.get(fold(r.value));
    if (!canonical) {
      add("rij_onbekend", s, { sleutel: r.value, monitor: def.naam });
      continue;
    }
    if (rows.has(canonical)) {
      add("rij_dubbel", s, { sleutel: canonical, eerdereRij: rows.get(canonical)!.sheetRow });
      continue;
    }
    rows.set(canonical, row);
  }

  const statusLabels = def.statussen.map((s) => s.label);
  const statusAliases: Record<string, string> = {};
  for (const s of def.statussen) for (const a of s.aliassen) statusAliases[a] = s.label;

  const report = <T>(r: CellRead<T>, s: SourceRef, what: string) => {
    if (r.kind === "fout") issues.push(cellIssue(r, s, what));
  };

  const acties: ActionValue[] = def.rijen.map((fixed) => {
    const key = fixed[def.sleutel];
    const row = rows.get(key);
    const empty: ActionValue = {
      sleutel: key,
      vast: fixed,
      aanwezig: false,
      kwaliteitseisen: null,
      kwaliteitseisenOngeldig: null,
      status: null,
      statusOngeldig: null,
      opleverdatum: { kind: "leeg" },
      nulmeting: { kind: "leeg" },
      verschuivingOpgegeven: null,
      toelichting: null,
      bron: null,
    };
    if (!row) {
      add(
        "vaste_rij_ontbreekt",
        { blad: t.grid.sheet, kolom: keyCol.kop },
        { sleutel: key, label: fixed.actie ?? key },
      );
      return empty;
    }
    const what = `${keyCol.kop} ${key}`;
    // Fixed columns must be as defined.
    for (const c of def.vasteKolommen) {
      if (c.sleutel === def.sleutel) continue;
      const colKey: ColKey = `v:${c.sleutel}`;
      if (t.columns[colKey] === undefined) continue;
      const got = readText(cellValue(t, row, colKey));
      const typed = got.kind === "waarde" ? got.value : "";
      if (fold(typed) !== fold(fixed[c.sleutel])) {
        const s = src(row, colKey, c.kop);
        add("vaste_rij_gewijzigd", s, { gevonden: typed, standaard: fixed[c.sleutel] });
      }
    }

    const sQ = src(row, "kwaliteitseisen", k.kwaliteitseisen);
    const q = readOption(cellValue(t, row, "kwaliteitseisen"), def.kwaliteitseisen.opties);
    if (q.kind === "leeg")
      add("verplicht_leeg", sQ, {
        onderwerp: `${what}: '${k.kwaliteitseisen}'`,
        invoer: "keuze",
        opties: def.kwaliteitseisen.opties,
      });
    report(q, sQ, `${what}: '${k.kwaliteitseisen}'`);

    const sS = src(row, "status", k.status);
    const st = readOption(cellValue(t, row, "status"), statusLabels, statusAliases);
    if (st.kind === "leeg")
      add("verplicht_leeg", sS, { onderwerp: `${what}: '${k.status}'`, invoer: "keuze", onbekend: null });
    report(st, sS, `${what}: '${k.status}'`);
    const status = st.kind === "waarde" ? (def.statussen.find((s) => s.label === st.value) ?? null) : null;

    const dateCell = (key: "opleverdatum" | "nulmeting"): ActionDate => {
      if (t.columns[key] === undefined) return { kind: "leeg" };
      const raw = cellValue(t, row, key);
      const r = readDate(raw);
      const d = readActionDate(def, r, raw);
      if (d.kind === "ongeldig" && r.kind === "fout")
        issues.push(
          cellIssue(r, src(row, key, k[key]), `${what}: '${k[key]}'`, { zonderDatum: def.zonderEinddatum }),
        );
      return d;
    };
    const opleverdatum = dateCell("opleverdatum");
    const nulmeting = dateCell("nulmeting");

    let verschuivingOpgegeven: Shift | null = null;
    if (k.verschuiving && t.columns.verschuiving !== undefined) {
      const sV = src(row, "verschuiving", k.verschuiving);
      const v = readOption(cellValue(t, row, "verschuiving"), SHIFTS);
      report(v, sV, `${what}: '${k.verschuiving}'`);
      if (v.kind === "waarde") verschuivingOpgegeven = v.value as Shift;
    }

    const toel = readText(cellValue(t, row, "toelichting"));
    const toelichting = toel.kind === "waarde" ? toel.value : null;

    const vervallen = status?.oordeel === "grijs";
    if (opleverdatum.kind === "leeg" && !vervallen && t.columns.opleverdatum !== undefined) {
      const s = src(row, "opleverdatum", k.opleverdatum);
      if (status?.vereist.includes("opleverdatum"))
        add("verplicht_leeg", s, { onderwerp: `${what}: '${k.opleverdatum}'`, invoer: "datum" });
      else
        add("opleverdatum_leeg", s, {
          onderwerp: what,
          kolom: k.opleverdatum,
          zonderDatum: def.zonderEinddatum[0] ?? "Nog te bepalen",
        });
    }
    if (
      nulmeting.kind === "leeg" &&
      !vervallen &&
      verschuivingOpgegeven === null &&
      opleverdatum.kind === "datum" &&
      t.columns.nulmeting !== undefined
    ) {
      const s = src(row, "nulmeting", k.nulmeting);
      add("nulmeting_leeg", s, { onderwerp: what, kolom: k.nulmeting });
    }
    if (status?.vereist.includes("toelichting") && !toelichting) {
      const s = src(row, "toelichting", k.toelichting);
      add("toelichting_vereist", s, {
        onderwerp: what,
        status: status.label,
        vraag: "schrijf in de toelichting kort waarom en wat de nieuwe planning is",
      });
    }

    const value: ActionValue = {
      ...empty,
      aanwezig: true,
      kwaliteitseisen: q.kind === "waarde" ? q.value : null,
      kwaliteitseisenOngeldig: q.kind === "fout" ? q.shown : null,
      status,
      statusOngeldig: st.kind === "fout" ? st.shown : null,
      opleverdatum,
      nulmeting,
      verschuivingOpgegeven,
      toelichting,
      bron: src(row, keyKey, keyCol.kop),
    };
    const shift = shiftOf(value);
    if (
      k.verschuiving &&
      verschuivingOpgegeven &&
      shift.bron === "datums" &&
      shift.categorie !== verschuivingOpgegeven &&
      !(
        verschuivingOpgegeven === "eerder of gelijk" &&
        (shift.categorie === "eerder" || shift.categorie === "gelijk")
      )
    ) {
      const s = src(row, "verschuiving", k.verschuiving);
      add("verschuiving_wijkt_af", s, {
        onderwerp: what,
        kolom: k.verschuiving,
        opgegeven: verschuivingOpgegeven,
        volgensDatums: shift.categorie ?? "onbekend",
      });
    }
    return value;
  });

  return {
    ok: true,
    ret: { bestand, definitie: { id: def.id, versie: def.versie }, acties },
    issues,
  };
}

/** Located table type, exported for tests. */
export type ActionTable = LocatedTable<ColKey>;
