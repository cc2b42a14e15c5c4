/**
 * National aggregation of the one engine, for every monitor: many returned workbooks (read with
 * `readReturn`) → one NationalReport. Which tables it fills follows from the definition's `landelijk`
 * tables; rows are judged once, by `scoreReturn` (never again here).
 *
 * With units (`eenheden`): each file belongs to a unit; one return per unit counts (the later Peildatum,
 * then fewer errors, then file name); units without a return count as Gegevens onbekend / grijs.
 * Without units (a national workbook, or one return per action owner): every readable file counts, and
 * each fixed row is taken from the return in which its main column is filled.
 *
 * Input order never matters: files are sorted by name, units by name, rows in definition order.
 */
import { formatIso } from "../cells/dates";
import { countBySeverity, makeIssue, type Issue } from "../issues";
import { fieldsTable, rowsTable, rowsTables, scaleOf } from "../model";
import type { Monitor, Option, RowsTable } from "../model/schema";
import type {
  AnswerDistribution,
  CountedReturn,
  FileRow,
  GroupRow,
  GroupSummary,
  JudgedRow,
  NationalReport,
  OpenAnswer,
  RagCounts,
  ReturnEntry,
  RowDistribution,
  ShiftRow,
  UnitRow,
} from "./national-types";
import type { RowJudgement } from "./judge";
import { scoreReturn } from "./score";
import { SHIFT_CATEGORIES, shiftOf } from "./shift";
import type { RowValue } from "./values";

export const GEGEVENS_ONBEKEND = "Gegevens onbekend";
export const NO_STATUS = "(leeg of ongeldig)";

const emptyRag = (): RagCounts => ({ groen: 0, oranje: 0, rood: 0, grijs: 0 });

/** Of two returns for one unit, the one that counts: later Peildatum, then fewer errors, then file name. */
function later(a: CountedReturn, b: CountedReturn): CountedReturn {
  const pa = a.ret.peildatum?.end ?? "";
  const pb = b.ret.peildatum?.end ?? "";
  if (pa !== pb) return pa > pb ? a : b;
  if (a.score.fouten !== b.score.fouten) return a.score.fouten < b.score.fouten ? a : b;
  return a.ret.bestand.localeCompare(b.ret.bestand) <= 0 ? a : b;
}

/**
 * One contribution to the national tables: a unit (its counted return's rows; none when not received), or
 * the one national return combined from the files of a monitor without units.
 */
interface Source {
  eenheid: string | null;
  /** Per rows table: the rows and their judgements (without units: combined from several returns). */
  rows: Record<string, { row: RowValue; oordeel: RowJudgement | null; bestand: string }[]>;
  /** Per rows table with open rows: the open rows (without units: those of every counted return). */
  open: Record<string, RowValue[]>;
}

function mainColumn(t: RowsTable) {
  return t.kolommen.find((c) => c.id === t.hoofdkolom)!;
}

/** Type and scale of a fixed row's main cell (the row may override the column's). */
function mainCellType(def: Monitor, t: RowsTable, idx: number) {
  const col = mainColumn(t);
  const r = t.rijen[idx];
  const type = r.cel?.type ?? col.type;
  const scale = type === "keuze" ? scaleOf(def, r.cel?.schaal ?? col.schaal) : undefined;
  return { type, scale };
}

function sourceOf(def: Monitor, eenheid: string | null, c: CountedReturn | null): Source {
  const rows: Source["rows"] = {};
  for (const t of rowsTables(def)) {
    const judged = c?.score.oordelen[t.id];
    rows[t.id] = c
      ? (c.ret.tabellen[t.id] ?? []).map((row, i) => ({
          row,
          oordeel: judged?.[i] ?? null,
          bestand: c.ret.bestand,
        }))
      : [];
  }
  return { eenheid, rows, open: c ? { ...c.ret.open } : {} };
}

function isFilled(row: RowValue, t: RowsTable): boolean {
  return row.aanwezig && (row.cellen[t.hoofdkolom]?.state ?? "leeg") !== "leeg";
}

/**
 * Without units: one national source combined from every counted return. Each fixed row comes from the
 * first return (by file name) in which its main column is filled, else from the first return; the other
 * returns that also filled it get an issue.
 */
