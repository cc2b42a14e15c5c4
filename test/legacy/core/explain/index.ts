/**
 * Explainable scores: for every RAG cell and percentage the add-in writes, the rule that made it, the values
 * that went in and where those values came from (region, file, sheet, cell). Pure: built from the report or
 * the region's score and the SheetModels that were written, so the positions are those of the written sheets.
 *
 * The sheets also carry their explanation in a column (see the layouts); this index is what the task pane
 * shows when a policy officer selects such a cell ("waarom is dit rood?").
 */
import type { Definition, Rag } from "../definition/schema";
import type { NationalReport, RegionRow } from "../national/aggregate";
import type { RegionReturn } from "../read/region-return";
import type { SourceRef } from "../../../../src/core/read/cells";
import type { RegionScore } from "../score/region-score";
import type { ModelCell, SheetModel } from "../../../../src/core/sheet-model";
import { a1, parseA1 } from "../../../../src/core/grid";
import { formatIso } from "../../../../src/core/cells/dates";
import { formatPercent } from "../../../../src/core/cells/text";
import { NATIONAL_SHEETS } from "../layout/national-sheets";
import { SUMMARY_SHEET } from "../layout/region-summary";

/** Where a value came from. */
export interface SourceCell {
  regio: string | null;
  bestand: string;
  blad: string;
  cel: string;
}

export interface Explanation {
  /** The explained cell. */
  blad: string;
  cel: string;
  /** What the cell is, e.g. "M5 · % gerealiseerd" or "Gouda · Oordeel regio". */
  titel: string;
  /** What the cell shows, as text (e.g. "78,4 %", "Rood"). */
  waarde: string;
  /** The rule, in Dutch. */
  regel: string;
  /** The values that went in, one line each. */
  invoer: string[];
  /** The source cells (in returned workbooks, or in this workbook for a Samenvatting). */
  bron: SourceCell[];
  /** True when the sources are in the workbook the Samenvatting is in (then "Ga naar bron" can select them). */
  bronInDezeWerkmap: boolean;
}

export type ExplanationIndex = ReadonlyMap<string, Explanation>;

export function explanationKey(blad: string, cel: string): string {
  return `${blad}\u0000${cel.toUpperCase()}`;
}

/**
 * The explanation of a selected address (`B7`, `B7:C9`, `'Mijlpalen landelijk'!K8`, `$K$8`): the top-left
 * cell's, or null when there is none.
 */
export function lookupExplanation(
  index: ExplanationIndex,
  blad: string,
  address: string,
): Explanation | null {
  let local = address;
  let sheet = blad;
  const bang = address.lastIndexOf("!");
  if (bang >= 0) {
    sheet = address.slice(0, bang).replace(/^'|'$/g, "").replace(/''/g, "'");
    local = address.slice(bang + 1);
  }
  const first = local.split(":")[0].replace(/\$/g, "");
  const p = parseA1(first);
  if (!p) return null;
  return index.get(explanationKey(sheet, a1(p.row, p.col))) ?? null;
}

/** "Bron: Regiomonitor-Gouda.xlsx, Mijlpalen!C6" */
export function sourceText(s: SourceCell): string {
  if (s.blad && s.cel) return `${s.bestand}, ${s.blad}!${s.cel}`;
  return s.blad ? `${s.bestand}, blad ${s.blad}` : s.bestand;
}

// ---------------------------------------------------------------------------------------------------------
// Positions in a SheetModel: header rows by their first label, columns by header text, rows by first cell.

function text(c: ModelCell | undefined): string | null {
  return c && typeof c.v === "string" ? c.v : null;
}

/** 0-based index of the header row (a row of `kop` cells) that starts with `first`, from row `from`. */
function headerRow(m: SheetModel, first: string, from = 0): number {
  for (let r = from; r < m.rows.length; r++) {
    const c = m.rows[r][0];
    if (c?.fill === "kop" && c.v === first) return r;
  }
  return -1;
}

