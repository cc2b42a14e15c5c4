/**
 * "Definitie laden" without React: the text of a picked .json file → a checked monitor definition for the
 * Landelijk overzicht, or Dutch messages that name the file and the path in it.
 */
import { loadMonitorJson, type Monitor } from "../../core/model";

export type DefinitionFileLoad = { ok: true; def: Monitor } | { ok: false; fouten: string[] };

/** Reads a definition file (any monitor); every message starts with the file name (the messages name the path). */
export function readDefinitionFile(text: string, bestand: string): DefinitionFileLoad {
  const r = loadMonitorJson(text);
  return r.ok ? { ok: true, def: r.def } : { ok: false, fouten: r.fouten.map((f) => `${bestand}: ${f}`) };
}

/** "Regiomonitor RAK 2008–2010 (rak-2008-2010, versie 1.0)". */
export function definitionLabel(def: Pick<Monitor, "naam" | "id" | "versie">): string {
  return `${def.naam} (${def.id}, versie ${def.versie})`;
}
