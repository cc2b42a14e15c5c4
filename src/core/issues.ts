/**
 * Validation issues, Frictionless-style: data first (stable code, severity, where), text second.
 */

export type Severity = "fout" | "waarschuwing" | "info";

export const ISSUE_CODES = {
  // Files and structure
  bestand_onleesbaar: "fout",
  bestand_te_groot: "fout",
  andere_definitie: "fout",
  onbekende_versie: "fout",
  geen_definitie: "info",
  blad_ontbreekt: "fout",
  kop_ontbreekt: "fout",
  kolom_ontbreekt: "fout",
  kolom_dubbel: "fout",
  kolom_extra: "info",
  tabel_als_bereik: "info",
  te_veel_rijen: "fout",
  cellen_samengevoegd: "waarschuwing",
  vaste_rij_ontbreekt: "fout",
  vaste_rij_gewijzigd: "fout",
  rij_dubbel: "fout",
  rij_onbekend: "waarschuwing",
  // Cells
  verplicht_leeg: "fout",
  ongeldig_antwoord: "fout",
  onbekende_regio: "fout",
  ongeldige_datum: "fout",
  datum_onwaarschijnlijk: "fout",
  ongeldig_email: "fout",
  celfout: "fout",
  groep_leeg: "fout",
  datum_gereed_na_peildatum: "fout",
  toelichting_vereist: "fout",
  verwachte_datum_vereist: "fout",
  verwachte_datum_verstreken: "waarschuwing",
  niet_van_toepassing_ingevuld: "waarschuwing",
  // Action monitors (src/core/actions)
  opleverdatum_leeg: "waarschuwing",
  nulmeting_leeg: "waarschuwing",
  verschuiving_wijkt_af: "waarschuwing",
  // National
  dubbele_retour: "waarschuwing",
} as const satisfies Record<string, Severity>;

export type IssueCode = keyof typeof ISSUE_CODES;

export interface Issue {
  code: IssueCode;
  severity: Severity;
  /** File the issue is about. */
  bestand: string;
  /** Sheet name, or null for a file-level issue. */
  blad: string | null;
  /** 1-based sheet row, or null. */
  rij: number | null;
  /** Column header as defined, or null. */
  kolom: string | null;
  /** A1 address, or null. */
  cel: string | null;
  /** Dutch message that says what is wrong and what to do. */
  bericht: string;
}

export interface IssueLocation {
  bestand: string;
  blad?: string | null;
  rij?: number | null;
  kolom?: string | null;
  cel?: string | null;
}

export function makeIssue(code: IssueCode, where: IssueLocation, bericht: string): Issue {
  return {
    code,
    severity: ISSUE_CODES[code],
    bestand: where.bestand,
    blad: where.blad ?? null,
    rij: where.rij ?? null,
    kolom: where.kolom ?? null,
    cel: where.cel ?? null,
    bericht,
  };
}

export const SEVERITY_ORDER: Severity[] = ["fout", "waarschuwing", "info"];

export function countBySeverity(issues: readonly Issue[]): Record<Severity, number> {
  const c: Record<Severity, number> = { fout: 0, waarschuwing: 0, info: 0 };
  for (const i of issues) c[i.severity] += 1;
  return c;
}

/** Stable order: file, sheet, row, column, code. */
export function sortIssues(issues: readonly Issue[]): Issue[] {
  return [...issues].sort(
    (a, b) =>
      a.bestand.localeCompare(b.bestand) ||
      (a.blad ?? "").localeCompare(b.blad ?? "") ||
      (a.rij ?? 0) - (b.rij ?? 0) ||
      (a.kolom ?? "").localeCompare(b.kolom ?? "") ||
      a.code.localeCompare(b.code),
  );
}

/** One line of text: "bestand.xlsx · Mijlpalen!C5 · fout: …". */
export function formatIssue(i: Issue): string {
  const where = i.blad ? `${i.blad}${i.cel ? `!${i.cel}` : ""}` : "";
  return `${i.bestand}${where ? ` · ${where}` : ""} · ${i.severity}: ${i.bericht} [${i.code}]`;
}
