/**
 * Test-only inputs for the layout tests: the built-in definitions with the optional texts the old engine
 * had in code, the old and the new reading of the same workbooks, and a NationalReport of the new type made
 * from the OLD aggregation (field mapping) plus the new engine's returns.
 */
import { findMonitor, parseMonitor, type Monitor, type RowsTable } from "../../src/core/model";
import type { WorkbookInput } from "../../src/core/grid";
import { readReturn as readOld } from "../legacy/core/read/region-return";
import { scoreReturn as scoreOld } from "../legacy/core/score/region-score";
import { aggregate as aggregateOld } from "../legacy/core/national/aggregate";
import { readReturn } from "../../src/core/engine/read";
import { scoreReturn } from "../../src/core/engine/score";
import { shiftOf } from "../../src/core/engine/shift";
import type { NationalReport, CountedReturn, JudgedRow } from "../../src/core/engine/national-types";
import type { ActionReport } from "../legacy/core/actions/report";
import type { Issue } from "../../src/core/issues";
import type { ModelCell, SheetModel } from "../../src/core/sheet-model";
import { DEF } from "../legacy/inputs";

/**
 * The new judge names a typed date with its day ("'1 Juni 2011' (01-06-2011)", describeDate) where the old
 * one gave the day only; that is the judge's text, which the layouts copy.
 */
