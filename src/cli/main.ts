/** The `regiomonitor` command line: template, check, aggregate, demo. */
import { promises as fs } from "node:fs";
import path from "node:path";
import {
  allBuiltInDefinitions,
  anyDefinitionToJson,
  builtInDefinitions,
  defaultDefinition,
  findAnyDefinition,
  loadDefinitionJson,
  type Definition,
} from "../core/definition";
import { wantedSources } from "../core/read/region-return";
import { checkWorkbook, unreadableResult } from "../core/check";
import { aggregate, type ReturnEntry } from "../core/national/aggregate";
import { toNationalJson } from "../core/national/json";
import { layoutNational } from "../core/layout/national-sheets";
import { roundSheetModel } from "../core/layout/round-sheet";
import { layoutRegionSummary } from "../core/layout/region-summary";
import { buildTemplate } from "../core/template";
import { annexFills, filledTemplate } from "../core/examples/annex";
import { parseDutchDate } from "../core/cells/dates";
import { matchOption } from "../core/cells/text";
import { regionKey } from "../core/read/cells";
import { formatIssue, sortIssues } from "../core/issues";
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
import { formatCheck, formatMilestoneTable } from "./report-text";
import { actionCheckWithDefinitionFile, actionDemo, actionTemplate, checkIfActionWorkbook } from "./actions";

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

Met --definitie BESTAND.json gebruiken template, check en aggregate een definitie uit een bestand
in plaats van de ingebouwde (zie docs/definitions.md).

Exitcodes: 0 alles gelezen en geldig; 1 fouten of overgeslagen bestanden (uitvoer wel geschreven); 2 gebruiksfout of niets te doen.`;

/** The example data shipped with the package (never ../shared at run time). */
export const ANNEX_CSV = path.join(__dirname, "..", "..", "data", "rak-regio-mijlpalen-2011-01-15.csv");

export async function main(argv: string[], io: Io = defaultIo): Promise<number> {
  const [cmd, ...rest] = argv;
  try {
    switch (cmd) {
      case "template": {
        const a = await actionTemplate(rest, io); // action monitors: src/cli/actions.ts
        return a.handled ? a.code : await cmdTemplate(a.argv, io);
      }
      case "check":
        return (await actionCheckWithDefinitionFile(rest, io)) ?? (await cmdCheck(rest, io));
      case "aggregate":
        return await cmdAggregate(rest, io);
      case "demo":
        return await actionDemo(rest, io, await cmdDemo(rest, io));
      case "compare":
        return await cmdCompare(rest, io);
      case "definitie":
        return await cmdDefinitie(rest, io);
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

/** The definition to use: from `--definitie FILE.json`, else the built-in default; plus all known ones. */
async function chooseDefinition(
  file: string | true | undefined,
): Promise<{ def: Definition; available: Definition[] }> {
  if (file === undefined) return { def: defaultDefinition(), available: builtInDefinitions() };
  if (file === true) throw new UsageError("Optie --definitie verwacht een bestand.");
  const load = loadDefinitionJson(await fs.readFile(file, "utf8"));
  if (!load.ok) {
    throw new DefinitionFileError(
      `De definitie in ${file} is niet bruikbaar (${load.fouten.length} ${load.fouten.length === 1 ? "fout" : "fouten"}):\n${load.fouten.map((f) => `  ${f}`).join("\n")}`,
    );
  }
  const others = builtInDefinitions().filter((d) => !(d.id === load.def.id && d.versie === load.def.versie));
  return { def: load.def, available: [load.def, ...others] };
}

async function cmdDefinitie(argv: string[], io: Io): Promise<number> {
  const { positional, options } = parseArgs(argv, ["o"], []);
  const [sub, id] = positional;
  if (sub !== "export" || !id || positional.length > 2)
    throw new UsageError("Gebruik: regiomonitor definitie export ID [-o BESTAND.json]");
  const def = findAnyDefinition(id);
  if (!def) {
    throw new UsageError(
      `Definitie '${id}' is niet ingebouwd. Ingebouwd: ${allBuiltInDefinitions()
        .map((d) => d.id)
        .join(", ")}.`,
    );
  }
  if (typeof options.o === "string") {
    await writeTextFile(options.o, anyDefinitionToJson(def));
    io.err(`Definitie geschreven: ${options.o}`);
  } else {
    io.out(anyDefinitionToJson(def).trimEnd());
  }
  return EXIT.ok;
}

function requireString(v: string | true | undefined, name: string): string {
  if (typeof v !== "string") throw new UsageError(`Optie ${name} is verplicht.`);
  return v;
}

async function cmdTemplate(argv: string[], io: Io): Promise<number> {
  const { positional, options } = parseArgs(
    argv,
    ["regio", "meetmoment", "peildatum", "o", "definitie"],
    ["alle"],
  );
  if (positional.length > 0) throw new UsageError(`Onverwacht argument '${positional[0]}'.`);
  const { def } = await chooseDefinition(options.definitie);
  const out = requireString(options.o, "-o");
  const meetmoment =
    options.meetmoment === undefined ? undefined : matchMeetmoment(def, String(options.meetmoment));
  let peildatum = null;
  if (typeof options.peildatum === "string") {
    const p = parseDutchDate(options.peildatum);
    if (!p.ok || !p.value.exact)
      throw new UsageError(`--peildatum '${options.peildatum}' is geen datum; gebruik dd-mm-jjjj.`);
    peildatum = p.value;
  }
  const regios = options.alle ? def.regios : [matchRegion(def, requireString(options.regio, "--regio"))];
  for (const regio of regios) {
    const wb = await buildTemplateWorkbook(buildTemplate(def, { regio, meetmoment, peildatum }));
    const target = options.alle ? path.join(out, `Regiomonitor-${safeFileName(regio)}.xlsx`) : out;
    await writeWorkbookFile(wb, target);
    io.out(`Geschreven: ${target}`);
  }
  return EXIT.ok;
}

function matchMeetmoment(def: Definition, v: string): string {
  const f = def.regio.velden.find((x) => x.rol === "meetmoment");
  const options = f?.schaal ? def.schalen[f.schaal].opties : [];
  const hit = matchOption(v, options);
  if (!hit) throw new UsageError(`--meetmoment '${v}' is onbekend; kies ${options.join(" of ")}.`);
  return hit;
}

function matchRegion(def: Definition, v: string): string {
  const hit = def.regios.find((r) => regionKey(r) === regionKey(v));
  if (!hit) throw new UsageError(`Regio '${v}' is onbekend. Bekende regio's: ${def.regios.join(", ")}.`);
  return hit;
}

