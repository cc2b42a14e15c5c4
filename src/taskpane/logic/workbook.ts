/** What the pane does with a workbook read: recognise it, check it, and lay out its summary. */
import { builtInDefinitions, defaultDefinition, type Definition } from "../../core/definition";
import type { WantedSource, WorkbookInput } from "../../core/grid";
import { checkWorkbook, type CheckResult } from "../../core/check";
import { wantedSources } from "../../core/read/region-return";
import { layoutRegionSummary } from "../../core/layout/region-summary";
import type { SheetModel } from "../../core/sheet-model";
import { explainSummary, type ExplanationIndex } from "../../core/explain";

/** The sources of every built-in definition, once each: a workbook is read before its definition is known. */
export function allWantedSources(defs: readonly Definition[] = builtInDefinitions()): WantedSource[] {
  const seen = new Set<string>();
  const out: WantedSource[] = [];
  for (const d of defs) {
    for (const s of wantedSources(d)) {
      const key = `${s.sheet}\u0000${s.table}`;
      if (!seen.has(key)) {
        seen.add(key);
        out.push(s);
      }
    }
  }
  return out;
}

/**
 * `regiomonitor`: the workbook recorded a definition, or holds the standard tables (a hand-made copy,
 * checked with the default definition); `leeg`: neither, so the pane offers to insert the standard sheets.
 */
export type WorkbookKind = "regiomonitor" | "leeg";

export function workbookKind(input: WorkbookInput): WorkbookKind {
  return input.definitie !== null || input.grids.length > 0 ? "regiomonitor" : "leeg";
}

/** The same check as the command line: recorded definition, else the default one. */
export function runCheck(input: WorkbookInput): CheckResult {
  return checkWorkbook(input, builtInDefinitions(), defaultDefinition());
}

/** The definition to show a result with (the one used, else the default). */
export function displayDefinition(check: CheckResult | null): Definition {
  return check?.def ?? defaultDefinition();
}

export type SummaryPlan = { ok: true; model: SheetModel } | { ok: false; reden: string };

/** The Samenvatting sheet for a check, or why there is none. */
export function summaryPlan(check: CheckResult): SummaryPlan {
  if (!check.def || !check.result.ok || !check.score) {
    const reden = (check.result.ok ? "de werkmap kon niet worden beoordeeld" : check.result.reden).replace(
      /\.$/,
      "",
    );
    return {
      ok: false,
      reden: `Er is geen samenvatting geschreven: ${reden}. Los eerst de fouten hieronder op en probeer het opnieuw.`,
    };
  }
  return {
    ok: true,
    model: layoutRegionSummary(check.def, check.result.ret, check.score, check.result.issues),
  };
}

/**
 * The explanations of the Samenvatting laid out for `check` (its RAG cells and percentages, with their sources
 * in this workbook), or null when the check has no summary.
 */
export function summaryExplanations(check: CheckResult, model?: SheetModel): ExplanationIndex | null {
  if (!check.def || !check.result.ok || !check.score) return null;
  const m = model ?? layoutRegionSummary(check.def, check.result.ret, check.score, check.result.issues);
  return explainSummary(check.def, check.result.ret, check.score, m);
}
