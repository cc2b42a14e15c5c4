/**
 * What every national sheet shares: the page header and subtitle, explanations whose sources are in the
 * returned workbooks, the counted returns, and the lookups of a table, column or row in the definition.
 */
import { formatIso } from "../../cells/dates";
import type { Issue } from "../../issues";
import { fieldsTable, rowsTable, scaleOf } from "../../model";
import type { Monitor, NationalTable, Rag, RowsTable } from "../../model/schema";
import type { ModelCell, SourceCell } from "../../sheet-model";
import type { CountedReturn, JudgedRow, NationalReport } from "../../engine/national-types";
import type { CellInput } from "../../engine/sheet-builder";
import { explained, mainColumn, sourceOf, unitKind, type Explained } from "../rules";

export const RAGS: Rag[] = ["groen", "oranje", "rood", "grijs"];

/** The national table of one kind (`soort`) in the definition. */
export type Soort<S extends NationalTable["soort"]> = Extract<NationalTable, { soort: S }>;

/** Explanations of national sheets: the sources are in the returned workbooks, not in this one. */
export function there(v: CellInput, e: Explained, extra: Omit<ModelCell, "v" | "uitleg"> = {}): ModelCell {
  return explained(v, e, false, extra);
}

export function subtitle(def: Monitor, r: NationalReport): string {
  const received = def.eenheden
    ? ` · ontvangen ${r.ontvangen} van ${r.verwacht} ${unitKind(def).meervoud}`
    : "";
  return `${def.naam} (versie ${def.versie})${received} · gemaakt met Regiomonitor; bij opnieuw importeren wordt dit blad vervangen.`;
}

/** The peildatum of the counted returns: one date, a span "van … t/m …", or null. */
export function peildatumSpan(r: NationalReport): string | null {
  const dates = counted(r)
    .flatMap((c) => (c.ret.peildatum ? [c.ret.peildatum.end] : []))
    .sort();
  if (dates.length === 0) return null;
  const [first, last] = [dates[0], dates[dates.length - 1]];
  return first === last ? formatIso(first) : `${formatIso(first)} t/m ${formatIso(last)}`;
}

/** The printed page header of every national sheet: the monitor and the peildatum. */
export function nationalPageHeader(def: Monitor, r: NationalReport): string {
  const span = peildatumSpan(r);
  return `${def.naam}${span ? ` · peildatum ${span}` : ""}`;
}

export function tableOf(def: Monitor, id: string): RowsTable {
  const t = rowsTable(def, id);
  if (!t) throw new Error(`Tabel '${id}' staat niet in de definitie.`);
  return t;
}

export function kop(t: RowsTable, id: string): string {
  return t.kolommen.find((c) => c.id === id)?.kop ?? id;
}

/** The index of a fixed row in the definition (= in every return). */
export function rowIndex(t: RowsTable, sleutel: string): number {
  return t.rijen.findIndex((r) => r.waarden[t.sleutel] === sleutel);
}

export function hasPeildatum(def: Monitor): boolean {
  return fieldsTable(def)?.velden.some((v) => v.rol === "peildatum") ?? false;
}

/** Main-column option labels with weight > 0, and those with 0 < weight < 1. */
export function realisedOptions(def: Monitor, t: RowsTable) {
  const opts = scaleOf(def, mainColumn(t).schaal)?.opties ?? [];
  return {
    alle: opts.filter((o) => o.gewicht > 0).map((o) => o.label),
    deels: opts.filter((o) => o.gewicht > 0 && o.gewicht < 1).map((o) => o.label),
    klaar: opts.filter((o) => o.gewicht === 1).map((o) => o.label),
  };
}

export function counted(r: NationalReport): CountedReturn[] {
  return r.meegeteld ?? r.eenheden.flatMap((x) => (x.counted ? [x.counted] : []));
}

/** The issues of the report: the aggregation's and those of every counted return. */
export function reportIssues(r: NationalReport): Issue[] {
  return [...r.issues, ...counted(r).flatMap((c) => c.issues)];
}

export function rowSource(j: JudgedRow): SourceCell[] {
  return sourceOf(j.eenheid, j.row.bron);
}
