/**
 * The previous round of a unit: its answers in a national round (the JSON of `aggregate --json`, or the round
 * sheet of a national workbook), for the next round's workbook (`template --vorige`) and for checking a
 * return against it (`check --vorige`). Fields come from `regios[].velden`, fixed rows from `regioRijen[]`
 * (the main column of the rows tables with a national table). Matched by unit name, table id and row key.
 */
import { regionKey } from "../read/cells";
import { fold } from "../cells/text";
import { makeIssue, type Issue } from "../issues";
import { fieldsTable, rowsTables } from "../model";
import type { Field, Monitor, PreviousMode, Row } from "../model/schema";
import type { NationalJson } from "./json";
import type { CheckResult } from "./pipeline";
import { scoreReturn } from "./score";
import { answerText, type CellValue } from "./values";

/** One unit's answers in the previous round. */
export interface PreviousRound {
  eenheid: string;
  /** The unit's Meetmoment and Peildatum (dd-mm-jjjj) in that round; null when not filled in. */
  meetmoment: string | null;
  peildatum: string | null;
  /** Fields without a role, by name: the answer as read, null when empty. */
  velden: Record<string, string | null>;
  /** Per rows table id, per row key: the main cell as read (null when empty or not applicable). */
  rijen: Record<string, Record<string, string | null>>;
}

/** What the next workbook does with an item's previous answer; `tonen` unless the definition says otherwise. */
export function previousMode(item: Pick<Field, "vorige"> | Pick<Row, "vorige">): PreviousMode {
  return item.vorige ?? "tonen";
}

/** A field carries a previous answer when it has no role (unit, meetmoment, peildatum are new each round). */
export function carriesPrevious(f: Field): boolean {
  return f.rol === undefined;
}

/** The unit's answers in the national round; null when the round has no counted return of the unit. */
export function previousOfUnit(json: NationalJson, unit: string): PreviousRound | null {
  const key = regionKey(unit);
  const u = json.regios?.find((r) => regionKey(r.regio) === key);
  if (!u || !u.ontvangen) return null;
  const rijen: PreviousRound["rijen"] = {};
  for (const r of json.regioRijen ?? []) {
    if (regionKey(r.regio) !== key) continue;
    (rijen[r.tabel] ??= {})[r.nr] = r.geldt ? r.antwoord : null;
  }
  return {
    eenheid: u.regio,
    meetmoment: u.meetmoment,
    peildatum: u.peildatum,
    velden: { ...(u.velden ?? {}) },
    rijen,
  };
}

/** The header above the previous answers: "Vorige ronde: Startfoto, peildatum 31-12-2008". */
export function previousHeading(p: PreviousRound): string {
  const parts = [p.meetmoment, p.peildatum ? `peildatum ${p.peildatum}` : "peildatum onbekend"].filter(
    (x): x is string => !!x,
  );
  return `Vorige ronde: ${parts.join(", ")}`;
}

/** The units of the definition with and without a counted return in the round (template --vorige --alle). */
export function previousCoverage(def: Monitor, json: NationalJson): { met: string[]; zonder: string[] } {
  const names = def.eenheden?.namen.map((n) => n.naam) ?? [];
  const met = names.filter((n) => previousOfUnit(json, n) !== null);
  return { met, zonder: names.filter((n) => !met.includes(n)) };
}

/** Why a round cannot give previous answers for this definition, in Dutch; null when it can. */
export function previousUnusable(def: Monitor, json: NationalJson, bestand: string): string | null {
  if (!def.eenheden)
    return `${def.naam} heeft geen regio's of andere eenheden: de vorige antwoorden staan per eenheid in een landelijke ronde. Laat --vorige weg.`;
  if (json.definitie.id !== def.id)
    return `${bestand} is een ronde van een andere monitor (${json.definitie.naam ?? json.definitie.id}), niet van ${def.naam}.`;
  if (!json.regios || !json.regioRijen)
    return `${bestand} bevat geen antwoorden per ${def.eenheden.soort} (een export van een oudere versie). Maak de landelijke ronde opnieuw met 'regiomonitor aggregate --json'.`;
  return null;
}

