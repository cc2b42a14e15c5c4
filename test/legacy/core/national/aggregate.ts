/**
 * National aggregation of N returned workbooks against the definition's region list.
 * Input order does not matter: everything is sorted by file name, region and code.
 */
import type { Definition, Rag } from "../definition/schema";
import type { ReadResult, RegionReturn } from "../read/region-return";
import { scoreReturn, type RegionScore } from "../score/region-score";
import { makeIssue, type Issue } from "../../../../src/core/issues";
import { formatIso, type DateValue } from "../../../../src/core/cells/dates";
import { round1 } from "../../../../src/core/cells/text";

/** One input file and what reading it gave. */
export interface ReturnEntry {
  bestand: string;
  result: ReadResult;
}

export type FileStatus = "meegeteld" | "dubbel, niet meegeteld" | "overgeslagen";

export interface FileRow {
  bestand: string;
  regio: string | null;
  status: FileStatus;
  /** Why the file was skipped or not counted; empty when counted. */
  reden: string;
  fouten: number;
  waarschuwingen: number;
}

export interface CountedReturn {
  ret: RegionReturn;
  score: RegionScore;
  issues: Issue[];
}

export interface RegionRow {
  regio: string;
  ontvangen: boolean;
  bestand: string | null;
  meetmoment: string | null;
  peildatum: DateValue | null;
  invulgraad: number | null;
  onbekend: number | null;
  fouten: number;
  waarschuwingen: number;
  rag: Rag | null;
  ragUitleg: string;
  invullingRag: Rag | null;
  /** Other files that were returned for this region (a conflict). */
  dubbel: string[];
  counted: CountedReturn | null;
}

export interface MilestoneRow {
  code: string;
  label: string;
  /** Count per status label, plus "Gegevens onbekend" (empty, invalid, not received, not applicable). */
  status: Record<string, number>;
  gegevensOnbekend: number;
  gerealiseerd: number;
  waarvanGedeeltelijk: number;
  /** gerealiseerd ÷ N. */
  fractieGerealiseerd: number;
  rag: Record<Rag, number>;
}

export interface OptionCount {
  antwoord: string;
  aantal: number;
  fractie: number;
}

export interface QuestionRow {
  nr: string;
  onderdeel: string;
  vraag: string;
  opties: OptionCount[];
  gegevensOnbekend: { aantal: number; fractie: number };
  totaal: number;
}

export interface OpenAnswer {
  regio: string;
  nr: string;
  vraag: string;
  antwoord: string;
  bron: { bestand: string; blad: string; cel: string } | null;
}

export interface NationalReport {
  definitie: { id: string; versie: string };
  verwacht: number;
  ontvangen: number;
  regios: RegionRow[];
  bestanden: FileRow[];
  mijlpalen: MilestoneRow[];
  vragen: QuestionRow[];
  open: OpenAnswer[];
  /** File-level issues added by aggregation (duplicates). */
  issues: Issue[];
}

function later(a: CountedReturn, b: CountedReturn): CountedReturn {
  const pa = a.ret.peildatum?.end ?? "";
  const pb = b.ret.peildatum?.end ?? "";
  if (pa !== pb) return pa > pb ? a : b;
  // Same Peildatum: fewer errors, then file name, so that the result never depends on input order.
  if (a.score.fouten !== b.score.fouten) return a.score.fouten < b.score.fouten ? a : b;
  return a.ret.bestand.localeCompare(b.ret.bestand) <= 0 ? a : b;
}

