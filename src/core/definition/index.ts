/** Built-in definitions and loading/validating definitions. */
import { DefinitionSchema, type Definition } from "./schema";
import { RAK_2008_2010 } from "./rak-2008-2010";
import { crossCheck } from "./load";

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
