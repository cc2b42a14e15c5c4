/**
 * A series of national rounds for both hosts (`regiomonitor reeks` and the task pane's "Reeks van metingen"):
 * the rounds as read (JSON of `aggregate --json`, or the round sheet of a national workbook) → the series, its
 * sheets and a short Dutch summary. The definition of the rounds is the built-in one of the last round (same id
 * and version, else the same id). The hosts only read the files and write or show what comes back.
 */
import { parseNationalExport } from "../compare/compare";
import type { Monitor } from "../model/schema";
import type { SheetModel } from "../sheet-model";
import { buildSeries, type Series, type SeriesInput } from "../series/series";
import { layoutSeries, roundLabel } from "../layout/series";

/** The built-in definition of the rounds (same id and version as the last round, else the same id), or null. */
export function seriesDefinition(id: string, versie: string, available: readonly Monitor[]): Monitor | null {
  return (
    available.find((d) => d.id === id && d.versie === versie) ?? available.find((d) => d.id === id) ?? null
  );
}

export type SeriesOfRounds =
  { ok: true; reeks: Series; models: SheetModel[]; meldingen: string[] } | { ok: false; fouten: string[] };

/** The series of rounds already read, with its sheets; `meldingen` says how the rounds were ordered. */
export function seriesOfRounds(
  inputs: readonly SeriesInput[],
  available: readonly Monitor[],
): SeriesOfRounds {
  if (inputs.length === 0)
    return {
      ok: false,
      fouten: ["Een reeks heeft minstens twee metingen nodig; geef twee of meer bestanden."],
    };
  const last = inputs[inputs.length - 1].json.definitie;
  const r = buildSeries(inputs, seriesDefinition(last.id, last.versie, available));
  if (!r.ok) return { ok: false, fouten: [r.fout] };
  return { ok: true, reeks: r.reeks, models: layoutSeries(r.reeks), meldingen: r.meldingen };
}

/** The series of rounds given as JSON text with their file names; every unreadable file is named. */
export function seriesOfTexts(
  files: readonly { text: string; bestand: string }[],
  available: readonly Monitor[],
): SeriesOfRounds {
  const inputs: SeriesInput[] = [];
  const fouten: string[] = [];
  for (const f of files) {
    const p = parseNationalExport(f.text, f.bestand);
    if (p.ok) inputs.push({ json: p.json, bestand: f.bestand });
    else fouten.push(...p.fouten);
  }
  return fouten.length > 0 ? { ok: false, fouten } : seriesOfRounds(inputs, available);
}

/** One Dutch sentence on a series: its monitor, its rounds in order, and the definition changes. */
export function seriesSummary(s: Series): string {
  const n = s.wijzigingen.length;
  return `${s.monitor.naam ?? s.monitor.id}: ${s.rondes.length} metingen op volgorde van peildatum (${s.rondes
    .map(roundLabel)
    .join(" → ")}). ${
    n === 0
      ? "De definitie is in alle metingen gelijk."
      : `${n === 1 ? "1 wijziging" : `${n} wijzigingen`} in de definitie tussen de metingen; die staan bovenaan het eerste blad.`
  }`;
}
