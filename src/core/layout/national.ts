/**
 * The national sheets of the one engine: one layout per national table kind of the definition
 * (`landelijk`: retouren, rijverdeling, matrix, antwoorden, open, groepen) and, for a table with judged rows
 * in a monitor without units, the list of every judged row (`Actielijst`). Every RAG cell and percentage
 * carries its explanation (`uitleg`) with the source cells in the returned workbooks.
 */
import { noTotalText, vocabulary } from "../model/vocabulary";
import { formatIso, isoToSerial } from "../cells/dates";
import { formatPercent } from "../cells/text";
import { sortIssues, type Issue } from "../issues";
import { fieldsTable, rowsTable, rowsTables, scaleOf } from "../model";
import type { DateRef, Monitor, NationalTable, Rag, RowsTable } from "../model/schema";
import type { ModelCell, SheetModel, SourceCell } from "../sheet-model";
import { DATE_FORMAT } from "../template-model";
import { layoutOverview, OVERVIEW_SHEET } from "./overview";
import { renderTemplate } from "../engine/judge";
import { layoutFactsheets } from "./factsheet";
import type { NationalJson } from "../engine/json";
import {
  capital,
  dateColumn,
  explained,
  invulgraadRule,
  invullingRule,
  judgedColumns,
  judgementRule,
  mainColumn,
  sourceOf,
  typedText,
  unitKind,
  unitRagRule,
  type Explained,
} from "./rules";
import type {
  AnswerDistribution,
  CountedReturn,
  GroupRow,
  JudgedRow,
  NationalReport,
  RowDistribution,
  UnitRow,
} from "../engine/national-types";
import { cell, PERCENT, SheetBuilder, sheetLink, type CellInput } from "../engine/sheet-builder";
import type { RowValue } from "../engine/values";

export const ACTION_LIST_SHEET = "Actielijst";

const RAGS: Rag[] = ["groen", "oranje", "rood", "grijs"];

type Soort<S extends NationalTable["soort"]> = Extract<NationalTable, { soort: S }>;

/** Explanations of national sheets: the sources are in the returned workbooks, not in this one. */
function there(v: CellInput, e: Explained, extra: Omit<ModelCell, "v" | "uitleg"> = {}): ModelCell {
  return explained(v, e, false, extra);
}

function subtitle(def: Monitor, r: NationalReport): string {
  const received = def.eenheden
    ? ` · ontvangen ${r.ontvangen} van ${r.verwacht} ${unitKind(def).meervoud}`
    : "";
  return `${def.naam} (versie ${def.versie})${received} · gemaakt met Regiomonitor; bij opnieuw importeren wordt dit blad vervangen.`;
}

/** The peildatum of the counted returns: one date, a span "van … t/m …", or null. */
export function peildatumSpan(r: NationalReport): string | null {
  const dates = counted(r)
    .flatMap((c) => (c.ret.peildatum ? [c.ret.peildatum.end] : []))
    .sort();
  if (dates.length === 0) return null;
  const [first, last] = [dates[0], dates[dates.length - 1]];
  return first === last ? formatIso(first) : `${formatIso(first)} t/m ${formatIso(last)}`;
}

/** The printed page header of every national sheet: the monitor and the peildatum. */
export function nationalPageHeader(def: Monitor, r: NationalReport): string {
  const span = peildatumSpan(r);
  return `${def.naam}${span ? ` · peildatum ${span}` : ""}`;
}

function tableOf(def: Monitor, id: string): RowsTable {
  const t = rowsTable(def, id);
  if (!t) throw new Error(`Tabel '${id}' staat niet in de definitie.`);
  return t;
}

function kop(t: RowsTable, id: string): string {
  return t.kolommen.find((c) => c.id === id)?.kop ?? id;
}

/** The index of a fixed row in the definition (= in every return). */
function rowIndex(t: RowsTable, sleutel: string): number {
  return t.rijen.findIndex((r) => r.waarden[t.sleutel] === sleutel);
}

function hasPeildatum(def: Monitor): boolean {
  return fieldsTable(def)?.velden.some((v) => v.rol === "peildatum") ?? false;
}

/** Main-column option labels with weight > 0, and those with 0 < weight < 1. */
function realisedOptions(def: Monitor, t: RowsTable) {
  const opts = scaleOf(def, mainColumn(t).schaal)?.opties ?? [];
  return {
    alle: opts.filter((o) => o.gewicht > 0).map((o) => o.label),
    deels: opts.filter((o) => o.gewicht > 0 && o.gewicht < 1).map((o) => o.label),
    klaar: opts.filter((o) => o.gewicht === 1).map((o) => o.label),
  };
}

// --- Per unit and row: what the explanations say ------------------------------------------------------

interface Judged {
  row: RowValue;
  rag: Rag;
  uitleg: string;
}

function judgedOf(x: UnitRow, t: RowsTable, i: number): Judged | null {
  const c = x.counted;
  const row = c?.ret.tabellen[t.id]?.[i];
  const j = c?.score.oordelen[t.id]?.[i];
  return row && j ? { row, rag: j.rag, uitleg: j.uitleg } : null;
}

/** "Gouda: status In voorbereiding, verwachte datum 31-12-2011 → Oranje" */
function rowInput(def: Monitor, t: RowsTable, x: UnitRow, i: number): string {
  const j = judgedOf(x, t, i);
  if (!j) return `${x.eenheid}: niet ontvangen`;
  const c = j.row.cellen[t.hoofdkolom];
  const status =
    c?.state === "waarde" ? c.tekst : c?.state === "ongeldig" ? `'${c.shown}' (ongeldig)` : "leeg";
  const dc = dateColumn(t);
  const d = dc ? j.row.cellen[dc.id] : undefined;
  const vd = d?.state === "waarde" && d.datum ? `, ${dc!.kop.toLowerCase()} ${d.datum.tekst}` : "";
  return `${x.eenheid}: ${mainColumn(t).kop.toLowerCase()} ${status}${vd} → ${def.rag.labels[j.rag]}`;
}

