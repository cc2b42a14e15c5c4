/** The `regiomonitor` command line: template, check, aggregate, demo, compare, definitie — for every monitor. */
import { promises as fs } from "node:fs";
import path from "node:path";
import {
  builtInIds,
  builtInMonitors,
  defaultMonitor,
  fieldsTable,
  findMonitor,
  monitorToJson,
  scaleOf,
  unitNames,
  type Monitor,
} from "../core/model";
import { wantedSources } from "../core/engine/read";
import { checkReport, unreadableResult } from "../core/engine/pipeline";
import type { ReturnEntry } from "../core/engine/national-types";
import { toNationalJson } from "../core/engine/json";
import { writeDemoReport } from "./rapport";
import { buildTemplate, type UnitFill } from "../core/engine/template";
import { exampleRound, type ExampleData, type ExampleRound } from "../examples/rounds";
import { parseDutchDate } from "../core/cells/dates";
import { matchOption } from "../core/cells/text";
import { regionKey } from "../core/read/cells";
import { formatIssue, hostNotice, noticeLine, noticeText, sortIssues } from "../core/issues";
import { writeOutputs } from "./outputs";
import { readWorkbook, readXlsx } from "../xlsx/read-xlsx";
import {
  checkPlan,
  checkRead,
  composeRound,
  definitionOrDefault,
  entryStatusText,
  knownWith,
  nationalOfOne,
  receivedText,
  roundChoice,
  roundEntry,
  roundReadPlan,
  sheetsSeen,
  startRound,
  summaryPlan,
  type Round,
  type RoundChoice,
  type RoundFile,
} from "../core";
import { UnreadableFileError } from "../xlsx/unreadable";
import { addSheets } from "../xlsx/add-sheets";
import { buildTemplateWorkbook, sheetsXlsx } from "../xlsx/writer";
import {
  expandInputs,
  safeFileName,
  sameFile,
  writeBytesFile,
  writeTextFile,
  writeWorkbookFile,
} from "../xlsx/files";
import { didYouMean, suggest } from "../core/suggest";
import { checkExtension, EXIT, UsageError, type Io } from "./args";
import { writeDemoSeries } from "./demo-series";
import { formatDemoSummary, generatedMark, roundLine, type DemoLine } from "./demo-summary";
import { loadExport } from "./compare";
import {
  checkWithRound,
  roundFactsheetsNote,
  roundTemplatesNotes,
  templateFromRound,
  usableRound,
  type LoadedRound,
} from "../core";
import type { PreviousComparison } from "../core/engine/previous";
import type { NationalJson } from "../core/engine/json";
import {
  DefinitionFileError,
  fileErrorMessage,
  readInputFile,
  skippedInputLine,
  writing,
} from "./file-errors";
import { notAReturnMessage, recogniseWorkbook, summaryNote, type Recognised } from "./recognise";
import { loadDefinitionFile } from "./definition-file";
import { formatCheck, formatColourCounts, formatRowDistributions } from "./report-text";
import { vocabulary } from "../core/model/vocabulary";
import { countText } from "../core/cells/text";

export type { Io } from "./args";

const DATA = path.join(__dirname, "..", "..", "data");
/** The example data shipped with the package (never ../shared at run time). */
export const ANNEX_CSV = path.join(DATA, "rak-regio-mijlpalen-2011-01-15.csv");
export const TASKFORCE_CSV = path.join(DATA, "taskforce-acties-2013.csv");

/**
 * The definition to use: `--definitie FILE.json`, `--definitie-id ID`, else the built-in default; plus all
 * known ones (so a workbook made with any built-in is read with its own definition).
 */
interface DefinitionChoice {
  definitie?: string;
  "definitie-id"?: string;
}

/** The built-in definition with this id, or a usage error with a suggestion (for `command`'s help). */
function builtInById(id: string, command: string): Monitor {
  const def = findMonitor(id);
  if (def) return def;
  const hint = didYouMean(suggest(id, builtInIds()), true);
  throw new UsageError(
    `Definitie '${id}' is niet ingebouwd.${hint ? ` ${hint}` : ` Ingebouwd zijn: ${builtInIds().join(", ")}.`}`,
    command,
  );
}

