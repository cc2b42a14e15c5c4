/**
 * The `Samenvatting` sheet of one returned workbook, for every monitor: completion per sheet and workbook,
 * progress and the unit's judgement (when the definition has them), the judgement of every judged row and
 * the issues. Every percentage and RAG cell carries its explanation (`uitleg`); the sources are in the same
 * workbook, so "Ga naar bron" can select them.
 */
import { formatIso, isoToSerial } from "../cells/dates";
import { sortIssues, type Issue } from "../issues";
import { fieldsTable, rowsTable, rowsTables } from "../model";
import type { Monitor, RowsTable } from "../model/schema";
import type { ModelCell, SheetModel, SourceCell } from "../sheet-model";
import type { SourceRef } from "../read/cells";
import { DATE_FORMAT } from "../template-model";
import { answersSection } from "./factsheet";
import {
  explained,
  sourceOf,
  mainColumn,
  dateColumn,
  unitKind,
  invulgraadRule,
  invullingRule,
  unitRagRule,
  judgementRule,
  progressRule,
  type Explained,
} from "./rules";
import type { PreviousRound } from "../engine/previous";
import { cell, PERCENT, SheetBuilder, sheetLink, type CellInput } from "../engine/sheet-builder";
import type { UnitScore } from "../engine/score";
import type { CellValue, RowValue, UnitReturn } from "../engine/values";

export const SUMMARY_SHEET = "Samenvatting";

function dateCell(c: CellValue | undefined): CellInput {
  if (!c) return null;
  if (c.state === "waarde" && c.datum)
    return c.datum.exact ? cell(isoToSerial(c.datum.end), { fmt: DATE_FORMAT }) : c.datum.tekst;
  return c.state === "zonder" ? c.shown : null;
}

function mainText(c: CellValue | undefined): string | null {
  if (!c || c.state === "leeg") return null;
  return c.state === "waarde" ? c.tekst : c.shown || null;
}

// --- The Samenvatting --------------------------------------------------------------------------------

function peildatumText(ret: UnitReturn): string {
  return ret.peildatum ? formatIso(ret.peildatum.end) : "onbekend";
}