/** The row's main cell and its date cell in the unit's return. */
function rowSources(t: RowsTable, x: UnitRow, i: number): SourceCell[] {
  const j = judgedOf(x, t, i);
  if (!j) return [];
  const dc = dateColumn(t);
  return [...sourceOf(x.eenheid, j.row.bron), ...(dc ? sourceOf(x.eenheid, j.row.cellen[dc.id]?.bron) : [])];
}

function unitTable(def: Monitor): RowsTable | undefined {
  return def.scores.eenheid ? rowsTable(def, def.scores.eenheid.tabel) : undefined;
}

function applicableSources(x: UnitRow, t: RowsTable | undefined): SourceCell[] {
  if (!t || !x.counted) return [];
  return (x.counted.ret.tabellen[t.id] ?? []).flatMap((r) => (r.geldt ? sourceOf(x.eenheid, r.bron) : []));
}

// --- Retouren --------------------------------------------------------------------------------------------

/**
 * Why a unit's invulgraad and invulling RAG are what they are (the explanation column in Retouren): the
 * figures only, as the rule (geldig ingevulde verplichte cellen ÷ verplichte cellen die gelden) is the same
 * on every row and is in the explanation of the Invulgraad cell.
 */
export function invullingUitleg(x: UnitRow): string | null {
  if (!x.counted) return null;
  const t = x.counted.score.invulgraad.totaal;
  return `Invulgraad ${formatPercent(t.fractie)}: ${t.ingevuld} van ${t.vereist} verplichte cellen geldig ingevuld, waarvan onbekend ${t.onbekend}. Invulling ${x.counted.score.invulling.uitleg}`;
}

function layoutRetouren(def: Monitor, r: NationalReport, l: Soort<"retouren">): SheetModel {
  const L = def.rag.labels;
  const { soort, meervoud } = unitKind(def);
  const et = unitTable(def);
  // The second table (the files) puts a file name in column A and the unit in B: both wide enough for
  // them, so that LibreOffice and Excel print neither over its neighbour.
  const b = new SheetBuilder(
    l.blad,
    [36, 20, 34, 13, 13, 12, 11, 9, 15, 11, 11, 30, 40, 45],
    nationalPageHeader(def, r),
  )
    .wrapColumns(12)
    .explanationsFrom(13);
  b.title(`${l.blad} — welke ${meervoud} hebben ingeleverd`);
  b.row([subtitle(def, r)]);
  b.header([
    capital(soort),
    "Ontvangen",
    "Bestand",
    "Meetmoment",
    "Peildatum",
    "Invulgraad",
    "Waarvan onbekend",
    "Fouten",
    "Waarschuwingen",
    `Oordeel ${soort}`,
    "Invulling",
    "Opmerking",
    "Uitleg oordeel",
    "Uitleg invulling",
  ]);
  b.freezeHere();
  const first = b.nextRow;
  for (const x of r.eenheden) {
    const opm =
      x.dubbel.length > 0
        ? `Dubbel ontvangen; niet meegeteld: ${x.dubbel.join(", ")}`
        : x.ontvangen
          ? ""
          : "Gegevens onbekend";
    const c = x.counted;
    const ontvangen: CellInput = x.ontvangen ? "Ja" : cell("Nee", { fill: "grijs" });
    const sheets: SourceCell[] = c
      ? Object.keys(c.score.invulgraad.perBlad).map((blad) => ({
          regio: x.eenheid,
          bestand: c.ret.bestand,
          blad,
          cel: "",
        }))
      : [];
    const inv = x.invulgraad === null ? null : cell(x.invulgraad, { fmt: PERCENT });
    const rag = x.rag ? cell(L[x.rag], { fill: x.rag }) : null;
    const invulling = x.invullingRag ? cell(L[x.invullingRag], { fill: x.invullingRag }) : null;
    const t = c?.score.invulgraad.totaal;
    b.row([
      x.eenheid,
      c
        ? ontvangen
        : there(ontvangen, {
            titel: `${x.eenheid} · Ontvangen`,
            regel: `Een ${soort} waarvan geen (leesbare) werkmap is ontvangen, telt in alle landelijke tabellen als 'Gegevens onbekend'.`,
            invoer: [`Geen meegetelde werkmap voor ${x.eenheid}.`],
            bron: [],
          }),
      x.bestand,
      x.meetmoment,
      x.peildatum
        ? x.peildatum.exact
          ? cell(isoToSerial(x.peildatum.end), { fmt: DATE_FORMAT })
          : x.peildatum.tekst
        : null,
      c && t
        ? there(inv, {
            titel: `${x.eenheid} · Invulgraad`,
            regel: invulgraadRule(),
            invoer: [
              `Werkmap: ${t.ingevuld} van ${t.vereist} verplichte cellen, waarvan onbekend ${t.onbekend}`,
              ...Object.entries(c.score.invulgraad.perBlad).map(
                ([blad, p]) =>
                  `${blad}: ${p.ingevuld} van ${p.vereist} (${formatPercent(p.fractie)}), waarvan onbekend ${p.onbekend}`,
              ),
            ],
            bron: sheets,
          })
        : inv,
      x.onbekend,
      x.ontvangen ? x.fouten : null,
      x.ontvangen ? x.waarschuwingen : null,
      c && et && c.score.eenheid
        ? there(rag, {
            titel: `${x.eenheid} · Oordeel ${soort}`,
            regel: `${unitRagRule(def, et)} ${judgementRule(def, et)}`,
            invoer: [
              c.score.eenheid.uitleg,
              ...(c.ret.tabellen[et.id] ?? []).flatMap((row, i) =>
                row.geldt ? [`${row.sleutel}: ${rowInput(def, et, x, i).replace(`${x.eenheid}: `, "")}`] : [],
              ),
            ],
            bron: applicableSources(x, et),
          })
        : rag,
      c
        ? there(invulling, {
            titel: `${x.eenheid} · Invulling`,
            regel: invullingRule(def),
            invoer: [
              c.score.invulling.uitleg,
              `Fouten: ${c.score.fouten}, waarschuwingen: ${c.score.waarschuwingen}`,
            ],
            bron: sheets,
          })
        : invulling,
      opm || null,
      x.ragUitleg,
      invullingUitleg(x),
    ]);
  }
  b.dataBar(6, first);
  b.blank();
  b.header(["Bestand", capital(soort), "Status", "Fouten", "Waarschuwingen", "Reden"]);
  for (const f of r.bestanden) {
    const status =
      f.status === "meegeteld"
        ? cell(f.status)
        : there(cell(f.status, { fill: f.status === "overgeslagen" ? "rood" : "oranje" }), {
            titel: `${f.bestand} · Status`,
            regel:
              f.status === "overgeslagen"
                ? "Een bestand dat niet als standaardwerkmap kan worden gelezen, wordt overgeslagen; de rest telt gewoon mee."
                : `Twee retouren voor één ${soort}: de latere peildatum telt (dan minder fouten, dan bestandsnaam); de andere is 'dubbel, niet meegeteld'.`,
            invoer: [f.reden],
            bron: [{ regio: f.eenheid, bestand: f.bestand, blad: "", cel: "" }],
          });
    b.row([f.bestand, f.eenheid, status, f.fouten, f.waarschuwingen, f.reden || null]);
  }
  return b.build();
}

