/** Interpreting one cell: text, date, scale answer; each returns data plus an issue when it is wrong. */
import { isCellError, type RawValue } from "../grid";
import { cleanText, fold, matchOption } from "../cells/text";
import { ACCEPTED_DATE_FORMS, parseDutchDate, serialDate, type DateValue } from "../cells/dates";

/** Where a value came from, for messages and for "Ga naar bron". */
export interface SourceRef {
  bestand: string;
  blad: string;
  cel: string;
  rij: number;
  kolom: string;
}

export type CellRead<T> =
  { kind: "leeg" } | { kind: "waarde"; value: T } | { kind: "fout"; reason: string; shown: string };

function shown(v: RawValue): string {
  if (v === null) return "";
  if (isCellError(v)) return v.error;
  return String(v);
}

function errorRead(v: RawValue): CellRead<never> | null {
  if (isCellError(v)) {
    return {
      kind: "fout",
      reason: `de cel bevat de Excel-fout ${v.error}. Vervang de formule of verwijzing door een waarde`,
      shown: v.error,
    };
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
        reason: `het getal ${v} is geen datum. Vul ${ACCEPTED_DATE_FORMS} in`,
        shown: String(v),
      };
    const year = Number(d.end.slice(0, 4));
    if (year < PLAUSIBLE_FROM_YEAR || year > PLAUSIBLE_TO_YEAR) {
      return {
        kind: "fout",
        reason: `de datum ${d.tekst} is onwaarschijnlijk (voor ${PLAUSIBLE_FROM_YEAR} of na ${PLAUSIBLE_TO_YEAR}); mogelijk een getal of jaartal in een datumcel. Vul ${ACCEPTED_DATE_FORMS} in`,
        shown: d.tekst,
      };
    }
    return { kind: "waarde", value: d };
  }
  const t = cleanText(String(v));
  if (t === "") return { kind: "leeg" };
  const p = parseDutchDate(t);
  return p.ok
    ? { kind: "waarde", value: p.value }
    : {
        kind: "fout",
        reason: `'${t}' is geen datum die de monitor kent. Vul ${ACCEPTED_DATE_FORMS} in`,
        shown: t,
      };
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
    reason: `'${t.value}' is geen geldig antwoord. Kies uit: ${options.map((o) => `'${o}'`).join(", ")}`,
    shown: shown(v),
  };
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;

export function readEmail(v: RawValue): CellRead<string> {
  const t = readText(v);
  if (t.kind !== "waarde") return t;
  return EMAIL.test(t.value)
    ? t
    : {
        kind: "fout",
        reason: `'${t.value}' lijkt geen e-mailadres. Vul een adres in als naam@organisatie.nl`,
        shown: t.value,
      };
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
        reason: `'${t.value}' is geen regio van deze monitor. Kies een van de ${regions.length} regio's uit de keuzelijst`,
        shown: t.value,
      };
}
