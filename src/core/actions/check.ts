/** Host-independent pipeline for one action-monitor workbook: pick the definition, read and validate, judge, summarise. */
import type { WorkbookInput } from "../grid";
import { makeIssue, type Issue } from "../issues";
import { readActions, type ActionReadResult } from "./read";
import { buildActionReport, type ActionReport } from "./report";
import type { ActionDefinition } from "./schema";

export type ActionDefinitionChoice =
  { ok: true; def: ActionDefinition; issues: Issue[] } | { ok: false; issues: Issue[] };

/**
 * The action definition a workbook must be read with: the one it recorded (same id and version); the
 * fallback when it recorded none; an error for another monitor or an unknown version.
 */
export function resolveActionDefinition(
  input: WorkbookInput,
  available: readonly ActionDefinition[],
  fallback: ActionDefinition | null,
): ActionDefinitionChoice {
  const rec = input.definitie;
  const where = { bestand: input.bestand };
  if (!rec) {
    if (!fallback)
      return {
        ok: false,
        issues: [
          makeIssue(
            "andere_definitie",
            where,
            "De werkmap vermeldt niet met welke monitor hij is gemaakt. Geef de definitie op met --definitie of --definitie-id.",
          ),
        ],
      };
    return {
      ok: true,
      def: fallback,
      issues: [
        makeIssue(
          "geen_definitie",
          where,
          `De werkmap vermeldt niet met welke monitor hij is gemaakt; gelezen als ${fallback.naam} (versie ${fallback.versie}).`,
        ),
      ],
    };
  }
  const sameId = available.filter((d) => d.id === rec.id);
  if (sameId.length === 0) {
    return {
      ok: false,
      issues: [
        makeIssue(
          "andere_definitie",
          where,
          `De werkmap hoort bij een andere monitor ('${rec.id}', versie ${rec.versie}) dan ${fallback?.naam ?? available.map((d) => d.id).join(", ")}. Lever de werkmap van deze monitor aan of laad de juiste definitie.`,
        ),
      ],
    };
  }
  const def = sameId.find((d) => d.versie === rec.versie);
  if (!def) {
    return {
      ok: false,
      issues: [
        makeIssue(
          "onbekende_versie",
          where,
          `De werkmap is gemaakt met versie ${rec.versie} van '${rec.id}'; bekend zijn: ${sameId.map((d) => d.versie).join(", ")}. Vul de gegevens over in een nieuwe standaardwerkmap.`,
        ),
      ],
    };
  }
  return { ok: true, def, issues: [] };
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
