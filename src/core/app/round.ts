/**
 * A round, for both hosts: the files of a round, each read once (see read-plan.ts `roundPlan`), become the
 * national report. The core decides which definition the round has, which versions of it count, which files
 * are refused (another monitor's return, a national workbook among the returns), and composes the national
 * sheets, the round sheet and the status texts. The command line and the pane only read bytes and show this.
 */
import type { ReadPlan, WorkbookInput, WorkbookOutline } from "../grid";
import type { Monitor } from "../model/schema";
import { builtInMonitors } from "../model";
import { makeIssue, type Issue } from "../issues";
import { checkReturn, mostRecorded, unreadableResult } from "../engine/pipeline";
import { folderMonitors, monitorNamer, type RecordedFile } from "../engine/folder-monitors";
import { aggregate } from "../engine/national";
import type { NationalReport, ReturnEntry } from "../engine/national-types";
import { layoutNational } from "../layout/national";
import { toNationalJson, type NationalJson } from "../engine/json";
import { ROUND_SHEET, roundSheetModel } from "../layout/round-sheet";
import type { SheetModel } from "../sheet-model";
import { countText } from "../cells/text";
import { inputFor, recordedDefinition, roundPlan } from "./read-plan";

/** One file of a round after its one pass: the workbook read, or why it could not be read (Dutch). */
export type RoundFile = { bestand: string; input: WorkbookInput } | { bestand: string; reden: string };

/** What the user chose for a round, and what is known. */
export interface RoundChoice {
  /** Every known definition: the user's own (a definition file) first, then the built-ins. */
  known: readonly Monitor[];
  /** The definition the user chose and how ("--definitie-id", "Definitie laden"); null: the files decide. */
  chosen: { def: Monitor; met: string } | null;
  /** The round's definition when the user chose none and no file recorded a known one. */
  fallback: Monitor;
}

/** What a host reads from each file of a round, before the round's definition is known. */
export function roundReadPlan(choice: RoundChoice): (o: WorkbookOutline) => ReadPlan {
  return roundPlan(choice.known, choice.chosen?.def ?? null);
}

/** `def` and the other known versions of the same monitor: the definitions a return of the round may record. */
export function roundVersions(def: Monitor, known: readonly Monitor[]): Monitor[] {
  return [def, ...known.filter((d) => d.id === def.id && d.versie !== def.versie)];
}

/**
 * The definition of a round: the one the user chose; else the known definition most readable files recorded
 * (one odd file never changes the round); else the fallback.
 */
export function roundDefinition(files: readonly RoundFile[], choice: RoundChoice): Monitor {
  if (choice.chosen) return choice.chosen.def;
  const recorded = files.flatMap((f) => {
    const d = "input" in f ? recordedDefinition(f.input.definitie, choice.known) : null;
    return d ? [d] : [];
  });
  return mostRecorded(recorded) ?? choice.fallback;
}

/** A round about to be validated: its definition, the versions it accepts, and what it says first. */
export interface Round {
  def: Monitor;
  versions: Monitor[];
  /** Which monitor is aggregated and why (`landelijk_overzicht_van`). */
  kop: Issue;
  /** The files of other monitors, once per monitor (`bestanden_andere_monitor`). */
  anderen: Issue[];
  /** The files named in `anderen`: skipped without a message of their own. */
  andereBestanden: ReadonlySet<string>;
}

/** The round of these files: its definition chosen once, for all files, before any file is validated. */
export function startRound(files: readonly RoundFile[], choice: RoundChoice): Round {
  const def = roundDefinition(files, choice);
  const recorded: RecordedFile[] = files.map((f) =>
    "input" in f
      ? { bestand: f.bestand, id: f.input.definitie?.id ?? null, leesbaar: true }
      : { bestand: f.bestand, id: null, leesbaar: false },
  );
  const folder = folderMonitors(
    def,
    recorded,
    choice.chosen?.met ?? null,
    monitorNamer([def, ...choice.known]),
  );
  return {
    def,
    versions: roundVersions(def, choice.known),
    kop: folder.kop,
    anderen: folder.anderen,
    andereBestanden: new Set(folder.andereBestanden),
  };
}