export function dayOnly<T>(x: T): T {
  return JSON.parse(JSON.stringify(x).replace(/'([^'"]+)' \((\d\d-\d\d-\d{4})\)/g, "$2")) as T;
}

/** The cells without their explanations (the old models have none). */
export function bare(m: SheetModel): SheetModel {
  const strip = (c: ModelCell): ModelCell => {
    const out = { ...c };
    delete out.uitleg;
    return out;
  };
  return { ...m, rows: m.rows.map((r) => r.map(strip)) };
}

/** The paragraph the old engine had in code for the milestone judgement (src/core/explain). */
export const RAK_RULE =
  "Op de peildatum: Groen = gereed; Oranje = gedeeltelijk, of in voorbereiding met een verwachte datum binnen normdatum + 12 maanden; Rood = niet gestart, geen of een verstreken verwachte datum, of een verwachte datum na normdatum + 12 maanden; Grijs = onbekend of leeg (niet te beoordelen).";

/** RAK 2008–2010 with the optional texts of the old layouts (to be put into the built-in by the lead). */
export function rakMonitor(): Monitor {
  const def = structuredClone(findMonitor("rak-2008-2010")!);
  for (const t of def.tabellen) if (t.vorm === "rijen" && t.oordeel) t.oordeelRegel = RAK_RULE;
  for (const l of def.landelijk)
    if (l.soort === "matrix") {
      l.titel = "X = gereed, X (gedeeltelijk), of de verwachte datum zoals ingevuld";
      l.weergave = {
        "Gereed / in uitvoering": "X",
        Gedeeltelijk: "X (gedeeltelijk)",
        "In voorbereiding": "[{verwachteDatum}]",
      };
    }
  return parseMonitor(def);
}

export const ACTION_RULE =
  "Stoplicht: alleen met kwaliteitseisen 'Vastgesteld' een kleur (anders Grijs); Oranje = hoogstens 6 maanden later dan de nulmeting.";

export function actionMonitor(id: string): Monitor {
  const def = structuredClone(findMonitor(id)!);
  for (const t of def.tabellen) if (t.vorm === "rijen" && t.oordeel) t.oordeelRegel = ACTION_RULE;
  return parseMonitor(def);
}

export function readBoth(def: Monitor, input: WorkbookInput) {
  const o = readOld(DEF, input);
  const n = readReturn(def, input);
  if (!o.ok || !n.ok) throw new Error(`not readable: ${input.bestand}`);
  return {
    old: { ret: o.ret, score: scoreOld(DEF, o.ret, o.issues), issues: o.issues },
    neu: { ret: n.ret, score: scoreReturn(def, n.ret, n.issues), issues: n.issues },
  };
}

function judgedRows(def: Monitor, counted: CountedReturn[]): Record<string, JudgedRow[]> {
  const out: Record<string, JudgedRow[]> = {};
  for (const t of def.tabellen.filter((x): x is RowsTable => x.vorm === "rijen" && !!x.oordeel)) {
    out[t.id] = counted.flatMap((c) =>
      (c.ret.tabellen[t.id] ?? []).map((row, i) => ({
        eenheid: c.ret.eenheid,
        bestand: c.ret.bestand,
        row,
        oordeel: c.score.oordelen[t.id][i],
        verschuiving: shiftOf(t, row),
      })),
    );
  }
  return out;
}

/** The new NationalReport of RAK: the old aggregation's figures, the new engine's returns and scores. */
export function rakNationalReport(def: Monitor, inputs: WorkbookInput[]): NationalReport {
  const old = aggregateOld(
    DEF,
    inputs.map((i) => ({ bestand: i.bestand, result: readOld(DEF, i) })),
  );
  const counted = new Map<string, CountedReturn>();
  for (const i of inputs) {
    const r = readReturn(def, i);
    if (r.ok)
      counted.set(i.bestand, { ret: r.ret, score: scoreReturn(def, r.ret, r.issues), issues: r.issues });
  }
  const eenheden = old.regios.map((x) => ({
    eenheid: x.regio,
    ontvangen: x.ontvangen,
    bestand: x.bestand,
    meetmoment: x.meetmoment,
    peildatum: x.peildatum,
    invulgraad: x.invulgraad,
    onbekend: x.onbekend,
    fouten: x.fouten,
    waarschuwingen: x.waarschuwingen,
    rag: x.rag,
    ragUitleg: x.ragUitleg,
    invullingRag: x.invullingRag,
    dubbel: x.dubbel,
    counted: x.counted ? counted.get(x.counted.ret.bestand)! : null,
  }));
  const all = eenheden.flatMap((e) => (e.counted ? [e.counted] : []));
  return {
    definitie: { id: def.id, versie: def.versie, naam: def.naam },
    verwacht: old.verwacht,
    ontvangen: old.ontvangen,
    eenheden,
    bestanden: old.bestanden.map((f) => ({ ...f, eenheid: f.regio })),
    rijverdelingen: {
      mijlpalen: old.mijlpalen.map((m) => ({
        sleutel: m.code,
        label: m.label,
        status: m.status,
        gegevensOnbekend: m.gegevensOnbekend,
        gerealiseerd: m.gerealiseerd,
        waarvanGedeeltelijk: m.waarvanGedeeltelijk,
        fractieGerealiseerd: m.fractieGerealiseerd,
        rag: m.rag,
      })),
    },
    antwoorden: {
      vragenlijst: old.vragen.map((q) => ({
        sleutel: q.nr,
        onderdeel: q.onderdeel,
        label: q.vraag,
        opties: q.opties,
        gegevensOnbekend: q.gegevensOnbekend,
        totaal: q.totaal,
      })),
    },
    open: old.open.map((o) => ({
      eenheid: o.regio,
      sleutel: o.nr,
      label: o.vraag,
      antwoord: o.antwoord,
      bron: o.bron,
    })),
    rijen: judgedRows(def, all),
    totaal: null,
    groepen: [],
    verschuiving: [],
    issues: old.issues,
    meegeteld: all,
  };
}

/** The new NationalReport of an action monitor: the old action report's counts, the new engine's rows. */
export function actionNationalReport(
  def: Monitor,
  old: ActionReport,
  input: WorkbookInput,
  extraIssues: Issue[] = [],
  returnIssues?: Issue[],
): NationalReport {
  const r = readReturn(def, input);
  if (!r.ok) throw new Error(r.reden);
  const c: CountedReturn = {
    ret: r.ret,
    score: scoreReturn(def, r.ret, r.issues),
    issues: returnIssues ?? r.issues,
  };
  return {
    definitie: { id: def.id, versie: def.versie, naam: def.naam },
    verwacht: 0,
    ontvangen: 1,
    eenheden: [],
    bestanden: [
      {
        bestand: input.bestand,
        eenheid: null,
        status: "meegeteld",
        reden: "",
        fouten: old.fouten,
        waarschuwingen: old.waarschuwingen,
      },
    ],
    rijverdelingen: {},
    antwoorden: {},
    open: [],
    rijen: judgedRows(def, [c]),
    totaal: old.totaal,
    groepen: old.groepen,
    verschuiving: old.verschuiving,
    issues: extraIssues,
    meegeteld: [c],
  };
}