// --- Rijverdeling (Mijlpalen landelijk) -------------------------------------------------------------------

function layoutRijverdeling(def: Monitor, r: NationalReport, l: Soort<"rijverdeling">): SheetModel {
  const L = def.rag.labels;
  const t = tableOf(def, l.tabel);
  const { soort, meervoud } = unitKind(def);
  const done = vocabulary(def).gerealiseerd;
  const statuses = (scaleOf(def, mainColumn(t).schaal)?.opties ?? []).map((o) => o.label);
  const opts = realisedOptions(def, t);
  const realised = opts.alle.join(" + ");
  const partly = opts.deels.map((o) => o.toLowerCase()).join(" of ");
  const matrix = def.landelijk.find((x) => x.soort === "matrix" && x.tabel === t.id);
  const widths = [8, 50, ...statuses.map(() => 13), 12, 13, 13, 14, ...RAGS.map(() => 9), 45];
  const b = new SheetBuilder(l.blad, widths, nationalPageHeader(def, r))
    .wrapColumns(2)
    .explanationsFrom(widths.length);
  b.title(`${l.blad} — stand per ${t.rijNaam.toLowerCase()}`);
  b.row([subtitle(def, r)]);
  b.header([
    kop(t, t.sleutel),
    kop(t, t.label),
    ...statuses,
    "Gegevens onbekend",
    capital(done),
    `Waarvan ${partly}`,
    `% ${done}`,
    ...RAGS.map((x) => L[x]),
    "Uitleg",
  ]);
  b.freezeHere();
  const first = b.nextRow;
  const pctCol = 2 + statuses.length + 4;
  const distText = (m: RowDistribution) =>
    `Oordelen: ${m.rag.groen} ${L.groen}, ${m.rag.oranje} ${L.oranje}, ${m.rag.rood} ${L.rood}, ${m.rag.grijs} ${L.grijs} (per ${soort} het oordeel van deze ${t.rijNaam.toLowerCase()}${hasPeildatum(def) ? " op de peildatum" : ""}${matrix ? `, zie ${matrix.blad}` : ""}; niet ontvangen of leeg is ${L.grijs}).`;
  const rule = judgementRule(def, t);
  for (const m of r.rijverdelingen[t.id] ?? []) {
    const i = rowIndex(t, m.sleutel);
    const isRealised = (x: UnitRow) => {
      const j = judgedOf(x, t, i);
      return !!j && j.row.geldt && (j.row.cellen[t.hoofdkolom]?.optie?.gewicht ?? 0) > 0;
    };
    const ragOf = (x: UnitRow): Rag => {
      const j = judgedOf(x, t, i);
      return j && j.row.geldt ? j.rag : "grijs";
    };
    const first1 = (x: UnitRow) => rowSources(t, x, i).slice(0, 1);
    b.row([
      m.sleutel,
      m.label,
      ...statuses.map((s) => m.status[s]),
      m.gegevensOnbekend,
      m.gerealiseerd,
      m.waarvanGedeeltelijk,
      there(cell(m.fractieGerealiseerd, { fmt: PERCENT }), {
        titel: `${m.sleutel} · % ${done}`,
        regel: `Het percentage ${done}: het aantal ${meervoud} met ${opts.alle.join(" of ")}, gedeeld door alle verwachte ${meervoud}. Niet ontvangen, leeg, ongeldig of n.v.t. telt als Gegevens onbekend (niet ${done}).`,
        invoer: [
          `${m.gerealiseerd} van ${r.verwacht} ${done}, waarvan ${m.waarvanGedeeltelijk} ${partly}; ${m.gegevensOnbekend} gegevens onbekend`,
          ...r.eenheden.filter((x) => !isRealised(x)).map((x) => `Niet ${done}: ${rowInput(def, t, x, i)}`),
        ],
        bron: r.eenheden.flatMap(first1),
      }),
      ...RAGS.map((rag) => {
        const units = r.eenheden.filter((x) => ragOf(x) === rag);
        return there(cell(m.rag[rag], m.rag[rag] > 0 ? { fill: rag } : {}), {
          titel: `${m.sleutel} · ${L[rag]}`,
          regel: `Aantal ${meervoud} met oordeel ${L[rag]} voor deze ${t.rijNaam.toLowerCase()}. ${rule}`,
          invoer: [
            `${m.rag[rag]} van ${r.verwacht} ${meervoud}`,
            ...units.map((x) => rowInput(def, t, x, i)),
          ],
          bron: units.flatMap(first1),
        });
      }),
      `${m.gerealiseerd} van ${r.verwacht} ${done} (${formatPercent(m.fractieGerealiseerd)}): ${realised}, waarvan ${m.waarvanGedeeltelijk} ${partly}; niet ontvangen, leeg, ongeldig of n.v.t. telt als Gegevens onbekend. ${distText(m)}`,
    ]);
  }
  b.dataBar(pctCol, first);
  return b.build();
}

