/** Interpreting one cell: text, date, scale answer; each returns data plus an issue when it is wrong. */
import { isCellError, type RawValue } from "../grid";
import { cleanText, fold, matchOption } from "../cells/text";
import { parseDutchDate, serialDate, type DateValue } from "../cells/dates";
import { issueKind, placeIssue, type Issue, type IssueData } from "../issues";

/** Where a value came from, for messages and for "Ga naar bron". */
export interface SourceRef {
  bestand: string;
  blad: string;
  cel: string;
  rij: number;
  kolom: string;
}

/** Why a cell could not be read: the issue code and its data (the message comes from the catalogue). */
export type CellProblem =
  | { code: "celfout"; fout: string }
  | { code: "ongeldige_datum"; gevonden: string; getal: boolean }
  | { code: "datum_onwaarschijnlijk"; datum: string }
  | { code: "ongeldig_antwoord"; gevonden: string; opties: string[] }
  | { code: "ongeldig_email"; gevonden: string }
  | { code: "onbekende_eenheid"; gevonden: string; aantal: number };

export type CellRead<T> =
  { kind: "leeg" } | { kind: "waarde"; value: T } | { kind: "fout"; probleem: CellProblem; shown: string };

type Extra = { soort?: string; zonderDatum?: string[] };

/** The data of each kind of cell problem's issue: what was found, with what the message needs besides. */
const ISSUE_DATA: {
  [C in CellProblem["code"]]: (
    p: Extract<CellProblem, { code: C }>,
    onderwerp: string,
    x: Extra,
  ) => IssueData<C>;
} = {
  celfout: (p, onderwerp) => ({ onderwerp, fout: p.fout }),
  ongeldige_datum: (p, onderwerp, x) => ({
    onderwerp,
    gevonden: p.gevonden,
    getal: p.getal,
    ...(x.zonderDatum ? { zonderDatum: x.zonderDatum } : {}),
  }),
  datum_onwaarschijnlijk: (p, onderwerp) => ({
    onderwerp,
    datum: p.datum,
    van: PLAUSIBLE_FROM_YEAR,
    tot: PLAUSIBLE_TO_YEAR,
  }),
  ongeldig_antwoord: (p, onderwerp) => ({ onderwerp, gevonden: p.gevonden, opties: p.opties }),
  ongeldig_email: (p, onderwerp) => ({ onderwerp, gevonden: p.gevonden }),
  onbekende_eenheid: (p, onderwerp, x) => ({
    onderwerp,
    gevonden: p.gevonden,
    aantal: p.aantal,
    soort: x.soort ?? "regio",
  }),
};

/**
 * The issue for a cell that could not be read. `onderwerp` names what the cell is ("Status van M1");
 * `extra` adds data some kinds use (the unit's name, texts that mean "no date").
 */
export function cellIssue(
  r: { probleem: CellProblem },
  src: SourceRef,
  onderwerp: string,
  extra: Extra = {},
): Issue {
  const where = { bestand: src.bestand, blad: src.blad, rij: src.rij, kolom: src.kolom, cel: src.cel };
  const p = r.probleem;
  // The table is typed per code; the call joins a code with its own data (a union TypeScript cannot follow).
  const data = (ISSUE_DATA[p.code] as (p: CellProblem, o: string, x: Extra) => IssueData<typeof p.code>)(
    p,
    onderwerp,
    extra,
  );
  return placeIssue(issueKind(p.code, data), where);
}

function shown(v: RawValue): string {
  if (v === null) return "";
  if (isCellError(v)) return v.error;
  return String(v);
}

function errorRead(v: RawValue): CellRead<never> | null {
  if (isCellError(v)) {
    return { kind: "fout", probleem: { code: "celfout", fout: v.error }, shown: v.error };
  }
  return null;
}

/** Text as typed: numbers and booleans become their text; blank is leeg. */
export function readText(v: RawValue): CellRead<string> {
  const e = errorRead(v);
  if (e) return e;
  if (v === null) return { kind: "leeg" };
  const t = cleanText(typeof v === "boolean" ? (v ? "WAAR" : "ONWAAR") : String(v));
  return t === "" ? { kind: "leeg" } : { kind: "waarde", value: t };
}

/** Years a date in a monitor can plausibly fall in; an Excel date outside them is a typing or reading mistake. */
const PLAUSIBLE_FROM_YEAR = 1990;
const PLAUSIBLE_TO_YEAR = 2100;

export function readDate(v: RawValue): CellRead<DateValue> {
  const e = errorRead(v);
  if (e) return e;
  if (v === null) return { kind: "leeg" };
  if (typeof v === "number") {
    // A bare year typed into a date-formatted cell (2012 is then the serial 2012): read as the year 2012.
    if (Number.isInteger(v) && v >= PLAUSIBLE_FROM_YEAR && v <= PLAUSIBLE_TO_YEAR) {
      const year = parseDutchDate(String(v));
      if (year.ok) return { kind: "waarde", value: year.value };
    }
    const d = serialDate(v);
    if (!d)
      return {
        kind: "fout",
        probleem: { code: "ongeldige_datum", gevonden: String(v), getal: true },
        shown: String(v),
      };
    const year = Number(d.end.slice(0, 4));
    if (year < PLAUSIBLE_FROM_YEAR || year > PLAUSIBLE_TO_YEAR)
      return { kind: "fout", probleem: { code: "datum_onwaarschijnlijk", datum: d.tekst }, shown: d.tekst };
    return { kind: "waarde", value: d };
  }
  const t = cleanText(String(v));
  if (t === "") return { kind: "leeg" };
  const p = parseDutchDate(t);
  return p.ok
    ? { kind: "waarde", value: p.value }
    : { kind: "fout", probleem: { code: "ongeldige_datum", gevonden: t, getal: false }, shown: t };
}

/** A scale answer: tolerant of case, spacing and diacritics; aliases map to their option. */
export function readOption(
  v: RawValue,
  options: readonly string[],
  aliases: Record<string, string> = {},
): CellRead<string> {
  const e = errorRead(v);
  if (e) return e;
  const t = readText(v);
  if (t.kind !== "waarde") return t;
  const hit = matchOption(t.value, options);
  if (hit) return { kind: "waarde", value: hit };
  const alias = Object.keys(aliases).find((a) => fold(a) === fold(t.value));
  if (alias) return { kind: "waarde", value: aliases[alias] };
  return {
    kind: "fout",
    probleem: { code: "ongeldig_antwoord", gevonden: t.value, opties: [...options] },
    shown: shown(v),
  };
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;

export function readEmail(v: RawValue): CellRead<string> {
  const t = readText(v);
  if (t.kind !== "waarde") return t;
  return EMAIL.test(t.value)
    ? t
    : { kind: "fout", probleem: { code: "ongeldig_email", gevonden: t.value }, shown: t.value };
}

/** Region names compare without case, spacing, diacritics or punctuation. */
export function regionKey(name: string): string {
  return fold(name).replace(/[^a-z0-9]/g, "");
}

export function readRegion(v: RawValue, regions: readonly string[]): CellRead<string> {
  const t = readText(v);
  if (t.kind !== "waarde") return t;
  const k = regionKey(t.value);
  const hit = regions.find((r) => regionKey(r) === k);
  return hit
    ? { kind: "waarde", value: hit }
    : {
        kind: "fout",
        probleem: { code: "onbekende_eenheid", gevonden: t.value, aantal: regions.length },
        shown: t.value,
      };
}
