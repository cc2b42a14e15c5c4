/** What the pane reads from the open workbook, and the core's check of it (core/app/check.ts). */
import type { WantedSource, WorkbookInput } from "../../../core/grid";
import type { CheckResult } from "../../../core/engine/pipeline";
import type { Monitor } from "../../../core/model";
import { allSources, checkRead, definitionOrDefault, knownWith } from "../../../core";

export {
  summaryExplanations,
  summaryPlan,
  workbookKind,
  type SummaryPlan,
  type WorkbookKind,
} from "../../../core";

/**
 * The sources of every known definition, once each: the open workbook is read in one sync, before its
 * recorded definition is known.
 */
export function allWantedSources(defs: readonly Monitor[] = knownWith(null)): WantedSource[] {
  return allSources(defs);
}

/** The same check as the command line: recorded definition, else the default one. */
export function runCheck(input: WorkbookInput): CheckResult {
  return checkRead(input);
}

/** The definition to show a result with (the one used, else the default). */
export function displayDefinition(check: CheckResult | null): Monitor {
  return check?.def ?? definitionOrDefault(null);
}