export function aggregate(def: Definition, entries: readonly ReturnEntry[]): NationalReport {
  const sorted = [...entries].sort((a, b) => a.bestand.localeCompare(b.bestand));
  const bestanden: FileRow[] = [];
  const byRegion = new Map<string, CountedReturn[]>();

  for (const e of sorted) {
    const fouten = e.result.issues.filter((i) => i.severity === "fout").length;
    const waarschuwingen = e.result.issues.filter((i) => i.severity === "waarschuwing").length;
    if (!e.result.ok) {
      const first = e.result.issues.find((i) => i.severity === "fout");
      bestanden.push({
        bestand: e.bestand,
        regio: null,
        status: "overgeslagen",
        reden: first ? first.bericht : e.result.reden,
        fouten,
        waarschuwingen,
      });
      continue;
    }
    const { ret, issues } = e.result;
    if (!ret.regio) {
      bestanden.push({
        bestand: e.bestand,
        regio: null,
        status: "overgeslagen",
        reden: "De regio is leeg of onbekend (blad Regio); het bestand kan aan geen regio worden toegekend.",
        fouten,
        waarschuwingen,
      });
      continue;
    }
    const score = scoreReturn(def, ret, issues);
    const list = byRegion.get(ret.regio) ?? [];
    list.push({ ret, score, issues });
    byRegion.set(ret.regio, list);
    bestanden.push({
      bestand: e.bestand,
      regio: ret.regio,
      status: "meegeteld",
      reden: "",
      fouten,
      waarschuwingen,
    });
  }

  const issues: Issue[] = [];
  const counted = new Map<string, CountedReturn>();
  for (const [regio, list] of byRegion) {
    const winner = list.reduce(later);
    counted.set(regio, winner);
    if (list.length > 1) {
      for (const other of list) {
        if (other === winner) continue;
        const row = bestanden.find((b) => b.bestand === other.ret.bestand)!;
        row.status = "dubbel, niet meegeteld";
        row.reden = `Tweede retour voor ${regio}; '${winner.ret.bestand}' (peildatum ${winner.ret.peildatum ? formatIso(winner.ret.peildatum.end) : "onbekend"}) telt mee.`;
        issues.push(
          makeIssue(
            "dubbele_retour",
            { bestand: other.ret.bestand },
            { eenheid: regio, winnaar: winner.ret.bestand },
          ),
        );
      }
    }
  }

  const regios: RegionRow[] = [...def.regios]
    .sort((a, b) => a.localeCompare(b, "nl"))
    .map((regio) => {
      const c = counted.get(regio) ?? null;
      const dubbel = (byRegion.get(regio) ?? []).filter((x) => x !== c).map((x) => x.ret.bestand);
      if (!c) {
        return {
          regio,
          ontvangen: false,
          bestand: null,
          meetmoment: null,
          peildatum: null,
          invulgraad: null,
          onbekend: null,
          fouten: 0,
          waarschuwingen: 0,
          rag: null,
          ragUitleg: "Niet ontvangen: telt als 'Gegevens onbekend'.",
          invullingRag: null,
          dubbel,
          counted: null,
        };
      }
      return {
        regio,
        ontvangen: true,
        bestand: c.ret.bestand,
        meetmoment: c.ret.meetmoment,
        peildatum: c.ret.peildatum,
        invulgraad: c.score.invulgraad.totaal.fractie,
        onbekend: c.score.invulgraad.totaal.onbekend,
        fouten: c.score.fouten,
        waarschuwingen: c.score.waarschuwingen,
        rag: c.score.regio.rag,
        ragUitleg: c.score.regio.uitleg,
        invullingRag: c.score.invulling.rag,
        dubbel,
        counted: c,
      };
    });

  const N = def.regios.length;
  const received = regios.filter((r) => r.ontvangen);

  const mijlpalen: MilestoneRow[] = def.mijlpalen.rijen.map((m, idx) => {
    const status: Record<string, number> = {};
    for (const s of def.mijlpalen.statussen) status[s.label] = 0;
    const rag: Record<Rag, number> = { groen: 0, oranje: 0, rood: 0, grijs: 0 };
    let gegevensOnbekend = 0;
    let gerealiseerd = 0;
    let waarvanGedeeltelijk = 0;
    for (const r of regios) {
      const mv = r.counted?.ret.mijlpalen[idx];
      const ms = r.counted?.score.mijlpalen[idx];
      if (!mv || !ms || !mv.geldt || !mv.status) {
        gegevensOnbekend += 1;
        rag.grijs += 1;
        continue;
      }
      status[mv.status.label] += 1;
      rag[ms.rag] += 1;
      if (mv.status.soort === "gereed" || mv.status.soort === "gedeeltelijk") gerealiseerd += 1;
      if (mv.status.soort === "gedeeltelijk") waarvanGedeeltelijk += 1;
    }
    return {
      code: m.code,
      label: m.label,
      status,
      gegevensOnbekend,
      gerealiseerd,
      waarvanGedeeltelijk,
      fractieGerealiseerd: N === 0 ? 0 : gerealiseerd / N,
      rag,
    };
  });

  const vragen: QuestionRow[] = def.vragenlijst.vragen
    .map((q, idx) => ({ q, idx }))
    .filter(({ q }) => q.type === "schaal")
    .map(({ q, idx }) => {
      const scale = def.schalen[q.schaal ?? ""];
      const known = scale.opties.filter((o) => o !== scale.onbekend);
      const counts = new Map(known.map((o) => [o, 0]));
      let onbekend = 0;
      for (const r of regios) {
        const a = r.counted?.ret.antwoorden[idx];
        if (a && a.geldt && a.antwoord !== null && counts.has(a.antwoord)) {
          counts.set(a.antwoord, counts.get(a.antwoord)! + 1);
        } else {
          onbekend += 1;
        }
      }
      return {
        nr: q.nr,
        onderdeel: q.onderdeel,
        vraag: q.vraag,
        opties: known.map((o) => ({
          antwoord: o,
          aantal: counts.get(o)!,
          fractie: N === 0 ? 0 : counts.get(o)! / N,
        })),
        gegevensOnbekend: { aantal: onbekend, fractie: N === 0 ? 0 : onbekend / N },
        totaal: N,
      };
    });

  const open: OpenAnswer[] = [];
  for (const r of regios) {
    if (!r.counted) continue;
    def.vragenlijst.vragen.forEach((q, idx) => {
      if (q.type === "schaal") return;
      const a = r.counted!.ret.antwoorden[idx];
      if (!a.geldt || a.antwoord === null) return;
      open.push({
        regio: r.regio,
        nr: q.nr,
        vraag: q.vraag,
        antwoord: a.antwoord,
        bron: a.bron ? { bestand: a.bron.bestand, blad: a.bron.blad, cel: a.bron.cel } : null,
      });
    });
  }

  return {
    definitie: { id: def.id, versie: def.versie },
    verwacht: N,
    ontvangen: received.length,
    regios,
    bestanden,
    mijlpalen,
    vragen,
    open,
    issues,
  };
}

/** Percentage with one decimal as reported (78.4), from a fraction. */
export function percent1(fraction: number): number {
  return round1(fraction * 100);
}
