/** The `regiomonitor` command line: template, check, aggregate, demo, compare, definitie — for every monitor. */
import { promises as fs } from "node:fs";
import path from "node:path";
import {
  builtInMonitors,
  defaultMonitor,
  fieldsTable,
  findMonitor,
  loadMonitorJson,
  monitorToJson,
  scaleOf,
  unitNames,
  type Monitor,
} from "../core/model";
import { wantedSources } from "../core/engine/read";
import {
  checkReport,
  checkReturn,
  checkWorkbook,
  mostRecorded,
  unreadableResult,
  type CheckResult,
} from "../core/engine/pipeline";
import { aggregate } from "../core/engine/national";
import type { NationalReport, ReturnEntry } from "../core/engine/national-types";
import { toNationalJson } from "../core/engine/json";
import { cmdRapport, writeDemoReport } from "./rapport";
import { layoutNational } from "../core/engine/layout-national";
import { layoutUnitSummary } from "../core/engine/layout-unit";
import { buildTemplate, type UnitFill } from "../core/engine/template";
import { annexFills, ghnt2018Fill, taskforce2013Fill } from "../core/engine/examples";
import { parseDutchDate } from "../core/cells/dates";
import { matchOption } from "../core/cells/text";
import { regionKey } from "../core/read/cells";
import { formatIssue, sortIssues } from "../core/issues";
import { roundSheetModel } from "../core/layout/round-sheet";
import { readXlsx } from "../xlsx/read-xlsx";
import { UnreadableFileError } from "../xlsx/unreadable";
import { addSheets } from "../xlsx/add-sheets";
import { SheetNameTakenError } from "../xlsx/render-sheet";
import { buildTemplateWorkbook, sheetsXlsx } from "../xlsx/writer";
import {
  expandInputs,
  safeFileName,
  sameFile,
  writeBytesFile,
  writeTextFile,
  writeWorkbookFile,
} from "../xlsx/files";
import { parseArgs, UsageError } from "./args";
import { cmdCompare } from "./compare";
import { formatCheck, formatColourCounts, formatRowDistributions } from "./report-text";

export const EXIT = { ok: 0, problems: 1, usage: 2 } as const;

export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
}

const defaultIo: Io = {
  out: (s) => process.stdout.write(s + "\n"),
  err: (s) => process.stderr.write(s + "\n"),
};

const USAGE = `Gebruik:
  regiomonitor template --regio NAAM [--meetmoment Startfoto|Eindfoto] [--peildatum dd-mm-jjjj] -o BESTAND.xlsx
  regiomonitor template --alle [--meetmoment ...] [--peildatum ...] -o MAP
  regiomonitor template --definitie-id actiemonitor-2013|ghnt-2018 [--voorbeeld] -o BESTAND.xlsx
  regiomonitor check BESTAND.xlsx [--json] [--out KOPIE.xlsx]
  regiomonitor aggregate BESTANDEN-OF-MAPPEN... -o LANDELIJK.xlsx [--json LANDELIJK.json]
  regiomonitor demo [-o MAP]
  regiomonitor compare OUD NIEUW -o VERGELIJKING.xlsx [--json VERGELIJKING.json]   (OUD, NIEUW: .json of landelijke .xlsx)
  regiomonitor definitie export ID [-o BESTAND.json]
  regiomonitor rapport LANDELIJK.json -o RAPPORT.html   (landelijk rapport om te publiceren; ook uit een landelijke .xlsx)

Met --definitie BESTAND.json (of --definitie-id ID) gebruiken template, check en aggregate een andere
definitie dan de standaard (zie docs/definitions.md).

Exitcodes: 0 alles gelezen en geldig; 1 fouten of overgeslagen bestanden (uitvoer wel geschreven); 2 gebruiksfout of niets te doen.`;

const DATA = path.join(__dirname, "..", "..", "data");
/** The example data shipped with the package (never ../shared at run time). */
export const ANNEX_CSV = path.join(DATA, "rak-regio-mijlpalen-2011-01-15.csv");
export const TASKFORCE_CSV = path.join(DATA, "taskforce-acties-2013.csv");