/** Data rows under a header: until the first empty row. */
function rowsUnder(m: SheetModel, header: number): number[] {
  const out: number[] = [];
  for (let r = header + 1; r < m.rows.length; r++) {
    if (m.rows[r].every((c) => c.v === null)) break;
    out.push(r);
  }
  return out;
}

function colOf(m: SheetModel, header: number, label: string): number {
  return header < 0 ? -1 : m.rows[header].findIndex((c) => c.v === label);
}

/**
 * The 1-based sheet row whose first cell is `first` under the header that starts with `headerFirst` (e.g. the
 * row of a region in Retouren), or null.
 */
export function rowOf(m: SheetModel, headerFirst: string, first: string): number | null {
  const h = headerRow(m, headerFirst);
  if (h < 0) return null;
  const r = rowsUnder(m, h).find((i) => m.rows[i][0]?.v === first);
  return r === undefined ? null : r + 1;
}

function shown(c: ModelCell | undefined): string {
  if (!c || c.v === null) return "";
  if (typeof c.v === "number" && c.fmt === "0.0%") return formatPercent(c.v);
  return String(c.v);
}

function src(regio: string | null, s: SourceRef | null | undefined): SourceCell[] {
  return s ? [{ regio, bestand: s.bestand, blad: s.blad, cel: s.cel }] : [];
}

const ragOrder: Rag[] = ["groen", "oranje", "rood", "grijs"];

class IndexBuilder {
  readonly map = new Map<string, Explanation>();
  constructor(private readonly m: SheetModel | undefined) {}
  add(
    r: number,
    c: number,
    e: Omit<Explanation, "blad" | "cel" | "waarde" | "bronInDezeWerkmap">,
    here = false,
  ) {
    if (!this.m || r < 0 || c < 0) return;
    const cell = this.m.rows[r]?.[c];
    if (!cell || cell.v === null) return;
    const address = a1(r + 1, c + 1);
    this.map.set(explanationKey(this.m.name, address), {
      blad: this.m.name,
      cel: address,
      waarde: shown(cell),
      bronInDezeWerkmap: here,
      ...e,
    });
  }
}

// ---------------------------------------------------------------------------------------------------------
// National sheets

function invulgraadRule(): string {
  return "Invulgraad = geldig ingevulde verplichte cellen ÷ verplichte cellen die gelden (per werkmap). 'Onbekend' telt als ingevuld en wordt apart genoemd (waarvan onbekend).";
}

function regionRagRule(def: Definition): string {
  const L = def.rag.labels;
  return `Oordeel regio = het slechtste oordeel van de mijlpalen die gelden (${def.rag.volgorde.map((r) => L[r]).join(" > ")}).`;
}

function milestoneRagRule(def: Definition): string {
  const L = def.rag.labels;
  const d = def.mijlpalen.toegestaneVertragingMaanden;
  return `Op de peildatum: ${L.groen} = gereed; ${L.oranje} = gedeeltelijk, of in voorbereiding met een verwachte datum binnen normdatum + ${d} maanden; ${L.rood} = niet gestart, geen of een verstreken verwachte datum, of een verwachte datum na normdatum + ${d} maanden; ${L.grijs} = onbekend of leeg (niet te beoordelen).`;
}

function invullingRule(def: Definition): string {
  const L = def.rag.labels;
  return `Invulling: ${L.groen} = invulgraad ${def.rag.invullingGroen} % en geen fouten; ${L.oranje} = minimaal ${def.rag.invullingOranje} % en geen fouten; ${L.rood} = anders.`;
}

function statusSources(row: RegionRow, idx: number): SourceCell[] {
  const m = row.counted?.ret.mijlpalen[idx];
  if (!m) return [];
  return [...src(row.regio, m.bron), ...src(row.regio, m.bronVerwachteDatum)];
}

