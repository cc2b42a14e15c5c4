/** Groups a check's issues for the pane: per sheet (definition order first), then per severity. */
import { SEVERITY_ORDER, countBySeverity, sortIssues, type Issue, type Severity } from "../../core/issues";

export interface SeverityGroup {
  severity: Severity;
  issues: Issue[];
}

export interface SheetGroup {
  /** Sheet name, or null for issues about the workbook as a whole. */
  blad: string | null;
  /** Heading shown in the pane. */
  titel: string;
  counts: Record<Severity, number>;
  /** Non-empty severity groups, fout first. */
  groepen: SeverityGroup[];
}

export const WORKBOOK_GROUP_TITLE = "Werkmap";

/**
 * Workbook-level issues first, then the given sheets in their order (the definition's), then any other
 * sheet alphabetically. Within a sheet: fout, waarschuwing, info; within those the stable issue order.
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
    return {
      blad,
      titel: blad ?? WORKBOOK_GROUP_TITLE,
      counts: countBySeverity(list),
      groepen: SEVERITY_ORDER.map((severity) => ({
        severity,
        issues: list.filter((i) => i.severity === severity),
      })).filter((g) => g.issues.length > 0),
    };
  });
}

/** Where clicking an issue goes: its sheet and cell, or null when it has no cell. */
export function issueTarget(i: Issue): { sheet: string; address: string } | null {
  return i.blad && i.cel ? { sheet: i.blad, address: i.cel } : null;
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

/** Heading of a severity group: "Fouten", "Waarschuwingen", "Ter informatie". */
export function severityTitle(severity: Severity): string {
  return severity === "fout" ? "Fouten" : severity === "waarschuwing" ? "Waarschuwingen" : "Ter informatie";
}

/** "2 fouten, 1 waarschuwing en 3 meldingen", or "Geen meldingen". */
export function summaryText(counts: Record<Severity, number>): string {
  const parts = SEVERITY_ORDER.filter((s) => counts[s] > 0).map((s) => countText(s, counts[s]));
  if (parts.length === 0) return "Geen meldingen";
  if (parts.length === 1) return parts[0];
  return `${parts.slice(0, -1).join(", ")} en ${parts[parts.length - 1]}`;
}
