/**
 * A check's issues grouped for a host's list (the task pane): per sheet (definition order first), then per rule
 * (issue code), and the counts in words.
 */
import { CATALOGUE, SEVERITY_ORDER, sortIssues, type Issue, type IssueCode, type Severity } from "../issues";

export interface RuleGroup {
  code: IssueCode;
  /** The rule in words: the catalogue's description of the code. */
  titel: string;
  issues: Issue[];
}

export interface SheetGroup {
  /** Sheet name, or null for issues about the workbook as a whole. */
  blad: string | null;
  /** Heading shown in the pane. */
  titel: string;
  /** Number of issues of the sheet. */
  aantal: number;
  /** Non-empty rule groups, by severity (fout first), then in the order their first issue comes. */
  regels: RuleGroup[];
}

export const WORKBOOK_GROUP_TITLE = "Werkmap";

/**
 * Workbook-level issues first, then the given sheets in their order (the definition's), then any other
 * sheet alphabetically. Within a sheet: one group per rule, fout before waarschuwing before info; within a
 * rule the stable issue order (row, column).
 */
export function groupIssues(issues: readonly Issue[], sheetOrder: readonly string[]): SheetGroup[] {
  const byBlad = new Map<string | null, Issue[]>();
  for (const i of sortIssues(issues)) {
    const list = byBlad.get(i.blad) ?? [];
    list.push(i);
    byBlad.set(i.blad, list);
  }
  const rank = (blad: string | null): [number, string] => {
    if (blad === null) return [-1, ""];
    const k = sheetOrder.indexOf(blad);
    return k >= 0 ? [k, ""] : [sheetOrder.length, blad];
  };
  const keys = [...byBlad.keys()].sort((a, b) => {
    const [ra, na] = rank(a);
    const [rb, nb] = rank(b);
    return ra - rb || na.localeCompare(nb);
  });
  return keys.map((blad) => {
    const list = byBlad.get(blad) ?? [];
    const byCode = new Map<IssueCode, Issue[]>();
    for (const i of list) byCode.set(i.code, [...(byCode.get(i.code) ?? []), i]);
    const regels = [...byCode.entries()]
      .map(([code, xs]) => ({ code, titel: CATALOGUE[code].beschrijving, issues: xs }))
      .sort(
        (a, b) => SEVERITY_ORDER.indexOf(a.issues[0].severity) - SEVERITY_ORDER.indexOf(b.issues[0].severity),
      );
    return { blad, titel: blad ?? WORKBOOK_GROUP_TITLE, aantal: list.length, regels };
  });
}

/** Where clicking an issue goes: its sheet and cell, or null when it has no cell. */
export function issueTarget(i: Issue): { sheet: string; address: string } | null {
  return i.blad && i.cel ? { sheet: i.blad, address: i.cel } : null;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * The catalogue's message for a line whose link already names the cell: the reference `blad!cel` (with its
 * brackets, or "in blad!cel") is left out, so the cell is named once. Nothing else of the message changes.
 */
export function lineText(i: Issue): string {
  const t = issueTarget(i);
  if (!t) return i.bericht;
  const ref = escapeRe(`${t.sheet}!${t.address}`);
  return i.bericht
    .replace(new RegExp(`\\s*\\(${ref}\\)`, "g"), "")
    .replace(new RegExp(`\\s+in ${ref}(?=\\s)`, "g"), "")
    .replace(new RegExp(`\\s*\\(${ref};\\s*`, "g"), " (")
    .replace(new RegExp(ref, "g"), t.address)
    .replace(/\s+([.,;:])/g, "$1");
}

const SEVERITY_WORDS: Record<Severity, [string, string]> = {
  fout: ["fout", "fouten"],
  waarschuwing: ["waarschuwing", "waarschuwingen"],
  info: ["melding", "meldingen"],
};

/** "1 fout", "3 waarschuwingen", "2 meldingen" (info). */
export function countText(severity: Severity, n: number): string {
  const [one, many] = SEVERITY_WORDS[severity];
  return `${n} ${n === 1 ? one : many}`;
}

/** "2 fouten, 1 waarschuwing en 3 meldingen", or "Geen meldingen". */
export function summaryText(counts: Record<Severity, number>): string {
  const parts = SEVERITY_ORDER.filter((s) => counts[s] > 0).map((s) => countText(s, counts[s]));
  if (parts.length === 0) return "Geen meldingen";
  if (parts.length === 1) return parts[0];
  return `${parts.slice(0, -1).join(", ")} en ${parts[parts.length - 1]}`;
}
