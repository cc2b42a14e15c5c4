/**
 * The one pipeline, for every monitor and both hosts: resolve the definition a workbook recorded → read and
 * validate → judge and score (→ aggregate → layout, elsewhere). And the one report envelope that
 * `check --json` prints and the task pane shows.
 */
import type { WorkbookInput } from "../grid";
import { countBySeverity, makeIssue, sortIssues, type Issue, type Severity } from "../issues";
import type { Monitor } from "../model/schema";
import { readReturn, type ReadResult } from "./read";
import { scoreReturn, type UnitScore } from "./score";

export type DefinitionChoice = { ok: true; def: Monitor; issues: Issue[] } | { ok: false; issues: Issue[] };

/**
 * The definition a workbook must be read with: the one it recorded, if we have it; the fallback when it
 * recorded none (a hand-made copy of the standard; an error when there is no fallback); an error for another
 * definition or an unknown version.
 */
export function resolveDefinition(
  input: WorkbookInput,
  available: readonly Monitor[],
  fallback: Monitor | null,
): DefinitionChoice {
  const rec = input.definitie;
  const where = { bestand: input.bestand };
  if (!rec) {
    if (!fallback)
      return {
        ok: false,
        issues: [
          makeIssue("andere_definitie", where, { opgenomenId: null, opgenomenVersie: null, verwacht: "" }),
        ],
      };
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
  if (!def)
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
  return { ok: true, def, issues: [] };
}

export interface CheckResult {
  def: Monitor | null;
  result: ReadResult;
  score: UnitScore | null;
}

export function checkWorkbook(
  input: WorkbookInput,
  available: readonly Monitor[],
  fallback: Monitor | null,
): CheckResult {
  const choice = resolveDefinition(input, available, fallback);
  if (!choice.ok)
    return {
      def: null,
      result: { ok: false, reden: choice.issues[0].bericht, issues: choice.issues },
      score: null,
    };
  const r = readReturn(choice.def, input);
  const issues = [...choice.issues, ...r.issues];
  if (!r.ok) return { def: choice.def, result: { ...r, issues }, score: null };
  return {
    def: choice.def,
    result: { ok: true, ret: r.ret, issues },
    score: scoreReturn(choice.def, r.ret, issues),
  };
}

/**
 * One return of a round of `def`: checked like any workbook, but only with versions of `def` itself; a
 * workbook of another monitor is refused (`andere_definitie`), never aggregated as if it were this one.
 */
export function checkReturn(input: WorkbookInput, def: Monitor, available: readonly Monitor[]): CheckResult {
  const versions = [def, ...available.filter((d) => d.id === def.id && d.versie !== def.versie)];
  return checkWorkbook(input, versions, def);
}

/**
 * The definition most of a round's workbooks recorded (ties: the first recorded), or null for none: a round
 * of returns says itself which monitor it belongs to.
 */
export function mostRecorded(recorded: readonly Monitor[]): Monitor | null {
  const counts = new Map<Monitor, number>();
  for (const d of recorded) counts.set(d, (counts.get(d) ?? 0) + 1);
  let best: Monitor | null = null;
  for (const [d, n] of counts) if (best === null || n > counts.get(best)!) best = d;
  return best;
}

/** A file that could not be opened as a workbook: one issue naming the reason (command line and pane alike). */
export function unreadableResult(bestand: string, reden: string): ReadResult & { ok: false } {
  const issue = makeIssue("bestand_onleesbaar", { bestand }, { reden });
  return { ok: false, reden: issue.bericht, issues: [issue] };
}

/** The one report envelope of a checked workbook: data first (valid, counts, issues, scores). */
export interface CheckReport {
  bestand: string;
  /** The structure could be read (sheets, tables, columns). */
  gelezen: boolean;
  /** Read, and no issue of severity `fout`. */
  geldig: boolean;
  definitie: { id: string; versie: string } | null;
  /** The unit the workbook is from (region, …), or null. */
  eenheid: string | null;
  aantallen: Record<Severity, number>;
  scores: UnitScore | null;
  meldingen: Issue[];
}

export function checkReport(bestand: string, res: CheckResult): CheckReport {
  const meldingen = sortIssues(res.result.issues);
  const aantallen = countBySeverity(meldingen);
  return {
    bestand,
    gelezen: res.result.ok,
    geldig: res.result.ok && aantallen.fout === 0,
    definitie: res.def ? { id: res.def.id, versie: res.def.versie } : null,
    eenheid: res.result.ok ? res.result.ret.eenheid : null,
    aantallen,
    scores: res.score,
    meldingen,
  };
}
