/** Host-independent pipeline for one workbook: pick the definition, read and validate, score. */
import type { Definition } from "./definition/schema";
import type { WorkbookInput } from "../../../src/core/grid";
import { makeIssue, type Issue } from "../../../src/core/issues";
import { readReturn, type ReadResult } from "./read/region-return";
import { scoreReturn, type RegionScore } from "./score/region-score";

/** What every kind of definition has: enough to pick the one a workbook recorded. */
export interface DefinitionIdentity {
  id: string;
  versie: string;
  naam: string;
}

export type DefinitionChoice<D extends DefinitionIdentity = Definition> =
  { ok: true; def: D; issues: Issue[] } | { ok: false; issues: Issue[] };

/**
 * The definition a workbook must be read with: the one it recorded, if we have it; the fallback when it
 * recorded none (a hand-made copy of the standard; an error when there is no fallback); an error for another
 * definition or an unknown version. Used for regional and action monitors alike.
 */
export function resolveDefinition<D extends DefinitionIdentity>(
  input: WorkbookInput,
  available: readonly D[],
  fallback: D | null,
): DefinitionChoice<D> {
  const rec = input.definitie;
  const where = { bestand: input.bestand };
  if (!rec) {
    if (!fallback) {
      return {
        ok: false,
        issues: [
          makeIssue("andere_definitie", where, { opgenomenId: null, opgenomenVersie: null, verwacht: "" }),
        ],
      };
    }
    return {
      ok: true,
      def: fallback,
      issues: [makeIssue("geen_definitie", where, { naam: fallback.naam, versie: fallback.versie })],
    };
  }
  const sameId = available.filter((d) => d.id === rec.id);
  if (sameId.length === 0) {
    const expected = fallback?.naam ?? available.map((d) => d.id).join(", ");
    return {
      ok: false,
      issues: [
        makeIssue("andere_definitie", where, {
          opgenomenId: rec.id,
          opgenomenVersie: rec.versie,
          verwacht: expected,
        }),
      ],
    };
  }
  const def = sameId.find((d) => d.versie === rec.versie);
  if (!def) {
    return {
      ok: false,
      issues: [
        makeIssue("onbekende_versie", where, {
          id: rec.id,
          versie: rec.versie,
          bekend: sameId.map((d) => d.versie),
        }),
      ],
    };
  }
  return { ok: true, def, issues: [] };
}

export interface CheckResult {
  def: Definition | null;
  result: ReadResult;
  score: RegionScore | null;
}

export function checkWorkbook(
  input: WorkbookInput,
  available: readonly Definition[],
  fallback: Definition,
): CheckResult {
  const choice = resolveDefinition(input, available, fallback);
  if (!choice.ok) {
    return {
      def: null,
      result: { ok: false, reden: choice.issues[0].bericht, issues: choice.issues },
      score: null,
    };
  }
  const r = readReturn(choice.def, input);
  const issues = [...choice.issues, ...r.issues];
  if (!r.ok) return { def: choice.def, result: { ...r, issues }, score: null };
  return {
    def: choice.def,
    result: { ok: true, ret: r.ret, issues },
    score: scoreReturn(choice.def, r.ret, issues),
  };
}

/** A file that could not be opened as a workbook: one issue naming the reason (command line and pane alike). */
export function unreadableResult(bestand: string, reden: string): ReadResult & { ok: false } {
  const issue = makeIssue("bestand_onleesbaar", { bestand }, { reden });
  return { ok: false, reden: issue.bericht, issues: [issue] };
}