export async function main(argv: string[], io: Io = defaultIo): Promise<number> {
  const [cmd, ...rest] = argv;
  try {
    switch (cmd) {
      case "template":
        return await cmdTemplate(rest, io);
      case "check":
        return await cmdCheck(rest, io);
      case "aggregate":
        return await cmdAggregate(rest, io);
      case "demo":
        return await cmdDemo(rest, io);
      case "compare":
        return await cmdCompare(rest, io);
      case "definitie":
        return await cmdDefinitie(rest, io);
      case "rapport":
        return await cmdRapport(rest, io);
      case undefined:
      case "help":
      case "--help":
      case "-h":
        io.out(USAGE);
        return cmd === undefined ? EXIT.usage : EXIT.ok;
      default:
        throw new UsageError(`Onbekende opdracht '${cmd}'.`);
    }
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`Fout: ${e.message}\n\n${USAGE}`);
      return EXIT.usage;
    }
    if (
      e instanceof UnreadableFileError ||
      e instanceof SheetNameTakenError ||
      e instanceof DefinitionFileError
    ) {
      io.err(`Fout: ${e.message}`);
      return EXIT.usage;
    }
    const code = (e as NodeJS.ErrnoException)?.code;
    if (
      code === "ENOENT" ||
      code === "EACCES" ||
      code === "EISDIR" ||
      code === "ENOSPC" ||
      code === "EROFS"
    ) {
      io.err(
        `Fout: kan bestand niet lezen of schrijven (${(e as NodeJS.ErrnoException).path ?? ""}: ${code}). Controleer het pad en de rechten.`,
      );
      return EXIT.usage;
    }
    io.err(
      `Onverwachte fout: ${e instanceof Error ? e.message : String(e)}. Meld dit aan de beheerder van Regiomonitor.`,
    );
    return EXIT.usage;
  }
}

export class DefinitionFileError extends Error {}

/**
 * The definition to use: `--definitie FILE.json`, `--definitie-id ID`, else the built-in default; plus all
 * known ones (so a workbook made with any built-in is read with its own definition).
 */
async function chooseDefinition(
  options: Record<string, string | true>,
): Promise<{ def: Monitor; available: Monitor[] }> {
  const file = options.definitie;
  const id = options["definitie-id"];
  if (file !== undefined && id !== undefined)
    throw new UsageError("Geef --definitie-id of --definitie, niet allebei.");
  if (id !== undefined) {
    if (id === true) throw new UsageError("Optie --definitie-id verwacht een id.");
    const def = findMonitor(id);
    if (!def)
      throw new UsageError(
        `Definitie '${id}' is niet ingebouwd. Ingebouwd: ${builtInMonitors()
          .map((d) => d.id)
          .join(", ")}.`,
      );
    return { def, available: builtInMonitors() };
  }
  if (file === undefined) return { def: defaultMonitor(), available: builtInMonitors() };
  if (file === true) throw new UsageError("Optie --definitie verwacht een bestand.");
  const load = loadMonitorJson(await fs.readFile(file, "utf8"));
  if (!load.ok)
    throw new DefinitionFileError(
      `De definitie in ${file} is niet bruikbaar (${load.fouten.length} ${load.fouten.length === 1 ? "fout" : "fouten"}):\n${load.fouten.map((f) => `  ${f}`).join("\n")}`,
    );
  const others = builtInMonitors().filter((d) => !(d.id === load.def.id && d.versie === load.def.versie));
  return { def: load.def, available: [load.def, ...others] };
}

async function cmdDefinitie(argv: string[], io: Io): Promise<number> {
  const { positional, options } = parseArgs(argv, ["o"], []);
  const [sub, id] = positional;
  if (sub !== "export" || !id || positional.length > 2)
    throw new UsageError("Gebruik: regiomonitor definitie export ID [-o BESTAND.json]");
  const def = findMonitor(id);
  if (!def)
    throw new UsageError(
      `Definitie '${id}' is niet ingebouwd. Ingebouwd: ${builtInMonitors()
        .map((d) => d.id)
        .join(", ")}.`,
    );
  if (typeof options.o === "string") {
    await writeTextFile(options.o, monitorToJson(def));
    io.err(`Definitie geschreven: ${options.o}`);
  } else io.out(monitorToJson(def).trimEnd());
  return EXIT.ok;
}

function requireString(v: string | true | undefined, name: string): string {
  if (typeof v !== "string") throw new UsageError(`Optie ${name} is verplicht.`);
  return v;
}