function milestoneInput(def: Definition, row: RegionRow, idx: number): string {
  const m = row.counted?.ret.mijlpalen[idx];
  const s = row.counted?.score.mijlpalen[idx];
  if (!m || !s) return `${row.regio}: niet ontvangen`;
  const status = m.status?.label ?? (m.statusOngeldig ? `'${m.statusOngeldig}' (ongeldig)` : "leeg");
  const vd = m.verwachteDatum ? `, verwachte datum ${m.verwachteDatum.tekst}` : "";
  return `${row.regio}: status ${status}${vd} → ${def.rag.labels[s.rag]}`;
}

function explainRetouren(def: Definition, r: NationalReport, m: SheetModel | undefined, b: IndexBuilder) {
  if (!m) return;
  const h = headerRow(m, "Regio");
  const cols = {
    ontvangen: colOf(m, h, "Ontvangen"),
    invulgraad: colOf(m, h, "Invulgraad"),
    rag: colOf(m, h, "Oordeel regio"),
    invulling: colOf(m, h, "Invulling"),
  };
  for (const ri of h < 0 ? [] : rowsUnder(m, h)) {
    const row = r.regios.find((x) => x.regio === m.rows[ri][0]?.v);
    if (!row) continue;
    if (!row.counted) {
      b.add(ri, cols.ontvangen, {
        titel: `${row.regio} · Ontvangen`,
        regel:
          "Een regio waarvan geen (leesbare) werkmap is ontvangen, telt in alle landelijke tabellen als 'Gegevens onbekend'.",
        invoer: [`Geen meegetelde werkmap voor ${row.regio}.`],
        bron: [],
      });
      continue;
    }
    const { ret, score } = row.counted;
    const t = score.invulgraad.totaal;
    const perBlad = Object.entries(score.invulgraad.perBlad).map(
      ([blad, c]) =>
        `${blad}: ${c.ingevuld} van ${c.vereist} (${formatPercent(c.fractie)}), waarvan onbekend ${c.onbekend}`,
    );
    const sheets: SourceCell[] = Object.keys(score.invulgraad.perBlad).map((blad) => ({
      regio: row.regio,
      bestand: ret.bestand,
      blad,
      cel: "",
    }));
    b.add(ri, cols.invulgraad, {
      titel: `${row.regio} · Invulgraad`,
      regel: invulgraadRule(),
      invoer: [
        `Werkmap: ${t.ingevuld} van ${t.vereist} verplichte cellen, waarvan onbekend ${t.onbekend}`,
        ...perBlad,
      ],
      bron: sheets,
    });
    b.add(ri, cols.rag, {
      titel: `${row.regio} · Oordeel regio`,
      regel: `${regionRagRule(def)} ${milestoneRagRule(def)}`,
      invoer: [
        score.regio.uitleg,
        ...ret.mijlpalen
          .map((mv, i) => ({ mv, i }))
          .filter(({ mv }) => mv.geldt)
          .map(({ mv, i }) => `${mv.code}: ${milestoneInput(def, row, i).replace(`${row.regio}: `, "")}`),
      ],
      bron: ret.mijlpalen.flatMap((mv) => (mv.geldt ? src(row.regio, mv.bron) : [])),
    });
    b.add(ri, cols.invulling, {
      titel: `${row.regio} · Invulling`,
      regel: invullingRule(def),
      invoer: [score.invulling.uitleg, `Fouten: ${score.fouten}, waarschuwingen: ${score.waarschuwingen}`],
      bron: sheets,
    });
  }
  const fh = headerRow(m, "Bestand");
  const statusCol = colOf(m, fh, "Status");
  for (const ri of fh < 0 ? [] : rowsUnder(m, fh)) {
    const f = r.bestanden.find((x) => x.bestand === m.rows[ri][0]?.v);
    if (!f || f.status === "meegeteld") continue;
    b.add(ri, statusCol, {
      titel: `${f.bestand} · Status`,
      regel:
        f.status === "overgeslagen"
          ? "Een bestand dat niet als standaardwerkmap kan worden gelezen, wordt overgeslagen; de rest telt gewoon mee."
          : "Twee retouren voor één regio: de latere peildatum telt (dan minder fouten, dan bestandsnaam); de andere is 'dubbel, niet meegeteld'.",
      invoer: [f.reden],
      bron: [{ regio: f.regio, bestand: f.bestand, blad: "", cel: "" }],
    });
  }
}

