/**
 * Definitions from a file: JSON text → a checked Definition, or Dutch messages that name the path in the
 * file (`mijlpalen.rijen[2].normdatum`) and what is wrong. Structure is checked by the zod schema; the
 * references between parts (scales, conditions, unique codes) by `crossCheck`.
 */
import { pathText, zodMessage } from "../../../../src/core/json-path";
import { DefinitionSchema, type Definition } from "./schema";

export type DefinitionLoad = { ok: true; def: Definition } | { ok: false; fouten: string[] };

/**
 * Checks the references between parts of a definition. Written defensively (missing parts are skipped) so
 * that it also runs on a file whose structure has mistakes: all mistakes are reported in one go.
 */
export function crossCheck(def: Definition): string[] {
  const out: string[] = [];
  const d = {
    regios: Array.isArray(def?.regios) ? def.regios : [],
    schalen: def?.schalen && typeof def.schalen === "object" ? def.schalen : {},
    regio: { velden: Array.isArray(def?.regio?.velden) ? def.regio.velden : [] },
    mijlpalen: {
      rijen: Array.isArray(def?.mijlpalen?.rijen) ? def.mijlpalen.rijen : [],
      statussen: Array.isArray(def?.mijlpalen?.statussen) ? def.mijlpalen.statussen : [],
    },
    vragenlijst: { vragen: Array.isArray(def?.vragenlijst?.vragen) ? def.vragenlijst.vragen : [] },
    rag: def?.rag,
  };
  const dup = (values: string[], where: string) => {
    const seen = new Set<string>();
    values.forEach((v, i) => {
      if (typeof v !== "string") return;
      const k = v.trim().toLowerCase();
      if (seen.has(k)) out.push(`${where}[${i}]: '${v}' komt twee keer voor`);
      seen.add(k);
    });
  };
  dup(d.regios, "regios");
  dup(
    d.mijlpalen.rijen.map((r) => r.code),
    "mijlpalen.rijen",
  );
  dup(
    d.vragenlijst.vragen.map((q) => q.nr),
    "vragenlijst.vragen",
  );
  dup(
    d.regio.velden.map((f) => f.naam),
    "regio.velden",
  );
  dup(
    d.mijlpalen.statussen.map((s) => s.label),
    "mijlpalen.statussen",
  );
  const scale = (name: string | undefined, where: string) => {
    if (name === undefined) out.push(`${where}.schaal: ontbreekt (verplicht bij dit type)`);
    else if (!d.schalen[name])
      out.push(
        `${where}.schaal: schaal '${name}' bestaat niet; bekend: ${Object.keys(d.schalen).join(", ")}`,
      );
  };
  d.regio.velden.forEach((f, i) => {
    if (f.type === "keuze") scale(f.schaal, `regio.velden[${i}]`);
  });
  for (const rol of ["regio", "meetmoment", "peildatum"] as const) {
    const n = d.regio.velden.filter((f) => f.rol === rol).length;
    if (n !== 1) out.push(`regio.velden: precies één veld moet rol '${rol}' hebben (nu ${n})`);
  }
  const fieldNames = new Set(d.regio.velden.map((f) => f.naam));
  const nrs = d.vragenlijst.vragen.map((q) => q.nr);
  const condition = (c: { veld?: string; vraag?: string } | undefined, where: string, ownIndex?: number) => {
    if (!c) return;
    if (c.veld !== undefined && !fieldNames.has(c.veld))
      out.push(`${where}.geldtAls.veld: veld '${c.veld}' bestaat niet in regio.velden`);
    if (c.vraag !== undefined) {
      const idx = nrs.indexOf(c.vraag);
      if (idx < 0) out.push(`${where}.geldtAls.vraag: vraag '${c.vraag}' bestaat niet`);
      else if (ownIndex !== undefined && idx === ownIndex)
        out.push(`${where}.geldtAls.vraag: een vraag kan niet van zichzelf afhangen`);
    }
  };
  d.mijlpalen.rijen.forEach((r, i) => condition(r.geldtAls, `mijlpalen.rijen[${i}]`));
  d.vragenlijst.vragen.forEach((q, i) => {
    const where = `vragenlijst.vragen[${i}]`;
    if (q.type === "schaal") scale(q.schaal, where);
    if (q.verplicht === "groep" && !q.groep)
      out.push(`${where}.groep: ontbreekt (verplicht bij verplicht = 'groep')`);
    condition(q.geldtAls, where, i);
  });
  if (d.mijlpalen.statussen.length > 0 && !d.mijlpalen.statussen.some((s) => s.soort === "gereed")) {
    out.push("mijlpalen.statussen: er moet een status met soort 'gereed' zijn");
  }
  const rag = d.rag;
  if (rag && Array.isArray(rag.volgorde) && new Set(rag.volgorde).size !== rag.volgorde.length) {
    out.push("rag.volgorde: noem groen, oranje, rood en grijs elk precies één keer");
  }
  if (
    rag &&
    typeof rag.invullingOranje === "number" &&
    typeof rag.invullingGroen === "number" &&
    rag.invullingOranje > rag.invullingGroen
  ) {
    out.push("rag.invullingOranje: mag niet hoger zijn dan rag.invullingGroen");
  }
  return out;
}

/** Parses and checks a definition from JSON text. */
export function loadDefinitionJson(text: string): DefinitionLoad {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return {
      ok: false,
      fouten: [`(hele bestand): geen geldige JSON (${e instanceof Error ? e.message : String(e)})`],
    };
  }
  const parsed = DefinitionSchema.safeParse(raw, { reportInput: true });
  const structural = parsed.success
    ? []
    : parsed.error.issues.map((i) => `${pathText(i.path)}: ${zodMessage(i)}`);
  const references = crossCheck((parsed.success ? parsed.data : raw) as Definition);
  const fouten = [...structural, ...references.filter((r) => !structural.includes(r))];
  return parsed.success && fouten.length === 0 ? { ok: true, def: parsed.data } : { ok: false, fouten };
}

/** A definition as JSON text, as `regiomonitor definitie export` writes it. */
export function definitionToJson(d: Definition): string {
  return JSON.stringify(d, null, 2) + "\n";
}