/** The example answers of a built-in, when it has them (with where they come from). */
async function exampleFill(def: Monitor): Promise<{ fill: UnitFill; bron: string } | null> {
  if (def.id === "actiemonitor-2013")
    return {
      fill: taskforce2013Fill(def, await fs.readFile(TASKFORCE_CSV, "utf8")),
      bron: "uit de gepubliceerde Taskforce-monitor 2013 (data/taskforce-acties-2013.csv)",
    };
  if (def.id === "ghnt-2018")
    return { fill: ghnt2018Fill(def), bron: "GEGENEREERD door code (geen echte stand van zaken)" };
  return null;
}

async function cmdTemplate(argv: string[], io: Io): Promise<number> {
  const { positional, options } = parseArgs(
    argv,
    ["regio", "meetmoment", "peildatum", "o", "definitie", "definitie-id"],
    ["alle", "voorbeeld"],
  );
  if (positional.length > 0) throw new UsageError(`Onverwacht argument '${positional[0]}'.`);
  const { def } = await chooseDefinition(options);
  const out = requireString(options.o, "-o");
  const meetmoment =
    options.meetmoment === undefined ? undefined : matchMeetmoment(def, String(options.meetmoment));
  let peildatum: string | undefined;
  if (typeof options.peildatum === "string") {
    const p = parseDutchDate(options.peildatum);
    if (!p.ok || !p.value.exact)
      throw new UsageError(`--peildatum '${options.peildatum}' is geen datum; gebruik dd-mm-jjjj.`);
    peildatum = p.value.end;
  }
  let vul: UnitFill | undefined;
  if (options.voorbeeld) {
    const ex = await exampleFill(def);
    if (!ex) throw new UsageError(`Voor '${def.id}' is geen voorbeeld ingebouwd; laat --voorbeeld weg.`);
    vul = ex.fill;
    io.err(`Voorbeeld ${ex.bron}.`);
  }
  if (!def.eenheden) {
    if (options.regio !== undefined || options.alle)
      throw new UsageError(
        `${def.naam} heeft geen regio's: het is één landelijke werkmap. Laat --regio en --alle weg.`,
      );
    await writeWorkbookFile(
      await buildTemplateWorkbook(buildTemplate(def, { meetmoment, peildatum, vul })),
      out,
    );
    io.out(`Geschreven: ${out}`);
    return EXIT.ok;
  }
  const units = options.alle ? unitNames(def) : [matchUnit(def, requireString(options.regio, "--regio"))];
  for (const eenheid of units) {
    const wb = await buildTemplateWorkbook(buildTemplate(def, { eenheid, meetmoment, peildatum, vul }));
    const target = options.alle ? path.join(out, `Regiomonitor-${safeFileName(eenheid)}.xlsx`) : out;
    await writeWorkbookFile(wb, target);
    io.out(`Geschreven: ${target}`);
  }
  return EXIT.ok;
}

function matchMeetmoment(def: Monitor, v: string): string {
  const f = fieldsTable(def)?.velden.find((x) => x.rol === "meetmoment");
  const options = scaleOf(def, f?.schaal)?.opties.map((o) => o.label) ?? [];
  const hit = matchOption(v, options);
  if (!hit) throw new UsageError(`--meetmoment '${v}' is onbekend; kies ${options.join(" of ")}.`);
  return hit;
}

function matchUnit(def: Monitor, v: string): string {
  const names = unitNames(def);
  const hit = names.find((r) => regionKey(r) === regionKey(v));
  if (!hit) throw new UsageError(`Regio '${v}' is onbekend. Bekende regio's: ${names.join(", ")}.`);
  return hit;
}

/** For a monitor without units, one workbook is the whole national report (groups, shift, every row). */
function nationalOfOne(res: CheckResult, bestand: string): NationalReport | null {
  if (!res.def || res.def.eenheden || !res.result.ok) return null;
  return aggregate(res.def, [{ bestand, result: res.result }]);
}