/**
 * The user's definition (`--definitie FILE`, `--definitie-id ID`) and how it was chosen, or none; `def` is it
 * or the default one, `available` every known definition (the core's `knownWith`).
 */
async function chooseDefinition(
  options: DefinitionChoice,
  command: string,
  io?: Io,
): Promise<{ def: Monitor; available: Monitor[]; own: Monitor | null; met: string | null }> {
  const file = options.definitie;
  const id = options["definitie-id"];
  if (file !== undefined && id !== undefined)
    throw new UsageError(
      noticeText("opties_niet_samen", { opties: ["--definitie-id", "--definitie"] }),
      command,
    );
  const chosen = (own: Monitor | null, met: string | null) => ({
    def: definitionOrDefault(own),
    available: knownWith(own),
    own,
    met,
  });
  if (id !== undefined) return chosen(builtInById(id, command), "--definitie-id");
  if (file === undefined) return chosen(null, null);
  const load = await loadDefinitionFile(file);
  if (!load.ok)
    throw new DefinitionFileError(
      `De definitie in ${file} is niet bruikbaar (${load.fouten.length} ${load.fouten.length === 1 ? "fout" : "fouten"}):\n${load.fouten.map((f) => `  ${f.bericht}`).join("\n")}`,
    );
  // A setting that fell back to its default (a table the officer removed) is said, not an error.
  for (const n of load.notities ?? []) io?.err(`Let op (${path.basename(file)}): ${n.bericht}`);
  return chosen(load.def, "--definitie");
}

export async function cmdDefinitie(
  positional: string[],
  options: { o?: string; xlsx?: boolean },
  io: Io,
): Promise<number> {
  const [sub, id] = positional;
  if (sub !== "export") {
    const hint = didYouMean(suggest(sub, ["export"]), true);
    throw new UsageError(
      `Onbekend: 'definitie ${sub}'.${hint ? ` ${hint}` : " Alleen 'definitie export ID' bestaat."}`,
      "definitie",
    );
  }
  const def = builtInById(id, "definitie");
  const o = options.o;
  // A workbook when asked for, or when the output file is one (never JSON text in a .xlsx file).
  if (options.xlsx === true || (o !== undefined && /\.xlsx$/i.test(o))) {
    if (o === undefined || !/\.xlsx$/i.test(o))
      throw new UsageError(
        "Geef bij --xlsx een bestand met -o, bijvoorbeeld -o definitie.xlsx.",
        "definitie",
      );
    // The definition workbook writer is loaded only for this command.
    const { definitionWorkbookBytes } = await import("../xlsx/definition-workbook-write");
    await writing(o, () => writeBytesFile(definitionWorkbookBytes(def), o));
    io.err(noticeText("bestand_geschreven", { soort: "definitie" }, o));
  } else if (o !== undefined) {
    checkExtension(o, ".json", "-o", "definitie");
    await writing(o, () => writeTextFile(o, monitorToJson(def)));
    io.err(noticeText("bestand_geschreven", { soort: "definitie" }, o));
  } else io.out(monitorToJson(def).trimEnd());
  return EXIT.ok;
}

function requireString(v: string | undefined, name: string, command: string): string {
  if (v === undefined) throw new UsageError(noticeText("optie_verplicht", { optie: name }), command);
  return v;
}

/** The data texts the example rounds are made from (shipped in data/). */
async function exampleData(): Promise<ExampleData> {
  return {
    annexCsv: await fs.readFile(ANNEX_CSV, "utf8"),
    taskforceCsv: await fs.readFile(TASKFORCE_CSV, "utf8"),
  };
}

/** The example answers of a built-in without units, when it has them (with where they come from). */
async function exampleFill(def: Monitor): Promise<{ fill: UnitFill; bron: string } | null> {
  const round = exampleRound(def, await exampleData());
  if (!round) return null;
  const only = round.retouren.find((r) => r.eenheid === null);
  return only ? { fill: only.fill, bron: round.bron } : null;
}

