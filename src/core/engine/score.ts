/**
 * Scores of one return, for every monitor: completion per sheet and per workbook (with "waarvan onbekend"),
 * weighted progress, the judgement of every row, the unit's judgement (worst of one table's rows) and the
 * completion RAG.
 */
import { countBySeverity, type Issue } from "../issues";
import { formatDecimal, formatPercent } from "../cells/text";
import { rowsTable, rowsTables, scaleOf } from "../model";
import type { Monitor, Rag } from "../model/schema";
import { judgeTable, type RowJudgement } from "./judge";
import type { RequiredCell, UnitReturn } from "./values";

export interface Completion {
  /** Required cells that apply. */
  vereist: number;
  /** Valid filled cells (Onbekend included). */
  ingevuld: number;
  /** Of which Onbekend. */
  onbekend: number;
  /** ingevuld ÷ vereist (1 when nothing is required). */
  fractie: number;
}

export interface Judgement {
  rag: Rag;
  uitleg: string;
}

export interface UnitScore {
  invulgraad: { perBlad: Record<string, Completion>; totaal: Completion };
  /** Null when the definition has no progress score. */
  voortgang: { fractie: number; uitleg: string } | null;
  /** The judgement of every row, per rows table with a decision list. */
  oordelen: Record<string, RowJudgement[]>;
  /** The unit's judgement; null when the definition has none. */
  eenheid: Judgement | null;
  invulling: Judgement;
  fouten: number;
  waarschuwingen: number;
}

function completion(cells: RequiredCell[]): Completion {
  const vereist = cells.length;
  const ingevuld = cells.filter((c) => c.state === "ingevuld" || c.state === "onbekend").length;
  const onbekend = cells.filter((c) => c.state === "onbekend").length;
  return { vereist, ingevuld, onbekend, fractie: vereist === 0 ? 1 : ingevuld / vereist };
}

/** The worst RAG in the definition's order (Rood > Oranje > Grijs > Groen by default). */
export function worstRag(def: Monitor, rags: Rag[]): Rag | null {
  for (const r of def.rag.volgorde) if (rags.includes(r)) return r;
  return null;
}

export function scoreReturn(def: Monitor, ret: UnitReturn, issues: readonly Issue[]): UnitScore {
  const L = def.rag.labels;
  const perBlad: Record<string, Completion> = {};
  for (const t of def.tabellen) perBlad[t.blad] = completion(ret.vereist.filter((c) => c.blad === t.blad));
  const totaal = completion(ret.vereist);

  const oordelen: Record<string, RowJudgement[]> = {};
  for (const t of rowsTables(def)) if (t.oordeel) oordelen[t.id] = judgeTable(def, t, ret);

  let voortgang: UnitScore["voortgang"] = null;
  const vt = def.scores.voortgang ? rowsTable(def, def.scores.voortgang.tabel) : undefined;
  if (vt) {
    const applicable = (ret.tabellen[vt.id] ?? []).filter((r) => r.geldt);
    const weight = (r: (typeof applicable)[number]) => r.cellen[vt.hoofdkolom]?.optie?.gewicht ?? 0;
    const sum = applicable.reduce((acc, r) => acc + weight(r), 0);
    const fractie = applicable.length === 0 ? 0 : sum / applicable.length;
    const main = vt.kolommen.find((c) => c.id === vt.hoofdkolom)!;
    const parts = (scaleOf(def, main.schaal)?.opties ?? [])
      .filter((o) => o.gewicht > 0)
      .map(
        (o) =>
          `${applicable.filter((r) => r.cellen[vt.hoofdkolom]?.optie?.label === o.label).length} keer '${o.label}' (gewicht ${formatDecimal(o.gewicht, o.gewicht % 1 === 0 ? 0 : 1)})`,
      );
    voortgang = {
      fractie,
      uitleg: `Voortgang ${formatPercent(fractie)}: ${parts.join(" en ")} van ${applicable.length} ${vt.rijNaamMeervoud}.`,
    };
  }

  let eenheid: Judgement | null = null;
  const et = def.scores.eenheid ? rowsTable(def, def.scores.eenheid.tabel) : undefined;
  if (et) {
    const js = (oordelen[et.id] ?? []).filter((j) => j.geldt);
    const rags = js.map((j) => j.rag);
    const worst = worstRag(def, rags) ?? "grijs";
    const counts = def.rag.volgorde.map((r) => `${rags.filter((x) => x === r).length} ${L[r]}`).join(", ");
    const deciding = js.filter((j) => j.rag === worst).map((j) => j.sleutel);
    eenheid = {
      rag: worst,
      uitleg: `${L[worst]}: slechtste oordeel van de ${et.rijNaamMeervoud} (${deciding.join(", ") || `geen ${et.rijNaamMeervoud}`}); ${counts}.`,
    };
  }

  const c = countBySeverity(issues);
  const inv = def.scores.invulling;
  const pct = totaal.fractie * 100;
  let invulling: Judgement;
  if (c.fout > 0) {
    invulling = {
      rag: "rood",
      uitleg: `${L.rood}: ${c.fout} ${c.fout === 1 ? "fout" : "fouten"} (invulgraad ${formatPercent(totaal.fractie)}).`,
    };
  } else if (pct >= inv.groen - 1e-9) {
    invulling = {
      rag: "groen",
      uitleg: `${L.groen}: invulgraad ${formatPercent(totaal.fractie)} en geen fouten.`,
    };
  } else if (pct >= inv.oranje - 1e-9) {
    invulling = {
      rag: "oranje",
      uitleg: `${L.oranje}: invulgraad ${formatPercent(totaal.fractie)} (minimaal ${inv.oranje} %, onder ${inv.groen} %) en geen fouten.`,
    };
  } else {
    invulling = {
      rag: "rood",
      uitleg: `${L.rood}: invulgraad ${formatPercent(totaal.fractie)} is lager dan ${inv.oranje} %.`,
    };
  }

  return {
    invulgraad: { perBlad, totaal },
    voortgang,
    oordelen,
    eenheid,
    invulling,
    fouten: c.fout,
    waarschuwingen: c.waarschuwing,
  };
}