function combinedSource(def: Monitor, counted: CountedReturn[], issues: Issue[]): Source {
  const rows: Source["rows"] = {};
  const open: Source["open"] = {};
  for (const t of rowsTables(def)) if (t.open) open[t.id] = counted.flatMap((c) => c.ret.open[t.id] ?? []);
  for (const t of rowsTables(def)) {
    rows[t.id] = [];
    if (counted.length === 0) continue;
    t.rijen.forEach((_r, i) => {
      const filled = counted.filter((c) => {
        const row = c.ret.tabellen[t.id]?.[i];
        return row !== undefined && isFilled(row, t);
      });
      const from = filled[0] ?? counted[0];
      const row = from.ret.tabellen[t.id][i];
      rows[t.id].push({
        row,
        oordeel: from.score.oordelen[t.id]?.[i] ?? null,
        bestand: from.ret.bestand,
      });
      for (const other of filled.slice(1)) {
        const o = other.ret.tabellen[t.id][i];
        issues.push(
          makeIssue(
            "rij_in_meer_retouren",
            {
              bestand: other.ret.bestand,
              blad: o.bron?.blad ?? t.blad,
              rij: o.bron?.rij ?? null,
              kolom: o.bron?.kolom ?? null,
              cel: o.bron?.cel ?? null,
            },
            { onderwerp: `${t.rijNaam} ${o.sleutel}`, winnaar: from.ret.bestand },
          ),
        );
      }
    });
  }
  return { eenheid: null, rows, open };
}

function rowDistribution(def: Monitor, t: RowsTable, sources: Source[], N: number): RowDistribution[] {
  return t.rijen.map((r, idx) => {
    const { scale } = mainCellType(def, t, idx);
    const status: Record<string, number> = {};
    for (const o of scale?.opties ?? []) status[o.label] = 0;
    const rag = emptyRag();
    let gegevensOnbekend = 0;
    let gerealiseerd = 0;
    let waarvanGedeeltelijk = 0;
    for (const s of sources) {
      const x = s.rows[t.id][idx];
      const cell = x?.row.cellen[t.hoofdkolom];
      const optie = cell?.state === "waarde" ? cell.optie : null;
      if (!x || !x.row.geldt || !optie) {
        gegevensOnbekend += 1;
        rag.grijs += 1;
        continue;
      }
      status[optie.label] = (status[optie.label] ?? 0) + 1;
      rag[x.oordeel?.rag ?? "grijs"] += 1;
      if (optie.gewicht > 0) gerealiseerd += 1;
      if (optie.gewicht > 0 && optie.gewicht < 1) waarvanGedeeltelijk += 1;
    }
    return {
      sleutel: r.waarden[t.sleutel],
      label: r.waarden[t.label] ?? r.waarden[t.sleutel],
      status,
      gegevensOnbekend,
      gerealiseerd,
      waarvanGedeeltelijk,
      fractieGerealiseerd: N === 0 ? 0 : gerealiseerd / N,
      rag,
    };
  });
}

/** The fixed column that groups the rows (the first fixed column that is neither key nor label). */
function groupingColumn(t: RowsTable): string | null {
  return t.kolommen.find((c) => c.vast && c.id !== t.sleutel && c.id !== t.label)?.id ?? null;
}

function answerDistribution(def: Monitor, t: RowsTable, sources: Source[], N: number): AnswerDistribution[] {
  const onderdeel = groupingColumn(t);
  const out: AnswerDistribution[] = [];
  t.rijen.forEach((r, idx) => {
    const { scale } = mainCellType(def, t, idx);
    if (!scale) return;
    const known = scale.opties.filter((o) => !o.onbekend);
    const counts = new Map(known.map((o) => [o.label, 0]));
    let onbekend = 0;
    for (const s of sources) {
      const x = s.rows[t.id][idx];
      const cell = x?.row.cellen[t.hoofdkolom];
      const label = x?.row.geldt && cell?.state === "waarde" ? cell.optie?.label : undefined;
      if (label !== undefined && counts.has(label)) counts.set(label, counts.get(label)! + 1);
      else onbekend += 1;
    }
    out.push({
      sleutel: r.waarden[t.sleutel],
      nummer: r.waarden[t.sleutel],
      onderdeel: onderdeel ? (r.waarden[onderdeel] ?? "") : "",
      label: r.waarden[t.label] ?? r.waarden[t.sleutel],
      opties: known.map((o) => ({
        antwoord: o.label,
        aantal: counts.get(o.label)!,
        fractie: N === 0 ? 0 : counts.get(o.label)! / N,
      })),
      gegevensOnbekend: { aantal: onbekend, fractie: N === 0 ? 0 : onbekend / N },
      totaal: N,
    });
  });
  if (t.open) out.push(...openAnswerDistribution(def, t, sources));
  return out;
}

