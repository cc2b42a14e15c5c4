/**
 * Conditions of the one model, evaluated on a row of a returned workbook: applicability (`geldtAls`),
 * required-when, checks and the tests of judgement rules all use these. A condition is a list of tests that
 * must all hold. Values compare without regard to case, spacing or diacritics.
 */
import { fold } from "../cells/text";
import { formatIso, toleranceLimit, type DateValue, type IsoDate } from "../cells/dates";
import type { DateRef, Test } from "../model/schema";
import { EMPTY_CELL, type CellValue, type RowValue } from "./values";

/** What a condition can read: the workbook's fields, the row being judged and the other rows of its table. */
export interface ConditionContext {
  velden: Record<string, CellValue>;
  row: RowValue | null;
  /** The main cell of another row of the same table, by key. */
  otherRow: (key: string) => CellValue | undefined;
}

/** The cell a reference names (`veld:Peildatum`, `status`, `rij:C2`); `normdatum` is a date, not a cell. */
export function refCell(ctx: ConditionContext, ref: string): CellValue {
  if (ref.startsWith("veld:")) {
    const name = fold(ref.slice(5));
    const key = Object.keys(ctx.velden).find((k) => fold(k) === name);
    return key ? ctx.velden[key] : EMPTY_CELL;
  }
  if (ref.startsWith("rij:")) return ctx.otherRow(ref.slice(4)) ?? EMPTY_CELL;
  return ctx.row?.cellen[ref] ?? EMPTY_CELL;
}

function normDate(ctx: ConditionContext): DateValue | null {
  const n = ctx.row?.normdatum;
  return n ? { start: n, end: n, tekst: formatIso(n), exact: true } : null;
}

export function refDate(ctx: ConditionContext, ref: string): DateValue | null {
  if (ref === "normdatum") return normDate(ctx);
  const c = refCell(ctx, ref);
  return c.state === "waarde" ? c.datum : null;
}

/** The end date of a date reference, plus its tolerated delay. */
export function limitOf(ctx: ConditionContext, d: DateRef): IsoDate | null {
  const base = refDate(ctx, d.waarde);
  if (!base) return null;
  return d.plusMaanden === undefined ? base.end : toleranceLimit(base.end, d.plusMaanden);
}

const isIn = (c: CellValue, values: readonly string[]) =>
  c.state === "waarde" && c.tekst !== null && values.some((v) => fold(v) === fold(c.tekst!));

export function holds(test: Test, ctx: ConditionContext): boolean {
  if ("rij" in test) return ctx.row !== null && !ctx.row.aanwezig;
  if ("waarde" in test) {
    const c = refCell(ctx, test.waarde);
    if ("is" in test) return isIn(c, test.is);
    if ("niet" in test) return !isIn(c, test.niet);
    if ("leeg" in test) return c.state === "leeg";
    if ("ongeldig" in test) return c.state === "ongeldig";
    return c.state === "waarde";
  }
  const d = refDate(ctx, test.datum);
  if ("ontbreekt" in test) return d === null;
  const other = "voor" in test ? test.voor : "na" in test ? test.na : test.uiterlijk;
  const limit = limitOf(ctx, other);
  if (!d || !limit) return false;
  if ("voor" in test) return d.end < limit;
  if ("na" in test) return d.end > limit;
  return d.end <= limit;
}

export function allHold(tests: readonly Test[] | undefined, ctx: ConditionContext): boolean {
  return (tests ?? []).every((t) => holds(t, ctx));
}

/** A condition in words, for messages: "alleen als Meetmoment Eindfoto is" (no formula signs). */
export function conditionText(tests: readonly Test[] | undefined, heading: (ref: string) => string): string {
  if (!tests || tests.length === 0) return "";
  return (
    "alleen " +
    tests
      .map((t) => {
        if ("waarde" in t && "is" in t) {
          return t.waarde.startsWith("veld:")
            ? `als ${heading(t.waarde)} ${t.is.join(" of ")} is`
            : `als ${heading(t.waarde)} '${t.is.join("' of '")}' is`;
        }
        if ("waarde" in t && "niet" in t)
          return `als ${heading(t.waarde)} niet '${t.niet.join("' of '")}' is`;
        if ("waarde" in t) return `als ${heading(t.waarde)} ${"leeg" in t ? "leeg" : "ingevuld"} is`;
        return "onder een voorwaarde";
      })
      .join(" en ")
  );
}
