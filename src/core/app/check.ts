/**
 * Checking a return, for both hosts: the definition a workbook is checked with (the one it recorded, else the
 * user's or the default one), what kind of workbook it is, and the summary sheets a checked return gets
 * (`check --out`, "Samenvatting" in the pane). The hosts read the bytes or the open workbook and show this.
 */
import type { WorkbookInput } from "../grid";
import type { Monitor } from "../model/schema";
import { checkWorkbook, type CheckResult } from "../engine/pipeline";
import { aggregate } from "../engine/national";
import type { NationalReport } from "../engine/national-types";
import { layoutNational } from "../layout/national";
import { layoutUnitSummary } from "../layout/unit";
import { explanationIndex, type ExplanationIndex } from "../engine/explain";
import type { SheetModel } from "../sheet-model";
import type { NationalJson } from "../engine/json";
import { summaryBesideRound } from "./previous-round";
import { definitionOrDefault, knownWith } from "./definition";
import { isAnyReturn, outlineOf } from "./read-plan";

/**
 * A workbook checked: with the known definition it recorded, else with `own` (the user's choice), else with
 * the default one (a hand-made copy of the standard workbook).
 */
export function checkRead(input: WorkbookInput, own?: Monitor | null): CheckResult {
  return checkWorkbook(input, knownWith(own), definitionOrDefault(own));
}

/**
 * `regiomonitor`: the workbook recorded a definition, or holds the standard tables (a hand-made copy,
 * checked with the default definition); `leeg`: neither, so the pane offers to insert the standard sheets.
 */
export type WorkbookKind = "regiomonitor" | "leeg";

export function workbookKind(input: WorkbookInput): WorkbookKind {
  return input.definitie !== null || input.grids.length > 0 ? "regiomonitor" : "leeg";
}

/** What tells the workbooks the tool writes from returns: the sheets, the return's own sheets, A1 of each. */
export function sheetsSeen(input: WorkbookInput, available: readonly Monitor[]) {
  const first = input.eersteCellen ?? {};
  return {
    bladen: input.bladen,
    retourBladen: [...new Set(input.grids.map((g) => g.sheet))],
    a1: (b: string) => first[b] ?? null,
    retour: isAnyReturn(outlineOf(input), available),
  };
}

/** For a monitor without units, one workbook is the whole national report (groups, shift, every row). */
export function nationalOfOne(res: CheckResult, bestand: string): NationalReport | null {
  if (!res.def || res.def.eenheden || !res.result.ok) return null;
  return aggregate(res.def, [{ bestand, result: res.result }]);
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
  const national = nationalOfOne(check, check.result.ret.bestand);
  const beside = round ? summaryBesideRound(check.def, check.result.ret.eenheid, round) : {};
  return {
    ok: true,
    models: [
      layoutUnitSummary(check.def, check.result.ret, check.score, check.result.issues, beside),
      ...(national ? layoutNational(check.def, national) : []),
    ],
  };
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
