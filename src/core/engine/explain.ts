/**
 * Explainable scores: every RAG cell and percentage a layout writes carries its explanation (the rule, the
 * values that went in and where they came from). This module only indexes what the layouts emitted, by
 * sheet and cell, so the task pane can explain a selected cell without searching the sheet.
 */
import { a1, parseA1 } from "../grid";
import { formatPercent } from "../cells/text";
import type { CellExplanation, ModelCell, SheetModel, SourceCell } from "../sheet-model";

export type { CellExplanation, SourceCell } from "../sheet-model";

export interface Explanation extends CellExplanation {
  /** The explained cell. */
  blad: string;
  cel: string;
  /** What the cell shows, as text (e.g. "78,4 %", "Rood"). */
  waarde: string;
}

export type ExplanationIndex = ReadonlyMap<string, Explanation>;

export function explanationKey(blad: string, cel: string): string {
  return `${blad}\u0000${cel.toUpperCase()}`;
}

function shown(c: ModelCell): string {
  if (c.v === null) return "";
  if (typeof c.v === "number" && c.fmt === "0.0%") return formatPercent(c.v);
  return String(c.v);
}

/** The index of every explanation the layouts put on the cells of these sheets. */
export function explanationIndex(models: readonly SheetModel[]): ExplanationIndex {
  const map = new Map<string, Explanation>();
  for (const m of models)
    m.rows.forEach((row, r) =>
      row.forEach((c, col) => {
        if (!c.uitleg) return;
        const cel = a1(r + 1, col + 1);
        map.set(explanationKey(m.name, cel), { ...c.uitleg, blad: m.name, cel, waarde: shown(c) });
      }),
    );
  return map;
}

/**
 * The explanation of a selected address (`B7`, `B7:C9`, `'Mijlpalen landelijk'!K8`, `$K$8`): the top-left
 * cell's, or null when there is none.
 */
export function lookupExplanation(
  index: ExplanationIndex,
  blad: string,
  address: string,
): Explanation | null {
  let local = address;
  let sheet = blad;
  const bang = address.lastIndexOf("!");
  if (bang >= 0) {
    sheet = address.slice(0, bang).replace(/^'|'$/g, "").replace(/''/g, "'");
    local = address.slice(bang + 1);
  }
  const first = local.split(":")[0].replace(/\$/g, "");
  const p = parseA1(first);
  if (!p) return null;
  return index.get(explanationKey(sheet, a1(p.row, p.col))) ?? null;
}

/** "Bron: Regiomonitor-Gouda.xlsx, Mijlpalen!C6" */
export function sourceText(s: SourceCell): string {
  if (s.blad && s.cel) return `${s.bestand}, ${s.blad}!${s.cel}`;
  return s.blad ? `${s.bestand}, blad ${s.blad}` : s.bestand;
}