interface TemplateOptions extends DefinitionChoice {
  regio?: string;
  alle?: true;
  meetmoment?: string;
  peildatum?: string;
  voorbeeld?: true;
  vorige?: string;
  o?: string;
}

export async function cmdTemplate(options: TemplateOptions, io: Io): Promise<number> {
  const { def } = await chooseDefinition(options, "template", io);
  const out = requireString(options.o, "-o", "template");
  if (options.regio !== undefined && options.alle)
    throw new UsageError(noticeText("opties_niet_samen", { opties: ["--regio", "--alle"] }), "template");
  if (!options.alle) checkExtension(out, ".xlsx", "-o", "template");
  const meetmoment =
    options.meetmoment === undefined ? defaultMeetmoment(def) : matchMeetmoment(def, options.meetmoment);
  let peildatum: string | undefined;
  if (options.peildatum !== undefined) {
    const p = parseDutchDate(options.peildatum);
    if (!p.ok || !p.value.exact)
      throw new UsageError(
        `--peildatum '${options.peildatum}' is geen datum. Typ de datum als dd-mm-jjjj, bijvoorbeeld 15-01-2011.`,
        "template",
      );
    peildatum = p.value.end;
  }
  let vul: UnitFill | undefined;
  if (options.voorbeeld) {
    const ex = await exampleFill(def);
    if (!ex)
      throw new UsageError(`Voor '${def.id}' is geen voorbeeld ingebouwd; laat --voorbeeld weg.`, "template");
    vul = ex.fill;
    io.err(`Voorbeeld ${ex.bron}.`);
  }
  const round = options.vorige === undefined ? null : await loadedRound(options.vorige, "template", def);
  if (!def.eenheden) {
    if (options.regio !== undefined || options.alle)
      throw new UsageError(
        `${def.naam} heeft geen regio's: het is één landelijke werkmap. Laat --regio en --alle weg.`,
        "template",
      );
    const wb = await buildTemplateWorkbook(buildTemplate(def, { meetmoment, peildatum, vul }));
    await writing(out, () => writeWorkbookFile(wb, out));
    io.out(noticeText("bestand_geschreven", { soort: "werkmap" }, out));
    return EXIT.ok;
  }
  if (options.regio === undefined && !options.alle)
    throw new UsageError(
      `Geef de ${def.eenheden.soort} met --regio NAAM, of --alle voor een werkmap per ${def.eenheden.soort}.`,
      "template",
    );
  const units = options.alle ? unitNames(def) : [matchUnit(def, options.regio ?? "")];
  if (round) for (const line of roundTemplatesNotes(def, round, units)) io.err(line);
  for (const eenheid of units) {
    const unit = { eenheid, meetmoment, peildatum, vul };
    const made = round ? templateFromRound(def, round, unit) : null;
    if (made && !made.ok) throw new UsageError(`--vorige: ${made.fout}`, "template");
    const wb = await buildTemplateWorkbook(made ? made.model : buildTemplate(def, unit));
    const target = options.alle ? path.join(out, `Regiomonitor-${safeFileName(eenheid)}.xlsx`) : out;
    await writing(target, () => writeWorkbookFile(wb, target));
    io.out(noticeText("bestand_geschreven", { soort: "werkmap" }, target));
  }
  return EXIT.ok;
}

/**
 * The national round of `--vorige`, loaded as `compare` loads it; with `def`, refused when it cannot serve
 * that definition. A usage error when it cannot be read or used.
 */
async function loadedRound(
  file: string,
  command: string,
  def?: Monitor,
): Promise<Extract<LoadedRound, { ok: true }>> {
  const loaded = await loadExport(file);
  const round = loaded.ok ? usableRound(loaded.json, path.basename(file), def) : loaded;
  if (!round.ok) throw new UsageError(`--vorige: ${round.fouten.join("\n")}`, command);
  return round;
}

/** The options of the field with role `meetmoment`, and that field. */
function meetmomentField(def: Monitor) {
  const f = fieldsTable(def)?.velden.find((x) => x.rol === "meetmoment");
  return { field: f, options: scaleOf(def, f?.schaal)?.opties.map((o) => o.label) ?? [] };
}

