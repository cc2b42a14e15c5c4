/**
 * Parse and validate one returned workbook against its definition: the RegionReturn (data) and the
 * issues (what is wrong and where). Scoring happens elsewhere, on the RegionReturn.
 */
import type { Definition, Condition, Status, Question, Field } from "../definition/schema";
import type { Grid, WorkbookInput } from "../grid";
import { fold } from "../cells/text";
import { formatIso, type DateValue } from "../cells/dates";
import { makeIssue, type Issue, type IssueCode } from "../issues";
import {
  cellAddress,
  cellValue,
  locateTable,
  type ColumnSpec,
  type LocatedTable,
  type TableRow,
} from "./table";
import {
  readDate,
  readEmail,
  readOption,
  readRegion,
  readText,
  type CellRead,
  type SourceRef,
} from "./cells";

/** State of one required cell, for the invulgraad. */
export type RequiredState = "ingevuld" | "onbekend" | "leeg" | "ongeldig";

export interface RequiredCell {
  blad: string;
  cel: string | null;
  state: RequiredState;
}

export interface FieldValue {
  naam: string;
  /** Canonical value as text (region and scale answers canonical, dates as typed). */
  tekst: string | null;
  datum: DateValue | null;
  bron: SourceRef | null;
}

export interface MilestoneValue {
  code: string;
  label: string;
  normdatum: string;
  /** False when the milestone does not apply (e.g. M7 in a Startfoto). */
  geldt: boolean;
  status: Status | null;
  /** What was typed in Status, when not valid. */
  statusOngeldig: string | null;
  datumGereed: DateValue | null;
  verwachteDatum: DateValue | null;
  toelichting: string | null;
  bron: SourceRef | null;
  bronVerwachteDatum: SourceRef | null;
}

export interface AnswerValue {
  nr: string;
  geldt: boolean;
  /** Canonical option, the text, or the date as typed; null when empty or invalid. */
  antwoord: string | null;
  datum: DateValue | null;
  /** True when something invalid was typed. */
  ongeldig: boolean;
  toelichting: string | null;
  bron: SourceRef | null;
}

export interface RegionReturn {
  bestand: string;
  definitie: { id: string; versie: string };
  regio: string | null;
  meetmoment: string | null;
  peildatum: DateValue | null;
  velden: FieldValue[];
  mijlpalen: MilestoneValue[];
  antwoorden: AnswerValue[];
  vereist: RequiredCell[];
}

export type ReadResult =
  { ok: true; ret: RegionReturn; issues: Issue[] } | { ok: false; reden: string; issues: Issue[] };

/** The sources a host must read for a definition. */
export function wantedSources(def: Definition): { sheet: string; table: string }[] {
  return [def.regio, def.mijlpalen, def.vragenlijst].map((t) => ({ sheet: t.blad, table: t.tabel }));
}

/** Finds the grid for a table: by table name first, else by sheet name (case and spacing tolerant). */
function findGrid(input: WorkbookInput, sheet: string, table: string): Grid | undefined {
  return (
    input.grids.find((g) => g.table !== null && fold(g.table) === fold(table)) ??
    input.grids.find((g) => fold(g.sheet) === fold(sheet))
  );
}

class Collector {
  readonly issues: Issue[] = [];
  constructor(readonly bestand: string) {}
  add(
    code: IssueCode,
    src: SourceRef | { blad: string; rij?: number; kolom?: string; cel?: string | null },
    msg: string,
  ) {
    this.issues.push(
      makeIssue(
        code,
        { bestand: this.bestand, blad: src.blad, rij: src.rij, kolom: src.kolom, cel: src.cel },
        msg,
      ),
    );
  }
}

function source<K extends string>(
  bestand: string,
  t: LocatedTable<K>,
  row: TableRow,
  key: K,
  kolom: string,
): SourceRef {
  return {
    bestand,
    blad: t.grid.sheet,
    rij: row.sheetRow,
    kolom,
    cel: cellAddress(t, row, key) ?? "",
  };
}

function cellRef(src: SourceRef): string {
  return `${src.blad}!${src.cel}`;
}

