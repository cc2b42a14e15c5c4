/**
 * The national report of the one engine: data first, for every monitor. Which parts are filled follows
 * from the definition's `landelijk` tables (and from its units): a regional monitor has `eenheden`,
 * `rijverdelingen`, `antwoorden` and `open`; an action monitor `groepen`, `verschuiving` and `rijen`.
 */
import type { DateValue } from "../cells/dates";
import type { Issue } from "../issues";
import type { Rag } from "../model/schema";
import type { ReadResult } from "./read";
import type { RowJudgement } from "./judge";
import type { ShiftResult, Shift } from "./shift";
import type { UnitScore } from "./score";
import type { RowValue, UnitReturn } from "./values";

export type RagCounts = Record<Rag, number>;

/** One input file and what reading it gave. */
export interface ReturnEntry {
  bestand: string;
  result: ReadResult;
}

export type FileStatus = "meegeteld" | "dubbel, niet meegeteld" | "overgeslagen";

export interface FileRow {
  bestand: string;
  /** The unit the file is from (null for a monitor without units, or when unknown). */
  eenheid: string | null;
  status: FileStatus;
  /** Why the file was skipped or not counted; empty when counted. */
  reden: string;
  fouten: number;
  waarschuwingen: number;
}

export interface CountedReturn {
  ret: UnitReturn;
  score: UnitScore;
  issues: Issue[];
}

/** Per unit of the definition (Retouren). */
export interface UnitRow {
  eenheid: string;
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
  /** Other files that were returned for this unit (a conflict). */
  dubbel: string[];
  counted: CountedReturn | null;
}

/** Per fixed row of a table: counts per option of its main column and the RAG distribution (Mijlpalen landelijk). */
export interface RowDistribution {
  sleutel: string;
  label: string;
  /** Count per option label, plus "Gegevens onbekend" (empty, invalid, not received, not applicable). */
  status: Record<string, number>;
  gegevensOnbekend: number;
  /** Options with weight > 0 (Gereed + Gedeeltelijk). */
  gerealiseerd: number;
  /** Of which with 0 < weight < 1 (Gedeeltelijk). */
  waarvanGedeeltelijk: number;
  /** gerealiseerd ÷ N. */
  fractieGerealiseerd: number;
  rag: RagCounts;
}

export interface OptionCount {
  antwoord: string;
  aantal: number;
  fractie: number;
}

/** Per row with a scale: Aantal and % per option (Vragenlijst landelijk). */
export interface AnswerDistribution {
  sleutel: string;
  /**
   * The number shown to people: the row's key, or 1, 2, ... for the choice columns of open rows, whose key
   * (`gemeenten.deelname`) is internal.
   */
  nummer: string;
  /** A fixed column that groups the rows (Onderdeel), when the table has one; else "". */
  onderdeel: string;
  label: string;
  opties: OptionCount[];
  gegevensOnbekend: { aantal: number; fractie: number };
  totaal: number;
}

export interface OpenAnswer {
  eenheid: string;
  sleutel: string;
  label: string;
  antwoord: string;
  bron: { bestand: string; blad: string; cel: string } | null;
}

/** A judged row of the national report (every action of an action monitor, with its source). */
export interface JudgedRow {
  /** The unit whose return the row came from (null without units). */
  eenheid: string | null;
  bestand: string;
  row: RowValue;
  oordeel: RowJudgement;
  verschuiving: ShiftResult;
}

export interface GroupRow {
  /** The group's value (e.g. `VWS`, `1.1`) and its label (e.g. `1.1 Bespreekbaar maken`). */
  waarde: string;
  label: string;
  aantal: number;
  rag: RagCounts;
  /** Per option label of the main column, plus `(leeg of ongeldig)`. */
  perStatus: Record<string, number>;
  /** Rows whose option has weight 1 (Voltooid). */
  voltooid: number;
  fractieVoltooid: number;
}

export interface GroupSummary {
  titel: string;
  /** Header of the group's column(s). */
  kolom: string;
  rijen: GroupRow[];
  totaal: GroupRow;
}

export interface ShiftRow {
  /** `onbekend` when neither the dates nor a stated category give the shift. */
  categorie: Shift | "onbekend";
  aantal: number;
  /** How many of these come from the stated category, not from the dates. */
  waarvanOpgegeven: number;
}

export interface NationalReport {
  definitie: { id: string; versie: string; naam: string };
  /** N: units in the definition (0 without units). */
  verwacht: number;
  /** Units with a counted return (without units: counted files). */
  ontvangen: number;
  eenheden: UnitRow[];
  bestanden: FileRow[];
  /** Per `rijverdeling` table, by table id. */
  rijverdelingen: Record<string, RowDistribution[]>;
  /** Per `antwoorden` table, by table id: only rows with a scale. */
  antwoorden: Record<string, AnswerDistribution[]>;
  /** Open (text and date) answers of the `open` tables. */
  open: OpenAnswer[];
  /** The judged rows of every rows table with a decision list, by table id (every unit's rows). */
  rijen: Record<string, JudgedRow[]>;
  /** All rows judged, per `groepen` table; totals. */
  totaal: GroupRow | null;
  groepen: GroupSummary[];
  /** The shift table of a table with `verschuiving`. */
  verschuiving: ShiftRow[];
  /** File-level issues added by aggregation (duplicates). */
  issues: Issue[];
  /**
   * Every counted return, in file order (with units also in `eenheden[].counted`; without units the only
   * place they are). Layouts take the issues of the counted returns from here.
   */
  meegeteld?: CountedReturn[];
}
