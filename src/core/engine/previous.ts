/**
 * The previous round of a unit: its answers in a national round (the JSON of `aggregate --json`, or the round
 * sheet of a national workbook), for the next round's workbook (`template --vorige`) and for checking a
 * return against it (`check --vorige`). Fields come from `regios[].velden`, fixed rows from `regioRijen[]`
 * (the main column of the rows tables with a national table). Matched by unit name, table id and row key.
 */
import { regionKey } from "../read/cells";
import { fieldsTable, rowsTables } from "../model";
import type { Field, Monitor, PreviousMode, Row } from "../model/schema";
import type { NationalJson } from "./json";

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
  const fields = (ft?.velden ?? [])
    .filter(carriesPrevious)
    .flatMap((f) =>
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
