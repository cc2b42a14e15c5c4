/**
 * The command line for action monitors (`soort: "acties"`: actiemonitor-2013, ghnt-2018, or one from a
 * file). `main.ts` only dispatches here: `template --definitie-id ID`, `template/check --definitie FILE`
 * with an action definition, `check` of a workbook that recorded an action monitor, and the demo's
 * example action workbooks.
 */
import { promises as fs } from "node:fs";
import path from "node:path";
import {
  builtInActionDefinitions,
  DEFAULT_DEFINITION_ID,
  findActionDefinition,
  findDefinition,
} from "../core/definition";
import {
  actionWantedSources,
  buildActionTemplate,
  checkActionWorkbook,
  ghnt2018Fills,
  layoutActionSheets,
  loadActionDefinitionJson,
  taskforce2013Fills,
  type ActionCheckResult,
  type ActionDefinition,
  type ActionFill,
  type ActionReport,
} from "../core/actions";
import { formatPercent } from "../core/cells/text";
import { formatIssue, sortIssues, type Issue } from "../core/issues";
import { unreadableResult } from "../core/check";
import { readXlsx } from "../xlsx/read-xlsx";
import { UnreadableFileError } from "../xlsx/unreadable";
import { addSheets } from "../xlsx/add-sheets";
import { buildTemplateWorkbook } from "../xlsx/writer";
import { sameFile, writeBytesFile, writeWorkbookFile } from "../xlsx/files";
import { parseArgs, UsageError } from "./args";

const EXIT = { ok: 0, problems: 1, usage: 2 } as const;

interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
}

/** The example data shipped with the package (never ../shared at run time). */
export const TASKFORCE_CSV = path.join(__dirname, "..", "..", "data", "taskforce-acties-2013.csv");

/** Either the command was handled here (with its exit code), or the regional command runs with `argv`. */
export type Dispatch = { handled: true; code: number } | { handled: false; argv: string[] };

function optionValue(argv: string[], name: string): string | true | undefined {
  const i = argv.indexOf(`--${name}`);
  if (i < 0) return undefined;
  const v = argv[i + 1];
  return v === undefined || (v.startsWith("-") && v.length > 1) ? true : v;
}

function withoutOption(argv: string[], name: string): string[] {
  const i = argv.indexOf(`--${name}`);
  return i < 0 ? argv : [...argv.slice(0, i), ...argv.slice(i + 2)];
}

class ActionDefinitionFileError extends Error {}

/** An action definition from `--definitie FILE`, or null when the file holds a regional definition. */
async function actionDefinitionFromFile(file: string): Promise<ActionDefinition | null> {
  const text = await fs.readFile(file, "utf8");
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return null; // the regional command reports the JSON error
  }
  if ((raw as { soort?: unknown } | null)?.soort !== "acties") return null;
  const load = loadActionDefinitionJson(text);
  if (!load.ok)
    throw new ActionDefinitionFileError(
      `De definitie in ${file} is niet bruikbaar (${load.fouten.length} ${load.fouten.length === 1 ? "fout" : "fouten"}):\n${load.fouten.map((f) => `  ${f}`).join("\n")}`,
    );
  return load.def;
}

/** The action definition a command asks for with `--definitie-id` or `--definitie`; null: regional. */
async function requestedActionDefinition(
  argv: string[],
): Promise<{ def: ActionDefinition | null; argv: string[] }> {
  const id = optionValue(argv, "definitie-id");
  const file = optionValue(argv, "definitie");
  if (id !== undefined) {
    if (id === true) throw new UsageError("Optie --definitie-id verwacht een id.");
    if (file !== undefined) throw new UsageError("Geef --definitie-id of --definitie, niet allebei.");
    const def = findActionDefinition(id);
    if (def) return { def, argv: withoutOption(argv, "definitie-id") };
    if (findDefinition(id) && id === DEFAULT_DEFINITION_ID)
      return { def: null, argv: withoutOption(argv, "definitie-id") };
    throw new UsageError(
      `Definitie '${id}' is niet ingebouwd. Ingebouwd: ${[DEFAULT_DEFINITION_ID, ...builtInActionDefinitions().map((d) => d.id)].join(", ")}.`,
    );
  }
  if (typeof file === "string") return { def: await actionDefinitionFromFile(file), argv };
  return { def: null, argv };
}