/**
 * Over the open rows of every source: per choice column (fixed ones too: the unit typed them), Aantal and %
 * per option of all open rows (M), with Onbekend, empty and invalid cells as Gegevens onbekend. The entry's
 * key is `<table id>.<column id>`; it is shown numbered 1, 2, ... in the table's order of columns.
 */
function openAnswerDistribution(def: Monitor, t: RowsTable, sources: Source[]): AnswerDistribution[] {
  const rows = sources.flatMap((s) => s.open[t.id] ?? []);
  const M = rows.length;
  const frac = (n: number) => (M === 0 ? 0 : n / M);
  const columns = t.kolommen.flatMap((c): Omit<AnswerDistribution, "nummer">[] => {
    const scale = c.type === "keuze" ? scaleOf(def, c.schaal) : undefined;
    if (!scale || c.id === t.sleutel) return [];
    const known = scale.opties.filter((o) => !o.onbekend);
    const count = (label: string) =>
      rows.filter((r) => r.cellen[c.id]?.state === "waarde" && r.cellen[c.id].optie?.label === label).length;
    const opties = known.map((o) => ({
      antwoord: o.label,
      aantal: count(o.label),
      fractie: frac(count(o.label)),
    }));
    const onbekend = M - opties.reduce((a, o) => a + o.aantal, 0);
    return [
      {
        sleutel: `${t.id}.${c.id}`,
        onderdeel: t.rijNaamMeervoud,
        label: `${c.kop} (${t.rijNaamMeervoud})`,
        opties,
        gegevensOnbekend: { aantal: onbekend, fractie: frac(onbekend) },
        totaal: M,
      },
    ];
  });
  return columns.map((q, i) => ({ ...q, nummer: String(i + 1) }));
}

function openAnswers(def: Monitor, t: RowsTable, sources: Source[]): OpenAnswer[] {
  const out: OpenAnswer[] = [];
  for (const s of sources) {
    s.rows[t.id].forEach((x, idx) => {
      const { type } = mainCellType(def, t, idx);
      if (type === "keuze") return;
      const cell = x.row.cellen[t.hoofdkolom];
      if (!x.row.geldt || cell?.state !== "waarde" || cell.tekst === null) return;
      out.push({
        eenheid: s.eenheid ?? "",
        sleutel: x.row.sleutel,
        label: x.row.label,
        antwoord: cell.tekst,
        bron: cell.bron ? { bestand: cell.bron.bestand, blad: cell.bron.blad, cel: cell.bron.cel } : null,
      });
    });
  }
  return out;
}

function statusOptions(def: Monitor, t: RowsTable): Option[] {
  return scaleOf(def, mainColumn(t).schaal)?.opties ?? [];
}

/**
 * One group's figures. `absent`: rows of units without a return (monitors with units), counted as Grijs and
 * `(leeg of ongeldig)`, so that a unit monitor's groups count over every unit (N × rows).
 */
function groupRow(
  def: Monitor,
  t: RowsTable,
  waarde: string,
  label: string,
  items: readonly JudgedRow[],
  absent = 0,
): GroupRow {
  const rag = emptyRag();
  const perStatus: Record<string, number> = {};
  for (const o of statusOptions(def, t)) perStatus[o.label] = 0;
  perStatus[NO_STATUS] = absent;
  rag.grijs = absent;
  let voltooid = 0;
  for (const j of items) {
    rag[j.oordeel.rag] += 1;
    const cell = j.row.cellen[t.hoofdkolom];
    const optie = cell?.state === "waarde" ? cell.optie : null;
    perStatus[optie?.label ?? NO_STATUS] = (perStatus[optie?.label ?? NO_STATUS] ?? 0) + 1;
    if (optie && optie.gewicht === 1) voltooid += 1;
  }
  const aantal = items.length + absent;
  return {
    waarde,
    label,
    aantal,
    rag,
    perStatus,
    voltooid,
    fractieVoltooid: aantal === 0 ? 0 : voltooid / aantal,
  };
}

