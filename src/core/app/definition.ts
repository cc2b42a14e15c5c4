/**
 * Which definitions a host works with, for both hosts: the user's own (a definition file, `--definitie-id`,
 * "Definitie laden") beside the built-ins, and the one a round or a check falls back to; and loading a
 * definition file (JSON, or a definition workbook read by the host's .xlsx reader).
 */
import { makeIssue } from "../issues";
import { builtInMonitors, defaultMonitor, loadMonitorJson, type MonitorLoad } from "../model";
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

/** Reads a definition workbook's bytes (the host's .xlsx reader); an unreadable file is a load with its reason. */
export type DefinitionWorkbookReader = (bytes: Uint8Array, bestand: string) => Promise<MonitorLoad>;

/** What a definition file is by its name: a JSON definition, a definition workbook, or neither. */
export function definitionFileKind(bestand: string): "json" | "xlsx" | null {
  return /\.json$/i.test(bestand) ? "json" : /\.xlsx$/i.test(bestand) ? "xlsx" : null;
}

/**
 * A definition file's bytes, by the file's extension: a JSON definition (docs/definitions.md) or a definition
 * workbook (.xlsx, read only then, through `readWorkbook`); anything else is no definition, said with its name.
 */
export async function loadDefinitionBytes(
  bytes: Uint8Array,
  bestand: string,
  readWorkbook: () => Promise<DefinitionWorkbookReader>,
): Promise<MonitorLoad> {
  const kind = definitionFileKind(bestand);
  if (kind === "json") return loadMonitorJson(new TextDecoder("utf-8").decode(bytes), bestand);
  if (kind === "xlsx") return (await readWorkbook())(bytes, bestand);
  return {
    ok: false,
    fouten: [makeIssue("definitie_geen_definitiebestand", { bestand }, {})],
  };
}