/** A national workbook of Regiomonitor among the returns: refused, with a message naming the file. */
export function nationalInputResult(bestand: string): ReturnEntry["result"] {
  const issue = makeIssue("landelijke_werkmap_als_retour", { bestand }, {});
  return { ok: false, reden: issue.bericht, issues: [issue] };
}

/** Whether a workbook read is a national workbook of Regiomonitor (it holds the round sheet). */
export function isNationalWorkbook(input: Pick<WorkbookInput, "bladen">): boolean {
  const name = ROUND_SHEET.toLowerCase();
  return input.bladen.some((b) => b.toLowerCase() === name);
}

/**
 * One file of the round, validated and scored: an unreadable file and a national workbook are skipped with
 * their reason; a return is read with the version it recorded and judged by the round's definition (a return
 * of another monitor is refused as `andere_definitie`).
 */
export function roundEntry(f: RoundFile, round: Pick<Round, "def" | "versions">): ReturnEntry {
  if (!("input" in f)) return { bestand: f.bestand, result: unreadableResult(f.bestand, f.reden) };
  if (isNationalWorkbook(f.input)) return { bestand: f.bestand, result: nationalInputResult(f.bestand) };
  const readAs = recordedDefinition(f.input.definitie, round.versions) ?? round.def;
  return {
    bestand: f.bestand,
    result: checkReturn(inputFor(f.input, readAs), round.def, round.versions).result,
  };
}

/** One workbook read, as a return of a round of `def` (accepting the known versions of `def`). */
export function returnEntry(
  input: WorkbookInput,
  def: Monitor,
  known: readonly Monitor[] = builtInMonitors(),
): ReturnEntry {
  return roundEntry({ bestand: input.bestand, input }, { def, versions: roundVersions(def, known) });
}

/** The round's files validated, in their order. */
export function roundEntries(
  files: readonly RoundFile[],
  round: Pick<Round, "def" | "versions">,
): ReturnEntry[] {
  return files.map((f) => roundEntry(f, round));
}

/** What a file gave, in a few words: "gelezen (0 fouten)" or "overgeslagen: <why>". */
export function entryStatusText(entry: ReturnEntry): string {
  return entry.result.ok
    ? `gelezen (${countText(entry.result.issues.filter((x) => x.severity === "fout").length, "fout", "fouten")})`
    : `overgeslagen: ${entry.result.issues[0]?.bericht ?? entry.result.reden}`;
}

/** The national result of a round: the report, every sheet (the national ones and the round sheet), its JSON. */
export interface NationalRound {
  def: Monitor;
  report: NationalReport;
  /** The national sheets, then the very hidden round sheet (what `compare` and `reeks` read back). */
  models: SheetModel[];
  json: NationalJson;
}

/** Aggregates the entries and composes the national workbook's sheets; `previous`: the previous round. */
export function composeRound(
  def: Monitor,
  entries: readonly ReturnEntry[],
  previous?: NationalJson,
): NationalRound {
  const report = aggregate(def, entries);
  const json = toNationalJson(def, report);
  return { def, report, models: [...layoutNational(def, report, previous), roundSheetModel(json)], json };
}

/** "ontvangen 37 van 37 regio's", or for a monitor without units "1 bestand meegeteld". */
export function receivedText(def: Monitor, report: NationalReport): string {
  return def.eenheden
    ? `ontvangen ${report.ontvangen} van ${report.verwacht} ${def.eenheden.meervoud}`
    : `${countText(report.ontvangen, "bestand", "bestanden")} meegeteld`;
}

/** "; 2 bestanden tellen niet mee" for the files skipped or not counted, else "". */
export function notCountedText(report: NationalReport): string {
  const n = report.bestanden.filter((b) => b.status !== "meegeteld").length;
  return n === 0 ? "" : `; ${n} ${n === 1 ? "bestand telt" : "bestanden tellen"} niet mee`;
}
