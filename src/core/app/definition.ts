/**
 * Which definitions a host works with, for both hosts: the user's own (a definition file, `--definitie-id`,
 * "Definitie laden") beside the built-ins, and the one a round or a check falls back to.
 */
import { builtInMonitors, defaultMonitor } from "../model";
import type { Monitor } from "../model/schema";
import type { RoundChoice } from "./round";

/** The user's definition (if any) first, then every built-in that is not that same id and version. */
export function knownWith(own: Monitor | null | undefined): Monitor[] {
  const builtIns = builtInMonitors();
  return own ? [own, ...builtIns.filter((d) => !(d.id === own.id && d.versie === own.versie))] : builtIns;
}

/** The user's definition, else the default one (what a workbook without a recorded definition is read with). */
export function definitionOrDefault(own: Monitor | null | undefined): Monitor {
  return own ?? defaultMonitor();
}

/**
 * A round's choice: `own` chosen by the user with `met` ("--definitie", "Definitie laden"), else none, so the
 * files decide (see round.ts `roundDefinition`).
 */
export function roundChoice(own: Monitor | null | undefined, met: string): RoundChoice {
  return { known: knownWith(own), chosen: own ? { def: own, met } : null, fallback: defaultMonitor() };
}
