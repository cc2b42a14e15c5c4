/**
 * The factsheet of one unit, as the BMC study made one per youth-care region (seeds
 * 003_6a6d238cc2e6452a.txt l. 1432–1457): one sheet per received unit in the national workbook, with the
 * unit's members (a region's municipalities), its fields, its completion and judgement, and per rows table
 * every row with its answers, its judgement and its texts. Built from the NationalReport's counted returns
 * through the blocks of the unit layout; the sources are in the returned workbooks.
 *
 * `answersSection` is also what the Samenvatting of a returned workbook shows under "Antwoorden en teksten".
 * Given the national report, each answer stands beside the national distribution of its item (the counts per
 * answer, as in the national tables): the unit beside the country.
 */
import { formatIso } from "../cells/dates";
import { fieldsTable, rowsTables } from "../model";
import type { Monitor, RowsTable } from "../model/schema";
import type { ModelCell, SheetModel, SourceCell } from "../sheet-model";
import {
  capital,
  explained,
  invulgraadRule,
  invullingRule,
  judgementRule,
  progressRule,
  sourceOf,
  typedText,
  unitKind,
  unitRagRule,
  type Explained,
} from "./rules";
import type { CountedReturn, NationalReport } from "../engine/national-types";
import { cell, PERCENT, SheetBuilder, sheetLink, type CellInput } from "../engine/sheet-builder";
import type { UnitScore } from "../engine/score";
import { answerText, type CellValue, type UnitReturn } from "../engine/values";
import { distributionText, reportCounts } from "../engine/distribution-text";
import type { NationalJson } from "../engine/json";
import {
  previousAnswer,
  previousColumns,
  previousFieldAnswer,
  previousOfUnit,
  type PreviousAnswer,
  type PreviousRound,
} from "../engine/previous";

/** The header of the national counts beside each answer (the unit beside the country). */
export const NATIONAL_HEADER = "Landelijk: aantal per antwoord";

/** Characters Excel does not allow in a sheet name. */
const BAD_SHEET_CHARS = /[\\/?*[\]:]/g;

/** The members of a unit (a region's municipalities) in the definition; empty when it has none. */
export function unitMembers(def: Monitor, unit: string | null): string[] {
  if (unit === null) return [];
  return def.eenheden?.namen.find((n) => n.naam === unit)?.leden ?? [];
}

/** The plural name of the members (`gemeenten`), capitalised for a heading. */
export function membersHeading(def: Monitor): string {
  return capital(def.eenheden?.ledenNaam ?? "leden");
}

/**
 * Every row of one rows table with its answers and texts (all columns a unit fills in) and, when the table
 * has a decision list and `withJudgement`, its judgement with the explanation (the Samenvatting shows the
 * judgements in their own section). `here`: the sources are in this workbook.
 */
export function answersSection(
  b: SheetBuilder,
  def: Monitor,
  t: RowsTable,
  ret: UnitReturn,
  score: UnitScore,
  here: boolean,
  withJudgement: boolean,
  landelijk?: (tabel: string, sleutel: string) => string | null,
  vorige?: PreviousRound,
  /** Leaves out the rows of columns other than the main one that hold nothing (the factsheet's print). */
  compact = false,
): void {
  const L = def.rag.labels;
  const unit = ret.eenheid;
  const open = t.kolommen.filter((c) => !c.vast);
  const judged = withJudgement && t.oordeel !== undefined;
  b.row([cell(`${t.blad}: antwoorden en teksten`, { bold: true })]);
  b.header([
    t.rijNaam,
    "Omschrijving",
    "Kolom",
    "Antwoord of tekst",
    judged ? "Oordeel" : null,
    ...(landelijk ? [NATIONAL_HEADER] : []),
    ...(vorige ? previousColumns(vorige) : []),
    // The explanation last: it is one click away, and outside the printed columns (see `explanationsFrom`).
    "Uitleg",
  ]);
  const judgements = score.oordelen[t.id] ?? [];
  (ret.tabellen[t.id] ?? []).forEach((row, i) => {
    const j = judged ? judgements[i] : undefined;
    const link = here && row.bron ? { link: sheetLink(row.bron.blad, row.bron.cel) } : {};
    const rag: CellInput = !row.geldt
      ? "n.v.t."
      : j
        ? explained(
            cell(L[j.rag], { fill: j.rag }),
            rowExplanation(def, t, unit, row.sleutel, j.uitleg, row.bron ? sourceOf(unit, row.bron) : []),
            here,
          )
        : null;
    open.forEach((c, k) => {
      const v = row.cellen[c.id];
      const text = row.geldt ? typedText(v) : null;
      const shown: CellInput = v?.state === "ongeldig" ? `${v.shown} (ongeldig)` : text;
      if (compact && k > 0 && c.id !== t.hoofdkolom && (shown === null || shown === "")) return;
      const main = landelijk || vorige ? c.id === t.hoofdkolom : false;
      b.row([
        k === 0 ? cell(row.sleutel, { bold: true, ...link }) : null,
        k === 0 ? row.label : null,
        c.kop,
        shown,
        k === 0 ? rag : null,
        ...(landelijk ? [main ? landelijk(t.id, row.sleutel) : null] : []),
        ...(vorige
          ? main
            ? previousCells(vorige, t.id, row.sleutel, row.geldt ? v : undefined)
            : [null, null]
          : []),
        k === 0 ? (j?.uitleg ?? (row.geldt ? null : "Geldt niet voor deze werkmap.")) : null,
      ]);
    });
  });
  b.blank();
}