/**
 * The meetmoment a template gets without --meetmoment, as in the pane: the field's `standaard`, else its
 * first option (the pane preselects that one); none when the definition has no meetmoment.
 */
export function defaultMeetmoment(def: Monitor): string | undefined {
  const { field, options } = meetmomentField(def);
  return field?.standaard ?? options[0];
}

function matchMeetmoment(def: Monitor, v: string): string {
  const { options } = meetmomentField(def);
  if (options.length === 0)
    throw new UsageError(`${def.naam} heeft geen meetmoment; laat --meetmoment weg.`, "template");
  const hit = matchOption(v, options);
  if (hit) return hit;
  const hint = didYouMean(suggest(v, options));
  throw new UsageError(
    `--meetmoment '${v}' is onbekend.${hint ? ` ${hint}` : ` Kies ${options.join(" of ")}.`}`,
    "template",
  );
}

function matchUnit(def: Monitor, v: string): string {
  const names = unitNames(def);
  const hit = names.find((r) => regionKey(r) === regionKey(v));
  if (hit) return hit;
  const soort = def.eenheden?.soort ?? "eenheid";
  const Soort = `${soort[0].toUpperCase()}${soort.slice(1)}`;
  const hint = didYouMean(suggest(v, names));
  // A likely typo gets one suggestion; otherwise every valid name (`--regio ?` lists them).
  throw new UsageError(
    hint
      ? `${Soort} '${v}' is onbekend. ${hint}`
      : `${Soort} '${v}' is onbekend. Kies een van deze ${names.length} ${def.eenheden?.meervoud ?? "namen"}: ${names.join(", ")}.`,
    "template",
  );
}

interface CheckOptions extends DefinitionChoice {
  json?: true;
  out?: string;
  vorige?: string;
}

export async function cmdCheck(file: string, options: CheckOptions, io: Io): Promise<number> {
  const { def, available, own } = await chooseDefinition(options, "check", io);
  checkExtension(options.out, ".xlsx", "--out", "check");
  if (options.out !== undefined && (await sameFile(file, options.out)))
    throw new UsageError(
      "--out mag niet hetzelfde bestand zijn als de invoer: de invoer wordt nooit gewijzigd.",
      "check",
    );
  const bestand = path.basename(file);
  const round = options.vorige === undefined ? null : await loadedRound(options.vorige, "check");
  const buf = await readInputFile(file, "werkmap");
  let input;
  let kind: Recognised;
  try {
    // One pass: read with the definition it recorded (any known one), else with the chosen one.
    input = await readWorkbook(buf, checkPlan(available, def), bestand);
    kind = recogniseWorkbook(sheetsSeen(input, available));
  } catch (e) {
    if (!(e instanceof UnreadableFileError)) throw e;
    const issue = unreadableResult(e.bestand, e.reden).issues[0];
    if (options.json)
      io.out(
        JSON.stringify(
          checkReport(e.bestand, { def: null, result: unreadableResult(e.bestand, e.reden), score: null }),
          null,
          2,
        ),
      );
    else io.out(formatIssue(issue));
    return EXIT.problems;
  }
  const notReturn = notAReturnMessage(kind, bestand);
  if (notReturn) {
    if (options.json) io.out(JSON.stringify({ bestand, soort: kind.soort, bericht: notReturn }, null, 2));
    else io.err(notReturn);
    return EXIT.usage;
  }
  let res = checkRead(input, own);
  let vorige: PreviousComparison | null = null;
  let vorigeRegels: string[] = [];
  // A return whose structure cannot be read is shown as checked, without a comparison.
  const against = round && res.def && res.result.ok ? checkWithRound(res, round) : null;
  if (against && !against.ok) throw new UsageError(`--vorige: ${against.fout}`, "check");
  if (against) ({ res, vorige, regels: vorigeRegels } = against);
  const issues = sortIssues(res.result.issues);
  const note = summaryNote(kind);
  const national = nationalOfOne(res, bestand);
  if (options.json) {
    const report = checkReport(bestand, res);
    io.out(
      JSON.stringify(
        {
          ...report,
          ...(national && res.def ? { landelijk: toNationalJson(res.def, national) } : {}),
          ...(vorige ? { vorige } : {}),
        },
        null,
        2,
      ),
    );
  } else {
    io.out(formatCheck(bestand, res, issues, national, note));
    if (vorige) io.out(vorigeRegels.join("\n"));
  }
  if (options.out !== undefined) {
    const target = options.out;
    const plan = summaryPlan(res);
    if (!plan.ok) {
      io.err(noticeText("samenvatting_niet_geschreven", {}));
      return EXIT.problems;
    }
    const models = plan.models;
    const copy = await addSheets(buf, models, bestand);
    await writing(target, () => writeBytesFile(copy, target));
    io.err(noticeText("kopie_geschreven", { bladen: models.map((m) => m.name) }, target));
  }
  return res.result.ok && !issues.some((i) => i.severity === "fout") ? EXIT.ok : EXIT.problems;
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}