function shiftTable(rows: readonly JudgedRow[]): ShiftRow[] {
  // `eerder` and `gelijk` are left out when some rows are only known as `eerder of gelijk` and none is known
  // as earlier or the same: printing "eerder 0" would claim what the data cannot tell.
  const cannotSplit = rows.some((j) => j.verschuiving.categorie === "eerder of gelijk");
  const all: ShiftRow[] = SHIFT_CATEGORIES.map((c) => {
    const items = rows.filter((j) => j.verschuiving.categorie === c);
    return {
      categorie: c,
      aantal: items.length,
      waarvanOpgegeven: items.filter((j) => j.verschuiving.bron === "opgegeven").length,
    };
  });
  const out = all.filter(
    (s) =>
      s.aantal > 0 ||
      s.categorie === "later" ||
      s.categorie === "zonder einddatum" ||
      (s.categorie !== "eerder of gelijk" && !cannotSplit),
  );
  const unknown = rows.filter((j) => j.verschuiving.categorie === null).length;
  if (unknown > 0) out.push({ categorie: "onbekend", aantal: unknown, waarvanOpgegeven: 0 });
  return out;
}

export function aggregate(def: Monitor, entries: readonly ReturnEntry[]): NationalReport {
  const sorted = [...entries].sort((a, b) => a.bestand.localeCompare(b.bestand));
  const withUnits = def.eenheden !== undefined;
  const bestanden: FileRow[] = [];
  const counted: CountedReturn[] = [];
  const byUnit = new Map<string, CountedReturn[]>();
  const ft = fieldsTable(def);
  const soort = def.eenheden?.soort ?? "eenheid";

  for (const e of sorted) {
    const c = countBySeverity(e.result.issues);
    const base = { bestand: e.bestand, fouten: c.fout, waarschuwingen: c.waarschuwing };
    if (!e.result.ok) {
      const first = e.result.issues.find((i) => i.severity === "fout");
      bestanden.push({
        ...base,
        eenheid: null,
        status: "overgeslagen",
        reden: first ? first.bericht : e.result.reden,
      });
      continue;
    }
    const { ret, issues } = e.result;
    if (withUnits && !ret.eenheid) {
      bestanden.push({
        ...base,
        eenheid: null,
        status: "overgeslagen",
        reden: `De ${soort} is leeg of onbekend (blad ${ft?.blad ?? "?"}); het bestand kan aan geen ${soort} worden toegekend.`,
      });
      continue;
    }
    const cr: CountedReturn = { ret, score: scoreReturn(def, ret, issues), issues };
    counted.push(cr);
    if (withUnits) {
      const list = byUnit.get(ret.eenheid!) ?? [];
      list.push(cr);
      byUnit.set(ret.eenheid!, list);
    }
    bestanden.push({
      ...base,
      eenheid: withUnits ? ret.eenheid : null,
      status: "meegeteld",
      reden: "",
    });
  }

  const issues: Issue[] = [];
  const winners = new Map<string, CountedReturn>();
  for (const [eenheid, list] of byUnit) {
    const winner = list.reduce(later);
    winners.set(eenheid, winner);
    for (const other of list) {
      if (other === winner) continue;
      const row = bestanden.find((b) => b.bestand === other.ret.bestand)!;
      row.status = "dubbel, niet meegeteld";
      row.reden = `Tweede retour voor ${eenheid}; '${winner.ret.bestand}' (peildatum ${winner.ret.peildatum ? formatIso(winner.ret.peildatum.end) : "onbekend"}) telt mee.`;
      issues.push(
        makeIssue("dubbele_retour", { bestand: other.ret.bestand }, { eenheid, winnaar: winner.ret.bestand }),
      );
    }
  }

  const names = (def.eenheden?.namen ?? []).map((n) => n.naam).sort((a, b) => a.localeCompare(b, "nl"));
  const eenheden: UnitRow[] = names.map((eenheid) => {
    const c = winners.get(eenheid) ?? null;
    const dubbel = (byUnit.get(eenheid) ?? []).filter((x) => x !== c).map((x) => x.ret.bestand);
    if (!c)
      return {
        eenheid,
        ontvangen: false,
        bestand: null,
        meetmoment: null,
        peildatum: null,
        invulgraad: null,
        onbekend: null,
        fouten: 0,
        waarschuwingen: 0,
        rag: null,
        ragUitleg: `Niet ontvangen: telt als '${GEGEVENS_ONBEKEND}'.`,
        invullingRag: null,
        dubbel,
        counted: null,
      };
    return {
      eenheid,
      ontvangen: true,
      bestand: c.ret.bestand,
      meetmoment: c.ret.meetmoment,
      peildatum: c.ret.peildatum,
      invulgraad: c.score.invulgraad.totaal.fractie,
      onbekend: c.score.invulgraad.totaal.onbekend,
      fouten: c.score.fouten,
      waarschuwingen: c.score.waarschuwingen,
      rag: c.score.eenheid?.rag ?? null,
      ragUitleg: c.score.eenheid?.uitleg ?? "",
      invullingRag: c.score.invulling.rag,
      dubbel,
      counted: c,
    };
  });

  // The sources of the national tables: every unit (received or not), or one combined national return.
  const sources: Source[] = withUnits
    ? eenheden.map((u) => sourceOf(def, u.eenheid, u.counted))
    : counted.length > 0
      ? [combinedSource(def, counted, issues)]
      : [];
  const N = withUnits ? names.length : sources.length;

  const rijverdelingen: NationalReport["rijverdelingen"] = {};
  const antwoorden: NationalReport["antwoorden"] = {};
  const open: OpenAnswer[] = [];
  for (const nt of def.landelijk) {
    if (nt.soort === "retouren") continue;
    const t = rowsTable(def, nt.tabel);
    if (!t) continue;
    if (nt.soort === "rijverdeling") rijverdelingen[t.id] ??= rowDistribution(def, t, sources, N);
    if (nt.soort === "antwoorden") antwoorden[t.id] ??= answerDistribution(def, t, sources, N);
    if (nt.soort === "open") open.push(...openAnswers(def, t, sources));
  }

  const rijen: NationalReport["rijen"] = {};
  for (const t of rowsTables(def)) {
    if (!t.oordeel) continue;
    rijen[t.id] = sources.flatMap((s) =>
      s.rows[t.id].flatMap((x) =>
        x.oordeel
          ? [
              {
                eenheid: s.eenheid,
                bestand: x.bestand,
                row: x.row,
                oordeel: x.oordeel,
                verschuiving: shiftOf(t, x.row),
              },
            ]
          : [],
      ),
    );
  }

  let totaal: GroupRow | null = null;
  const groepen: GroupSummary[] = [];
  for (const nt of def.landelijk) {
    if (nt.soort !== "groepen") continue;
    const t = rowsTable(def, nt.tabel);
    if (!t) continue;
    const items = rijen[t.id] ?? [];
    const labelCols = nt.labelKolommen ?? [nt.kolom];
    const order: string[] = [];
    const labels = new Map<string, string>();
    const members = new Map<string, JudgedRow[]>();
    const addGroup = (vast: Record<string, string>) => {
      const v = vast[nt.kolom] ?? "";
      if (members.has(v)) return v;
      order.push(v);
      members.set(v, []);
      labels.set(v, labelCols.map((c) => vast[c] ?? "").join(" "));
      return v;
    };
    // With units, every fixed row counts for every unit: the groups follow the definition's rows, and the
    // rows of units without a return count as absent.
    const notReceived = withUnits ? eenheden.filter((u) => !u.counted).length : 0;
    const absent = new Map<string, number>();
    if (withUnits)
      for (const r of t.rijen) {
        const v = addGroup(r.waarden);
        absent.set(v, (absent.get(v) ?? 0) + notReceived);
      }
    for (const j of items) members.get(addGroup(j.row.vast))!.push(j);
    if (nt.volgorde === "waarde") order.sort((a, b) => a.localeCompare(b, "nl", { numeric: true }));
    const kolom = labelCols.map((c) => t.kolommen.find((x) => x.id === c)?.kop ?? c).join(" / ");
    const all = groupRow(def, t, "", "Totaal", items, notReceived * t.rijen.length);
    totaal ??= all;
    groepen.push({
      titel: nt.titel,
      kolom,
      rijen: order.map((v) => groupRow(def, t, v, labels.get(v)!, members.get(v)!, absent.get(v) ?? 0)),
      totaal: all,
    });
  }

  const st = rowsTables(def).find((t) => t.verschuiving && t.oordeel);
  const verschuiving = st ? shiftTable(rijen[st.id] ?? []) : [];

  return {
    definitie: { id: def.id, versie: def.versie, naam: def.naam },
    verwacht: withUnits ? names.length : 0,
    ontvangen: withUnits ? winners.size : counted.length,
    eenheden,
    bestanden,
    rijverdelingen,
    antwoorden,
    open,
    rijen,
    totaal,
    groepen,
    verschuiving,
    issues,
    meegeteld: withUnits ? eenheden.flatMap((u) => (u.counted ? [u.counted] : [])) : counted,
  };
}
