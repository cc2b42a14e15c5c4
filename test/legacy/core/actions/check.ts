/** Host-independent pipeline for one action-monitor workbook: pick the definition, read and validate, judge, summarise. */
import type { WorkbookInput } from "../../../../src/core/grid";
import { resolveDefinition, type DefinitionChoice } from "../check";
import { readActions, type ActionReadResult } from "./read";
import { buildActionReport, type ActionReport } from "./report";
import type { ActionDefinition } from "./schema";

export type ActionDefinitionChoice = DefinitionChoice<ActionDefinition>;

/** The action definition a workbook must be read with (see `resolveDefinition`). */
export function resolveActionDefinition(
  input: WorkbookInput,
  available: readonly ActionDefinition[],
  fallback: ActionDefinition | null,
): ActionDefinitionChoice {
  return resolveDefinition(input, available, fallback);
}

export interface ActionCheckResult {
  def: ActionDefinition | null;
  result: ActionReadResult;
  report: ActionReport | null;
}

export function checkActionWorkbook(
  input: WorkbookInput,
  available: readonly ActionDefinition[],
  fallback: ActionDefinition | null = null,
): ActionCheckResult {
  const choice = resolveActionDefinition(input, available, fallback);
  if (!choice.ok)
    return {
      def: null,
      result: { ok: false, reden: choice.issues[0].bericht, issues: choice.issues },
      report: null,
    };
  const r = readActions(choice.def, input);
  const issues = [...choice.issues, ...r.issues];
  if (!r.ok) return { def: choice.def, result: { ...r, issues }, report: null };
  return {
    def: choice.def,
    result: { ok: true, ret: r.ret, issues },
    report: buildActionReport(choice.def, r.ret, issues),
  };
}