/**
 * Reads each file of a round once, with the core's plan (see core/app/read-plan.ts `roundPlan`), before the
 * round's definition is known. Unreadable and missing files keep their Dutch reason; the batch goes on.
 */
async function readRoundFiles(files: string[], choice: RoundChoice): Promise<RoundFile[]> {
  const plan = roundReadPlan(choice);
  const read: RoundFile[] = [];
  for (const file of files) {
    const bestand = path.basename(file);
    try {
      read.push({ bestand, input: await readWorkbook(await fs.readFile(file), plan, bestand) });
    } catch (e) {
      if (e instanceof UnreadableFileError) read.push({ bestand, reden: e.reden });
      else {
        // A file that cannot be read (no rights, removed meanwhile) is skipped; the batch goes on.
        const m = fileErrorMessage(e, file);
        if (!m) throw e;
        read.push({ bestand, reden: lowerFirst(m.replace(/\.$/, "")) });
      }
    }
  }
  return read;
}

/** The core's entries of a round, one progress line each (not for the files of other monitors, named once). */
function roundEntriesShown(
  read: readonly RoundFile[],
  round: Round,
  progress: (s: string) => void,
): ReturnEntry[] {
  return read.map((f, i) => {
    const entry = roundEntry(f, round);
    if (!round.andereBestanden.has(f.bestand))
      progress(`[${i + 1}/${read.length}] ${f.bestand}: ${entryStatusText(entry)}`);
    return entry;
  });
}

/** Reads (each file once), validates and scores the files of a round of `def`. */
export async function readReturns(
  files: string[],
  def: Monitor,
  progress: (s: string) => void,
): Promise<ReturnEntry[]> {
  const choice = roundChoice(def, "--definitie");
  const read = await readRoundFiles(files, choice);
  return roundEntriesShown(read, { ...startRound(read, choice), andereBestanden: new Set() }, progress);
}

interface AggregateOptions extends DefinitionChoice {
  o?: string;
  json?: string;
  vorige?: string;
}

export async function cmdAggregate(positional: string[], options: AggregateOptions, io: Io): Promise<number> {
  const out = requireString(options.o, "-o", "aggregate");
  checkExtension(out, ".xlsx", "-o", "aggregate");
  checkExtension(options.json, ".json", "--json", "aggregate");
  const { files, missing } = await expandInputs(positional);
  for (const m of missing) io.err(skippedInputLine(m));
  for (const f of files)
    if (await sameFile(f, out)) throw new UsageError(noticeText("uitvoer_is_invoer", {}, out), "aggregate");
  if (files.length === 0) {
    io.err(
      noticeLine(hostNotice("geen_werkmappen", { leeg: missing.length > 0 ? null : positional.length })),
    );
    return EXIT.usage;
  }
  const { own, met } = await chooseDefinition(options, "aggregate", io);
  // Each file is read once; the core chooses the round's definition (the user's, else the one most files
  // recorded) and says first which monitor is aggregated and why, and the files of other monitors as a group.
  const choice = roundChoice(own, met ?? "--definitie");
  const read = await readRoundFiles(files, choice);
  const round = startRound(read, choice);
  const def = round.def;
  io.err(round.kop.bericht);
  for (const a of round.anderen) io.err(noticeLine(a));
  const entries = roundEntriesShown(read, round, io.err);
  const previous =
    options.vorige === undefined ? undefined : (await loadedRound(options.vorige, "aggregate", def)).round;
  return writeNational(
    def,
    entries,
    out,
    options.json ?? null,
    io,
    missing.length > 0,
    round.andereBestanden,
    previous,
  );
}

