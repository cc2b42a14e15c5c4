/** Minimal argument parsing: positionals, `--flag`, `--key value`, `-o value`. */
export interface ParsedArgs {
  positional: string[];
  options: Record<string, string | true>;
}

export class UsageError extends Error {}

export function parseArgs(argv: string[], valued: string[], flags: string[]): ParsedArgs {
  const positional: string[] = [];
  const options: Record<string, string | true> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a.startsWith("-") && a !== "-") {
      const name = a.replace(/^--?/, "");
      if (flags.includes(name)) {
        options[name] = true;
      } else if (valued.includes(name)) {
        const v = argv[i + 1];
        if (v === undefined || (v.startsWith("-") && v.length > 1))
          throw new UsageError(`Optie ${a} verwacht een waarde.`);
        options[name] = v;
        i++;
      } else {
        throw new UsageError(`Onbekende optie ${a}.`);
      }
    } else {
      positional.push(a);
    }
  }
  return { positional, options };
}
