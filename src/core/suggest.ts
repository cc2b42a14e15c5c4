/**
 * Did-you-mean: the known names closest to what was typed, compared without case, diacritics, spaces and
 * punctuation (the same folding as the rest of the core), by edit distance with swapped neighbours counted
 * as one edit (optimal string alignment). Pure; used for commands, options, units and ids.
 */
import { fold } from "./cells/text";

/** The comparison key: folded, lower case, letters and digits only. */
export function suggestKey(text: string): string {
  return fold(text)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, "");
}

/** Edits (insert, delete, replace, swap two neighbours) that turn `a` into `b`. */
export function editDistance(a: string, b: string): number {
  const m = a.length;
  const n = b.length;
  if (m === 0) return n;
  if (n === 0) return m;
  // Three rows suffice for the swap step: two rows back, one back, this one.
  let prev2: number[] = new Array<number>(n + 1).fill(0);
  let prev: number[] = Array.from({ length: n + 1 }, (_, j) => j);
  for (let i = 1; i <= m; i++) {
    const cur: number[] = new Array<number>(n + 1).fill(0);
    cur[0] = i;
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2] + 1);
      cur[j] = d;
    }
    prev2 = prev;
    prev = cur;
  }
  return prev[n];
}

/** The largest distance still taken for a typing mistake in a word of `length` characters. */
export function allowedDistance(length: number): number {
  return length <= 3 ? 1 : length <= 6 ? 2 : 3;
}

/**
 * The candidates closest to `input` (at most `max`, best first, in the order given on a tie), or none when
 * nothing is close enough. A candidate that starts with what was typed (three characters or more) counts
 * as close, so `Utr` finds `Utrecht`. An exact match (after folding) is returned alone.
 */
export function suggest(input: string, candidates: readonly string[], max = 3): string[] {
  const key = suggestKey(input);
  if (key === "") return [];
  const scored: { name: string; d: number; i: number }[] = [];
  candidates.forEach((name, i) => {
    const k = suggestKey(name);
    if (k === "") return;
    if (k === key) {
      scored.push({ name, d: -1, i });
      return;
    }
    const d = editDistance(key, k);
    const prefix = key.length >= 3 && k.startsWith(key);
    if (d <= allowedDistance(Math.max(key.length, 1)) || prefix)
      scored.push({ name, d: prefix ? 0.5 : d, i });
  });
  if (scored.length === 0) return [];
  scored.sort((x, y) => x.d - y.d || x.i - y.i);
  if (scored[0].d === -1) return [scored[0].name];
  const best = scored[0].d;
  return [...new Set(scored.filter((s) => s.d === best).map((s) => s.name))].slice(0, max);
}

/** "Bedoelt u Utrecht?" / "Bedoelt u 'a' of 'b'?" for the suggestions, or "" when there are none. */
export function didYouMean(suggestions: readonly string[], quote = false): string {
  if (suggestions.length === 0) return "";
  const q = (s: string) => (quote ? `'${s}'` : s);
  const list =
    suggestions.length === 1
      ? q(suggestions[0])
      : `${suggestions.slice(0, -1).map(q).join(", ")} of ${q(suggestions[suggestions.length - 1])}`;
  return `Bedoelt u ${list}?`;
}
