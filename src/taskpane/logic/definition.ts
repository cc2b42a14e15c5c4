/**
 * "Definitie laden" without React: a picked file → a checked monitor definition for the Landelijk overzicht,
 * or Dutch messages that name the file and the place in it. A .json file (docs/definitions.md) is read as
 * JSON; a definition workbook (.xlsx, "Definitions in Excel") with the one .xlsx reader, loaded as part of
 * the reader chunk only when such a file is picked.
 */
import { formatDefinitionIssue, makeIssue } from "../../core/issues";
import { loadMonitorJson, type Monitor } from "../../core/model";

export type DefinitionFileLoad = { ok: true; def: Monitor } | { ok: false; fouten: string[] };

/** Reads a definition file (any monitor); every message starts with the file name (the messages name the path). */
export function readDefinitionFile(text: string, bestand: string): DefinitionFileLoad {
  const r = loadMonitorJson(text, bestand);
  return r.ok ? { ok: true, def: r.def } : { ok: false, fouten: r.fouten.map(formatDefinitionIssue) };
}

/** A picked file's bytes: a definition workbook (.xlsx) or a JSON definition, by the file's extension. */
export async function readDefinitionBytes(bytes: Uint8Array, bestand: string): Promise<DefinitionFileLoad> {
  if (!/\.xlsx$/i.test(bestand)) {
    if (!/\.json$/i.test(bestand))
      return {
        ok: false,
        fouten: [formatDefinitionIssue(makeIssue("definitie_geen_definitiebestand", { bestand }, {}))],
      };
    return readDefinitionFile(new TextDecoder("utf-8").decode(bytes), bestand);
  }
  const { readDefinitionWorkbook } = await import(
    /* webpackChunkName: "xlsx-reader" */ "../../xlsx/definition-workbook"
  );
  const { UnreadableFileError } = await import(/* webpackChunkName: "xlsx-reader" */ "../../xlsx/unreadable");
  try {
    const r = await readDefinitionWorkbook(bytes, bestand);
    return r.ok ? { ok: true, def: r.def } : { ok: false, fouten: r.fouten.map(formatDefinitionIssue) };
  } catch (e) {
    if (e instanceof UnreadableFileError) return unreadableDefinition(bestand, e.reden);
    throw e;
  }
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