function explainMijlpalen(def: Definition, r: NationalReport, m: SheetModel | undefined, b: IndexBuilder) {
  if (!m) return;
  const h = headerRow(m, "Code");
  const pct = colOf(m, h, "% gerealiseerd");
  for (const ri of h < 0 ? [] : rowsUnder(m, h)) {
    const idx = r.mijlpalen.findIndex((x) => x.code === m.rows[ri][0]?.v);
    if (idx < 0) continue;
    const ms = r.mijlpalen[idx];
    const realised = r.regios.filter((x) => {
      const s = x.counted?.ret.mijlpalen[idx]?.status?.soort;
      return x.counted?.ret.mijlpalen[idx]?.geldt && (s === "gereed" || s === "gedeeltelijk");
    });
    const notRealised = r.regios.filter((x) => !realised.includes(x));
    b.add(ri, pct, {
      titel: `${ms.code} · % gerealiseerd`,
      regel: `% gerealiseerd = (Gereed + Gedeeltelijk) ÷ N verwachte regio's. Niet ontvangen, leeg, ongeldig of n.v.t. telt als Gegevens onbekend (niet gerealiseerd).`,
      invoer: [
        `${ms.gerealiseerd} van ${r.verwacht} gerealiseerd, waarvan ${ms.waarvanGedeeltelijk} gedeeltelijk; ${ms.gegevensOnbekend} gegevens onbekend`,
        ...notRealised.map((x) => `Niet gerealiseerd: ${milestoneInput(def, x, idx)}`),
      ],
      bron: r.regios.flatMap((x) => statusSources(x, idx).slice(0, 1)),
    });
    for (const rag of ragOrder) {
      const c = colOf(m, h, def.rag.labels[rag]);
      const regions = r.regios.filter((x) => {
        const mv = x.counted?.ret.mijlpalen[idx];
        const s = x.counted?.score.mijlpalen[idx];
        const judged = !!mv && !!s && mv.geldt && !!mv.status;
        return judged ? s!.rag === rag : rag === "grijs";
      });
      b.add(ri, c, {
        titel: `${ms.code} · ${def.rag.labels[rag]}`,
        regel: `Aantal regio's met oordeel ${def.rag.labels[rag]} voor deze mijlpaal. ${milestoneRagRule(def)}`,
        invoer: [
          `${ms.rag[rag]} van ${r.verwacht} regio's`,
          ...regions.map((x) => milestoneInput(def, x, idx)),
        ],
        bron: regions.flatMap((x) => statusSources(x, idx).slice(0, 1)),
      });
    }
  }
}

function explainMatrix(def: Definition, r: NationalReport, m: SheetModel | undefined, b: IndexBuilder) {
  if (!m) return;
  const h = headerRow(m, "Regio");
  const ragCol = colOf(m, h, "Oordeel regio");
  for (const ri of h < 0 ? [] : rowsUnder(m, h)) {
    const row = r.regios.find((x) => x.regio === m.rows[ri][0]?.v);
    if (!row) continue;
    def.mijlpalen.rijen.forEach((ms, i) => {
      const c = colOf(m, h, `${ms.code} ${ms.label}`);
      const s = row.counted?.score.mijlpalen[i];
      b.add(ri, c, {
        titel: `${row.regio} · ${ms.code}`,
        regel: row.counted ? milestoneRagRule(def) : "Niet ontvangen: telt als 'Gegevens onbekend'.",
        invoer: [
          milestoneInput(def, row, i),
          ...(s ? [s.uitleg] : []),
          `Normdatum ${formatIso(ms.normdatum)}; toegestane vertraging ${def.mijlpalen.toegestaneVertragingMaanden} maanden`,
        ],
        bron: statusSources(row, i),
      });
    });
    if (row.counted) {
      b.add(ri, ragCol, {
        titel: `${row.regio} · Oordeel regio`,
        regel: regionRagRule(def),
        invoer: [row.counted.score.regio.uitleg],
        bron: row.counted.ret.mijlpalen.flatMap((mv) => (mv.geldt ? src(row.regio, mv.bron) : [])),
      });
    }
  }
}