async function writeNational(
  def: Monitor,
  entries: ReturnEntry[],
  out: string,
  jsonOut: string | null,
  io: Io,
  hadMissing: boolean,
  /** Files of other monitors, already named as a group: not listed again one by one. */
  quiet: ReadonlySet<string> = new Set(),
  /** The previous round (`--vorige`): the units' previous answers in the factsheets. */
  previous?: NationalJson,
): Promise<number> {
  const { report, models, json } = composeRound(def, entries, previous);
  await writeOutputs(io, { out, jsonOut }, "landelijk", sheetsXlsx(models), json);
  if (previous) io.err(roundFactsheetsNote(def, report, previous));
  const table = formatRowDistributions(def, report);
  const received = receivedText(def, report);
  // Without row distributions: the colour counts of the judged rows, else how many returns were received.
  io.out(
    table ||
      (report.totaal ? `${def.naam}: ${formatColourCounts(def, report)}` : `${def.naam} — ${received}`),
  );
  const skipped = report.bestanden.filter((b) => b.status !== "meegeteld");
  for (const s of skipped.filter((x) => !quiet.has(x.bestand)))
    io.err(
      noticeText(
        "bestand_niet_meegeteld",
        { dubbel: s.status !== "overgeslagen", reden: s.reden },
        s.bestand,
      ),
    );
  const anyErrors = report.bestanden.some((b) => b.fouten > 0);
  return skipped.length > 0 || anyErrors || hadMissing ? EXIT.problems : EXIT.ok;
}

/**
 * One example round of a demo: its workbooks written in `rd.dir` (one per unit), checked and aggregated into
 * OUT.xlsx and OUT.json (OUT without extension). The exit code of the aggregation.
 */
async function writeExampleRound(
  def: Monitor,
  rd: { dir: string; bron: string; retouren: ExampleRound["retouren"] },
  out: string,
  io: Io,
): Promise<number> {
  io.err(
    `Voorbeeldwerkmappen ${def.naam} maken voor ${countText(rd.retouren.length, def.eenheden?.soort ?? "werkmap", def.eenheden?.meervoud ?? "werkmappen")} in ${rd.dir} (${rd.bron}) ...`,
  );
  for (const r of rd.retouren)
    await writeWorkbookFile(
      await buildTemplateWorkbook(buildTemplate(def, { eenheid: r.eenheid ?? undefined, vul: r.fill })),
      path.join(rd.dir, `Regiomonitor-${safeFileName(r.eenheid ?? def.id)}.xlsx`),
    );
  const { files } = await expandInputs([rd.dir]);
  const entries = await readReturns(files, def, io.err);
  return writeNational(def, entries, `${out}.xlsx`, `${out}.json`, io, false);
}