// --- Matrix (Regio × mijlpaal) ----------------------------------------------------------------------------

function normLine(t: RowsTable, i: number): string | null {
  const nd = t.rijen[i]?.normdatum;
  if (!nd) return null;
  let months: number | undefined;
  for (const rule of t.oordeel ?? [])
    for (const test of rule.als) {
      const d: DateRef | undefined =
        "voor" in test
          ? test.voor
          : "na" in test
            ? test.na
            : "uiterlijk" in test
              ? test.uiterlijk
              : undefined;
      if (d && d.waarde === "normdatum" && d.plusMaanden !== undefined && months === undefined)
        months = d.plusMaanden;
    }
  return `Normdatum ${formatIso(nd)}${months !== undefined ? `; toegestane vertraging ${months} maanden` : ""}`;
}

function layoutMatrix(def: Monitor, r: NationalReport, l: Soort<"matrix">): SheetModel {
  const L = def.rag.labels;
  const t = tableOf(def, l.tabel);
  const { soort } = unitKind(def);
  const et = unitTable(def);
  const main = mainColumn(t);
  const b = new SheetBuilder(
    l.blad,
    [24, ...t.rijen.map(() => 17), 11, 50],
    nationalPageHeader(def, r),
  ).explanationsFrom(t.rijen.length + 3);
  b.title(`${l.blad} — ${l.titel ?? `${main.kop.toLowerCase()} per ${soort} en ${t.rijNaam.toLowerCase()}`}`);
  b.row([subtitle(def, r)]);
  b.header([
    capital(soort),
    ...t.rijen.map((row) => `${row.waarden[t.sleutel]} ${row.waarden[t.label]}`),
    `Oordeel ${soort}`,
    "Uitleg",
  ]);
  b.freezeHere();
  const rule = judgementRule(def, t);
  for (const x of r.eenheden) {
    const c = x.counted;
    const explain = (i: number): Explained => {
      const j = judgedOf(x, t, i);
      const norm = normLine(t, i);
      return {
        titel: `${x.eenheid} · ${t.rijen[i].waarden[t.sleutel]}`,
        regel: c ? rule : "Niet ontvangen: telt als 'Gegevens onbekend'.",
        invoer: [rowInput(def, t, x, i), ...(j ? [j.uitleg] : []), ...(norm ? [norm] : [])],
        bron: rowSources(t, x, i),
      };
    };
    if (!c) {
      b.row([
        x.eenheid,
        ...t.rijen.map((_row, i) => there(cell("niet ontvangen", { fill: "grijs" }), explain(i))),
        null,
        x.ragUitleg,
      ]);
      continue;
    }
    const notes: string[] = [];
    const cells = (c.ret.tabellen[t.id] ?? []).map((row, i) => {
      const j = c.score.oordelen[t.id][i];
      if (!row.geldt) return there(cell("n.v.t."), explain(i));
      if (j.rag !== "groen") notes.push(`${row.sleutel} ${j.uitleg}`);
      const v = row.cellen[t.hoofdkolom];
      let text: string | null = null;
      if (v?.state === "waarde" && v.optie) {
        const tpl = l.weergave?.[v.optie.label];
        text = tpl
          ? renderTemplate(tpl, (name) => {
              const k = row.cellen[name];
              return k?.state === "waarde" ? (k.datum?.tekst ?? k.tekst) : null;
            }).trim() || v.optie.label
          : v.optie.label;
      } else if (v?.state === "waarde") text = v.tekst;
      else if (v && v.state !== "leeg") text = v.shown;
      return there(cell(text || null, { fill: j.rag }), explain(i));
    });
    const rag = x.rag ? cell(L[x.rag], { fill: x.rag }) : null;
    b.row([
      x.eenheid,
      ...cells,
      et && c.score.eenheid
        ? there(rag, {
            titel: `${x.eenheid} · Oordeel ${soort}`,
            regel: unitRagRule(def, et),
            invoer: [c.score.eenheid.uitleg],
            bron: applicableSources(x, et),
          })
        : rag,
      [x.ragUitleg, ...notes].join(" "),
    ]);
  }
  return b.build();
}

// --- Antwoorden (Vragenlijst landelijk) -------------------------------------------------------------------