async function readInput(file: string, def: Definition) {
  const buf = await fs.readFile(file);
  return { buf, input: await readXlsx(buf, wantedSources(def), path.basename(file)) };
}

async function cmdCheck(argv: string[], io: Io): Promise<number> {
  const { positional, options } = parseArgs(argv, ["out", "definitie"], ["json"]);
  if (positional.length !== 1) throw new UsageError("Geef precies één werkmap op.");
  const file = positional[0];
  const { def, available } = await chooseDefinition(options.definitie);
  if (typeof options.out === "string" && (await sameFile(file, options.out))) {
    throw new UsageError(
      "--out mag niet hetzelfde bestand zijn als de invoer: de invoer wordt nooit gewijzigd.",
    );
  }
  let loaded;
  try {
    loaded = await readInput(file, def);
  } catch (e) {
    if (e instanceof UnreadableFileError) {
      const issue = unreadableResult(e.bestand, e.reden).issues[0];
      if (options.json)
        io.out(JSON.stringify({ bestand: e.bestand, gelezen: false, meldingen: [issue] }, null, 2));
      else io.out(formatIssue(issue));
      return EXIT.problems;
    }
    throw e;
  }
  const action = await checkIfActionWorkbook(file, loaded.buf, loaded.input.definitie, options, io);
  if (action !== null) return action;
  const res = checkWorkbook(loaded.input, available, def);
  const issues = sortIssues(res.result.issues);
  if (options.json) {
    io.out(
      JSON.stringify(
        {
          bestand: loaded.input.bestand,
          gelezen: res.result.ok,
          definitie: res.def ? { id: res.def.id, versie: res.def.versie } : null,
          regio: res.result.ok ? res.result.ret.regio : null,
          scores: res.score,
          meldingen: issues,
        },
        null,
        2,
      ),
    );
  } else {
    io.out(formatCheck(loaded.input.bestand, res, issues));
  }
  if (typeof options.out === "string") {
    if (!res.result.ok || !res.score || !res.def) {
      io.err("Geen samenvatting geschreven: de structuur van de werkmap is niet te lezen.");
      return EXIT.problems;
    }
    const summary = layoutRegionSummary(res.def, res.result.ret, res.score, issues);
    await writeBytesFile(await addSheets(loaded.buf, [summary], loaded.input.bestand), options.out);
    io.err(`Kopie met blad Samenvatting geschreven: ${options.out}`);
  }
  const hasErrors = issues.some((i) => i.severity === "fout");
  return res.result.ok && !hasErrors ? EXIT.ok : EXIT.problems;
}

/** Reads, validates and scores files one at a time (each workbook is released before the next). */
export async function readReturns(
  files: string[],
  def: Definition,
  progress: (s: string) => void,
): Promise<ReturnEntry[]> {
  const entries: ReturnEntry[] = [];
  // Workbooks made with `def` (also one loaded from a file) are read with it; others with a built-in one.
  const available = [def, ...builtInDefinitions().filter((d) => d.id !== def.id || d.versie !== def.versie)];
  let n = 0;
  for (const file of files) {
    n += 1;
    const bestand = path.basename(file);
    let entry: ReturnEntry;
    try {
      const input = await readXlsx(await fs.readFile(file), wantedSources(def), bestand);
      entry = { bestand, result: checkWorkbook(input, available, def).result };
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
  const { positional, options } = parseArgs(argv, ["o", "json", "definitie"], []);
  if (positional.length === 0) throw new UsageError("Geef een of meer werkmappen of mappen op.");
  const out = requireString(options.o, "-o");
  const { files, missing } = await expandInputs(positional);
  for (const m of missing) io.err(`Niet gevonden: ${m}`);
  for (const f of files) {
    if (await sameFile(f, out))
      throw new UsageError(`-o ${out} is ook een invoerbestand; kies een andere naam.`);
  }
  if (files.length === 0) {
    io.err("Geen bestanden gevonden om samen te voegen.");
    return EXIT.usage;
  }
  const { def } = await chooseDefinition(options.definitie);
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
  def: Definition,
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
  io.out(formatMilestoneTable(def, report));
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
  const def = defaultDefinition();
  const csv = await fs.readFile(ANNEX_CSV, "utf8");
  const fills = annexFills(def, csv);
  const regionDir = path.join(dir, "regios");
  io.err(`Voorbeeldwerkmappen maken voor ${fills.length} regio's in ${regionDir} ...`);
  for (const fill of fills) {
    await writeWorkbookFile(
      await buildTemplateWorkbook(filledTemplate(def, fill)),
      path.join(regionDir, `Regiomonitor-${safeFileName(fill.regio)}.xlsx`),
    );
  }
  const { files } = await expandInputs([regionDir]);
  const entries = await readReturns(files, def, io.err);
  return writeNational(
    def,
    entries,
    path.join(dir, "landelijk.xlsx"),
    path.join(dir, "landelijk.json"),
    io,
    false,
  );
}