/** Reads a WorkbookInput with a definition (the caller picked it with `resolveDefinition`). */
export function readReturn(def: Definition, input: WorkbookInput): ReadResult {
  const bestand = input.bestand;
  const col = new Collector(bestand);

  // Structure: one source per table.
  const specsRegio: ColumnSpec<"veld" | "waarde">[] = [
    { key: "veld", header: def.regio.kolommen.veld, essential: true },
    { key: "waarde", header: def.regio.kolommen.waarde, essential: true },
  ];
  const k = def.mijlpalen.kolommen;
  const specsMijl: ColumnSpec<keyof typeof k>[] = [
    { key: "code", header: k.code, essential: true },
    { key: "mijlpaal", header: k.mijlpaal, essential: false },
    { key: "status", header: k.status, essential: true },
    { key: "datumGereed", header: k.datumGereed, essential: false },
    { key: "verwachteDatum", header: k.verwachteDatum, essential: false },
    { key: "toelichting", header: k.toelichting, essential: false },
  ];
  const q = def.vragenlijst.kolommen;
  const specsVrl: ColumnSpec<keyof typeof q>[] = [
    { key: "nr", header: q.nr, essential: true },
    { key: "onderdeel", header: q.onderdeel, essential: false },
    { key: "vraag", header: q.vraag, essential: false },
    { key: "antwoord", header: q.antwoord, essential: true },
    { key: "toelichting", header: q.toelichting, essential: false },
  ];

  const locate = <K extends string>(
    blad: string,
    tabel: string,
    specs: ColumnSpec<K>[],
  ): LocatedTable<K> | null => {
    const grid = findGrid(input, blad, tabel);
    if (!grid) {
      col.add(
        "blad_ontbreekt",
        { blad },
        `Blad '${blad}' (tabel '${tabel}') ontbreekt. Gebruik de standaardwerkmap van de monitor; hernoemde bladen worden niet herkend.`,
      );
      return null;
    }
    const r = locateTable(grid, specs, bestand, tabel);
    col.issues.push(...r.issues);
    return r.table;
  };
  const tRegio = locate(def.regio.blad, def.regio.tabel, specsRegio);
  const tMijl = locate(def.mijlpalen.blad, def.mijlpalen.tabel, specsMijl);
  const tVrl = locate(def.vragenlijst.blad, def.vragenlijst.tabel, specsVrl);
  if (!tRegio || !tMijl || !tVrl) {
    return {
      ok: false,
      reden: "de structuur van de werkmap is niet te lezen (blad, tabel of kolom ontbreekt)",
      issues: col.issues,
    };
  }

  const vereist: RequiredCell[] = [];
  const need = (src: SourceRef | null, blad: string, state: RequiredState) =>
    vereist.push({ blad, cel: src?.cel ?? null, state });

  // --- Regio -------------------------------------------------------------------------------
  const velden = readFields(def, tRegio, col, need);
  const byRole = (rol: Field["rol"]) => {
    const f = def.regio.velden.find((x) => x.rol === rol);
    return f ? velden.find((v) => v.naam === f.naam) : undefined;
  };
  const regio = byRole("regio")?.tekst ?? null;
  const meetmoment = byRole("meetmoment")?.tekst ?? null;
  const peildatum = byRole("peildatum")?.datum ?? null;

  const fieldValue = (naam: string) => velden.find((v) => fold(v.naam) === fold(naam))?.tekst ?? null;

  // --- Vragenlijst (before milestones: conditions may refer to answers) ---------------------
  const antwoorden = readAnswers(def, tVrl, col, fieldValue, need);

  const holds = (c: Condition | undefined): boolean => {
    if (!c) return true;
    const actual =
      c.veld !== undefined
        ? fieldValue(c.veld)
        : (antwoorden.find((a) => a.nr === c.vraag)?.antwoord ?? null);
    return actual !== null && fold(actual) === fold(c.is);
  };
  applyQuestionConditions(def, antwoorden, holds, col, need);

  // --- Mijlpalen ----------------------------------------------------------------------------
  const mijlpalen = readMilestones(def, tMijl, col, holds, peildatum, need);

  const ret: RegionReturn = {
    bestand,
    definitie: { id: def.id, versie: def.versie },
    regio,
    meetmoment,
    peildatum,
    velden,
    mijlpalen,
    antwoorden,
    vereist,
  };
  return { ok: true, ret, issues: col.issues };
}

