/** The one monitor model: parsing and checking definitions, the built-in monitors, lookups. */
import type { z } from "zod";
import { issueKind, makeIssue, placeIssue, type Issue, type IssueKind } from "../issues";
import { pathText } from "../json-path";
import { crossCheckMonitor } from "./check";
import { MonitorSchema, type FieldsTable, type Monitor, type RowsTable, type Scale } from "./schema";
import { builtInInputs } from "./builtins";

export * from "./schema";
export { crossCheckMonitor } from "./check";
export { builtInIds } from "./builtins/ids";

/**
 * A loaded definition, with notes (a setting that fell back to its default), or every mistake. Both are
 * issues of the catalogue (codes `definitie_*`): from a workbook each names its sheet, row and column, from
 * JSON its path in the file.
 */
export type MonitorLoad = { ok: true; def: Monitor; notities?: Issue[] } | { ok: false; fouten: Issue[] };

/** A zod issue as a finding of the catalogue (its place is the path). */
function schemaIssue(i: z.core.$ZodIssue): IssueKind {
  switch (i.code) {
    case "invalid_type":
      return i.input === undefined
        ? issueKind("definitie_ontbreekt", { verwacht: i.expected })
        : issueKind("definitie_verkeerd_type", { verwacht: i.expected });
    case "unrecognized_keys":
      return issueKind("definitie_sleutel_onbekend", { sleutels: i.keys });
    case "invalid_value":
      return issueKind("definitie_waarde_niet_toegestaan", { toegestaan: i.values.map((v) => String(v)) });
    case "too_small":
    case "too_big": {
      const soort = i.origin === "array" ? "lijst" : i.origin === "string" ? "tekst" : "getal";
      const grens = i.code === "too_small" ? "min" : "max";
      const waarde = String(i.code === "too_small" ? i.minimum : i.maximum);
      return issueKind("definitie_buiten_grens", { grens, waarde, soort });
    }
    case "invalid_format":
      return issueKind("definitie_vorm_ongeldig", { verwacht: i.message });
    default:
      return issueKind("definitie_schema", { melding: i.message });
  }
}

/** Checks a definition value (from JSON or from a definition workbook): every mistake with its path. */
export function loadMonitorValue(raw: unknown, bestand = ""): MonitorLoad {
  const parsed = MonitorSchema.safeParse(raw, { reportInput: true });
  const structural = parsed.success
    ? []
    : parsed.error.issues.map((i) => placeIssue(schemaIssue(i), { bestand, pad: pathText(i.path) }));
  const said = new Set(structural.map((i) => i.bericht));
  const references = crossCheckMonitor((parsed.success ? parsed.data : raw) as Monitor, bestand);
  const fouten = [...structural, ...references.filter((r) => !said.has(r.bericht))];
  return parsed.success && fouten.length === 0 ? { ok: true, def: parsed.data } : { ok: false, fouten };
}

/** Parses and checks a definition from JSON text. */
export function loadMonitorJson(text: string, bestand = ""): MonitorLoad {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    const reden = e instanceof Error ? e.message : String(e);
    return { ok: false, fouten: [makeIssue("definitie_geen_json", { bestand }, { reden })] };
  }
  return loadMonitorValue(raw, bestand);
}

/** Validates a definition object; throws when it is not valid (built-ins, tests). */
export function parseMonitor(input: unknown): Monitor {
  const r = loadMonitorValue(input);
  if (!r.ok) throw new Error(`Ongeldige definitie: ${r.fouten.map((i) => i.bericht).join("; ")}`);
  return r.def;
}

export function monitorToJson(d: Monitor): string {
  return JSON.stringify(d, null, 2) + "\n";
}

/** Parsed on first use (not when the module loads), so a command that needs no definition starts fast. */
let builtIn: Monitor[] | null = null;

export const DEFAULT_MONITOR_ID = "rak-2008-2010";

export function builtInMonitors(): Monitor[] {
  builtIn ??= builtInInputs().map(parseMonitor);
  return builtIn;
}

export function findMonitor(id: string, versie?: string): Monitor | undefined {
  return builtInMonitors().find((d) => d.id === id && (versie === undefined || d.versie === versie));
}

export function defaultMonitor(): Monitor {
  const d = findMonitor(DEFAULT_MONITOR_ID);
  if (!d) throw new Error("built-in definition missing");
  return d;
}

// --- Lookups used throughout the engine --------------------------------------------------------------

export function fieldsTable(def: Monitor): FieldsTable | undefined {
  return def.tabellen.find((t): t is FieldsTable => t.vorm === "velden");
}

export function rowsTables(def: Monitor): RowsTable[] {
  return def.tabellen.filter((t): t is RowsTable => t.vorm === "rijen");
}

export function rowsTable(def: Monitor, id: string): RowsTable | undefined {
  return rowsTables(def).find((t) => t.id === id);
}

export function scaleOf(def: Monitor, name: string | undefined): Scale | undefined {
  return name === undefined ? undefined : def.schalen[name];
}

export function unitNames(def: Monitor): string[] {
  return def.eenheden?.namen.map((n) => n.naam) ?? [];
}