export async function cmdDemo(options: { o?: string }, shown: Io): Promise<number> {
  const dir = options.o ?? "demo-uitvoer";
  const data = await exampleData();
  let code: number = EXIT.ok;
  // Every step's tables and messages go to the log file; the terminal gets a short summary per monitor.
  const log: string[] = [];
  const io: Io = { out: (s) => log.push(s), err: (s) => log.push(s) };
  const summary: DemoLine[] = [];
  const summarise = async (out: string, bron: string, extra: string[] = []) => {
    const l = await loadExport(`${out}.json`);
    const files = [`${out}.xlsx`, `${out}.json`, ...extra];
    if (l.ok) summary.push(roundLine(l.json, dir, files, generatedMark(bron)));
  };
  // The monitors with units: a workbook per unit, checked and aggregated into the national workbook. The
  // standard monitor (RAK) writes to MAP/regios and MAP/landelijk.*, every other one to MAP/<id>/.
  for (const def of builtInMonitors().filter((d) => d.eenheden)) {
    const round = exampleRound(def, data);
    if (!round) continue;
    const isDefault = def.id === defaultMonitor().id;
    const base = isDefault ? dir : path.join(dir, def.id);
    const unitDir = path.join(base, isDefault ? "regios" : "eenheden");
    // An earlier round (e.g. the nulmeting) first, in MAP/<id>/<naam>/ and landelijk-<naam>.*, to compare with.
    const rounds = [
      ...(round.vorige
        ? [
            {
              ...round.vorige,
              dir: path.join(base, round.vorige.naam),
              uit: `landelijk-${round.vorige.naam}`,
            },
          ]
        : []),
      { ...round, dir: unitDir, uit: "landelijk" },
    ];
    for (const rd of rounds) {
      if (!isDefault) io.out("");
      code = Math.max(code, await writeExampleRound(def, rd, path.join(base, `${rd.uit}`), io));
      await summarise(
        path.join(base, rd.uit),
        rd.bron,
        isDefault && rd === rounds[rounds.length - 1] ? [path.join(dir, "rapport.html")] : [],
      );
    }
  }

  code = Math.max(code, await writeDemoSeries(dir, data, io, writeExampleRound));
  const series = (await fs.readdir(path.join(dir, "reeksen"))).filter((f) => f.endsWith(".xlsx")).sort();
  summary.push({
    monitor: "Voorbeeldreeksen van metingen",
    regel: series.map((f) => `reeksen/${f}`).join(", "),
  });
  code = Math.max(code, await writeDemoReport(dir, io));

  // The built-in monitors without units: their example workbooks, checked, with the summary sheets.
  const actionDir = path.join(dir, "acties");
  for (const m of builtInMonitors().filter((d) => !d.eenheden)) {
    const round = exampleRound(m, data);
    const ex = round ? { fill: round.retouren[0].fill, bron: round.bron } : null;
    if (!ex) continue;
    const file = path.join(actionDir, `${m.id}-voorbeeld.xlsx`);
    await writeWorkbookFile(await buildTemplateWorkbook(buildTemplate(m, { vul: ex.fill })), file);
    const exBuf = await fs.readFile(file);
    const res = checkRead(await readXlsx(exBuf, wantedSources(m), path.basename(file)), m);
    const national = nationalOfOne(res, path.basename(file));
    const plan = summaryPlan(res);
    if (!plan.ok || !national) {
      shown.err(`${file}: het voorbeeld is niet te lezen.`);
      code = Math.max(code, EXIT.problems);
      continue;
    }
    const issues = res.result.issues;
    const summaryFile = path.join(actionDir, `${m.id}-samenvatting.xlsx`);
    await writeBytesFile(await addSheets(exBuf, plan.models, path.basename(file)), summaryFile);
    io.err(noticeText("voorbeeld_geschreven", { id: m.id, bron: ex.bron, samenvatting: summaryFile }, file));
    io.out("");
    io.out(`${m.naam} — ${national.totaal?.aantal ?? 0} ${vocabulary(m).rijen} (voorbeeld ${ex.bron})`);
    io.out(formatColourCounts(m, national));
    const w = vocabulary(m);
    summary.push({
      monitor: m.naam,
      regel: `${national.totaal?.aantal ?? 0} ${w.rijen}${generatedMark(ex.bron)}: ${w.totaaloordeel ? formatColourCounts(m, national) : "geen totaaloordeel (de bron van deze monitor geeft dat niet)"} → ${path.relative(dir, file)}, ${path.relative(dir, summaryFile)}`,
    });
    if (issues.some((i) => i.severity === "fout")) code = Math.max(code, EXIT.problems);
  }
  const logFile = path.join(dir, "demo-verslag.txt");
  await writing(logFile, () => writeTextFile(logFile, `${log.join("\n")}\n`));
  shown.out(formatDemoSummary(dir, summary, logFile));
  return code;
}
