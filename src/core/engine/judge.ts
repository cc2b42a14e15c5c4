/**
 * The one judge: every row of a rows table with a decision list (`oordeel`) gets the RAG of the first rule
 * whose condition holds, with that rule's code and its explanation rendered from the row's values
 * (milestones against norm date + tolerated delay, actions against the nulmeting, any monitor's own rules).
 */
import { formatIso, type DateValue } from "../cells/dates";
import type { Monitor, Rag, Rule, RowsTable } from "../model/schema";
import { allHold, limitOf, type ConditionContext } from "./conditions";
import type { CellValue, RowValue, UnitReturn } from "./values";

export interface RowJudgement {
  sleutel: string;
  geldt: boolean;
  rag: Rag;
  /** The rule code that decided, or `niet_van_toepassing` / `geen_regel`. */
  regel: string;
  /** One Dutch line naming the rule and the values that decided it. */
  uitleg: string;
}

/** A date as shown in explanations: the text as typed, with its end date when the text is an interval. */
export function describeDate(d: DateValue): string {
  if (!d.exact) return `'${d.tekst}' (uiterlijk ${formatIso(d.end)})`;
  return d.tekst === formatIso(d.end) ? d.tekst : `'${d.tekst}' (${formatIso(d.end)})`;
}

/** A cell as shown in explanations; null for an empty cell (an optional `[…]` part is then left out). */
export function describeCell(c: CellValue, isDate: boolean): string | null {
  switch (c.state) {
    case "leeg":
      return null;
    case "zonder":
    case "ongeldig":
      return `'${c.shown}'`;
    default:
      if (isDate && c.datum) return describeDate(c.datum);
      return `'${c.tekst}'`;
  }
}

/** Renders an explanation template (see RuleSchema.uitleg). */
export function renderTemplate(template: string, value: (name: string) => string | null): string {
  const fill = (part: string, optional: boolean): string | null => {
    let missing = false;
    const out = part.replace(/\{([^{}]+)\}/g, (_m, name: string) => {
      const v = value(name);
      if (v === null) missing = true;
      return v ?? "";
    });
    return optional && missing ? null : out;
  };
  return template
    .split(/(\[[^[\]]*\])/)
    .map((seg) =>
      seg.startsWith("[") && seg.endsWith("]") ? (fill(seg.slice(1, -1), true) ?? "") : fill(seg, false),
    )
    .join("");
}

function explain(def: Monitor, t: RowsTable, rule: Rule, row: RowValue, ctx: ConditionContext): string {
  const dated = rule.als.find((x) => "datum" in x && ("voor" in x || "na" in x || "uiterlijk" in x));
  const other =
    dated &&
    ("voor" in dated ? dated.voor : "na" in dated ? dated.na : "uiterlijk" in dated ? dated.uiterlijk : null);
  const L = def.rag.labels;
  return renderTemplate(rule.uitleg, (name) => {
    if (name === "label") return L[rule.rag];
    if (name.startsWith("label:")) return L[name.slice(6) as Rag] ?? name;
    if (name === "normdatum") return row.normdatum ? formatIso(row.normdatum) : null;
    if (name === "grens") {
      const limit = other ? limitOf(ctx, other) : null;
      return limit ? formatIso(limit) : null;
    }
    if (name === "maanden") return other?.plusMaanden !== undefined ? String(other.plusMaanden) : null;
    if (name.startsWith("veld:")) {
      const key = Object.keys(ctx.velden).find((k) => k.toLowerCase() === name.slice(5).toLowerCase());
      const c = key ? ctx.velden[key] : undefined;
      if (!c || c.state === "leeg") return null;
      return c.datum ? formatIso(c.datum.end) : (c.tekst ?? c.shown);
    }
    const col = t.kolommen.find((c) => c.id === name);
    const cell = row.cellen[name];
    if (!col || !cell) return row.vast[name] ?? null;
    const shown = describeCell(cell, col.type === "datum");
    return shown ?? (col.type === "datum" ? "leeg" : "niet ingevuld");
  });
}

/** Said after every judgement a rule of Regiomonitor's own decided (RuleSchema.eigen), not the monitor's source. */
export const OWN_RULE = "Regel van Regiomonitor.";

/** The judgement of one row. */
export function judgeRow(def: Monitor, t: RowsTable, row: RowValue, ctx: ConditionContext): RowJudgement {
  const L = def.rag.labels;
  if (!row.geldt)
    return {
      sleutel: row.sleutel,
      geldt: false,
      rag: "grijs",
      regel: "niet_van_toepassing",
      uitleg: "Niet van toepassing bij dit meetmoment.",
    };
  for (const rule of t.oordeel ?? []) {
    if (!allHold(rule.als, ctx)) continue;
    return {
      sleutel: row.sleutel,
      geldt: true,
      rag: rule.rag,
      regel: rule.regel,
      uitleg: rule.eigen ? `${explain(def, t, rule, row, ctx)} ${OWN_RULE}` : explain(def, t, rule, row, ctx),
    };
  }
  return {
    sleutel: row.sleutel,
    geldt: true,
    rag: "grijs",
    regel: "geen_regel",
    uitleg: `${L.grijs}: geen regel van de definitie is van toepassing — niet te beoordelen.`,
  };
}

/** The judgements of every row of a table (empty when the table has no decision list). */
export function judgeTable(def: Monitor, t: RowsTable, ret: UnitReturn): RowJudgement[] {
  if (!t.oordeel) return [];
  const rows = ret.tabellen[t.id] ?? [];
  const otherRow = (key: string) =>
    rows.find((r) => r.sleutel.toLowerCase() === key.toLowerCase())?.cellen[t.hoofdkolom];
  return rows.map((row) => judgeRow(def, t, row, { velden: ret.velden, row, otherRow }));
}