function layoutAntwoorden(def: Monitor, r: NationalReport, l: Soort<"antwoorden">): SheetModel {
  const t = tableOf(def, l.tabel);
  const { meervoud } = unitKind(def);
  const main = mainColumn(t);
  const b = new SheetBuilder(l.blad, [7, 50, 30, 9, 11, 60], nationalPageHeader(def, r))
    .wrapColumns(2, 3)
    .explanationsFrom(6)
    .printPortrait();
  const openOnly = t.rijen.length === 0;
  b.title(
    openOnly
      ? `${l.blad} — antwoorden over alle opgegeven ${t.rijNaamMeervoud}`
      : `${l.blad} — antwoorden per gesloten ${t.rijNaam.toLowerCase()}`,
  );
  b.row([subtitle(def, r)]);
  b.header(
    openOnly
      ? ["Nr", capital(t.rijNaam), "Antwoord", "Aantal", "Percentage", "Uitleg"]
      : [kop(t, t.sleutel), kop(t, t.label), main.kop, "Aantal", "Percentage", "Uitleg"],
  );
  b.freezeHere();
  const first = b.nextRow;
  for (const q of r.antwoorden[t.id] ?? []) {
    const i = rowIndex(t, q.sleutel);
    if (i < 0) {
      openAnswerRows(b, t, q);
      continue;
    }
    const scale = scaleOf(def, t.rijen[i]?.cel?.schaal ?? main.schaal);
    const unknown = (scale?.opties ?? []).filter((o) => o.onbekend).map((o) => o.label);
    const unknownText = [...unknown, "leeg", "ongeldig"].join(", ") + " of niet ontvangen";
    const answerOf = (x: UnitRow) => {
      const row = x.counted?.ret.tabellen[t.id]?.[i];
      const v = row?.cellen[t.hoofdkolom];
      return row && row.geldt && v?.state === "waarde" && q.opties.some((o) => o.antwoord === v.tekst)
        ? v.tekst
        : null;
    };
    const pct = (fractie: number, antwoord: string, units: UnitRow[] | null, regel: string, bold = false) =>
      there(cell(fractie, { fmt: PERCENT, ...(bold ? { bold } : {}) }), {
        titel: `${q.sleutel} · ${antwoord}`,
        regel,
        invoer: [
          `${units === null ? q.totaal : units.length} van ${q.totaal} ${meervoud}`,
          ...(units ?? []).map((x) => (x.counted ? x.eenheid : `${x.eenheid} (niet ontvangen)`)),
        ],
        bron: (units ?? []).flatMap((x) => sourceOf(x.eenheid, x.counted?.ret.tabellen[t.id]?.[i]?.bron)),
      });
    const header = q.onderdeel ? `${q.onderdeel}: ${q.label}` : q.label;
    b.row([cell(q.sleutel, { bold: true }), cell(header, { bold: true }), null, null, null]);
    for (const o of q.opties)
      b.row([
        q.sleutel,
        null,
        o.antwoord,
        o.aantal,
        pct(
          o.fractie,
          o.antwoord,
          r.eenheden.filter((x) => answerOf(x) === o.antwoord),
          `Het percentage: het aantal ${meervoud} met het ${main.kop.toLowerCase()} '${o.antwoord}', gedeeld door de ${q.totaal} verwachte ${meervoud}, op één decimaal.`,
        ),
        `${o.aantal} van ${q.totaal} ${meervoud} (${formatPercent(o.fractie)}): het aantal met dit ${main.kop.toLowerCase()}, gedeeld door de verwachte ${meervoud}.`,
      ]);
    b.row([
      q.sleutel,
      null,
      "Gegevens onbekend",
      q.gegevensOnbekend.aantal,
      pct(
        q.gegevensOnbekend.fractie,
        "Gegevens onbekend",
        r.eenheden.filter((x) => answerOf(x) === null),
        `Gegevens onbekend: ${unknownText}, gedeeld door alle verwachte ${meervoud}.`,
      ),
      `${q.gegevensOnbekend.aantal} van ${q.totaal} ${meervoud} (${formatPercent(q.gegevensOnbekend.fractie)}): ${capital(unknownText)}.`,
    ]);
    b.row([
      q.sleutel,
      null,
      cell("Totaal", { bold: true }),
      cell(q.totaal, { bold: true }),
      pct(
        1,
        "Totaal",
        null,
        `Totaal: alle ${q.totaal} verwachte ${meervoud} (100 %), ontvangen of niet.`,
        true,
      ),
      `Alle ${q.totaal} verwachte ${meervoud} (100 %).`,
    ]);
  }
  b.dataBar(5, first);
  return b.build();
}

/**
 * The entry of a choice column over the open rows (rows the units added): counted over those rows, shown
 * with its number and label (its key is internal).
 */
function openAnswerRows(b: SheetBuilder, t: RowsTable, q: AnswerDistribution): void {
  const nr = q.nummer;
  const m = t.rijNaamMeervoud;
  const explain = (fractie: number, antwoord: string, regel: string, bold = false) =>
    there(cell(fractie, { fmt: PERCENT, ...(bold ? { bold } : {}) }), {
      titel: `${q.label} · ${antwoord}`,
      regel,
      invoer: [`${q.totaal} ${m} opgegeven in de meegetelde retouren`],
      bron: [],
    });
  b.row([cell(nr, { bold: true }), cell(q.label, { bold: true }), null, null, null]);
  for (const o of q.opties)
    b.row([
      nr,
      null,
      o.antwoord,
      o.aantal,
      explain(
        o.fractie,
        o.antwoord,
        `Het percentage: de ${m} met '${o.antwoord}', gedeeld door de ${q.totaal} opgegeven ${m}.`,
      ),
      `${o.aantal} van ${q.totaal} ${m} (${formatPercent(o.fractie)}).`,
    ]);
  b.row([
    nr,
    null,
    "Gegevens onbekend",
    q.gegevensOnbekend.aantal,
    explain(
      q.gegevensOnbekend.fractie,
      "Gegevens onbekend",
      `Onbekend, leeg of ongeldig, gedeeld door de ${q.totaal} opgegeven ${m}.`,
    ),
    `${q.gegevensOnbekend.aantal} van ${q.totaal} ${m} (${formatPercent(q.gegevensOnbekend.fractie)}): onbekend, leeg of ongeldig.`,
  ]);
  b.row([
    nr,
    null,
    cell("Totaal", { bold: true }),
    cell(q.totaal, { bold: true }),
    explain(1, "Totaal", `Totaal: alle ${q.totaal} opgegeven ${m} (100 %).`, true),
    `Alle ${q.totaal} opgegeven ${m} (100 %).`,
  ]);
}

