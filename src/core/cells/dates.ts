/**
 * Dates as people type them. A cell holds an Excel serial or Dutch text; text resolves to an interval
 * (rules use its end, "uiterlijk"), and the original text is kept for display.
 */
import { fold } from "./text";

/** A calendar date as `YYYY-MM-DD` (compares correctly as a string; no time zones involved). */
export type IsoDate = string;

export interface DateValue {
  /** First day the text can mean. */
  start: IsoDate;
  /** Last day the text can mean: the date rules use. */
  end: IsoDate;
  /** What the user typed, or the date as dd-mm-jjjj for a real Excel date. */
  tekst: string;
  /** True when the cell was one day (an Excel date or a full day in text). */
  exact: boolean;
}

export type DateParse = { ok: true; value: DateValue } | { ok: false };

/** The forms accepted, for messages. */
export const ACCEPTED_DATE_FORMS =
  "een datum (01-06-2011 of 1 juni 2011), een maand (maart 2011, juni/juli 2011), een kwartaal (1e kwartaal 2011), " +
  "voorjaar/zomer/najaar 2011, voor zomer 2011, medio 2011, begin 2014, eind 2011 of een jaar (2012)";

const MONTHS: Record<string, number> = {
  januari: 1,
  jan: 1,
  februari: 2,
  feb: 2,
  febr: 2,
  maart: 3,
  mrt: 3,
  mar: 3,
  april: 4,
  apr: 4,
  mei: 5,
  juni: 6,
  jun: 6,
  juli: 7,
  jul: 7,
  augustus: 8,
  aug: 8,
  september: 9,
  sep: 9,
  sept: 9,
  oktober: 10,
  okt: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};
const MONTH_PATTERN = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join("|");

const pad = (n: number, w = 2): string => String(n).padStart(w, "0");