/** The unit's previous answer and whether it changed, beside the current answer. */
function previousCells(
  p: PreviousRound,
  tabel: string,
  sleutel: string,
  v: CellValue | undefined,
): CellInput[] {
  return changeCells(previousAnswer(p, tabel, sleutel, answerText(v)));
}

/** The previous answer and its change as two cells; "gewijzigd" in bold. */
function changeCells(a: PreviousAnswer): CellInput[] {
  return [a.vorige, a.verandering === "gewijzigd" ? cell(a.verandering, { bold: true }) : a.verandering];
}

function rowExplanation(
  def: Monitor,
  t: RowsTable,
  unit: string | null,
  sleutel: string,
  uitleg: string,
  bron: SourceCell[],
): Explained {
  return {
    titel: `${unit ? `${unit} · ` : ""}${sleutel} · Oordeel`,
    regel: judgementRule(def, t),
    invoer: [uitleg],
    bron,
  };
}

/** Sheet names: the unit's name without forbidden characters, at most 31, not used yet. */
function sheetName(unit: string, taken: Set<string>): string {
  const base = unit.replace(BAD_SHEET_CHARS, "-").trim().slice(0, 31).trimEnd() || "Eenheid";
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n++) {
    const suffix = ` (${n})`;
    name = `${base.slice(0, 31 - suffix.length).trimEnd()}${suffix}`;
  }
  taken.add(name.toLowerCase());
  return name;
}