type Need = (src: SourceRef | null, blad: string, state: RequiredState) => void;

/** Reports a cell read that failed and returns its required-cell state. */
function stateOf<T>(r: CellRead<T>, unknown = false): RequiredState {
  if (r.kind === "leeg") return "leeg";
  if (r.kind === "fout") return "ongeldig";
  return unknown ? "onbekend" : "ingevuld";
}

function reportRead<T>(r: CellRead<T>, src: SourceRef, col: Collector, what: string): void {
  if (r.kind !== "fout") return;
  const code: IssueCode = r.reason.startsWith("de cel bevat de Excel-fout")
    ? "celfout"
    : / is onwaarschijnlijk \(voor /.test(r.reason)
      ? "datum_onwaarschijnlijk"
      : /geen datum|getal .* is geen datum/.test(r.reason)
        ? "ongeldige_datum"
        : /geen regio/.test(r.reason)
          ? "onbekende_regio"
          : /e-mailadres/.test(r.reason)
            ? "ongeldig_email"
            : "ongeldig_antwoord";
  col.add(code, src, `${what} (${cellRef(src)}): ${r.reason}.`);
}

function rowsByKey<K extends string>(
  t: LocatedTable<K>,
  key: K,
  col: Collector,
  kolom: string,
  known: string[],
): Map<string, TableRow> {
  const map = new Map<string, TableRow>();
  const knownFolded = new Map(known.map((x) => [fold(x), x]));
  for (const row of t.rows) {
    const r = readText(cellValue(t, row, key));
    const src = source(col.bestand, t, row, key, kolom);
    if (r.kind !== "waarde") {
      col.add(
        "rij_onbekend",
        src,
        `Rij ${row.sheetRow} op blad '${t.grid.sheet}' heeft geen ${kolom} en is niet gelezen. Verwijder de rij of vul de ${kolom} van de standaard in.`,
      );
      continue;
    }
    const canonical = knownFolded.get(fold(r.value));
    if (!canonical) {
      col.add(
        "rij_onbekend",
        src,
        `${kolom} '${r.value}' (${cellRef(src)}) hoort niet bij de standaard en is niet gelezen. Verwijder de rij.`,
      );
      continue;
    }
    if (map.has(canonical)) {
      col.add(
        "rij_dubbel",
        src,
        `${kolom} '${canonical}' staat twee keer op blad '${t.grid.sheet}' (ook in rij ${map.get(canonical)!.sheetRow}); alleen de eerste is gelezen. Verwijder de dubbele rij.`,
      );
      continue;
    }
    map.set(canonical, row);
  }
  return map;
}

function missingRow(col: Collector, blad: string, kolom: string, key: string, label: string) {
  col.add(
    "vaste_rij_ontbreekt",
    { blad, kolom },
    `Blad '${blad}': de vaste rij ${kolom} '${key}' (${label}) ontbreekt. Zet de rij terug zoals in de standaardwerkmap.`,
  );
}

function readFields(
  def: Definition,
  t: LocatedTable<"veld" | "waarde">,
  col: Collector,
  need: Need,
): FieldValue[] {
  const blad = t.grid.sheet;
  const names = def.regio.velden.map((f) => f.naam);
  const rows = rowsByKey(t, "veld", col, def.regio.kolommen.veld, names);
  return def.regio.velden.map((f) => {
    const row = rows.get(f.naam);
    if (!row) {
      missingRow(col, blad, def.regio.kolommen.veld, f.naam, f.naam);
      if (f.verplicht) need(null, blad, "leeg");
      return { naam: f.naam, tekst: null, datum: null, bron: null };
    }
    const src = source(col.bestand, t, row, "waarde", def.regio.kolommen.waarde);
    const raw = cellValue(t, row, "waarde");
    let r: CellRead<string>;
    let datum: DateValue | null = null;
    switch (f.type) {
      case "regio":
        r = readRegion(raw, def.regios);
        break;
      case "keuze":
        r = readOption(raw, def.schalen[f.schaal ?? ""]?.opties ?? []);
        break;
      case "datum": {
        const d = readDate(raw);
        datum = d.kind === "waarde" ? d.value : null;
        r = d.kind === "waarde" ? { kind: "waarde", value: d.value.tekst } : d;
        break;
      }
      case "email":
        r = readEmail(raw);
        break;
      default:
        r = readText(raw);
    }
    reportRead(r, src, col, `${f.naam}`);
    if (f.verplicht) {
      need(src, blad, stateOf(r));
      if (r.kind === "leeg") {
        col.add(
          "verplicht_leeg",
          src,
          `${f.naam} is verplicht (${cellRef(src)}). Vul de ${f.naam.toLowerCase()} in.`,
        );
      }
    }
    return { naam: f.naam, tekst: r.kind === "waarde" ? r.value : null, datum, bron: src };
  });
}

function readAnswers(
  def: Definition,
  t: LocatedTable<"nr" | "onderdeel" | "vraag" | "antwoord" | "toelichting">,
  col: Collector,
  fieldValue: (naam: string) => string | null,
  need: Need,
): AnswerValue[] {
  void fieldValue;
  void need;
  const kolommen = def.vragenlijst.kolommen;
  const rows = rowsByKey(
    t,
    "nr",
    col,
    kolommen.nr,
    def.vragenlijst.vragen.map((v) => v.nr),
  );
  return def.vragenlijst.vragen.map((v): AnswerValue => {
    const row = rows.get(v.nr);
    if (!row) {
      missingRow(col, t.grid.sheet, kolommen.nr, v.nr, v.vraag);
      return {
        nr: v.nr,
        geldt: true,
        antwoord: null,
        datum: null,
        ongeldig: false,
        toelichting: null,
        bron: null,
      };
    }
    checkFixedText(t, row, "vraag", v.vraag, kolommen.vraag, col);
    const src = source(col.bestand, t, row, "antwoord", kolommen.antwoord);
    const raw = cellValue(t, row, "antwoord");
    let antwoord: string | null = null;
    let datum: DateValue | null = null;
    let r: CellRead<unknown>;
    if (v.type === "schaal") {
      const o = readOption(raw, def.schalen[v.schaal ?? ""]?.opties ?? []);
      r = o;
      if (o.kind === "waarde") antwoord = o.value;
    } else if (v.type === "datum") {
      const d = readDate(raw);
      r = d;
      if (d.kind === "waarde") {
        datum = d.value;
        antwoord = d.value.tekst;
      }
    } else {
      const x = readText(raw);
      r = x;
      if (x.kind === "waarde") antwoord = x.value;
    }
    reportRead(r, src, col, `Antwoord op ${v.nr}`);
    const tl = readText(cellValue(t, row, "toelichting"));
    return {
      nr: v.nr,
      geldt: true,
      antwoord,
      datum,
      ongeldig: r.kind === "fout",
      toelichting: tl.kind === "waarde" ? tl.value : null,
      bron: src,
    };
  });
}

function checkFixedText<K extends string>(
  t: LocatedTable<K>,
  row: TableRow,
  key: K,
  expected: string,
  kolom: string,
  col: Collector,
): void {
  if (t.columns[key] === undefined) return;
  const r = readText(cellValue(t, row, key));
  const actual = r.kind === "waarde" ? r.value : "";
  if (fold(actual) !== fold(expected)) {
    const src = source(col.bestand, t, row, key, kolom);
    col.add(
      "vaste_rij_gewijzigd",
      src,
      `${kolom} in ${cellRef(src)} is gewijzigd: '${actual}' in plaats van '${expected}'. Zet de oorspronkelijke tekst terug; deze kolom is niet om in te vullen.`,
    );
  }
}

function scaleUnknown(def: Definition, q: Question, antwoord: string | null): boolean {
  const s = q.schaal ? def.schalen[q.schaal] : undefined;
  return !!s && s.onbekend !== null && antwoord === s.onbekend;
}

function applyQuestionConditions(
  def: Definition,
  antwoorden: AnswerValue[],
  holds: (c: Condition | undefined) => boolean,
  col: Collector,
  need: Need,
): void {
  const blad = def.vragenlijst.blad;
  const groups = new Map<string, { filled: AnswerValue[]; all: AnswerValue[] }>();
  def.vragenlijst.vragen.forEach((q, i) => {
    const a = antwoorden[i];
    a.geldt = holds(q.geldtAls);
    const filled = a.antwoord !== null || a.ongeldig;
    if (!a.geldt) {
      if (filled && a.bron) {
        col.add(
          "niet_van_toepassing_ingevuld",
          a.bron,
          `${q.nr} (${cellRef(a.bron)}) is ingevuld maar geldt niet${conditionText(q.geldtAls)}. Laat de cel leeg of controleer het meetmoment.`,
        );
      }
      return;
    }
    if (q.verplicht === "ja") {
      const state: RequiredState = a.ongeldig
        ? "ongeldig"
        : a.antwoord === null
          ? "leeg"
          : scaleUnknown(def, q, a.antwoord)
            ? "onbekend"
            : "ingevuld";
      need(a.bron, blad, state);
      if (state === "leeg" && a.bron) {
        col.add(
          "verplicht_leeg",
          a.bron,
          `${q.nr} is niet beantwoord (${cellRef(a.bron)}). Kies een antwoord${q.type === "schaal" ? " uit de keuzelijst; weet u het niet, kies dan 'Onbekend'" : ""}.`,
        );
      }
    } else if (q.verplicht === "groep" && q.groep) {
      const g = groups.get(q.groep) ?? { filled: [], all: [] };
      g.all.push(a);
      if (a.antwoord !== null) g.filled.push(a);
      groups.set(q.groep, g);
    }
  });
  for (const [groep, g] of groups) {
    const first = g.all[0];
    if (g.filled.length > 0) {
      need(g.filled[0].bron, blad, "ingevuld");
    } else {
      need(first.bron, blad, g.all.some((a) => a.ongeldig) ? "ongeldig" : "leeg");
      if (first.bron) {
        col.add(
          "groep_leeg",
          first.bron,
          `Vul bij ${g.all.map((a) => a.nr).join(", ")} ten minste één antwoord in (${groep}; begin in ${cellRef(first.bron)}).`,
        );
      }
    }
  }
}

function conditionText(c: Condition | undefined): string {
  if (!c) return "";
  return c.veld !== undefined ? ` (alleen bij ${c.veld} = ${c.is})` : ` (alleen als ${c.vraag} = '${c.is}')`;
}

function readMilestones(
  def: Definition,
  t: LocatedTable<"code" | "mijlpaal" | "status" | "datumGereed" | "verwachteDatum" | "toelichting">,
  col: Collector,
  holds: (c: Condition | undefined) => boolean,
  peildatum: DateValue | null,
  need: Need,
): MilestoneValue[] {
  const md = def.mijlpalen;
  const k = md.kolommen;
  const blad = t.grid.sheet;
  const rows = rowsByKey(
    t,
    "code",
    col,
    k.code,
    md.rijen.map((r) => r.code),
  );
  const labels = md.statussen.map((s) => s.label);
  const aliases: Record<string, string> = {};
  for (const s of md.statussen) for (const a of s.aliassen) aliases[a] = s.label;

  return md.rijen.map((m): MilestoneValue => {
    const geldt = holds(m.geldtAls);
    const base: MilestoneValue = {
      code: m.code,
      label: m.label,
      normdatum: m.normdatum,
      geldt,
      status: null,
      statusOngeldig: null,
      datumGereed: null,
      verwachteDatum: null,
      toelichting: null,
      bron: null,
      bronVerwachteDatum: null,
    };
    const row = rows.get(m.code);
    if (!row) {
      missingRow(col, blad, k.code, m.code, m.label);
      if (geldt) need(null, blad, "leeg");
      return base;
    }
    checkFixedText(t, row, "mijlpaal", m.label, k.mijlpaal, col);
    const src = source(col.bestand, t, row, "status", k.status);
    const srcGereed = source(col.bestand, t, row, "datumGereed", k.datumGereed);
    const srcVerwacht = source(col.bestand, t, row, "verwachteDatum", k.verwachteDatum);
    const srcToel = source(col.bestand, t, row, "toelichting", k.toelichting);
    base.bron = src;
    base.bronVerwachteDatum = srcVerwacht;

    const rs = readOption(cellValue(t, row, "status"), labels, aliases);
    const status = rs.kind === "waarde" ? (md.statussen.find((s) => s.label === rs.value) ?? null) : null;
    base.status = status;
    if (rs.kind === "fout") base.statusOngeldig = rs.shown;
    reportRead(rs, src, col, `Status van ${m.code}`);

    const rg = readDate(cellValue(t, row, "datumGereed"));
    reportRead(rg, srcGereed, col, `Datum gereed van ${m.code}`);
    base.datumGereed = rg.kind === "waarde" ? rg.value : null;
    const rv = readDate(cellValue(t, row, "verwachteDatum"));
    reportRead(rv, srcVerwacht, col, `Verwachte datum van ${m.code}`);
    base.verwachteDatum = rv.kind === "waarde" ? rv.value : null;
    const rt = readText(cellValue(t, row, "toelichting"));
    base.toelichting = rt.kind === "waarde" ? rt.value : null;

    if (!geldt) {
      if (rs.kind !== "leeg") {
        col.add(
          "niet_van_toepassing_ingevuld",
          src,
          `${m.code} (${cellRef(src)}) is ingevuld maar geldt niet${conditionText(m.geldtAls)}. Laat de status leeg of controleer het meetmoment.`,
        );
      }
      return base;
    }

    need(src, blad, stateOf(rs, status?.soort === "onbekend"));
    if (rs.kind === "leeg") {
      col.add(
        "verplicht_leeg",
        src,
        `Status van ${m.code} is leeg (${cellRef(src)}). Kies een status uit de keuzelijst; weet u het niet, kies dan 'Onbekend'.`,
      );
    }
    if (!status) return base;

    if (status.vereist.includes("toelichting")) {
      need(srcToel, blad, stateOf(rt));
      if (rt.kind === "leeg") {
        col.add(
          "toelichting_vereist",
          srcToel,
          `${m.code} staat op '${status.label}': beschrijf in de toelichting (${cellRef(srcToel)}) welk deel gereed is.`,
        );
      }
    }
    if (status.vereist.includes("verwachteDatum")) {
      need(srcVerwacht, blad, stateOf(rv));
      if (rv.kind === "leeg") {
        col.add(
          "verwachte_datum_vereist",
          srcVerwacht,
          `${m.code} staat op '${status.label}': vul een verwachte datum in (${cellRef(srcVerwacht)}), bijvoorbeeld 'juni 2011'.`,
        );
      }
    }
    if (status.soort === "gereed" && base.datumGereed && peildatum && base.datumGereed.end > peildatum.end) {
      col.add(
        "datum_gereed_na_peildatum",
        srcGereed,
        `Datum gereed van ${m.code} ('${base.datumGereed.tekst}', uiterlijk ${formatIso(base.datumGereed.end)}) ligt na de peildatum ${formatIso(peildatum.end)}. Een mijlpaal kan niet gereed zijn na de peildatum: corrigeer de datum of de status.`,
      );
    }
    if (
      status.soort !== "gereed" &&
      base.verwachteDatum &&
      peildatum &&
      base.verwachteDatum.end < peildatum.end
    ) {
      col.add(
        "verwachte_datum_verstreken",
        srcVerwacht,
        `Verwachte datum verstreken: ${m.code} verwacht '${base.verwachteDatum.tekst}' (uiterlijk ${formatIso(base.verwachteDatum.end)}), vóór de peildatum ${formatIso(peildatum.end)}. Werk de status of de verwachte datum bij.`,
      );
    }
    return base;
  });
}