/** The previous answer of every item a definition has, by table id (fields table too) and key. */
export function previousItems(
  def: Monitor,
  p: PreviousRound,
): { tabel: string; sleutel: string; label: string; vorige: string | null; modus: PreviousMode }[] {
  const ft = fieldsTable(def);
  const fields = (ft?.velden ?? []).filter(carriesPrevious).flatMap((f) =>
    Object.prototype.hasOwnProperty.call(p.velden, f.naam)
      ? [
          {
            tabel: ft!.id,
            sleutel: f.naam,
            label: f.naam,
            vorige: p.velden[f.naam],
            modus: previousMode(f),
          },
        ]
      : [],
  );
  const rows = rowsTables(def).flatMap((t) => {
    const prev = p.rijen[t.id];
    if (!prev) return [];
    return t.rijen.flatMap((r) => {
      const key = r.waarden[t.sleutel];
      return Object.prototype.hasOwnProperty.call(prev, key)
        ? [
            {
              tabel: t.id,
              sleutel: key,
              label: r.waarden[t.label] ?? key,
              vorige: prev[key],
              modus: previousMode(r),
            },
          ]
        : [];
    });
  });
  return [...fields, ...rows];
}

/** One item whose answer differs from the previous round. */
export interface PreviousChange {
  /** The sheet and the row or field name as the unit sees them, e.g. `Mijlpalen`, `M4`. */
  blad: string;
  sleutel: string;
  label: string;
  vorige: string | null;
  nu: string | null;
  /** `blad!cel` of the answer in the checked workbook, when known. */
  cel: string | null;
}

/** A return set beside the unit's previous round (`check --vorige`, and the pane with a loaded round). */
export interface PreviousComparison {
  /** "Vorige ronde: Startfoto, peildatum 31-12-2008"; null when the round has no return of the unit. */
  ronde: string | null;
  eenheid: string | null;
  /** Items answered in both rounds or in one, compared. */
  vergeleken: number;
  wijzigingen: PreviousChange[];
  /** Items with the same answer in both rounds. */
  ongewijzigd: number;
}

const same = (a: string | null, b: string | null) =>
  a === null ? b === null : b !== null && fold(a) === fold(b);

/**
 * What changed since the unit's previous round, and a warning (`antwoord_ongewijzigd`) on every answer left
 * equal to the previous one where the definition asks for a fresh one (`vorige: opnieuw`). The result's
 * issues and score include those warnings.
 */
export function checkAgainstPrevious(
  res: CheckResult,
  round: NationalJson,
): { res: CheckResult; vorige: PreviousComparison } {
  if (!res.result.ok || !res.def)
    return { res, vorige: { ronde: null, eenheid: null, vergeleken: 0, wijzigingen: [], ongewijzigd: 0 } };
  const def = res.def;
  const ret = res.result.ret;
  const p = ret.eenheid ? previousOfUnit(round, ret.eenheid) : null;
  if (!p)
    return {
      res,
      vorige: { ronde: null, eenheid: ret.eenheid, vergeleken: 0, wijzigingen: [], ongewijzigd: 0 },
    };
  const ronde = previousHeading(p);
  const kort = ronde.replace(/^Vorige ronde: /, "");
  const wijzigingen: PreviousChange[] = [];
  const issues: Issue[] = [];
  let ongewijzigd = 0;
  let vergeleken = 0;
  for (const item of previousItems(def, p)) {
    const ft = fieldsTable(def);
    const isField = ft?.id === item.tabel;
    const t = isField ? undefined : rowsTables(def).find((x) => x.id === item.tabel);
    const cell: CellValue | undefined = isField
      ? ret.velden[item.sleutel]
      : ret.tabellen[item.tabel]?.find((r) => r.sleutel === item.sleutel)?.cellen[t!.hoofdkolom];
    const nu = answerText(cell);
    const blad = isField ? ft!.blad : t!.blad;
    if (nu === null && item.vorige === null) continue;
    vergeleken += 1;
    if (!same(item.vorige, nu)) {
      wijzigingen.push({
        blad,
        sleutel: item.sleutel,
        label: item.label,
        vorige: item.vorige,
        nu,
        cel: cell?.bron ? `${cell.bron.blad}!${cell.bron.cel}` : null,
      });
      continue;
    }
    ongewijzigd += 1;
    if (item.modus === "opnieuw" && nu !== null)
      issues.push(
        makeIssue(
          "antwoord_ongewijzigd",
          {
            bestand: ret.bestand,
            blad: cell?.bron?.blad ?? blad,
            rij: cell?.bron?.rij ?? null,
            kolom: cell?.bron?.kolom ?? null,
            cel: cell?.bron?.cel ?? null,
          },
          { onderwerp: isField ? item.sleutel : `${t!.rijNaam} ${item.sleutel}`, antwoord: nu, ronde: kort },
        ),
      );
  }
  const all = [...res.result.issues, ...issues];
  const checked: CheckResult =
    issues.length === 0
      ? res
      : { def, result: { ...res.result, issues: all }, score: scoreReturn(def, ret, all) };
  return { res: checked, vorige: { ronde, eenheid: p.eenheid, vergeleken, wijzigingen, ongewijzigd } };
}