export function iso(y: number, m: number, d: number): IsoDate {
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function validDay(y: number, m: number, d: number): boolean {
  return y >= 1900 && y <= 2200 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

function monthsRange(y: number, from: number, to: number, tekst: string): DateValue {
  return { start: iso(y, from, 1), end: iso(y, to, daysInMonth(y, to)), tekst, exact: false };
}

/** dd-mm-jjjj for display. */
export function formatIso(d: IsoDate): string {
  const [y, m, day] = d.split("-");
  return `${day}-${m}-${y}`;
}

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const DAY_MS = 86400000;

/** Excel serial (1900 date system) to an ISO date; the time of day is ignored. */
export function serialToIso(serial: number): IsoDate {
  const d = new Date(EXCEL_EPOCH + Math.floor(serial) * DAY_MS);
  return iso(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

export function isoToSerial(date: IsoDate): number {
  const [y, m, d] = date.split("-").map(Number);
  return Math.round((Date.UTC(y, m - 1, d) - EXCEL_EPOCH) / DAY_MS);
}

/** Adds whole months to a date, keeping the end of month: 2010-12-31 + 12 → 2011-12-31. */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const [y, m, d] = date.split("-").map(Number);
  const total = y * 12 + (m - 1) + months;
  const ny = Math.floor(total / 12);
  const nm = (total % 12) + 1;
  return iso(ny, nm, Math.min(d, daysInMonth(ny, nm)));
}

/**
 * The last date still within a tolerated delay of `months` after `date`: one date arithmetic for every
 * monitor (milestone norm dates and action nulmetingen alike). It is `addMonths`, except that a date at the
 * end of a month stays at the end of a month: 30-06-2013 + 6 months is 31-12-2013, and 28-02-2011 + 12 months
 * is 29-02-2012 (the end of February), so a delay "tot eind februari" is never cut one day short.
 */
export function toleranceLimit(date: IsoDate, months: number): IsoDate {
  const limit = addMonths(date, months);
  const [y, mo, d] = date.split("-").map(Number);
  if (d !== daysInMonth(y, mo)) return limit;
  const [ly, lm] = limit.split("-").map(Number);
  return iso(ly, lm, daysInMonth(ly, lm));
}

function year(text: string): number {
  const n = Number(text);
  return text.length === 2 ? 2000 + n : n;
}

type Rule = [RegExp, (m: RegExpExecArray, tekst: string) => DateValue | null];

const Y = "(\\d{4})";
const RULES: Rule[] = [
  // 01-06-2011, 1-6-2011, 01/06/2011, 1.6.2011, 01-06-11
  [
    /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})$/,
    (m, t) => {
      const [d, mo, y] = [Number(m[1]), Number(m[2]), year(m[3])];
      return validDay(y, mo, d) ? { start: iso(y, mo, d), end: iso(y, mo, d), tekst: t, exact: true } : null;
    },
  ],
  // 2011-06-01
  [
    /^(\d{4})-(\d{1,2})-(\d{1,2})$/,
    (m, t) => {
      const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
      return validDay(y, mo, d) ? { start: iso(y, mo, d), end: iso(y, mo, d), tekst: t, exact: true } : null;
    },
  ],
  // 1 juni 2011, 1e juni 2011
  [
    new RegExp(`^(\\d{1,2})(?:e|ste|de)? (${MONTH_PATTERN})\\.? ${Y}$`),
    (m, t) => {
      const [d, mo, y] = [Number(m[1]), MONTHS[m[2]], Number(m[3])];
      return validDay(y, mo, d) ? { start: iso(y, mo, d), end: iso(y, mo, d), tekst: t, exact: true } : null;
    },
  ],
  // maart 2011
  [
    new RegExp(`^(${MONTH_PATTERN})\\.? ${Y}$`),
    (m, t) => monthsRange(Number(m[2]), MONTHS[m[1]], MONTHS[m[1]], t),
  ],
  // juni/juli 2011, juni-juli 2011, juni of juli 2011, juni t/m juli 2011
  [
    new RegExp(`^(${MONTH_PATTERN})\\.? ?(?:/|-|of|en|t/m|tot) ?(${MONTH_PATTERN})\\.? ${Y}$`),
    (m, t) => {
      const [a, b] = [MONTHS[m[1]], MONTHS[m[2]]];
      return a <= b ? monthsRange(Number(m[3]), a, b, t) : null;
    },
  ],
  // 1e kwartaal 2011, eerste kwartaal 2011, kwartaal 1 2011, Q1 2011
  [
    new RegExp(`^(?:([1-4])(?:e|ste|de)?|(eerste|tweede|derde|vierde)) kwartaal ${Y}$`),
    (m, t) => {
      const q = m[1] ? Number(m[1]) : ["eerste", "tweede", "derde", "vierde"].indexOf(m[2]) + 1;
      return monthsRange(Number(m[3]), q * 3 - 2, q * 3, t);
    },
  ],
  [
    new RegExp(`^(?:q([1-4])|kwartaal ([1-4])) ${Y}$`),
    (m, t) => {
      const q = Number(m[1] ?? m[2]);
      return monthsRange(Number(m[3]), q * 3 - 2, q * 3, t);
    },
  ],
  // voorjaar, zomer, najaar/herfst
  [new RegExp(`^(?:het )?(voorjaar|lente) ${Y}$`), (m, t) => monthsRange(Number(m[2]), 3, 5, t)],
  [new RegExp(`^(?:de )?zomer ${Y}$`), (m, t) => monthsRange(Number(m[1]), 6, 8, t)],
  [new RegExp(`^(?:het )?(najaar|herfst) ${Y}$`), (m, t) => monthsRange(Number(m[2]), 9, 11, t)],
  // voor (de) zomer 2011: the first half year
  [new RegExp(`^(?:voor|voor de) zomer(?:vakantie)? ${Y}$`), (m, t) => monthsRange(Number(m[1]), 1, 6, t)],
  // medio / half / midden 2011
  [new RegExp(`^(?:medio|half|halverwege|midden) ${Y}$`), (m, t) => monthsRange(Number(m[1]), 6, 6, t)],
  // begin / eind 2011
  [new RegExp(`^(?:begin|start|aan het begin van) ${Y}$`), (m, t) => monthsRange(Number(m[1]), 1, 3, t)],
  [
    new RegExp(`^(?:eind|einde|eind van|aan het eind van|ultimo) ${Y}$`),
    (m, t) => monthsRange(Number(m[1]), 10, 12, t),
  ],
  // 2012
  [new RegExp(`^${Y}$`), (m, t) => monthsRange(Number(m[1]), 1, 12, t)],
];

/** Words before a date that do not change it: "uiterlijk juni 2011", "in maart 2011". */
const PREFIX = /^(?:uiterlijk|in|per|rond|omstreeks|ca\.?|circa|verwacht|gepland)\s+/;

/** Parses a Dutch date text; `{ ok: false }` when the text is not one of the accepted forms. */
export function parseDutchDate(text: string): DateParse {
  const tekst = text.trim();
  let f = fold(tekst)
    .replace(/\s*\/\s*/g, "/")
    .replace(/[.,]$/, "");
  for (;;) {
    const stripped = f.replace(PREFIX, "");
    if (stripped === f) break;
    f = stripped;
  }
  for (const [re, make] of RULES) {
    const m = re.exec(f);
    if (m) {
      const v = make(m, tekst);
      if (v && validYear(v)) return { ok: true, value: v };
      return { ok: false };
    }
  }
  return { ok: false };
}

function validYear(v: DateValue): boolean {
  const y = Number(v.start.slice(0, 4));
  return y >= 1900 && y <= 2200;
}

/** An Excel serial as a one-day DateValue. */
export function serialDate(serial: number): DateValue | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2958465) return null;
  const d = serialToIso(serial);
  return { start: d, end: d, tekst: formatIso(d), exact: true };
}