function explainVragen(def: Definition, r: NationalReport, m: SheetModel | undefined, b: IndexBuilder) {
  if (!m) return;
  const h = headerRow(m, "Nr");
  const pct = colOf(m, h, "Percentage");
  const antwCol = colOf(m, h, "Antwoord");
  const qIndex = new Map(def.vragenlijst.vragen.map((q, i) => [q.nr, i]));
  for (const ri of h < 0 ? [] : rowsUnder(m, h)) {
    const nr = text(m.rows[ri][0]);
    const antwoord = text(m.rows[ri][antwCol]);
    const q = r.vragen.find((x) => x.nr === nr);
    const qi = nr ? qIndex.get(nr) : undefined;
    if (!q || qi === undefined || !antwoord) continue;
    const answerOf = (x: RegionRow) => {
      const a = x.counted?.ret.antwoorden[qi];
      return a && a.geldt && a.antwoord !== null && q.opties.some((o) => o.antwoord === a.antwoord)
        ? a.antwoord
        : null;
    };
    let regions: RegionRow[];
    let regel: string;
    if (antwoord === "Totaal") {
      regions = [];
      regel = `Totaal = alle N = ${q.totaal} verwachte regio's (100 %), ontvangen of niet.`;
    } else if (antwoord === "Gegevens onbekend") {
      regions = r.regios.filter((x) => answerOf(x) === null);
      regel = "Gegevens onbekend = Onbekend, leeg, ongeldig of niet ontvangen, ÷ N verwachte regio's.";
    } else {
      regions = r.regios.filter((x) => answerOf(x) === antwoord);
      regel = `Percentage = aantal regio's met het antwoord '${antwoord}' ÷ N = ${q.totaal} verwachte regio's, op één decimaal.`;
    }
    b.add(ri, pct, {
      titel: `${q.nr} · ${antwoord}`,
      regel,
      invoer: [
        `${antwoord === "Totaal" ? q.totaal : regions.length} van ${q.totaal} regio's`,
        ...(antwoord === "Totaal"
          ? []
          : regions.map((x) => (x.counted ? x.regio : `${x.regio} (niet ontvangen)`))),
      ],
      bron: regions.flatMap((x) => src(x.regio, x.counted?.ret.antwoorden[qi]?.bron)),
    });
  }
}

/** The explanation index of the five national sheets written from `report`. */
export function explainNational(
  def: Definition,
  report: NationalReport,
  models: readonly SheetModel[],
): ExplanationIndex {
  const map = new Map<string, Explanation>();
  const byName = (n: string) => models.find((x) => x.name === n);
  const steps: [string, typeof explainRetouren][] = [
    [NATIONAL_SHEETS.retouren, explainRetouren],
    [NATIONAL_SHEETS.mijlpalen, explainMijlpalen],
    [NATIONAL_SHEETS.matrix, explainMatrix],
    [NATIONAL_SHEETS.vragen, explainVragen],
  ];
  for (const [name, fn] of steps) {
    const b = new IndexBuilder(byName(name));
    fn(def, report, byName(name), b);
    for (const [k, v] of b.map) map.set(k, v);
  }
  return map;
}

// ---------------------------------------------------------------------------------------------------------
// The regional Samenvatting: its sources are in the same workbook, so "Ga naar bron" can select them.

