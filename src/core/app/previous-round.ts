/**
 * A previous national round in a host (the task pane, and `template --vorige`, `check --vorige` and `aggregate
 * --vorige` on the command line): the round read from its JSON text, refused with a Dutch message when it
 * cannot serve the definition; the next workbook of one unit with its previous answers; a return checked
 * against the round (what changed, answers left unchanged where a fresh one is asked); and the national
 * distribution of every item, for the Samenvatting beside the unit's answers. The host only reads the file
 * and shows or writes what comes back.
 */
import { parseNationalExport } from "../compare/compare";
import type { NationalJson } from "../engine/json";
import type { CheckResult } from "../engine/pipeline";
import type { NationalReport } from "../engine/national-types";
import { countText } from "../cells/text";
import {
  checkAgainstPrevious,
  previousComparisonLines,
  previousCoverage,
  previousHeading,
  previousOfUnit,
  previousUnusable,
  type PreviousComparison,
  type PreviousRound,
} from "../engine/previous";
import { buildTemplate, type TemplateOptions } from "../engine/template";
import { distributionText, jsonCounts } from "../engine/distribution-text";
import { rowsTables } from "../model";
import type { Monitor } from "../model/schema";
import type { TemplateModel } from "../template-model";

/** A previous round as loaded by a host: the round and the file it came from, or why it cannot be used. */
export type LoadedRound =
  { ok: true; round: NationalJson; bestand: string; ronde: string } | { ok: false; fouten: string[] };

/** "Startfoto, peildatum 01-03-2009 t/m 31-12-2009, 37 van 37 regio's": how a loaded round is named in a host. */
export function roundName(json: NationalJson): string {
  const r = json.ronde;
  const dates =
    r?.peildatumVan && r.peildatumTot
      ? r.peildatumVan === r.peildatumTot
        ? `peildatum ${r.peildatumVan}`
        : `peildatum ${r.peildatumVan} t/m ${r.peildatumTot}`
      : null;
  const meervoud = json.definitie.woorden?.eenheden ?? "werkmappen";
  return [
    r && r.meetmomenten.length > 0 ? r.meetmomenten.join(", ") : null,
    dates,
    json.verwacht > 0
      ? `${json.ontvangen} van ${json.verwacht} ${meervoud}`
      : `${json.ontvangen} ${meervoud}`,
  ]
    .filter(Boolean)
    .join(", ");
}

/** A round already read (`bestand` names it), as a host loads it; with `def`, refused when it cannot serve it. */
export function usableRound(json: NationalJson, bestand: string, def?: Monitor): LoadedRound {
  const why = def ? previousUnusable(def, json, bestand) : null;
  if (why) return { ok: false, fouten: [why] };
  return { ok: true, round: json, bestand, ronde: roundName(json) };
}

/**
 * The previous round from the JSON text of a national round (`aggregate --json`, or the round sheet of a
 * national workbook). With `def`, a round that cannot give that definition's previous answers is refused.
 */
export function loadPreviousRound(text: string, bestand: string, def?: Monitor): LoadedRound {
  const parsed = parseNationalExport(text, bestand);
  if (!parsed.ok) return { ok: false, fouten: parsed.fouten };
  return usableRound(parsed.json, bestand, def);
}

/**
 * What `template --vorige` says before it writes the workbooks of `units`: how many carry previous answers
 * and, when some units had no counted return in the round, which get the plain template.
 */
export function roundTemplatesNotes(
  def: Monitor,
  loaded: { round: NationalJson; bestand: string },
  units: readonly string[],
): string[] {
  const { zonder } = previousCoverage(def, loaded.round);
  const plain = units.filter((u) => zonder.includes(u));
  const head = `Vorige ronde ${loaded.bestand}: vorige antwoorden in ${countText(units.length - plain.length, "werkmap", "werkmappen")}.`;
  if (plain.length === 0) return [head];
  const soort = def.eenheden?.soort ?? "eenheid";
  const meervoud = def.eenheden?.meervoud ?? "eenheden";
  return [
    head,
    plain.length === 1
      ? `Van 1 ${soort} telde in de vorige ronde geen werkmap mee; die krijgt de gewone werkmap zonder vorige antwoorden: ${plain[0]}.`
      : `Van ${plain.length} ${meervoud} telde in de vorige ronde geen werkmap mee; zij krijgen de gewone werkmap zonder vorige antwoorden: ${plain.join(", ")}.`,
  ];
}

