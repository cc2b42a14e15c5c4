/** The explanation texts and column choices the unit, factsheet and national layouts share. */
import { scaleOf } from "../model";
import type { Column, Monitor, Rag, RowsTable } from "../model/schema";
import type { CellExplanation, ModelCell, SourceCell } from "../sheet-model";
import type { SourceRef } from "../read/cells";
import { formatDecimal } from "../cells/text";
import type { CellInput } from "../engine/sheet-builder";
import type { CellValue } from "../engine/values";

// --- Shared by the unit and national layouts ------------------------------------------------------------

export type Explained = Omit<CellExplanation, "bronInDezeWerkmap">;

/** A cell with its explanation. */
export function explained(
  v: CellInput,
  e: Explained,
  here: boolean,
  extra: Omit<ModelCell, "v" | "uitleg"> = {},
): ModelCell {
  const base: ModelCell = v !== null && typeof v === "object" ? v : { v };
  if (base.v === null) return { ...base, ...extra };
  return { ...base, ...extra, uitleg: { ...e, bronInDezeWerkmap: here } };
}

export function sourceOf(unit: string | null, s: SourceRef | null | undefined): SourceCell[] {
  return s ? [{ regio: unit, bestand: s.bestand, blad: s.blad, cel: s.cel }] : [];
}

/** The value of a cell as typed (dates as typed), or null when empty. */
export function typedText(c: CellValue | undefined): string | null {
  if (!c || c.state === "leeg") return null;
  if (c.state === "waarde") return c.datum ? c.datum.tekst : c.tekst;
  return c.shown || null;
}

export function mainColumn(t: RowsTable): Column {
  return t.kolommen.find((c) => c.id === t.hoofdkolom)!;
}

/** The columns the decision list reads, in order of first use (the main column included). */
export function judgedColumns(t: RowsTable): Column[] {
  const ids: string[] = [];
  for (const rule of t.oordeel ?? [])
    for (const test of rule.als) {
      const ref = "waarde" in test ? test.waarde : "datum" in test ? test.datum : null;
      if (ref && !ids.includes(ref)) ids.push(ref);
    }
  return ids.flatMap((id) => t.kolommen.filter((c) => c.id === id));
}

/** The date column the decision list compares (e.g. Verwachte datum), shown next to the main column. */
export function dateColumn(t: RowsTable): Column | undefined {
  for (const rule of t.oordeel ?? [])
    for (const test of rule.als)
      if ("datum" in test && test.datum !== t.hoofdkolom) {
        const c = t.kolommen.find((k) => k.id === test.datum);
        if (c) return c;
      }
  return undefined;
}

export function unitKind(def: Monitor): { soort: string; meervoud: string } {
  return def.eenheden
    ? { soort: def.eenheden.soort, meervoud: def.eenheden.meervoud }
    : { soort: "werkmap", meervoud: "werkmappen" };
}

export function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export function invulgraadRule(): string {
  return "De invulgraad: de geldig ingevulde verplichte cellen, gedeeld door alle verplichte cellen die gelden (per werkmap). 'Onbekend' telt als ingevuld en wordt apart genoemd (waarvan onbekend).";
}

export function invullingRule(def: Monitor): string {
  const L = def.rag.labels;
  const s = def.scores.invulling;
  return `Invulling: ${L.groen} bij een invulgraad van ${s.groen} % en geen fouten; ${L.oranje} bij minimaal ${s.oranje} % en geen fouten; anders ${L.rood}.`;
}

export function unitRagRule(def: Monitor, t: RowsTable): string {
  const L = def.rag.labels;
  return `Het oordeel van de ${unitKind(def).soort} is het slechtste oordeel van de ${t.rijNaamMeervoud} die gelden (van slecht naar goed: ${def.rag.volgorde.map((r) => L[r]).join(", ")}).`;
}

/** The rule of a table's judgements: the definition's paragraph, or the decision list by colour. */
export function judgementRule(def: Monitor, t: RowsTable): string {
  if (t.oordeelRegel) return t.oordeelRegel;
  const L = def.rag.labels;
  const rags: Rag[] = ["groen", "oranje", "rood", "grijs"];
  const parts = rags
    .map((rag) => {
      const rules = (t.oordeel ?? []).filter((r) => r.rag === rag).map((r) => r.regel.replace(/_/g, " "));
      return rules.length ? `${L[rag]}: ${[...new Set(rules)].join(", ")}` : "";
    })
    .filter(Boolean);
  return `Per ${t.rijNaam.toLowerCase()} beslist de eerste regel die geldt: ${parts.join("; ")}.`;
}

export function progressRule(def: Monitor, t: RowsTable): string {
  const opts = (scaleOf(def, mainColumn(t).schaal)?.opties ?? []).filter((o) => o.gewicht > 0);
  return `De voortgang: de gewichten van de antwoorden opgeteld (${opts.map((o) => `${o.label} ${formatDecimal(o.gewicht, o.gewicht % 1 === 0 ? 0 : 1)}`).join(", ")}, anders 0), gedeeld door de ${t.rijNaamMeervoud} die gelden.`;
}
