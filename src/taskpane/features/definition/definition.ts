/**
 * "Definitie laden": a picked file's bytes, loaded by the core (core/app/definition.ts) as a JSON definition
 * or a definition workbook (.xlsx, read with the one .xlsx reader, loaded as part of the reader chunk only when
 * such a file is picked). Every message starts with the file name.
 */
import { formatDefinitionIssue, makeIssue } from "../../../core/issues";
import { loadMonitorJson, type Monitor, type MonitorLoad } from "../../../core/model";
import { loadDefinitionBytes } from "../../../core";

export type DefinitionFileLoad = { ok: true; def: Monitor } | { ok: false; fouten: string[] };

/** The load, each message starting with the file name (formatDefinitionIssue keeps one that names it). */
function named(r: MonitorLoad): DefinitionFileLoad {
  if (r.ok) return { ok: true, def: r.def };
  return { ok: false, fouten: r.fouten.map(formatDefinitionIssue) };
}

/** Reads a JSON definition file (any monitor). */
export function readDefinitionFile(text: string, bestand: string): DefinitionFileLoad {
  return named(loadMonitorJson(text, bestand));
}

/** A picked file's bytes: a definition workbook (.xlsx) or a JSON definition, by the file's extension. */
export async function readDefinitionBytes(bytes: Uint8Array, bestand: string): Promise<DefinitionFileLoad> {
  const r = await loadDefinitionBytes(bytes, bestand, async () => {
    const m = await import(/* webpackChunkName: "xlsx-reader" */ "../../../xlsx/definition-workbook");
    return m.loadDefinitionWorkbook;
  });
  return named(r);
}

/** A definition file that could not be read, in the catalogue's words. */
export function unreadableDefinition(bestand: string, reden: string): DefinitionFileLoad {
  return {
    ok: false,
    fouten: [formatDefinitionIssue(makeIssue("bestand_onleesbaar", { bestand }, { reden }))],
  };
}

/** "Regiomonitor RAK 2008–2010 (rak-2008-2010, versie 1.0)". */
export function definitionLabel(def: Pick<Monitor, "naam" | "id" | "versie">): string {
  return `${def.naam} (${def.id}, versie ${def.versie})`;
}