/** Text lines of a comparison with the previous round, for the command line. */
export function previousComparisonLines(c: PreviousComparison, soort: string): string[] {
  if (c.ronde === null)
    return [
      c.eenheid
        ? `Vorige ronde: ${c.eenheid} had geen meegetelde werkmap; er is niets te vergelijken.`
        : `Vorige ronde: de werkmap noemt geen ${soort}; er is niets te vergelijken.`,
    ];
  const n = c.wijzigingen.length;
  return [
    `${c.ronde} — ${n === 1 ? "1 antwoord gewijzigd" : `${n} antwoorden gewijzigd`}, ${c.ongewijzigd} ongewijzigd${n > 0 ? ":" : "."}`,
    ...c.wijzigingen.map(
      (w) =>
        `  ${w.blad} ${w.sleutel}${w.sleutel === w.label ? "" : ` ${w.label}`}: ${w.vorige ?? "(leeg)"} → ${w.nu ?? "(leeg)"}${w.cel ? ` (${w.cel})` : ""}`,
    ),
  ];
}

/** The unit's previous answer to one item beside its current one, for every factsheet. */
export interface PreviousAnswer {
  /** The previous answer as the unit gave it; "(leeg)" when it left the item empty. */
  vorige: string;
  /** "gewijzigd" or "ongewijzigd"; "nieuw" when the item was not in the previous round. */
  verandering: "gewijzigd" | "ongewijzigd" | "nieuw";
}

/** The previous answer under `key` in one record of a previous round, and whether `nu` differs from it. */
function comparedWith(
  prev: Record<string, string | null> | undefined,
  key: string,
  nu: string | null,
): PreviousAnswer {
  if (!prev || !Object.prototype.hasOwnProperty.call(prev, key)) return { vorige: "—", verandering: "nieuw" };
  const vorige = prev[key];
  return { vorige: vorige ?? "(leeg)", verandering: same(vorige, nu) ? "ongewijzigd" : "gewijzigd" };
}

/**
 * The previous answer of a fixed row (`tabel`, `sleutel`) and whether `nu` (the current answer, null when
 * empty) differs from it, compared as `check --vorige` compares (case and accents ignored).
 */
export function previousAnswer(
  p: PreviousRound,
  tabel: string,
  sleutel: string,
  nu: string | null,
): PreviousAnswer {
  return comparedWith(p.rijen[tabel], sleutel, nu);
}

/**
 * The previous answer of a field and whether `nu` differs from it; null for a field that is new each round
 * (unit, meetmoment, peildatum: see `carriesPrevious`).
 */
export function previousFieldAnswer(p: PreviousRound, f: Field, nu: string | null): PreviousAnswer | null {
  return carriesPrevious(f) ? comparedWith(p.velden, f.naam, nu) : null;
}

/** The headers of the two columns with the previous answer, e.g. "Vorige ronde (Startfoto, peildatum …)". */
export function previousColumns(p: PreviousRound): [string, string] {
  return [`${previousHeading(p).replace(/^Vorige ronde: /, "Vorige ronde (")})`, "Sinds vorige ronde"];
}
