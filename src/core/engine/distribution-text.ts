/**
 * The national distribution of one item in a line, for the unit beside the country in every factsheet (the
 * national workbook's and the report's): "Alle 2 · Geen 1 · Gegevens onbekend 34" (answers nobody gave are left
 * out, so the line stays short on paper).
 * Built from the national counts (the NationalReport's distributions, or the national JSON), in scale order.
 */
import { GEGEVENS_ONBEKEND } from "./national";
import type { NationalJson } from "./json";
import type { NationalReport } from "./national-types";

export interface CountOf {
  antwoord: string;
  aantal: number;
}

/** "Alle 2 · Geen 1 · …": the answers given, in scale order; null when nobody gave any. */
export function distributionText(counts: readonly CountOf[]): string | null {
  const given = counts.filter((c) => c.aantal > 0);
  return given.length === 0 ? null : given.map((c) => `${c.antwoord} ${c.aantal}`).join(" · ");
}

/** The counts of a row of a `rijverdeling` (its status per option, Gegevens onbekend last). */
function statusCounts(status: Record<string, number>): CountOf[] {
  const options = Object.keys(status).filter((k) => k !== GEGEVENS_ONBEKEND);
  return [
    ...options.map((antwoord) => ({ antwoord, aantal: status[antwoord] })),
    ...(GEGEVENS_ONBEKEND in status
      ? [{ antwoord: GEGEVENS_ONBEKEND, aantal: status[GEGEVENS_ONBEKEND] }]
      : []),
  ];
}

/** The national counts of a fixed row of a table in a NationalReport; null when the row is not counted. */
export function reportCounts(report: NationalReport, tabel: string, sleutel: string): CountOf[] | null {
  const m = report.rijverdelingen[tabel]?.find((x) => x.sleutel === sleutel);
  if (m) return statusCounts({ ...m.status, [GEGEVENS_ONBEKEND]: m.gegevensOnbekend });
  const q = report.antwoorden[tabel]?.find((x) => x.sleutel === sleutel);
  if (q)
    return [
      ...q.opties.map((o) => ({ antwoord: o.antwoord, aantal: o.aantal })),
      { antwoord: GEGEVENS_ONBEKEND, aantal: q.gegevensOnbekend.aantal },
    ];
  return null;
}

/**
 * The national counts of a row in the national JSON (by its key; `mijlpalen[]` and `vragen[]` do not name
 * their table, so the row's table decides which list is looked in).
 */
export function jsonCounts(
  json: NationalJson,
  kind: "mijlpalen" | "vragen",
  sleutel: string,
): CountOf[] | null {
  if (kind === "mijlpalen") {
    const m = json.mijlpalen?.find((x) => x.code === sleutel);
    return m ? statusCounts(m.status) : null;
  }
  const q = json.vragen?.find((x) => x.nr === sleutel);
  return q
    ? [
        ...q.opties.map((o) => ({ antwoord: o.antwoord, aantal: o.aantal })),
        { antwoord: GEGEVENS_ONBEKEND, aantal: q.gegevensOnbekend.aantal },
      ]
    : null;
}