export function layoutUnitSummary(
  def: Monitor,
  ret: UnitReturn,
  score: UnitScore,
  issues: readonly Issue[],
  /** Given a national round: its distribution beside each answer, and the unit's previous answer. */
  ronde: {
    landelijk?: (tabel: string, sleutel: string) => string | null;
    vorige?: PreviousRound;
  } = {},
): SheetModel {
  const L = def.rag.labels;
  const here = (v: CellInput, e: Explained, extra: Omit<ModelCell, "v" | "uitleg"> = {}) =>
    explained(v, e, true, extra);
  const unit = ret.eenheid;
  const local = (s: SourceRef | null | undefined) => sourceOf(unit, s);
  const ft = fieldsTable(def);
  const roles = new Set(ft?.velden.map((v) => v.rol));

  const who = def.eenheden ? (unit ?? `${def.eenheden.soort} onbekend`) : def.naam;
  const when = [
    roles.has("meetmoment") ? (ret.meetmoment ?? "meetmoment onbekend") : null,
    roles.has("peildatum") ? `peildatum ${peildatumText(ret)}` : null,
  ].filter((x): x is string => x !== null);
  const page = [def.naam, ...(def.eenheden ? [who] : []), ...when].join(" · ");
  const b = new SheetBuilder(
    SUMMARY_SHEET,
    [26, 40, 24, 40, 12, 50, ...(ronde.landelijk ? [36] : []), ...(ronde.vorige ? [30, 18] : [])],
    page,
  ).wrapColumns(2, 3, 4, 6, 7, 8);
  b.title(`${SUMMARY_SHEET} — ${who}${when.length ? ` (${when.join(", ")})` : ""}`);
  b.row([
    `${def.naam} (versie ${def.versie}) · gemaakt met Regiomonitor; bij opnieuw schrijven wordt dit blad vervangen.`,
  ]);
  b.blank();

  // The sources of the completion: the fields, then every row's main cell, in the definition's order.
  const sources = [
    ...Object.values(ret.velden).flatMap((v) => local(v.bron)),
    ...rowsTables(def).flatMap((t) => (ret.tabellen[t.id] ?? []).flatMap((r) => local(r.bron))),
  ];
  const sourcesOn = (blad: string | null) =>
    sources.filter((s) => blad === null || s.blad === blad).slice(0, 1);

  b.header(["Onderdeel", "Toelichting", "Waarde", "Waarvan onbekend", "Oordeel", "Uitleg"]);
  b.freezeHere();
  const firstPct = b.nextRow;
  for (const [blad, c] of Object.entries(score.invulgraad.perBlad)) {
    const label = `Invulgraad ${blad}`;
    b.row([
      label,
      `${c.ingevuld} van ${c.vereist} verplichte cellen`,
      here(cell(c.fractie, { fmt: PERCENT }), {
        titel: label,
        regel: invulgraadRule(),
        invoer: [`${c.ingevuld} van ${c.vereist} verplichte cellen, waarvan onbekend ${c.onbekend}`],
        bron: sourcesOn(blad),
      }),
      c.onbekend,
      null,
      `Geldig ingevulde verplichte cellen gedeeld door verplichte cellen die gelden.`,
    ]);
  }
  const t = score.invulgraad.totaal;
  b.row([
    cell("Invulgraad werkmap", { bold: true }),
    `${t.ingevuld} van ${t.vereist} verplichte cellen`,
    here(cell(t.fractie, { fmt: PERCENT, bold: true }), {
      titel: "Invulgraad werkmap",
      regel: invulgraadRule(),
      invoer: [`${t.ingevuld} van ${t.vereist} verplichte cellen, waarvan onbekend ${t.onbekend}`],
      bron: sourcesOn(null),
    }),
    t.onbekend,
    here(cell(L[score.invulling.rag], { fill: score.invulling.rag }), {
      titel: "Oordeel invulling",
      regel: invullingRule(def),
      invoer: [score.invulling.uitleg, `Fouten: ${score.fouten}, waarschuwingen: ${score.waarschuwingen}`],
      bron: sourcesOn(null),
    }),
    score.invulling.uitleg,
  ]);
  const vt = def.scores.voortgang ? rowsTable(def, def.scores.voortgang.tabel) : undefined;
  if (vt && score.voortgang) {
    const label = `Voortgang ${vt.rijNaamMeervoud}`;
    b.row([
      label,
      null,
      here(cell(score.voortgang.fractie, { fmt: PERCENT }), {
        titel: label,
        regel: progressRule(def, vt),
        invoer: [score.voortgang.uitleg],
        bron: (ret.tabellen[vt.id] ?? []).flatMap((r) => (r.geldt ? local(r.bron) : [])),
      }),
      null,
      null,
      score.voortgang.uitleg,
    ]);
  }
  b.dataBar(3, firstPct);
  const et = def.scores.eenheid ? rowsTable(def, def.scores.eenheid.tabel) : undefined;
  if (et && score.eenheid) {
    const label = `Oordeel ${unitKind(def).soort}`;
    b.row([
      cell(label, { bold: true }),
      null,
      null,
      null,
      here(cell(L[score.eenheid.rag], { fill: score.eenheid.rag }), {
        titel: label,
        regel: unitRagRule(def, et),
        invoer: [score.eenheid.uitleg],
        bron: (ret.tabellen[et.id] ?? []).flatMap((r) => (r.geldt ? local(r.bron) : [])),
      }),
      score.eenheid.uitleg,
    ]);
  }
  b.row(["Fouten / waarschuwingen", null, score.fouten, score.waarschuwingen, null, null]);
  b.blank();

  for (const jt of rowsTables(def).filter((x) => x.oordeel)) {
    const main = mainColumn(jt);
    const dc = dateColumn(jt);
    b.header([jt.rijNaam, "Omschrijving", main.kop, dc?.kop ?? null, "Oordeel", "Uitleg"]);
    const judgements = score.oordelen[jt.id] ?? [];
    (ret.tabellen[jt.id] ?? []).forEach((row, i) => {
      const j = judgements[i];
      const link = row.bron ? sheetLink(row.bron.blad, row.bron.cel) : undefined;
      b.row([
        cell(row.sleutel, link ? { link } : {}),
        row.label,
        mainText(row.cellen[jt.hoofdkolom]),
        dc ? dateCell(row.cellen[dc.id]) : null,
        row.geldt
          ? here(cell(L[j.rag], { fill: j.rag }), rowExplanation(def, jt, ret, row, j.uitleg, local))
          : "n.v.t.",
        j.uitleg,
      ]);
    });
    b.blank();
  }

  const rank = ["fout", "waarschuwing", "info"];
  const sorted = sortIssues(issues).sort((a, c) => rank.indexOf(a.severity) - rank.indexOf(c.severity));
  // No issue codes on the sheet (internal names such as ongeldige_datum say nothing to a reader).
  b.header(["Ernst", "Blad", "Cel", "Kolom", null, "Melding"]);
  if (sorted.length === 0)
    b.row(["Geen meldingen", null, null, null, null, "De werkmap is volledig en zonder fouten."]);
  for (const i of sorted) {
    b.row([
      i.severity,
      i.blad,
      cell(i.cel, i.blad && i.cel ? { link: sheetLink(i.blad, i.cel) } : {}),
      i.kolom,
      null,
      i.bericht,
    ]);
  }
  b.blank();
  for (const at of rowsTables(def))
    answersSection(b, def, at, ret, score, true, false, ronde.landelijk, ronde.vorige);
  return b.build();
}

/** The explanation of one row's judgement in a Samenvatting. */
function rowExplanation(
  def: Monitor,
  t: RowsTable,
  ret: UnitReturn,
  row: RowValue,
  uitleg: string,
  local: (s: SourceRef | null | undefined) => SourceCell[],
): Explained {
  const main = mainColumn(t);
  const dc = dateColumn(t);
  const c = row.cellen[t.hoofdkolom];
  const d = dc ? row.cellen[dc.id] : undefined;
  const dv = d?.state === "waarde" && d.datum ? `, ${dc!.kop.toLowerCase()} ${d.datum.tekst}` : "";
  const pd = fieldsTable(def)?.velden.some((v) => v.rol === "peildatum")
    ? `; peildatum ${peildatumText(ret)}`
    : "";
  return {
    titel: `${row.sleutel} · Oordeel`,
    regel: judgementRule(def, t),
    invoer: [`${main.kop} ${mainText(c) ?? "leeg"}${dv}${pd}`, uitleg],
    bron: [...local(c?.bron), ...(d ? local(d.bron) : [])],
  };
}