// --- Open antwoorden --------------------------------------------------------------------------------------

function layoutOpen(def: Monitor, r: NationalReport, l: Soort<"open">): SheetModel {
  const t = tableOf(def, l.tabel);
  const { soort } = unitKind(def);
  const b = new SheetBuilder(l.blad, [24, 7, 40, 60, 28], nationalPageHeader(def, r))
    .wrapColumns(3, 4)
    .explanationsFrom(5)
    .printPortrait();
  b.title(`${l.blad} — per ${soort} en ${t.rijNaam.toLowerCase()}`);
  b.row([subtitle(def, r)]);
  b.header([capital(soort), kop(t, t.sleutel), kop(t, t.label), mainColumn(t).kop, "Bron"]);
  b.freezeHere();
  const open = r.open.filter((o) => rowIndex(t, o.sleutel) >= 0);
  if (open.length === 0) b.row([null, null, null, "Geen open antwoorden ontvangen.", null]);
  for (const o of open)
    b.row([
      o.eenheid,
      o.sleutel,
      o.label,
      o.antwoord,
      o.bron ? `${o.bron.bestand} · ${o.bron.blad}!${o.bron.cel}` : null,
    ]);
  return b.build();
}

// --- Groepen (Overzicht acties) and the list of judged rows (Actielijst) ----------------------------------

function counted(r: NationalReport): CountedReturn[] {
  return r.meegeteld ?? r.eenheden.flatMap((x) => (x.counted ? [x.counted] : []));
}

/** The issues of the report: the aggregation's and those of every counted return. */
function reportIssues(r: NationalReport): Issue[] {
  return [...r.issues, ...counted(r).flatMap((c) => c.issues)];
}

function rowSource(j: JudgedRow): SourceCell[] {
  return sourceOf(j.eenheid, j.row.bron);
}

function layoutGroups(
  def: Monitor,
  r: NationalReport,
  blad: string,
  tables: Soort<"groepen">[],
  listSheet: string | null,
): SheetModel {
  const L = def.rag.labels;
  const t = tableOf(def, tables[0].tabel);
  const rows = r.rijen[t.id] ?? [];
  const opts = realisedOptions(def, t);
  const done = opts.klaar[0] ?? "Gereed";
  const plural = t.rijNaamMeervoud;
  const rule = judgementRule(def, t);
  const files = counted(r).map((c) => c.ret.bestand);
  const b = new SheetBuilder(blad, [52, 10, 10, 10, 10, 10, 11, 12], nationalPageHeader(def, r));
  b.title(`${blad} — ${def.naam}`);
  b.row([
    `${def.naam} (versie ${def.versie}) · bron: ${files.join(", ")} · gemaakt met Regiomonitor; bij opnieuw schrijven wordt dit blad vervangen.`,
  ]);
  b.row([
    `${rule}${listSheet ? ` Zie het blad ${listSheet} voor de uitleg per ${t.rijNaam.toLowerCase()}.` : ""}${def.totaaloordeel ? "" : ` ${noTotalText(vocabulary(def))}`}`,
  ]);
  b.blank();

  // A total over all rows carries no colours where the source says no total judgement can be given.
  const totalColours = def.totaaloordeel;
  const groupCells = (g: GroupRow, members: JudgedRow[], bold: boolean, total = bold): CellInput[] => [
    cell(g.label, { bold }),
    cell(g.aantal, { bold }),
    ...RAGS.map((c) => {
      if (total && !totalColours) return null;
      const these = members.filter((j) => j.oordeel.rag === c);
      return there(cell(g.rag[c], { bold, ...(g.rag[c] > 0 ? { fill: c } : {}) }), {
        titel: `${g.label} · ${L[c]}`,
        regel: `Aantal ${plural} met oordeel ${L[c]} in deze groep. ${rule}`,
        invoer: [
          `${g.rag[c]} van ${g.aantal} ${plural}`,
          ...these.map((j) => `${j.row.sleutel}: ${j.oordeel.uitleg}`),
        ],
        bron: these.flatMap(rowSource),
      });
    }),
    cell(g.voltooid, { bold }),
    there(cell(g.fractieVoltooid, { fmt: PERCENT, bold }), {
      titel: `${g.label} · % ${done.toLowerCase()}`,
      regel: `Het percentage ${done.toLowerCase()}: de ${plural} met ${mainColumn(t).kop.toLowerCase()} '${done}', gedeeld door alle ${plural} in de groep.`,
      invoer: [
        `${g.voltooid} van ${g.aantal} ${plural} ${done.toLowerCase()}`,
        ...members
          .filter((j) => j.row.cellen[t.hoofdkolom]?.optie?.gewicht === 1)
          .map((j) => `${j.row.sleutel}: ${done}`),
      ],
      bron: members.flatMap(rowSource),
    }),
  ];

  const header = (first: string) =>
    b.header([first, capital(plural), L.groen, L.oranje, L.rood, L.grijs, done, `% ${done.toLowerCase()}`]);
  header(`Alle ${plural}`);
  b.freezeHere();
  let first = b.nextRow;
  if (r.totaal) {
    const tot = r.totaal;
    b.row(groupCells(tot, rows, true));
    b.dataBar(8, first);
    if (totalColours)
      b.row([
        "Aandeel",
        null,
        ...RAGS.map((c) =>
          there(cell(tot.aantal === 0 ? 0 : tot.rag[c] / tot.aantal, { fmt: PERCENT }), {
            titel: `Aandeel ${L[c]}`,
            regel: `Het aandeel: de ${plural} met oordeel ${L[c]}, gedeeld door alle ${plural}. ${rule}`,
            invoer: [`${tot.rag[c]} van ${tot.aantal} ${plural}`],
            bron: rows.filter((j) => j.oordeel.rag === c).flatMap(rowSource),
          }),
        ),
      ]);
  }

  for (const g of r.groepen) {
    const spec = tables.find((x) => x.titel === g.titel);
    if (!spec) continue;
    b.blank();
    b.row([cell(g.titel, { bold: true })]);
    header(g.kolom);
    first = b.nextRow;
    for (const row of g.rijen)
      b.row(
        groupCells(
          row,
          rows.filter((j) => j.row.vast[spec.kolom] === row.waarde),
          false,
        ),
      );
    b.dataBar(8, first);
    b.row(groupCells(g.totaal, rows, true));
  }

  if (t.verschuiving) shiftSection(b, r, t, rows);

  b.blank();
  const issues = sortIssues(reportIssues(r));
  const fouten = issues.filter((i) => i.severity === "fout").length;
  const waarschuwingen = issues.filter((i) => i.severity === "waarschuwing").length;
  b.row([cell(`Meldingen: ${fouten} fouten, ${waarschuwingen} waarschuwingen`, { bold: true })]);
  if (issues.length > 0) {
    // No issue codes on the sheet (internal names such as ongeldige_datum say nothing to a reader).
    b.header(["Melding", "Cel", "Ernst"]);
    for (const i of issues) {
      const link = i.blad && i.cel ? sheetLink(i.blad, i.cel) : undefined;
      b.row([
        i.bericht,
        cell(i.blad && i.cel ? `${i.blad}!${i.cel}` : (i.blad ?? ""), link ? { link } : {}),
        i.severity,
      ]);
    }
  }
  return b.build();
}