/** Example answers for a definition, when there are any. */
export async function exampleFills(
  def: ActionDefinition,
): Promise<{ fills: Record<string, ActionFill>; bron: string } | null> {
  if (def.id === "actiemonitor-2013")
    return {
      fills: taskforce2013Fills(def, await fs.readFile(TASKFORCE_CSV, "utf8")),
      bron: "uit de gepubliceerde Taskforce-monitor 2013 (data/taskforce-acties-2013.csv)",
    };
  if (def.id === "ghnt-2018")
    return { fills: ghnt2018Fills(def), bron: "GEGENEREERD door code (geen echte stand van zaken)" };
  return null;
}

/** `template`: the action monitor's workbook (`--voorbeeld`: filled with the example answers). */
export async function actionTemplate(argv: string[], io: Io): Promise<Dispatch> {
  let req: { def: ActionDefinition | null; argv: string[] };
  try {
    req = await requestedActionDefinition(argv);
  } catch (e) {
    if (!(e instanceof ActionDefinitionFileError)) throw e;
    io.err(`Fout: ${e.message}`);
    return { handled: true, code: EXIT.usage };
  }
  if (!req.def) return { handled: false, argv: req.argv };
  const def = req.def;
  const { positional, options } = parseArgs(req.argv, ["o", "definitie"], ["voorbeeld"]);
  if (positional.length > 0) throw new UsageError(`Onverwacht argument '${positional[0]}'.`);
  if (typeof options.o !== "string") throw new UsageError("Optie -o is verplicht.");
  let fills: Record<string, ActionFill> = {};
  if (options.voorbeeld) {
    const ex = await exampleFills(def);
    if (!ex) throw new UsageError(`Voor '${def.id}' is geen voorbeeld ingebouwd; laat --voorbeeld weg.`);
    fills = ex.fills;
    io.err(`Voorbeeld ${ex.bron}.`);
  }
  await writeWorkbookFile(await buildTemplateWorkbook(buildActionTemplate(def, fills)), options.o);
  io.out(`Geschreven: ${options.o}`);
  return { handled: true, code: EXIT.ok };
}

/** `check --definitie FILE` with an action definition in FILE; null when FILE is not an action definition. */
export async function actionCheckWithDefinitionFile(argv: string[], io: Io): Promise<number | null> {
  const file = optionValue(argv, "definitie");
  if (typeof file !== "string") return null;
  let def: ActionDefinition | null;
  try {
    def = await actionDefinitionFromFile(file);
  } catch (e) {
    if (!(e instanceof ActionDefinitionFileError)) throw e;
    io.err(`Fout: ${e.message}`);
    return EXIT.usage;
  }
  if (!def) return null;
  const { positional, options } = parseArgs(argv, ["out", "definitie"], ["json"]);
  if (positional.length !== 1) throw new UsageError("Geef precies één werkmap op.");
  const out = typeof options.out === "string" ? options.out : null;
  if (out && (await sameFile(positional[0], out)))
    throw new UsageError(
      "--out mag niet hetzelfde bestand zijn als de invoer: de invoer wordt nooit gewijzigd.",
    );
  return checkActionFile(positional[0], null, { json: options.json === true, out }, def, io);
}

/**
 * Called by the regional `check` once it has loaded the workbook: when the workbook recorded an action
 * monitor, it is checked here (exit code); otherwise null and the regional check goes on.
 */
export async function checkIfActionWorkbook(
  file: string,
  buf: Uint8Array,
  recorded: { id: string; versie: string } | null,
  options: Record<string, string | true>,
  io: Io,
): Promise<number | null> {
  if (!recorded || !findActionDefinition(recorded.id)) return null;
  return checkActionFile(
    file,
    buf,
    { json: options.json === true, out: typeof options.out === "string" ? options.out : null },
    null,
    io,
  );
}