/** How many factsheets of a national round show previous answers (`aggregate --vorige`), and which units had none. */
export function roundFactsheetsNote(def: Monitor, report: NationalReport, previous: NationalJson): string {
  const units = report.eenheden.filter((x) => x.counted).map((x) => x.eenheid);
  const zonder = units.filter((u) => previousOfUnit(previous, u) === null);
  const meervoud = def.eenheden?.meervoud ?? "eenheden";
  const head = `Vorige ronde: vorige antwoorden in ${units.length - zonder.length} van ${units.length} factsheets.`;
  return zonder.length === 0
    ? head
    : `${head} Geen werkmap in de vorige ronde van ${zonder.length === 1 ? "" : `${zonder.length} ${meervoud}: `}${zonder.join(", ")}.`;
}

/** The next round's workbook of one unit, with its previous answers when the round has a return of it. */
export type RoundTemplate =
  | {
      ok: true;
      model: TemplateModel;
      /** The unit's previous round, or null when it gets the plain template. */
      vorige: PreviousRound | null;
      /** One Dutch sentence on what the workbook carries. */
      melding: string;
    }
  | { ok: false; fout: string };

/** What the next workbook of `eenheid` carries from the round, in one Dutch sentence. */
export function roundTemplateNote(def: Monitor, round: NationalJson, eenheid: string): string {
  const vorige = previousOfUnit(round, eenheid);
  return vorige
    ? `Naast elk onderdeel komt het antwoord van ${vorige.eenheid} uit de vorige ronde (${previousHeading(vorige).replace(/^Vorige ronde: /, "")}). Contactgegevens worden alvast ingevuld.`
    : `Van ${eenheid} telde in de vorige ronde geen werkmap mee; deze ${def.eenheden?.soort ?? "eenheid"} krijgt de gewone werkmap zonder vorige antwoorden.`;
}

/**
 * `template --vorige` for one unit (`options.eenheid`): the template model and a sentence saying what it
 * holds; refused when the round cannot serve the definition.
 */
export function templateFromRound(
  def: Monitor,
  loaded: { round: NationalJson; bestand: string },
  options: TemplateOptions & { eenheid: string },
): RoundTemplate {
  const why = previousUnusable(def, loaded.round, loaded.bestand);
  if (why) return { ok: false, fout: why };
  const vorige = previousOfUnit(loaded.round, options.eenheid);
  return {
    ok: true,
    model: buildTemplate(def, { ...options, ...(vorige ? { vorige } : {}) }),
    vorige,
    melding: roundTemplateNote(def, loaded.round, options.eenheid),
  };
}

/** A return checked against the previous round, or why the round does not fit the return. */
export type RoundCheck =
  { ok: true; res: CheckResult; vorige: PreviousComparison; regels: string[] } | { ok: false; fout: string };

/**
 * `check --vorige` for a host: the check with the warnings on answers left unchanged where the definition
 * asks a fresh one, what changed since the unit's previous round, and those changes as Dutch lines.
 */
export function checkWithRound(
  res: CheckResult,
  loaded: { round: NationalJson; bestand: string },
): RoundCheck {
  if (!res.def || !res.result.ok)
    return { ok: false, fout: "De werkmap is niet te lezen; er is niets vergeleken." };
  const why = previousUnusable(res.def, loaded.round, loaded.bestand);
  if (why) return { ok: false, fout: why };
  const c = checkAgainstPrevious(res, loaded.round);
  return {
    ok: true,
    res: c.res,
    vorige: c.vorige,
    regels: previousComparisonLines(c.vorige, res.def.eenheden?.soort ?? "eenheid"),
  };
}

/**
 * The national distribution of an item of `def` in the round, as one line ("Alle 2 · Geen 1 · …"); null
 * when the round did not count it. Judged tables (milestones) from the round's status counts, the others
 * from its answer counts, as the national JSON keeps them.
 */
export function roundDistribution(
  def: Monitor,
  round: NationalJson,
): (tabel: string, sleutel: string) => string | null {
  const judged = new Set(rowsTables(def).flatMap((t) => (t.oordeel ? [t.id] : [])));
  return (tabel, sleutel) => {
    const counts = jsonCounts(round, judged.has(tabel) ? "mijlpalen" : "vragen", sleutel);
    return counts ? distributionText(counts) : null;
  };
}

/**
 * What a Samenvatting sets beside each answer, given a loaded round: the round's national distribution of
 * the item and the unit's previous answer (when the round has a return of the unit). Empty for a definition
 * without units or a round of another monitor.
 */
export function summaryBesideRound(
  def: Monitor,
  unit: string | null,
  loaded: { round: NationalJson; bestand: string },
): { landelijk?: (tabel: string, sleutel: string) => string | null; vorige?: PreviousRound } {
  if (previousUnusable(def, loaded.round, loaded.bestand)) return {};
  const vorige = unit ? previousOfUnit(loaded.round, unit) : null;
  return { landelijk: roundDistribution(def, loaded.round), ...(vorige ? { vorige } : {}) };
}
