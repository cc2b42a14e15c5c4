/**
 * Action-monitor definitions from a file: JSON text → a checked ActionDefinition, or Dutch messages that
 * name the path in the file (`rijen[3].actiehouder`) and what is wrong. Structure is checked by the zod
 * schema; the references between parts (columns, scales, unique rows) by `crossCheckActions`. The messages
 * have the same form as those of the regional definition (`src/core/definition/load.ts`).
 */
import { pathText, zodMessage } from "../../../../src/core/json-path";
import { ActionDefinitionSchema, type ActionDefinition } from "./schema";

export type ActionDefinitionLoad = { ok: true; def: ActionDefinition } | { ok: false; fouten: string[] };

const arr = <T>(v: unknown): T[] => (Array.isArray(v) ? (v as T[]) : []);
const norm = (s: string) => s.trim().toLowerCase();

/**
 * Checks the references between parts of an action definition. Defensive (missing parts are skipped), so
 * that it also runs on a file whose structure has mistakes: all mistakes are reported in one go.
 */
export function crossCheckActions(def: ActionDefinition): string[] {
  const out: string[] = [];
  const d = def as Partial<ActionDefinition> | undefined;
  const vast = arr<{ sleutel?: unknown; kop?: unknown }>(d?.vasteKolommen);
  const keys = vast.map((c) => c?.sleutel).filter((k): k is string => typeof k === "string");
  const keySet = new Set(keys);
  const rijen = arr<Record<string, unknown>>(d?.rijen);
  const dup = (values: unknown[], where: string) => {
    const seen = new Set<string>();
    values.forEach((v, i) => {
      if (typeof v !== "string") return;
      const k = norm(v);
      if (seen.has(k)) out.push(`${where}[${i}]: '${v}' komt twee keer voor`);
      seen.add(k);
    });
  };
  dup(arr(d?.regios), "regios");
  dup(keys, "vasteKolommen");
  dup(
    arr<{ label?: unknown }>(d?.statussen).map((s) => s?.label),
    "statussen",
  );
  dup(arr(d?.kwaliteitseisen?.opties), "kwaliteitseisen.opties");

  // Headers: fixed and fill-in columns together must be unique (the reader finds columns by header).
  const headers: [string, unknown][] = [
    ...vast.map((c, i): [string, unknown] => [`vasteKolommen[${i}].kop`, c?.kop]),
    ...Object.entries(d?.kolommen ?? {}).map(([k, v]): [string, unknown] => [`kolommen.${k}`, v]),
  ];
  const seenHeader = new Map<string, string>();
  for (const [where, h] of headers) {
    if (typeof h !== "string") continue;
    const prev = seenHeader.get(norm(h));
    if (prev) out.push(`${where}: kop '${h}' is ook de kop van ${prev}`);
    else seenHeader.set(norm(h), where);
  }

  if (typeof d?.sleutel === "string" && keys.length > 0 && !keySet.has(d.sleutel))
    out.push(`sleutel: kolom '${d.sleutel}' bestaat niet in vasteKolommen; bekend: ${keys.join(", ")}`);

  rijen.forEach((r, i) => {
    if (!r || typeof r !== "object") return;
    for (const k of keys) {
      if (typeof r[k] !== "string" || r[k] === "")
        out.push(`rijen[${i}].${k}: ontbreekt (elke rij heeft een waarde voor elke vaste kolom)`);
    }
    const extra = Object.keys(r).filter((k) => !keySet.has(k));
    if (extra.length > 0 && keys.length > 0)
      out.push(
        `rijen[${i}]: onbekende sleutel(s): ${extra.map((k) => `'${k}'`).join(", ")}; bekend: ${keys.join(", ")}`,
      );
  });
  if (typeof d?.sleutel === "string" && keySet.has(d.sleutel)) {
    const s = d.sleutel;
    dup(
      rijen.map((r) => (r && typeof r === "object" ? r[s] : undefined)),
      `rijen (${s})`,
    );
  }

  const q = d?.kwaliteitseisen;
  if (q && typeof q.vastgesteld === "string" && Array.isArray(q.opties) && !q.opties.includes(q.vastgesteld))
    out.push(`kwaliteitseisen.vastgesteld: '${q.vastgesteld}' is geen van de opties`);

  const statussen = arr<{ oordeel?: unknown }>(d?.statussen);
  if (statussen.length > 0 && !statussen.some((s) => s?.oordeel === "groen"))
    out.push("statussen: er moet een status met oordeel 'groen' zijn");

  arr<{ kolom?: unknown; labelKolommen?: unknown }>(d?.groeperingen).forEach((g, i) => {
    if (typeof g?.kolom === "string" && keys.length > 0 && !keySet.has(g.kolom))
      out.push(`groeperingen[${i}].kolom: kolom '${g.kolom}' bestaat niet in vasteKolommen`);
    arr<unknown>(g?.labelKolommen).forEach((k, j) => {
      if (typeof k === "string" && keys.length > 0 && !keySet.has(k))
        out.push(`groeperingen[${i}].labelKolommen[${j}]: kolom '${k}' bestaat niet in vasteKolommen`);
    });
  });
  return out;
}

/** Validates an action definition object (structure and references); throws when it is not valid. */
export function parseActionDefinition(input: unknown): ActionDefinition {
  const def = ActionDefinitionSchema.parse(input);
  const fouten = crossCheckActions(def);
  if (fouten.length > 0) throw new Error(`Ongeldige definitie '${def.id}': ${fouten.join("; ")}`);
  return def;
}

/** Checks an already parsed JSON value as an action definition. */
export function loadActionDefinitionValue(raw: unknown): ActionDefinitionLoad {
  const parsed = ActionDefinitionSchema.safeParse(raw, { reportInput: true });
  const structural = parsed.success
    ? []
    : parsed.error.issues.map((i) => `${pathText(i.path)}: ${zodMessage(i)}`);
  const references = crossCheckActions((parsed.success ? parsed.data : raw) as ActionDefinition);
  const fouten = [...structural, ...references.filter((r) => !structural.includes(r))];
  return parsed.success && fouten.length === 0 ? { ok: true, def: parsed.data } : { ok: false, fouten };
}

/** Parses and checks an action definition from JSON text. */
export function loadActionDefinitionJson(text: string): ActionDefinitionLoad {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return {
      ok: false,
      fouten: [`(hele bestand): geen geldige JSON (${e instanceof Error ? e.message : String(e)})`],
    };
  }
  return loadActionDefinitionValue(raw);
}

/** An action definition as JSON text, as `regiomonitor definitie export` writes it. */
export function actionDefinitionToJson(d: ActionDefinition): string {
  return JSON.stringify(d, null, 2) + "\n";
}