/** Reads, checks and summarises one action workbook; writes the summary sheets into a copy with `out`. */
export async function checkActionFile(
  file: string,
  loadedBuf: Uint8Array | null,
  opts: { json: boolean; out: string | null },
  fileDef: ActionDefinition | null,
  io: Io,
): Promise<number> {
  const bestand = path.basename(file);
  const available = fileDef
    ? [
        fileDef,
        ...builtInActionDefinitions().filter((d) => !(d.id === fileDef.id && d.versie === fileDef.versie)),
      ]
    : builtInActionDefinitions();
  const wanted = available.flatMap(actionWantedSources);
  const buf = loadedBuf ?? (await fs.readFile(file));
  let input;
  {
    try {
      input = await readXlsx(buf, wanted, bestand);
    } catch (e) {
      if (!(e instanceof UnreadableFileError)) throw e;
      const issue = unreadableResult(bestand, e.reden).issues[0];
      io.out(
        opts.json
          ? JSON.stringify({ bestand, gelezen: false, meldingen: [issue] }, null, 2)
          : formatIssue(issue),
      );
      return EXIT.problems;
    }
  }
  const res = checkActionWorkbook(input, available, fileDef);
  const issues = sortIssues(res.result.issues);
  io.out(
    opts.json
      ? JSON.stringify(actionCheckJson(bestand, res, issues), null, 2)
      : formatActionCheck(bestand, res, issues),
  );
  if (opts.out) {
    if (!res.report || !res.def) {
      io.err("Geen samenvatting geschreven: de structuur van de werkmap is niet te lezen.");
      return EXIT.problems;
    }
    await writeBytesFile(
      await addSheets(buf, layoutActionSheets(res.def, res.report, issues), bestand),
      opts.out,
    );
    io.err(`Kopie met de bladen 'Overzicht acties' en 'Actielijst' geschreven: ${opts.out}`);
  }
  return res.result.ok && !issues.some((i) => i.severity === "fout") ? EXIT.ok : EXIT.problems;
}

/** The JSON of `check --json` for an action workbook. */
export function actionCheckJson(bestand: string, res: ActionCheckResult, issues: Issue[]) {
  const r = res.report;
  return {
    bestand,
    gelezen: res.result.ok,
    soort: "acties",
    definitie: res.def ? { id: res.def.id, versie: res.def.versie } : null,
    samenvatting: r
      ? {
          acties: r.totaal.aantal,
          kleuren: r.totaal.rag,
          voltooid: r.totaal.voltooid,
          perStatus: r.totaal.perStatus,
          groepen: r.groepen.map((g) => ({
            titel: g.titel,
            rijen: g.rijen.map((x) => ({
              waarde: x.waarde,
              label: x.label,
              acties: x.aantal,
              kleuren: x.rag,
              voltooid: x.voltooid,
              perStatus: x.perStatus,
            })),
          })),
          verschuiving: r.verschuiving,
        }
      : null,
    acties: r
      ? r.acties.map((j) => ({
          sleutel: j.actie.sleutel,
          ...j.actie.vast,
          kwaliteitseisen: j.actie.kwaliteitseisen,
          status: j.actie.status?.label ?? null,
          oordeel: j.oordeel.rag,
          regel: j.oordeel.regel,
          uitleg: j.oordeel.uitleg,
          verschuiving: j.verschuiving.categorie,
          verschuivingBron: j.verschuiving.bron,
          cel: j.actie.bron ? `${j.actie.bron.blad}!${j.actie.bron.cel}` : null,
        }))
      : null,
    meldingen: issues,
  };
}

function pad(s: string, n: number): string {
  return s.length >= n ? s.slice(0, n) : s + " ".repeat(n - s.length);
}
function lpad(s: string, n: number): string {
  return s.length >= n ? s : " ".repeat(n - s.length) + s;
}

/** The colour counts in one line: `Groen 11 · Oranje 0 · Rood 1 · Grijs 13`. */
export function formatColourCounts(def: ActionDefinition, r: ActionReport): string {
  const L = def.rag.labels;
  const c = r.totaal.rag;
  return `${L.groen} ${c.groen} · ${L.oranje} ${c.oranje} · ${L.rood} ${c.rood} · ${L.grijs} ${c.grijs} — voltooid ${r.totaal.voltooid} van ${r.totaal.aantal} (${formatPercent(r.totaal.fractieVoltooid)})`;
}

