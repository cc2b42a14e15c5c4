/** The help texts, rendered from the command table (Dutch): the overview and `--help` of one command. */
import { optionFlag, type AnyCommand } from "./args";

const EXIT_CODES =
  "Exitcodes: 0 alles gelezen en geldig; 1 fouten of overgeslagen bestanden (uitvoer wel geschreven); 2 gebruiksfout of niets te doen.";

function optionLabel(name: string, o: AnyCommand["opties"][string]): string {
  return o.type === "string" ? `${optionFlag(name)} ${o.waarde ?? "WAARDE"}` : optionFlag(name);
}

/** Two columns: the label, padded, then the text. */
function columns(rows: [string, string][]): string[] {
  const width = Math.min(Math.max(...rows.map(([l]) => l.length)) + 2, 30);
  return rows.map(([l, t]) =>
    l.length + 2 > width ? `  ${l}\n  ${" ".repeat(width)}${t}` : `  ${l.padEnd(width)}${t}`,
  );
}

/** `regiomonitor COMMAND --help`. */
export function commandHelp(c: AnyCommand): string {
  const lines = [`regiomonitor ${c.naam} — ${c.samenvatting}`, "", "Gebruik:"];
  for (const g of c.gebruik) lines.push(`  regiomonitor ${g}`);
  if (c.uitleg) lines.push("", c.uitleg);
  if (c.argumenten.length > 0) {
    lines.push("", "Argumenten:");
    lines.push(...columns(c.argumenten.map((a) => [a.meer ? `${a.naam}...` : a.naam, a.beschrijving])));
  }
  const opts: [string, string][] = Object.entries(c.opties).map(([n, o]) => [
    optionLabel(n, o),
    o.beschrijving,
  ]);
  opts.push(["-h, --help", "Toon deze hulp."]);
  lines.push("", "Opties:", ...columns(opts));
  lines.push("", c.voorbeelden.length === 1 ? "Voorbeeld:" : "Voorbeelden:");
  for (const v of c.voorbeelden) lines.push(`  regiomonitor ${v}`);
  lines.push("", EXIT_CODES);
  return lines.join("\n");
}

/** `regiomonitor --help` and `regiomonitor help`. */
export function overviewHelp(commands: readonly AnyCommand[], version: string): string {
  return [
    `regiomonitor ${version} — werkmappen maken, controleren en samenvoegen voor de monitors van de aanpak van kindermishandeling`,
    "",
    "Gebruik: regiomonitor OPDRACHT [OPTIES]",
    "",
    "Opdrachten:",
    ...columns(commands.map((c) => [c.naam, c.samenvatting])),
    ...columns([
      ["help [OPDRACHT]", "Toon deze hulp, of de hulp bij één opdracht."],
      ["--version", "Toon het versienummer."],
    ]),
    "",
    "Typ 'regiomonitor OPDRACHT --help' voor de opties en een voorbeeld.",
    "",
    EXIT_CODES,
  ].join("\n");
}

/** The hint under a usage error. */
export function helpHint(command: string | null): string {
  return command
    ? `Typ 'regiomonitor ${command} --help' voor de opties.`
    : "Typ 'regiomonitor --help' voor de opdrachten.";
}
