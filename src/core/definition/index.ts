/** Built-in definitions and loading/validating definitions. */
import { DefinitionSchema, type Definition } from "./schema";
import { RAK_2008_2010 } from "./rak-2008-2010";

export * from "./schema";

/** Validates a definition object; throws with zod's issues when it is not valid. */
export function parseDefinition(input: unknown): Definition {
  return DefinitionSchema.parse(input);
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
