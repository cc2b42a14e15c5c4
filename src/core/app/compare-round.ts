/**
 * "Vergelijk met vorige meting" in a host: a previous round (its JSON text, see round-file.ts) and the current
 * report → the comparison, its `Vergelijking` sheet and a short Dutch summary; and the JSON of the current
 * round, to keep for the next comparison. Same core as `regiomonitor compare`.
 */
import type { Monitor } from "../model";
import type { NationalReport } from "../engine/national-types";
import { toNationalJson } from "../engine/json";
import { compareRoundsChecked, parseNationalExport, type Comparison } from "../compare/compare";
import type { Issue } from "../issues";
import { layoutComparison } from "../layout/compare";
import type { SheetModel } from "../sheet-model";
import { countText as plural } from "../cells/text";

/** How the current round is named in the Vergelijking sheet. */
export const CURRENT_ROUND = "deze meting (taakvenster)";

export type RoundComparison =
  | { ok: true; comparison: Comparison; model: SheetModel; samenvatting: string }
  | { ok: false; fouten: string[] };

/**
 * One Dutch paragraph in the monitor's words: a change of version first (`versie`, the core's issue), then what
 * was compared, which units changed, what was left out.
 */
export function comparisonSummary(c: Comparison, versie: Issue | null = null): string {
  const beter = c.regios.filter((r) => r.richting === "beter").length;
  const slechter = c.regios.filter((r) => r.richting === "slechter").length;
  const overig = c.regios.length - beter - slechter;
  const w = c.woorden;
  const parts = [
    ...(versie ? [`Let op: ${versie.bericht}`] : []),
    `Vergeleken: ${plural(c.vragen.length, w.vraag, w.vragen)} en ${plural(c.mijlpalen.length, w.rij, w.rijen)}${c.acties ? ` (${plural(c.acties.length, `${w.rij} met een andere kleur`, `${w.rijen} met een andere kleur`)})` : ""}.`,
    c.regios.length === 0
      ? `Geen ${w.eenheid} heeft een ander oordeel (RAG).`
      : `${plural(c.regios.length, `${w.eenheid} heeft`, `${w.eenheden} hebben`)} een ander oordeel (RAG): ${beter} beter, ${slechter} slechter${overig > 0 ? `, ${overig} nu wel of niet meer ontvangen` : ""} (${c.regios.map((r) => r.regio).join(", ")}).`,
    c.nietVergeleken.length === 0
      ? "Alles is vergeleken."
      : `${plural(c.nietVergeleken.length, "onderdeel komt", "onderdelen komen")} in maar één van beide ${w.metingen} voor en ${c.nietVergeleken.length === 1 ? "is" : "zijn"} niet vergeleken (zie 'Niet vergeleken').`,
  ];
  return parts.join(" ");
}

/** Compares a previous export (file text) with the current round. */
export function compareWithPrevious(
  text: string,
  bestand: string,
  def: Monitor,
  report: NationalReport,
): RoundComparison {
  const prev = parseNationalExport(text, bestand);
  if (!prev.ok) return { ok: false, fouten: prev.fouten };
  const checked = compareRoundsChecked(prev.json, toNationalJson(def, report), {
    oud: bestand,
    nieuw: CURRENT_ROUND,
  });
  // A previous round of another monitor is refused: nothing is written.
  if (!checked.ok) return { ok: false, fouten: [checked.issue.bericht] };
  const { comparison, versie } = checked;
  return {
    ok: true,
    comparison,
    model: layoutComparison(comparison),
    samenvatting: comparisonSummary(comparison, versie),
  };
}

/** The JSON of the current round, exactly as `regiomonitor aggregate --json` writes it. */
export function currentRoundJson(def: Monitor, report: NationalReport): string {
  return JSON.stringify(toNationalJson(def, report), null, 2) + "\n";
}

/** A file name for the export: "Regiomonitor-landelijk-rak-2008-2010-1.0.json". */
export function exportFileName(def: Pick<Monitor, "id" | "versie">): string {
  return `Regiomonitor-landelijk-${def.id}-${def.versie}.json`.replace(/[^\w.-]+/g, "_");
}
