/** Scores of one return: invulgraad, voortgang, RAG per milestone, region RAG and invulling RAG. */
import type { Definition, Rag } from "../definition/schema";
import type { RegionReturn, MilestoneValue, RequiredCell } from "../read/region-return";
import { formatIso, toleranceLimit, type DateValue } from "../../../../src/core/cells/dates";
import { countBySeverity, type Issue } from "../../../../src/core/issues";
import { formatDecimal, formatPercent } from "../../../../src/core/cells/text";

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
  /** One Dutch line naming the rule and the values that decided it. */
  uitleg: string;
}

export interface MilestoneScore extends Judgement {
  code: string;
  geldt: boolean;
}

export interface RegionScore {
  invulgraad: { perBlad: Record<string, Completion>; totaal: Completion };
  voortgang: { fractie: number; uitleg: string };
  mijlpalen: MilestoneScore[];
  regio: Judgement;
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

function dateText(d: DateValue): string {
  return d.exact ? formatIso(d.end) : `'${d.tekst}' (uiterlijk ${formatIso(d.end)})`;
}

/** RAG of one applicable milestone at the Peildatum, with its explanation. */
export function milestoneRag(def: Definition, m: MilestoneValue, peildatum: DateValue | null): Judgement {
  const L = def.rag.labels;
  const s = m.status;
  if (!s) {
    return {
      rag: "grijs",
      uitleg: `${L.grijs}: status ${m.statusOngeldig ? `'${m.statusOngeldig}' is ongeldig` : "is leeg"}, niet te beoordelen.`,
    };
  }
  if (s.rag !== "verwachte_datum") {
    const extra =
      s.soort === "gedeeltelijk" && m.verwachteDatum ? `; rest verwacht ${dateText(m.verwachteDatum)}` : "";
    const nt = s.rag === "grijs" ? ", niet te beoordelen" : "";
    return { rag: s.rag, uitleg: `${L[s.rag]}: status '${s.label}'${extra}${nt}.` };
  }
  const delay = def.mijlpalen.toegestaneVertragingMaanden;
  const grens = toleranceLimit(m.normdatum, delay);
  const norm = `normdatum ${formatIso(m.normdatum)} + ${delay} maanden (${formatIso(grens)})`;
  const v = m.verwachteDatum;
  if (!v) {
    return { rag: "rood", uitleg: `${L.rood}: status '${s.label}' zonder geldige verwachte datum.` };
  }
  if (peildatum && v.end < peildatum.end) {
    return {
      rag: "rood",
      uitleg: `${L.rood}: status '${s.label}', verwachte datum ${dateText(v)} is verstreken op peildatum ${formatIso(peildatum.end)}.`,
    };
  }
  if (v.end > grens) {
    return {
      rag: "rood",
      uitleg: `${L.rood}: status '${s.label}', verwachte datum ${dateText(v)} ligt na ${norm}.`,
    };
  }
  return {
    rag: "oranje",
    uitleg: `${L.oranje}: status '${s.label}', verwachte datum ${dateText(v)} valt binnen ${norm}.`,
  };
}

/** The worst RAG in the definition's order (Rood > Oranje > Grijs > Groen by default). */
export function worstRag(def: Definition, rags: Rag[]): Rag | null {
  for (const r of def.rag.volgorde) if (rags.includes(r)) return r;
  return null;
}

export function scoreReturn(def: Definition, ret: RegionReturn, issues: readonly Issue[]): RegionScore {
  const L = def.rag.labels;
  const perBlad: Record<string, Completion> = {};
  for (const blad of [def.regio.blad, def.mijlpalen.blad, def.vragenlijst.blad]) {
    perBlad[blad] = completion(ret.vereist.filter((c) => c.blad === blad));
  }
  const totaal = completion(ret.vereist);

  const applicable = ret.mijlpalen.filter((m) => m.geldt);
  const sum = applicable.reduce((acc, m) => acc + (m.status?.gewicht ?? 0), 0);
  const fractie = applicable.length === 0 ? 0 : sum / applicable.length;
  const parts = def.mijlpalen.statussen
    .filter((s) => s.gewicht > 0)
    .map(
      (s) =>
        `${applicable.filter((m) => m.status?.label === s.label).length} × '${s.label}' (gewicht ${formatDecimal(s.gewicht, s.gewicht % 1 === 0 ? 0 : 1)})`,
    );
  const voortgang = {
    fractie,
    uitleg: `Voortgang ${formatPercent(fractie)}: ${parts.join(" + ")} van ${applicable.length} mijlpalen.`,
  };

  const mijlpalen: MilestoneScore[] = ret.mijlpalen.map((m) =>
    m.geldt
      ? { code: m.code, geldt: true, ...milestoneRag(def, m, ret.peildatum) }
      : { code: m.code, geldt: false, rag: "grijs", uitleg: `Niet van toepassing bij dit meetmoment.` },
  );
  const rags = mijlpalen.filter((m) => m.geldt).map((m) => m.rag);
  const worst = worstRag(def, rags) ?? "grijs";
  const counts = def.rag.volgorde.map((r) => `${rags.filter((x) => x === r).length} ${L[r]}`).join(", ");
  const deciding = mijlpalen.filter((m) => m.geldt && m.rag === worst).map((m) => m.code);
  const regio: Judgement = {
    rag: worst,
    uitleg: `${L[worst]}: slechtste mijlpaal-RAG (${deciding.join(", ") || "geen mijlpalen"}); ${counts}.`,
  };

  const c = countBySeverity(issues);
  const pct = totaal.fractie * 100;
  let invulling: Judgement;
  if (c.fout > 0) {
    invulling = {
      rag: "rood",
      uitleg: `${L.rood}: ${c.fout} ${c.fout === 1 ? "fout" : "fouten"} (invulgraad ${formatPercent(totaal.fractie)}).`,
    };
  } else if (pct >= def.rag.invullingGroen - 1e-9) {
    invulling = {
      rag: "groen",
      uitleg: `${L.groen}: invulgraad ${formatPercent(totaal.fractie)} en geen fouten.`,
    };
  } else if (pct >= def.rag.invullingOranje - 1e-9) {
    invulling = {
      rag: "oranje",
      uitleg: `${L.oranje}: invulgraad ${formatPercent(totaal.fractie)} (minimaal ${def.rag.invullingOranje} %, onder ${def.rag.invullingGroen} %) en geen fouten.`,
    };
  } else {
    invulling = {
      rag: "rood",
      uitleg: `${L.rood}: invulgraad ${formatPercent(totaal.fractie)} is lager dan ${def.rag.invullingOranje} %.`,
    };
  }

  return {
    invulgraad: { perBlad, totaal },
    voortgang,
    mijlpalen,
    regio,
    invulling,
    fouten: c.fout,
    waarschuwingen: c.waarschuwing,
  };
}