/** The shift table of a table with `verschuiving`: per category the rows, their share and the stated ones. */
function shiftSection(b: SheetBuilder, r: NationalReport, t: RowsTable, rows: JudgedRow[]): void {
  const s = t.verschuiving;
  if (!s) return;
  const plural = t.rijNaamMeervoud;
  const dk = kop(t, s.datum);
  const tk = kop(t, s.tov);
  const tovShort = tk.toLowerCase().startsWith(`${dk.toLowerCase()} `) ? tk.slice(dk.length + 1) : tk;
  const total = r.totaal?.aantal ?? rows.length;
  const none = t.kolommen.find((c) => c.id === s.datum)?.zonderDatum[0] ?? "Nog te bepalen";
  const rule =
    `De verschuiving volgt uit de einddatums van '${dk}' en '${tk}'; zonder ${dk.toLowerCase()} (of '${none}') is het 'zonder einddatum'.` +
    (s.opgegeven
      ? ` Waar de datum van de ${tovShort.toLowerCase()} ontbreekt, telt de categorie uit kolom '${kop(t, s.opgegeven)}' ("waarvan opgegeven").`
      : "");
  b.blank();
  b.row([cell(`Verschuiving ${dk.toLowerCase()} t.o.v. ${tovShort.toLowerCase()}`, { bold: true })]);
  b.header(["Verschuiving", capital(plural), "%", "waarvan opgegeven"]);
  for (const x of r.verschuiving) {
    const these = rows.filter((j) => (j.verschuiving.categorie ?? "onbekend") === x.categorie);
    b.row([
      x.categorie,
      x.aantal,
      there(cell(total === 0 ? 0 : x.aantal / total, { fmt: PERCENT }), {
        titel: `Verschuiving · ${x.categorie}`,
        regel: `Het percentage: de ${plural} met deze verschuiving, gedeeld door alle ${plural}. ${rule}`,
        invoer: [
          `${x.aantal} van ${total} ${plural}, waarvan ${x.waarvanOpgegeven} opgegeven`,
          ...these.map((j) => `${j.row.sleutel}: ${shiftText(j)}`),
        ],
        bron: these.flatMap(rowSource),
      }),
      x.waarvanOpgegeven,
    ]);
  }
  b.row([
    cell("Totaal", { bold: true }),
    cell(total, { bold: true }),
    there(cell(1, { fmt: PERCENT, bold: true }), {
      titel: "Verschuiving · Totaal",
      regel: `Alle ${total} ${plural} (100 %).`,
      invoer: [`${total} ${plural}`],
      bron: [],
    }),
  ]);
  b.row([rule]);
  if (r.verschuiving.some((x) => x.categorie === "eerder of gelijk"))
    b.row([
      `'eerder of gelijk': volgens de opgave niet later dan bij de ${tovShort.toLowerCase()}; of de ${t.rijNaam.toLowerCase()} eerder of op dezelfde datum klaar is, is uit de gegevens niet te onderscheiden.`,
    ]);
}

function shiftText(j: JudgedRow): string {
  const v = j.verschuiving;
  return v.categorie === null
    ? "onbekend"
    : v.bron === "opgegeven"
      ? `${v.categorie} (opgegeven)`
      : v.categorie;
}

