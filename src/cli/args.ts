/**
 * The command table's types and the argument parser. Every command is one entry (name, summary, options with
 * Dutch descriptions, examples, the function that runs it); `--help` of every command, `regiomonitor help`
 * and the parsing (node:util parseArgs, strict, with did-you-mean for unknown options) come from that entry.
 */
import { parseArgs as nodeParseArgs } from "node:util";
import { didYouMean, suggest } from "../core/suggest";

/** The exit codes: 0 all read and valid; 1 problems found or files skipped (output written); 2 usage error. */
export const EXIT = { ok: 0, problems: 1, usage: 2 } as const;

/** One option of a command. A one-letter name is written `-o`, a longer one `--regio`. */
export interface OptionSpec {
  type: "string" | "boolean";
  /** The value's placeholder in the help (`BESTAND.xlsx`); string options only. */
  waarde?: string;
  /** What the option does, in Dutch. */
  beschrijving: string;
}

export type OptionSpecs = Record<string, OptionSpec>;

/** The parsed options: a string for a string option, true for a flag; absent when not given. */
export type ParsedOptions<O extends OptionSpecs> = {
  [K in keyof O]?: O[K]["type"] extends "boolean" ? true : string;
};

export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
}

/** The positional arguments of a command, for the help and the count check. */
export interface PositionalSpec {
  /** Placeholder in the help, e.g. `BESTAND.xlsx`. */
  naam: string;
  beschrijving: string;
  /** A list of one or more (`BESTANDEN...`). */
  meer?: boolean;
  /** May be left out. */
  optioneel?: boolean;
}

export interface CommandSpec<O extends OptionSpecs = OptionSpecs> {
  naam: string;
  /** One line, for the overview. */
  samenvatting: string;
  /** Usage lines without `regiomonitor ` (more than one when the command has forms). */
  gebruik: string[];
  /** Longer explanation under the usage (optional). */
  uitleg?: string;
  argumenten: PositionalSpec[];
  opties: O;
  /** Example command lines, without `regiomonitor `. */
  voorbeelden: string[];
  run: (args: { positional: string[]; options: ParsedOptions<O> }, io: Io) => Promise<number>;
}

/** A command of the table, its option types erased. */
export type AnyCommand = CommandSpec<OptionSpecs>;

/** Keeps the option types of one entry while it is written; the table holds AnyCommand. */
export function defineCommand<const O extends OptionSpecs>(spec: CommandSpec<O>): AnyCommand {
  return spec as unknown as AnyCommand;
}

/** A wrong command line: a short Dutch message; `command` names the command whose --help to point to. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly command: string | null = null,
  ) {
    super(message);
  }
}

/**
 * A usage error unless the output file ends in the extension of what is written there (`.xlsx`, `.json`):
 * `-o out.csv` never silently gets a workbook.
 */
export function checkExtension(file: string | undefined, ext: string, option: string, command: string): void {
  if (file === undefined || file.toLowerCase().endsWith(ext)) return;
  const kind =
    ext === ".json" ? "een JSON-bestand" : ext === ".xlsx" ? "een Excel-werkmap" : `een ${ext}-bestand`;
  throw new UsageError(
    `${option} ${file}: hier komt ${kind}, dus de naam moet eindigen op ${ext}, bijvoorbeeld ${option} uitvoer${ext}.`,
    command,
  );
}

/** `-o` or `--regio`. */
export function optionFlag(name: string): string {
  return name.length === 1 ? `-${name}` : `--${name}`;
}

/** `--help` and `-h` are options of every command. */
function withHelp(opties: OptionSpecs): Record<string, { type: "string" | "boolean"; short?: string }> {
  const out: Record<string, { type: "string" | "boolean"; short?: string }> = {};
  for (const [name, o] of Object.entries(opties)) out[name] = { type: o.type };
  out.help = { type: "boolean", short: "h" };
  return out;
}

/** True when the arguments ask for help (`--help` or `-h` before a `--`). */
export function wantsHelp(argv: readonly string[]): boolean {
  for (const a of argv) {
    if (a === "--") return false;
    if (a === "--help" || a === "-h") return true;
  }
  return false;
}

/**
 * Parses a command's arguments: strict (unknown options, a missing value, a value for a flag and an option
 * given twice are usage errors with a short Dutch message), positionals kept in order.
 */
export function parseCommandArgs<O extends OptionSpecs>(
  spec: CommandSpec<O>,
  argv: string[],
): { positional: string[]; options: ParsedOptions<O> } {
  const config = withHelp(spec.opties);
  const known = Object.keys(spec.opties);
  // A first pass over the tokens (not strict) finds what is wrong, to say it in Dutch with a suggestion.
  const { tokens } = nodeParseArgs({
    args: argv,
    options: config,
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  const seen = new Set<string>();
  for (const t of tokens) {
    if (t.kind !== "option") continue;
    const o = spec.opties[t.name] as OptionSpec | undefined;
    if (t.name === "help") continue;
    if (!o) {
      const hint = didYouMean(suggest(t.name, known).map(optionFlag), false);
      throw new UsageError(`Onbekende optie ${t.rawName}.${hint ? ` ${hint}` : ""}`, spec.naam);
    }
    const flag = optionFlag(t.name);
    if (seen.has(t.name))
      throw new UsageError(`Optie ${flag} staat er twee keer; geef hem één keer.`, spec.naam);
    seen.add(t.name);
    if (o.type === "boolean" && t.value !== undefined)
      throw new UsageError(`Optie ${flag} krijgt geen waarde.`, spec.naam);
    if (o.type === "string") {
      const v = t.value;
      if (v === undefined || (!t.inlineValue && v.startsWith("-") && v.length > 1))
        throw new UsageError(
          `Optie ${flag} verwacht een waarde${o.waarde ? ` (${o.waarde})` : ""}.`,
          spec.naam,
        );
      if (t.inlineValue && t.rawName.length === 2 && v.startsWith("="))
        throw new UsageError(
          `Schrijf ${flag} ${v.slice(1)} (met een spatie) in plaats van ${flag}${v}.`,
          spec.naam,
        );
    }
  }
  let parsed;
  try {
    parsed = nodeParseArgs({ args: argv, options: config, strict: true, allowPositionals: true });
  } catch (e) {
    // Not reached after the checks above; kept so a change in Node never shows an English stack trace.
    throw new UsageError(
      `De opdracht is niet te lezen (${e instanceof Error ? e.message.split("\n")[0] : String(e)}).`,
      spec.naam,
    );
  }
  const options: Record<string, string | true> = {};
  for (const [k, v] of Object.entries(parsed.values)) {
    if (k === "help" || v === undefined || v === false) continue;
    options[k] = v === true ? true : String(v);
  }
  const positional = parsed.positionals;
  checkPositionals(spec, positional);
  return { positional, options: options as ParsedOptions<O> };
}

function checkPositionals(spec: { naam: string; argumenten: PositionalSpec[] }, positional: string[]): void {
  const args = spec.argumenten;
  const many = args.some((a) => a.meer);
  const min = args.filter((a) => !a.optioneel).length;
  const max = many ? Infinity : args.length;
  if (positional.length > max) {
    const extra = positional[max];
    const hint =
      extra.startsWith("—") || extra.startsWith("–") ? " Typ opties met twee gewone streepjes (--)." : "";
    throw new UsageError(`Onverwacht argument '${extra}'.${hint}`, spec.naam);
  }
  if (positional.length < min) {
    const missing = args.filter((a) => !a.optioneel).slice(positional.length);
    throw new UsageError(`Geef ${missing.map((a) => a.naam).join(" en ")} op.`, spec.naam);
  }
}
