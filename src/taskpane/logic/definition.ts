/**
 * "Definitie laden" without React: the text of a picked .json file → a checked monitor definition for the
 * Landelijk overzicht, or Dutch messages that name the file and the path in it.
 */
import {
  isActionDefinition,
  loadAnyDefinitionJson,
  loadDefinitionJson,
  type Definition,
} from "../../core/definition";

export type DefinitionFileLoad = { ok: true; def: Definition } | { ok: false; fouten: string[] };

/** Reads a definition file; every message starts with the file name (the messages name the path). */
export function readDefinitionFile(text: string, bestand: string): DefinitionFileLoad {
  const r = loadDefinitionJson(text);
  if (r.ok) return { ok: true, def: r.def };
  // An action monitor is a valid definition, but not one the Landelijk overzicht can aggregate.
  const any = loadAnyDefinitionJson(text);
  if (any.ok && isActionDefinition(any.def)) {
    return {
      ok: false,
      fouten: [
        `${bestand}: '${any.def.id}' is een actiemonitor; het landelijk overzicht leest alleen definities van een regiomonitor (met regio's, mijlpalen en een vragenlijst).`,
      ],
    };
  }
  return { ok: false, fouten: r.fouten.map((f) => `${bestand}: ${f}`) };
}

/** "Regiomonitor RAK 2008–2010 (rak-2008-2010, versie 1.0)". */
export function definitionLabel(def: Pick<Definition, "naam" | "id" | "versie">): string {
  return `${def.naam} (${def.id}, versie ${def.versie})`;
}