function layoutRowList(
  def: Monitor,
  r: NationalReport,
  t: RowsTable,
  name: string,
  here: boolean,
  withShift: boolean,
): SheetModel {
  const L = def.rag.labels;
  const fixed = t.kolommen.filter((c) => c.vast);
  const shown = judgedColumns(t).filter((c) => !c.vast && c.id !== t.verschuiving?.opgegeven);
  const widths = [
    ...fixed.map((c) => Math.min(c.breedte, 50)),
    // A list, not a form: narrower than the template's columns.
    ...shown.map((c) => Math.min(c.breedte, 16)),
    ...(t.verschuiving ? [16] : []),
    10,
    60,
  ];
  const files = counted(r).map((c) => c.ret.bestand);
  const b = new SheetBuilder(name, widths, nationalPageHeader(def, r))
    .wrapColumns(...fixed.map((_, i) => i + 1))
    .explanationsFrom(widths.length);
  b.title(`${name} — ${def.naam}`);
  b.row([
    `Per ${t.rijNaam.toLowerCase()} het stoplicht met de regel en de waarden die het bepaalden. Bron: ${files.join(", ")}.`,
  ]);
  b.blank();
  b.header([
    ...fixed.map((c) => c.kop),
    ...shown.map((c) => c.kop),
    ...(t.verschuiving ? ["Verschuiving"] : []),
    "Oordeel",
    "Uitleg",
  ]);
  b.freezeHere();
  const rule = judgementRule(def, t);
  for (const j of r.rijen[t.id] ?? []) {
    const row = j.row;
    const link = row.bron ? sheetLink(row.bron.blad, row.bron.cel) : undefined;
    const values = shown.map((c) => typedText(row.cellen[c.id]));
    b.row([
      ...fixed.map((c, i) => (i === 0 && link ? cell(row.vast[c.id], { link }) : row.vast[c.id])),
      ...values,
      ...(t.verschuiving ? [shiftText(j)] : []),
      explained(
        cell(L[j.oordeel.rag], { fill: j.oordeel.rag }),
        {
          titel: `${row.sleutel} · Oordeel`,
          regel: rule,
          invoer: [
            j.oordeel.uitleg,
            ...shown.map((c, i) => `${c.kop}: ${values[i] ?? "leeg"}`),
            ...(t.verschuiving ? [`Verschuiving: ${shiftText(j)}`] : []),
          ],
          bron: rowSource(j),
        },
        here,
      ),
      j.oordeel.uitleg,
    ]);
  }
  if (withShift) shiftSection(b, r, t, r.rijen[t.id] ?? []);
  return b.build();
}

/** The list sheet of a judged table: `Actielijst`, and with more than one such table also the table id. */
function listSheetName(tables: RowsTable[], t: RowsTable): string {
  return tables.length <= 1 ? ACTION_LIST_SHEET : `${ACTION_LIST_SHEET} ${t.id}`.slice(0, 31);
}

// --- All national sheets ----------------------------------------------------------------------------------

/** `previous`: the previous national round, whose answers per unit stand in the factsheets (`aggregate --vorige`). */
export function layoutNational(def: Monitor, report: NationalReport, previous?: NationalJson): SheetModel[] {
  // The workbook opens on the overview with its charts.
  const out: SheetModel[] = [
    layoutOverview(def, report, nationalPageHeader(def, report), subtitle(def, report)),
  ];
  const listTables = def.eenheden ? [] : rowsTables(def).filter((t) => t.oordeel);
  // Without units the national return is one workbook: its Actielijst points into the workbook itself.
  const here = !def.eenheden && counted(report).length === 1;
  const groupSheets = new Set<string>();
  for (const l of def.landelijk) {
    switch (l.soort) {
      case "retouren":
        out.push(layoutRetouren(def, report, l));
        break;
      case "rijverdeling":
        out.push(layoutRijverdeling(def, report, l));
        break;
      case "matrix":
        out.push(layoutMatrix(def, report, l));
        break;
      case "antwoorden":
        out.push(layoutAntwoorden(def, report, l));
        break;
      case "open":
        out.push(layoutOpen(def, report, l));
        break;
      case "groepen": {
        if (groupSheets.has(l.blad)) break;
        groupSheets.add(l.blad);
        const same = def.landelijk.filter(
          (x): x is Soort<"groepen"> => x.soort === "groepen" && x.blad === l.blad,
        );
        const listed = listTables.find((t) => t.id === l.tabel);
        out.push(layoutGroups(def, report, l.blad, same, listed ? listSheetName(listTables, listed) : null));
        break;
      }
    }
  }
  // The shift table goes with the group overview; without one, under the list.
  for (const t of listTables) {
    const grouped = def.landelijk.some((l) => l.soort === "groepen" && l.tabel === t.id);
    out.push(layoutRowList(def, report, t, listSheetName(listTables, t), here, !grouped));
  }
  out.push(
    ...layoutFactsheets(
      def,
      report,
      out.map((m) => m.name),
      previous,
    ),
  );
  return out;
}

/**
 * The names of the sheets `layoutNational` writes for a definition, in order (for the task pane's texts);
 * with units, one factsheet per received unit follows them (named after the unit).
 */
export function nationalSheetNames(def: Monitor): string[] {
  const names: string[] = [OVERVIEW_SHEET];
  for (const l of def.landelijk) if (!names.includes(l.blad)) names.push(l.blad);
  const lists = def.eenheden ? [] : rowsTables(def).filter((t) => t.oordeel);
  for (const t of lists) names.push(listSheetName(lists, t));
  return names;
}

/**
 * The 1-based row of a unit (Retouren: first column) or a file (the file table) in a national sheet: the
 * first row under the frozen header whose first cell is `first`, or null.
 */
export function rowOfFirstCell(m: SheetModel, first: string, from = m.freezeRows): number | null {
  for (let r = from; r < m.rows.length; r++) if (m.rows[r][0]?.v === first) return r + 1;
  return null;
}
