/** Text normalisation for tolerant matching: case, spacing, diacritics, dashes and quotes. */

/** Plain ASCII without a backtick: nothing to fold but spacing and case (reading folds every key and option). */
// eslint-disable-next-line no-control-regex
const PLAIN_ASCII = /^[\u0000-\u005f\u0061-\u007f]*$/;

/** Folds a text for comparison: lower case, no diacritics, one space, unified dashes and quotes. */
export function fold(text: string): string {
  if (PLAIN_ASCII.test(text)) return text.replace(/\s+/g, " ").trim().toLowerCase();
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .replace(/[\u2018\u2019\u201a\u201b\u2032`´]/g, "'")
    .replace(/[\u201c\u201d\u201e]/g, '"')
    .replace(/[\s\u00a0]+/g, " ")
    .trim()
    .toLowerCase();
}

/** Finds the canonical option whose folded form equals the folded text; undefined when none does. */
export function matchOption(text: string, options: readonly string[]): string | undefined {
  const f = fold(text);
  return options.find((o) => fold(o) === f);
}

/** Control characters other than tab, line feed and carriage return. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/** Text as it will be displayed and written: control characters removed, outer spaces trimmed. */
export function cleanText(text: string): string {
  return text.replace(CONTROL, "").trim();
}

/** Dutch number with decimal comma and one decimal: 97.297 → "97,3". */
export function formatDecimal(n: number, decimals = 1): string {
  return n.toFixed(decimals).replace(".", ",");
}

/** Percentage text with decimal comma: 0.973 → "97,3 %". */
export function formatPercent(fraction: number, decimals = 1): string {
  return `${formatDecimal(fraction * 100, decimals)} %`;
}

/** Rounds to one decimal the way reports do (half away from zero). */
export function round1(n: number): number {
  return Math.round(n * 10 + Math.sign(n) * 1e-9) / 10;
}

/** A count with its noun in Dutch: `1 fout`, `2 fouten`. */
export function countText(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