export function explainSummary(
  def: Definition,
  ret: RegionReturn,
  score: RegionScore,
  model: SheetModel,
): ExplanationIndex {
  const b = new IndexBuilder(model.name === SUMMARY_SHEET ? model : undefined);
  const h = headerRow(model, "Onderdeel");
  const waarde = colOf(model, h, "Waarde");
  const oordeel = colOf(model, h, "Oordeel");
  const regio = ret.regio;
  const local = (s: SourceRef | null | undefined) => src(regio, s);
  const requiredSources = (blad: string | null) =>
    [
      ...ret.velden.flatMap((v) => local(v.bron)),
      ...ret.mijlpalen.flatMap((m) => local(m.bron)),
      ...ret.antwoorden.flatMap((a) => local(a.bron)),
    ].filter((s) => blad === null || s.blad === blad);
  for (const ri of h < 0 ? [] : rowsUnder(model, h)) {
    const label = text(model.rows[ri][0]) ?? "";
    if (label.startsWith("Invulgraad ") && label !== "Invulgraad werkmap") {
      const blad = label.slice("Invulgraad ".length);
      const c = score.invulgraad.perBlad[blad];
      if (!c) continue;
      b.add(
        ri,
        waarde,
        {
          titel: label,
          regel: invulgraadRule(),
          invoer: [`${c.ingevuld} van ${c.vereist} verplichte cellen, waarvan onbekend ${c.onbekend}`],
          bron: requiredSources(blad).slice(0, 1),
        },
        true,
      );
    } else if (label === "Invulgraad werkmap") {
      const t = score.invulgraad.totaal;
      b.add(
        ri,
        waarde,
        {
          titel: label,
          regel: invulgraadRule(),
          invoer: [`${t.ingevuld} van ${t.vereist} verplichte cellen, waarvan onbekend ${t.onbekend}`],
          bron: requiredSources(null).slice(0, 1),
        },
        true,
      );
      b.add(
        ri,
        oordeel,
        {
          titel: "Oordeel invulling",
          regel: invullingRule(def),
          invoer: [
            score.invulling.uitleg,
            `Fouten: ${score.fouten}, waarschuwingen: ${score.waarschuwingen}`,
          ],
          bron: requiredSources(null).slice(0, 1),
        },
        true,
      );
    } else if (label === "Voortgang mijlpalen") {
      b.add(
        ri,
        waarde,
        {
          titel: label,
          regel: `Voortgang = Σ gewicht ÷ mijlpalen die gelden (${def.mijlpalen.statussen
            .filter((s) => s.gewicht > 0)
            .map((s) => `${s.label} ${s.gewicht}`)
            .join(", ")}, anders 0).`,
          invoer: [score.voortgang.uitleg],
          bron: ret.mijlpalen.flatMap((m) => (m.geldt ? local(m.bron) : [])),
        },
        true,
      );
    } else if (label === "Oordeel regio") {
      b.add(
        ri,
        oordeel,
        {
          titel: label,
          regel: regionRagRule(def),
          invoer: [score.regio.uitleg],
          bron: ret.mijlpalen.flatMap((m) => (m.geldt ? local(m.bron) : [])),
        },
        true,
      );
    }
  }
  const mh = headerRow(model, "Mijlpaal");
  const mo = colOf(model, mh, "Oordeel");
  for (const ri of mh < 0 ? [] : rowsUnder(model, mh)) {
    const i = ret.mijlpalen.findIndex((m) => m.code === model.rows[ri][0]?.v);
    if (i < 0 || !ret.mijlpalen[i].geldt) continue;
    const m = ret.mijlpalen[i];
    const s = score.mijlpalen[i];
    const vd = m.verwachteDatum ? `, verwachte datum ${m.verwachteDatum.tekst}` : "";
    b.add(
      ri,
      mo,
      {
        titel: `${m.code} · Oordeel`,
        regel: milestoneRagRule(def),
        invoer: [
          `Status ${m.status?.label ?? m.statusOngeldig ?? "leeg"}${vd}; peildatum ${ret.peildatum ? formatIso(ret.peildatum.end) : "onbekend"}`,
          s.uitleg,
        ],
        bron: [...local(m.bron), ...local(m.bronVerwachteDatum)],
      },
      true,
    );
  }
  return b.map;
}
