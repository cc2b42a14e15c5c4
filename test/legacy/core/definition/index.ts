/** Built-in definitions and loading/validating definitions. */
import { DefinitionSchema, type Definition } from "./schema";
import { RAK_2008_2010 } from "./rak-2008-2010";
import { crossCheck, definitionToJson, loadDefinitionJson } from "./load";
import type { ActionDefinition } from "../actions/schema";
import {
  actionDefinitionToJson,
  loadActionDefinitionValue,
  parseActionDefinition,
  type ActionDefinitionLoad,
} from "../actions/load";
import { ACTIEMONITOR_2013 } from "./actiemonitor-2013";
import { GHNT_2018 } from "./ghnt-2018";

export * from "./schema";
export { loadDefinitionJson, definitionToJson, crossCheck } from "./load";

/** Validates a definition object (structure and references); throws when it is not valid. */
export function parseDefinition(input: unknown): Definition {
  const def = DefinitionSchema.parse(input);
  const fouten = crossCheck(def);
  if (fouten.length > 0) throw new Error(`Ongeldige definitie '${def.id}': ${fouten.join("; ")}`);
  return def;
}

const BUILT_IN: Definition[] = [parseDefinition(RAK_2008_2010)];

export function builtInDefinitions(): Definition[] {
  return BUILT_IN;
}

export const DEFAULT_DEFINITION_ID = "rak-2008-2010";

/** A built-in definition by id and (optionally) version; undefined when there is none. */
export function findDefinition(id: string, versie?: string): Definition | undefined {
  return BUILT_IN.find((d) => d.id === id && (versie === undefined || d.versie === versie));
}

export function defaultDefinition(): Definition {
  const d = findDefinition(DEFAULT_DEFINITION_ID);
  if (!d) throw new Error("built-in definition missing");
  return d;
}

// --- Action monitors: a second kind of definition (`soort: "acties"`) -----------------------------------
// Regional definitions have no `soort` key (missing means regional); `builtInDefinitions()` stays the list
// of regional definitions, so the regional engine and its callers are unchanged.

/** Any monitor definition: regional (no `soort`, or `soort: "regio"` in a file) or an action monitor. */
export type AnyDefinition = Definition | ActionDefinition;

export function isActionDefinition(d: AnyDefinition): d is ActionDefinition {
  return (d as { soort?: unknown }).soort === "acties";
}

const BUILT_IN_ACTIONS: ActionDefinition[] = [
  parseActionDefinition(ACTIEMONITOR_2013),
  parseActionDefinition(GHNT_2018),
];

export function builtInActionDefinitions(): ActionDefinition[] {
  return BUILT_IN_ACTIONS;
}

export function findActionDefinition(id: string, versie?: string): ActionDefinition | undefined {
  return BUILT_IN_ACTIONS.find((d) => d.id === id && (versie === undefined || d.versie === versie));
}

/** All built-in definitions of both kinds. */
export function allBuiltInDefinitions(): AnyDefinition[] {
  return [...BUILT_IN, ...BUILT_IN_ACTIONS];
}

export function findAnyDefinition(id: string, versie?: string): AnyDefinition | undefined {
  return findDefinition(id, versie) ?? findActionDefinition(id, versie);
}

/** Validates a definition of either kind: `soort: "acties"` is an action monitor, else regional. */
export function parseAnyDefinition(input: unknown): AnyDefinition {
  const soort = (input as { soort?: unknown } | null)?.soort;
  if (soort === "acties") return parseActionDefinition(input);
  if (soort === undefined) return parseDefinition(input);
  if (soort === "regio") {
    const rest = { ...(input as Record<string, unknown>) };
    delete rest.soort;
    return parseDefinition(rest);
  }
  throw new Error(`Ongeldige definitie: soort ${JSON.stringify(soort)}; toegestaan: "regio", "acties"`);
}

export type AnyDefinitionLoad = { ok: true; def: AnyDefinition } | { ok: false; fouten: string[] };

/** Parses and checks a definition of either kind from JSON text, with messages that name the path. */
export function loadAnyDefinitionJson(text: string): AnyDefinitionLoad {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return loadDefinitionJson(text);
  }
  const soort = (raw as { soort?: unknown } | null)?.soort;
  if (soort === "acties") return loadActionDefinitionValue(raw) as ActionDefinitionLoad;
  if (soort === undefined) return loadDefinitionJson(text);
  if (soort === "regio") {
    const rest = { ...(raw as Record<string, unknown>) };
    delete rest.soort;
    return loadDefinitionJson(JSON.stringify(rest));
  }
  return { ok: false, fouten: [`soort: ongeldige waarde; toegestaan: "regio", "acties"`] };
}

/** A definition of either kind as JSON text, as `regiomonitor definitie export` writes it. */
export function anyDefinitionToJson(d: AnyDefinition): string {
  return isActionDefinition(d) ? actionDefinitionToJson(d) : definitionToJson(d);
}