/** The factsheet of one counted return. */
export function layoutFactsheet(
  def: Monitor,
  c: CountedReturn,
  blad: string,
  report?: NationalReport,
  /** The previous national round: the unit's previous answers stand beside its current ones. */
  previous?: NationalJson,
): SheetModel {
  const L = def.rag.labels;
  const { ret, score } = c;
  const unit = ret.eenheid;
  const there = (v: CellInput, e: Explained): ModelCell => explained(v, e, false);
  const { soort } = unitKind(def);
  const when = [ret.meetmoment, ret.peildatum ? `peildatum ${formatIso(ret.peildatum.end)}` : null].filter(
    (x): x is string => !!x,
  );
  const prev = previous && unit ? (previousOfUnit(previous, unit) ?? undefined) : undefined;
  // Printed portrait on one page where it fits: the columns of the answers, then (not printed) the explanation.
  const widths = [11, 60, 16, 30, 10, ...(report ? [34] : []), ...(prev ? [24, 14] : [])];
  const uitleg = widths.length + 1;
  const b = new SheetBuilder(blad, [...widths, 50], [def.naam, unit, ...when].filter(Boolean).join(" · "))
    .wrapColumns(2, 3, 4, 6, 7, 8)
    .explanationsFrom(uitleg)
    .printPortrait();
  /** A row of the first five columns and the explanation in the last column. */
  const withUitleg = (cells: CellInput[], text: string | null): CellInput[] => [
    ...cells,
    ...Array<null>(uitleg - 1 - cells.length).fill(null),
    text,
  ];
  b.title(`Factsheet ${unit ?? def.naam}${when.length ? ` (${when.join(", ")})` : ""}`);
  b.row([
    `${def.naam} (versie ${def.versie}) · bestand ${ret.bestand} · gemaakt door Regiomonitor; dit blad wordt bij opnieuw importeren vervangen.`,
  ]);
  b.freezeHere();
  b.blank();

  const members = unitMembers(def, unit);
  if (members.length > 0) {
    b.header([membersHeading(def), null, null, null, null, null]);
    b.row([
      members.length,
      `${members.length} ${def.eenheden?.ledenNaam ?? "leden"}`,
      null,
      members.join(", "),
    ]);
    b.blank();
  }

  const ft = fieldsTable(def);
  if (ft) {
    // Given the previous round, each field's previous value and change stand in the same columns as the
    // answers' below (after the national counts, which fields do not have).
    const gap = report ? [null] : [];
    b.header(["Veld", null, null, "Waarde", null, ...(prev ? [...gap, ...previousColumns(prev)] : [])]);
    for (const f of ft.velden) {
      const v = ret.velden[f.naam];
      const a = prev ? previousFieldAnswer(prev, f, answerText(v)) : null;
      b.row([
        f.naam,
        null,
        null,
        v?.state === "ongeldig" ? `${v.shown} (ongeldig)` : typedText(v),
        ...(a ? [null, ...gap, ...changeCells(a)] : []),
      ]);
    }
    b.blank();
  }

  const t = score.invulgraad.totaal;
  const all = sourceOf(unit, Object.values(ret.velden).find((v) => v.bron)?.bron);
  b.header(
    withUitleg(["Onderdeel", "Toelichting", "Waarde", null, "Oordeel"], "Uitleg") as (string | null)[],
  );
  b.row(
    withUitleg(
      [
        cell("Invulgraad", { bold: true }),
        `${t.ingevuld} van ${t.vereist} verplichte cellen, waarvan onbekend ${t.onbekend}`,
        there(cell(t.fractie, { fmt: PERCENT }), {
          titel: `${unit ?? def.naam} · Invulgraad`,
          regel: invulgraadRule(),
          invoer: [`${t.ingevuld} van ${t.vereist} verplichte cellen, waarvan onbekend ${t.onbekend}`],
          bron: all,
        }),
        null,
        there(cell(L[score.invulling.rag], { fill: score.invulling.rag }), {
          titel: `${unit ?? def.naam} · Oordeel invulling`,
          regel: invullingRule(def),
          invoer: [
            score.invulling.uitleg,
            `Fouten: ${score.fouten}, waarschuwingen: ${score.waarschuwingen}`,
          ],
          bron: all,
        }),
      ],
      score.invulling.uitleg,
    ),
  );
  const vt = def.scores.voortgang
    ? rowsTables(def).find((x) => x.id === def.scores.voortgang?.tabel)
    : undefined;
  if (vt && score.voortgang)
    b.row(
      withUitleg(
        [
          `Voortgang ${vt.rijNaamMeervoud}`,
          null,
          there(cell(score.voortgang.fractie, { fmt: PERCENT }), {
            titel: `${unit ?? def.naam} · Voortgang`,
            regel: progressRule(def, vt),
            invoer: [score.voortgang.uitleg],
            bron: [],
          }),
        ],
        score.voortgang.uitleg,
      ),
    );
  const et = def.scores.eenheid ? rowsTables(def).find((x) => x.id === def.scores.eenheid?.tabel) : undefined;
  if (et && score.eenheid)
    b.row(
      withUitleg(
        [
          cell(`Oordeel ${soort}`, { bold: true }),
          null,
          null,
          null,
          there(cell(L[score.eenheid.rag], { fill: score.eenheid.rag }), {
            titel: `${unit ?? def.naam} · Oordeel ${soort}`,
            regel: unitRagRule(def, et),
            invoer: [score.eenheid.uitleg],
            bron: (ret.tabellen[et.id] ?? []).flatMap((r) => (r.geldt ? sourceOf(unit, r.bron) : [])),
          }),
        ],
        score.eenheid.uitleg,
      ),
    );
  b.row(["Fouten / waarschuwingen", null, score.fouten, score.waarschuwingen, null, null]);
  b.blank();

  const landelijk = report
    ? (tabel: string, sleutel: string) => {
        const counts = reportCounts(report, tabel, sleutel);
        return counts ? distributionText(counts) : null;
      }
    : undefined;
  if (previous && !prev)
    b.row([
      `Vorige ronde: van ${unit ?? def.naam} telde in de vorige ronde geen werkmap mee; er zijn geen vorige antwoorden om naast de huidige te zetten.`,
    ]);
  for (const rt of rowsTables(def))
    answersSection(b, def, rt, ret, score, false, true, landelijk, prev, true);
  return b.build();
}

/**
 * One factsheet per received unit, in the order of the units (sheet names unique, also against the other
 * national sheets). Only for a monitor with units.
 */
export function layoutFactsheets(
  def: Monitor,
  report: NationalReport,
  taken: readonly string[],
  previous?: NationalJson,
): SheetModel[] {
  if (!def.eenheden) return [];
  const used = new Set(taken.map((n) => n.toLowerCase()));
  return report.eenheden.flatMap((x) =>
    x.counted ? [layoutFactsheet(def, x.counted, sheetName(x.eenheid, used), report, previous)] : [],
  );
}