export function formatActionCheck(bestand: string, res: ActionCheckResult, issues: Issue[]): string {
  const lines = [`Controle van ${bestand}`];
  const def = res.def;
  const r = res.report;
  if (!def || !r) {
    lines.push(`Niet te lezen: ${res.result.ok ? "" : res.result.reden}`);
  } else {
    const L = def.rag.labels;
    lines.push(`Monitor: ${def.naam} (${def.id}, versie ${def.versie}) · ${r.totaal.aantal} acties`);
    lines.push(`Stoplicht: ${formatColourCounts(def, r)}`);
    for (const g of r.groepen) {
      lines.push(
        `${pad(g.titel, 46)} ${lpad("Acties", 6)} ${lpad(L.groen, 6)} ${lpad(L.oranje, 6)} ${lpad(L.rood, 6)} ${lpad(L.grijs, 6)} ${lpad("Voltooid", 8)}`,
      );
      for (const x of [...g.rijen, g.totaal])
        lines.push(
          `  ${pad(x.label, 44)} ${lpad(String(x.aantal), 6)} ${lpad(String(x.rag.groen), 6)} ${lpad(String(x.rag.oranje), 6)} ${lpad(String(x.rag.rood), 6)} ${lpad(String(x.rag.grijs), 6)} ${lpad(String(x.voltooid), 8)}`,
        );
    }
    lines.push(
      `Verschuiving t.o.v. nulmeting: ${r.verschuiving
        .map(
          (s) =>
            `${s.categorie} ${s.aantal}${s.waarvanOpgegeven > 0 ? ` (waarvan ${s.waarvanOpgegeven} opgegeven)` : ""}`,
        )
        .join(" · ")}`,
    );
    lines.push("Acties:");
    for (const j of r.acties)
      lines.push(`  ${pad(j.actie.sleutel, 7)} ${pad(L[j.oordeel.rag], 7)} ${j.oordeel.uitleg}`);
  }
  const counts = { fout: 0, waarschuwing: 0, info: 0 };
  for (const i of issues) counts[i.severity] += 1;
  lines.push(
    `Meldingen: ${counts.fout} fouten, ${counts.waarschuwing} waarschuwingen, ${counts.info} ter informatie`,
  );
  for (const i of issues) lines.push(`  ${formatIssue(i)}`);
  return lines.join("\n");
}

/**
 * The demo's action part: the example workbooks of actiemonitor-2013 (from the published monitor) and
 * ghnt-2018 (generated) in DIR/acties, each read back, checked and written again with the summary sheets.
 * Prints the colour counts after the regional output; the exit code is the worse of the two parts.
 */
export async function actionDemo(argv: string[], io: Io, regionalCode: number): Promise<number> {
  const { options } = parseArgs(argv, ["o"], []);
  const dir = path.join(typeof options.o === "string" ? options.o : "demo-uitvoer", "acties");
  let code = regionalCode;
  for (const def of builtInActionDefinitions()) {
    const ex = await exampleFills(def);
    if (!ex) continue;
    const file = path.join(dir, `${def.id}-voorbeeld.xlsx`);
    await writeWorkbookFile(await buildTemplateWorkbook(buildActionTemplate(def, ex.fills)), file);
    const buf = await fs.readFile(file);
    const res = checkActionWorkbook(
      await readXlsx(buf, actionWantedSources(def), path.basename(file)),
      builtInActionDefinitions(),
    );
    if (!res.report || !res.def) {
      io.err(`${file}: het voorbeeld is niet te lezen.`);
      code = Math.max(code, EXIT.problems);
      continue;
    }
    const issues = sortIssues(res.result.issues);
    const summary = path.join(dir, `${def.id}-samenvatting.xlsx`);
    await writeBytesFile(
      await addSheets(buf, layoutActionSheets(res.def, res.report, issues), path.basename(file)),
      summary,
    );
    io.err(`Voorbeeldwerkmap ${def.id} (${ex.bron}) geschreven: ${file}; met samenvatting: ${summary}`);
    io.out("");
    io.out(`${def.naam} — ${res.report.totaal.aantal} acties (voorbeeld ${ex.bron})`);
    io.out(formatColourCounts(def, res.report));
    if (issues.some((i) => i.severity === "fout")) code = Math.max(code, EXIT.problems);
  }
  return code;
}
