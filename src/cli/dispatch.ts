/** The `regiomonitor` command line's entry: finds the command in the table, shows help, runs it, maps errors. */
import { commandTable } from "./commands";
import { EXIT, parseCommandArgs, UsageError, wantsHelp, type AnyCommand, type Io } from "./args";
import { commandHelp, helpHint, overviewHelp } from "./help";
import { packageVersion } from "./version";
import { didYouMean, suggest } from "../core/suggest";

const defaultIo: Io = {
  out: (s) => process.stdout.write(s + "\n"),
  err: (s) => process.stderr.write(s + "\n"),
};

/** The command of this name, or a usage error with a suggestion. */
function findCommand(table: AnyCommand[], name: string): AnyCommand {
  const c = table.find((x) => x.naam === name);
  if (c) return c;
  if (name.startsWith("-"))
    throw new UsageError(
      `Geef eerst een opdracht, bijvoorbeeld 'regiomonitor check BESTAND.xlsx'; '${name}' is een optie.`,
    );
  const hint = didYouMean(suggest(name, [...table.map((x) => x.naam), "help"]), true);
  throw new UsageError(`Onbekende opdracht '${name}'.${hint ? ` ${hint}` : ""}`);
}

/**
 * The Dutch message of an error about the input or output (exit 2), or null for an unexpected one. The modules
 * of these errors are loaded here, after a command threw: a command that throws one has loaded it already.
 */
async function inputProblem(e: unknown): Promise<string | null> {
  const [
    { UnreadableFileError },
    { SheetNameTakenError },
    { DefinitionFileError, FileProblem, fileErrorMessage },
  ] = await Promise.all([
    import("../xlsx/unreadable"),
    import("../xlsx/add-sheets"),
    import("./file-errors"),
  ]);
  if (
    e instanceof UnreadableFileError ||
    e instanceof SheetNameTakenError ||
    e instanceof DefinitionFileError ||
    e instanceof FileProblem
  )
    return e.message;
  return fileErrorMessage(e);
}

/** Runs `regiomonitor ARGV`; the exit code (0 ok, 1 problems found, 2 usage error or nothing to do). */
export async function main(argv: string[], io: Io = defaultIo): Promise<number> {
  const [cmd, ...rest] = argv;
  try {
    const table = commandTable();
    if (cmd === undefined) {
      io.out(overviewHelp(table, packageVersion()));
      return EXIT.usage;
    }
    if (cmd === "--version" || cmd === "-v" || cmd === "version") {
      io.out(packageVersion());
      return EXIT.ok;
    }
    if (cmd === "help" || cmd === "--help" || cmd === "-h") {
      io.out(
        rest[0] === undefined
          ? overviewHelp(table, packageVersion())
          : commandHelp(findCommand(table, rest[0])),
      );
      return EXIT.ok;
    }
    const command = findCommand(table, cmd);
    if (wantsHelp(rest)) {
      io.out(commandHelp(command));
      return EXIT.ok;
    }
    return await command.run(parseCommandArgs(command, rest), io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`Fout: ${e.message}\n${helpHint(e.command)}`);
      return EXIT.usage;
    }
    const problem = await inputProblem(e);
    if (problem) {
      io.err(`Fout: ${problem}`);
      return EXIT.usage;
    }
    io.err(
      `Onverwachte fout: ${e instanceof Error ? e.message : String(e)}. Meld dit aan de beheerder van Regiomonitor.`,
    );
    return EXIT.usage;
  }
}
