/**
 * "Vergelijk met vorige meting" without React or Excel: a previous round (its JSON export, or the national
 * workbook with the very hidden round sheet, read by the lazy .xlsx reader) and the current report → the
 * comparison, its `Vergelijking` sheet and a short Dutch summary; and the JSON of the current round, to keep for
 * the next comparison. Same core as `regiomonitor compare`.
 */
import type { Monitor } from "../../../core/model";
import type { NationalReport } from "../../../core/engine/national-types";
import { toNationalJson } from "../../../core/engine/json";
import { compareRoundsChecked, parseNationalExport, type Comparison } from "../../../core/compare/compare";
import type { Issue } from "../../../core/issues";
import { layoutComparison } from "../../../core/compare/layout";
import type { SheetModel } from "../../../core/sheet-model";
import { noRoundSheetMessage, readRoundSheet, ROUND_SHEET } from "../../../core/layout/round-sheet";
import type { XlsxReader } from "../import/national";
import { countText } from "../../../core/cells/text";

/** How the current round is named in the Vergelijking sheet. */
export const CURRENT_ROUND = "deze meting (taakvenster)";

export type PaneComparison =
  | { ok: true; comparison: Comparison; model: SheetModel; samenvatting: string }
  | { ok: false; fouten: string[] };

const plural = countText;

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
): PaneComparison {
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

/** Whether the bytes are a zip (an .xlsx workbook) rather than text. */
function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x50 && bytes[1] === 0x4b;
}

/**
 * The JSON text of a previous round from a picked file: a JSON export as it is, or from a national workbook
 * (.xlsx) the round sheet that Regiomonitor wrote into it. `reader` loads the .xlsx reader chunk (only then).
 */
export async function previousRoundText(
  bytes: Uint8Array,
  bestand: string,
  reader: () => Promise<XlsxReader>,
): Promise<{ ok: true; text: string } | { ok: false; fouten: string[] }> {
  if (!isZip(bytes) && !/\.xlsx$/i.test(bestand))
    return { ok: true, text: new TextDecoder("utf-8").decode(bytes).replace(/^\uFEFF/, "") };
  const read = await (
    await reader()
  ).readReturnedWorkbook(bytes, [{ sheet: ROUND_SHEET, table: ROUND_SHEET }], bestand);
  if (!read.ok) return { ok: false, fouten: [`${bestand}: ${read.reden}.`] };
  const grid = read.input.grids.find((g) => g.sheet === ROUND_SHEET);
  if (!grid) return { ok: false, fouten: [noRoundSheetMessage(bestand)] };
  const r = readRoundSheet(grid, bestand);
  return r.ok ? r : { ok: false, fouten: [r.fout] };
}
