/** What the pane does with a workbook read: recognise it, check it, and lay out its summary. */
import { builtInMonitors, defaultMonitor, type Monitor } from "../../core/model";
import type { WantedSource, WorkbookInput } from "../../core/grid";
import { checkWorkbook, type CheckResult } from "../../core/engine/pipeline";
import { wantedSources } from "../../core/engine/read";
import { aggregate } from "../../core/engine/national";
import { layoutNational } from "../../core/engine/layout-national";
import { layoutUnitSummary } from "../../core/engine/layout-unit";
import type { SheetModel } from "../../core/sheet-model";
import { explanationIndex, type ExplanationIndex } from "../../core/engine/explain";
import type { NationalJson } from "../../core/engine/json";
import { summaryBesideRound } from "../../core/app/previous-round";

/** The sources of every built-in definition, once each: a workbook is read before its definition is known. */
export function allWantedSources(defs: readonly Monitor[] = builtInMonitors()): WantedSource[] {
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
  return checkWorkbook(input, builtInMonitors(), defaultMonitor());
}

/** The definition to show a result with (the one used, else the default). */
export function displayDefinition(check: CheckResult | null): Monitor {
  return check?.def ?? defaultMonitor();
}

export type SummaryPlan = { ok: true; models: SheetModel[] } | { ok: false; reden: string };

/**
 * The summary sheets for a check, or why there are none: the Samenvatting, and for a monitor without units
 * (an action monitor, whose workbook is the whole national return) its national sheets too.
 */
export function summaryPlan(
  check: CheckResult,
  /** A loaded national round: each answer beside its national distribution and the previous answer. */
  round?: { round: NationalJson; bestand: string },
): SummaryPlan {
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
  const ret = check.result.ret;
  const beside = round ? summaryBesideRound(check.def, ret.eenheid, round) : {};
  const models = [layoutUnitSummary(check.def, ret, check.score, check.result.issues, beside)];
  if (!check.def.eenheden)
    models.push(
      ...layoutNational(
        check.def,
        aggregate(check.def, [{ bestand: check.result.ret.bestand, result: check.result }]),
      ),
    );
  return { ok: true, models };
}

/**
 * The explanations of the summary sheets laid out for `check` (emitted by the layouts on their RAG cells and
 * percentages, with their sources in this workbook), or null when the check has no summary.
 */
export function summaryExplanations(check: CheckResult, models?: SheetModel[]): ExplanationIndex | null {
  const ms =
    models ??
    (() => {
      const plan = summaryPlan(check);
      return plan.ok ? plan.models : null;
    })();
  return ms ? explanationIndex(ms) : null;
}