async function cmdCheck(argv: string[], io: Io): Promise<number> {
  const { positional, options } = parseArgs(argv, ["out", "definitie", "definitie-id"], ["json"]);
  if (positional.length !== 1) throw new UsageError("Geef precies één werkmap op.");
  const file = positional[0];
  const { def, available } = await chooseDefinition(options);
  if (typeof options.out === "string" && (await sameFile(file, options.out)))
    throw new UsageError(
      "--out mag niet hetzelfde bestand zijn als de invoer: de invoer wordt nooit gewijzigd.",
    );
  const bestand = path.basename(file);
  const buf = await fs.readFile(file);
  let input;
  try {
    // The workbook is read with the definition it recorded (any known one), else with the chosen one.
    const recorded = (await readXlsx(buf, [], bestand)).definitie;
    const readWith =
      (recorded && available.find((d) => d.id === recorded.id && d.versie === recorded.versie)) || def;
    input = await readXlsx(buf, wantedSources(readWith), bestand);
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
  const res = checkWorkbook(input, available, def);
  const issues = sortIssues(res.result.issues);
  const national = nationalOfOne(res, bestand);
  if (options.json) {
    const report = checkReport(bestand, res);
    io.out(
      JSON.stringify(
        national && res.def ? { ...report, landelijk: toNationalJson(res.def, national) } : report,
        null,
        2,
      ),
    );
  } else io.out(formatCheck(bestand, res, issues, national));
  if (typeof options.out === "string") {
    if (!res.result.ok || !res.score || !res.def) {
      io.err("Geen samenvatting geschreven: de structuur van de werkmap is niet te lezen.");
      return EXIT.problems;
    }
    const models = [
      layoutUnitSummary(res.def, res.result.ret, res.score, issues),
      ...(national ? layoutNational(res.def, national) : []),
    ];
    await writeBytesFile(await addSheets(buf, models, bestand), options.out);
    io.err(
      `Kopie met ${models.length === 1 ? "blad" : "bladen"} ${models.map((m) => m.name).join(", ")} geschreven: ${options.out}`,
    );
  }
  return res.result.ok && !issues.some((i) => i.severity === "fout") ? EXIT.ok : EXIT.problems;
}

/**
 * The known definition most readable inputs recorded (the returns of an action monitor aggregate with their
 * own definition without --definitie-id); null when none did. One odd file never changes the round.
 */
async function recordedDefinition(files: string[], available: Monitor[]): Promise<Monitor | null> {
  const recorded: Monitor[] = [];
  for (const file of files) {
    try {
      const rec = (await readXlsx(await fs.readFile(file), [], path.basename(file))).definitie;
      const def = rec && available.find((d) => d.id === rec.id && d.versie === rec.versie);
      if (def) recorded.push(def);
    } catch (e) {
      if (!(e instanceof UnreadableFileError)) throw e;
    }
  }
  return mostRecorded(recorded);
}

/** Reads, validates and scores files one at a time (each workbook is released before the next). */
export async function readReturns(
  files: string[],
  def: Monitor,
  progress: (s: string) => void,
): Promise<ReturnEntry[]> {
  const entries: ReturnEntry[] = [];
  const available = [def, ...builtInMonitors().filter((d) => d.id === def.id && d.versie !== def.versie)];
  let n = 0;
  for (const file of files) {
    n += 1;
    const bestand = path.basename(file);
    let entry: ReturnEntry;
    try {
      const input = await readXlsx(await fs.readFile(file), wantedSources(def), bestand);
      entry = { bestand, result: checkReturn(input, def, available).result };
    } catch (e) {
      if (!(e instanceof UnreadableFileError)) throw e;
      entry = { bestand, result: unreadableResult(bestand, e.reden) };
    }
    entries.push(entry);
    const status = entry.result.ok
      ? `gelezen (${entry.result.issues.filter((i) => i.severity === "fout").length} fouten)`
      : `overgeslagen: ${entry.result.issues[0]?.bericht ?? entry.result.reden}`;
    progress(`[${n}/${files.length}] ${bestand}: ${status}`);
  }
  return entries;
}

async function cmdAggregate(argv: string[], io: Io): Promise<number> {
  const { positional, options } = parseArgs(argv, ["o", "json", "definitie", "definitie-id"], []);
  if (positional.length === 0) throw new UsageError("Geef een of meer werkmappen of mappen op.");
  const out = requireString(options.o, "-o");
  const { files, missing } = await expandInputs(positional);
  for (const m of missing) io.err(`Niet gevonden: ${m}`);
  for (const f of files)
    if (await sameFile(f, out))
      throw new UsageError(`-o ${out} is ook een invoerbestand; kies een andere naam.`);
  if (files.length === 0) {
    io.err("Geen bestanden gevonden om samen te voegen.");
    return EXIT.usage;
  }
  const chosen = await chooseDefinition(options);
  const explicit = options.definitie !== undefined || options["definitie-id"] !== undefined;
  const def = explicit ? chosen.def : ((await recordedDefinition(files, chosen.available)) ?? chosen.def);
  const entries = await readReturns(files, def, io.err);
  return writeNational(
    def,
    entries,
    out,
    typeof options.json === "string" ? options.json : null,
    io,
    missing.length > 0,
  );
}

async function writeNational(
  def: Monitor,
  entries: ReturnEntry[],
  out: string,
  jsonOut: string | null,
  io: Io,
  hadMissing: boolean,
): Promise<number> {
  const report = aggregate(def, entries);
  await writeWorkbookFile(
    sheetsXlsx([...layoutNational(def, report), roundSheetModel(toNationalJson(def, report))]),
    out,
  );
  io.err(`Landelijke werkmap geschreven: ${out}`);
  if (jsonOut) {
    await writeTextFile(jsonOut, JSON.stringify(toNationalJson(def, report), null, 2) + "\n");
    io.err(`JSON geschreven: ${jsonOut}`);
  }
  const table = formatRowDistributions(def, report);
  io.out(table || `${def.naam}: ${formatColourCounts(def, report)}`);
  const skipped = report.bestanden.filter((b) => b.status !== "meegeteld");
  for (const s of skipped)
    io.err(`${s.status === "overgeslagen" ? "Overgeslagen" : "Dubbel"}: ${s.bestand} — ${s.reden}`);
  const anyErrors = report.bestanden.some((b) => b.fouten > 0);
  return skipped.length > 0 || anyErrors || hadMissing ? EXIT.problems : EXIT.ok;
}

async function cmdDemo(argv: string[], io: Io): Promise<number> {
  const { positional, options } = parseArgs(argv, ["o"], []);
  if (positional.length > 0) throw new UsageError(`Onverwacht argument '${positional[0]}'.`);
  const dir = typeof options.o === "string" ? options.o : "demo-uitvoer";
  const def = defaultMonitor();
  const fills = annexFills(def, await fs.readFile(ANNEX_CSV, "utf8"));
  const regionDir = path.join(dir, "regios");
  io.err(`Voorbeeldwerkmappen maken voor ${fills.length} regio's in ${regionDir} ...`);
  for (const f of fills)
    await writeWorkbookFile(
      await buildTemplateWorkbook(buildTemplate(def, { eenheid: f.eenheid, vul: f.fill })),
      path.join(regionDir, `Regiomonitor-${safeFileName(f.eenheid)}.xlsx`),
    );
  const { files } = await expandInputs([regionDir]);
  const entries = await readReturns(files, def, io.err);
  let code = await writeNational(
    def,
    entries,
    path.join(dir, "landelijk.xlsx"),
    path.join(dir, "landelijk.json"),
    io,
    false,
  );

  code = Math.max(code, await writeDemoReport(dir, io));

  // The built-in monitors without units: their example workbooks, checked, with the summary sheets.
  const actionDir = path.join(dir, "acties");
  for (const m of builtInMonitors().filter((d) => !d.eenheden)) {
    const ex = await exampleFill(m);
    if (!ex) continue;
    const file = path.join(actionDir, `${m.id}-voorbeeld.xlsx`);
    await writeWorkbookFile(await buildTemplateWorkbook(buildTemplate(m, { vul: ex.fill })), file);
    const exBuf = await fs.readFile(file);
    const res = checkWorkbook(
      await readXlsx(exBuf, wantedSources(m), path.basename(file)),
      builtInMonitors(),
      null,
    );
    const national = nationalOfOne(res, path.basename(file));
    if (!res.result.ok || !res.score || !res.def || !national) {
      io.err(`${file}: het voorbeeld is niet te lezen.`);
      code = Math.max(code, EXIT.problems);
      continue;
    }
    const issues = sortIssues(res.result.issues);
    const summary = path.join(actionDir, `${m.id}-samenvatting.xlsx`);
    const models = [
      layoutUnitSummary(res.def, res.result.ret, res.score, issues),
      ...layoutNational(res.def, national),
    ];
    await writeBytesFile(await addSheets(exBuf, models, path.basename(file)), summary);
    io.err(`Voorbeeldwerkmap ${m.id} (${ex.bron}) geschreven: ${file}; met samenvatting: ${summary}`);
    io.out("");
    io.out(`${m.naam} — ${national.totaal?.aantal ?? 0} acties (voorbeeld ${ex.bron})`);
    io.out(formatColourCounts(m, national));
    if (issues.some((i) => i.severity === "fout")) code = Math.max(code, EXIT.problems);
  }
  return code;
}
