/**
 * `regiomonitor rapport LANDELIJK.json -o RAPPORT.html`: the national report to publish (src/report), from
 * the JSON of `regiomonitor aggregate --json` or from a national workbook with its round sheet (the same
 * inputs as `compare`). The input is never changed; the output is written atomically.
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { buildReportHtml, receivedText } from "../report";
import { sameFile, writeTextFile } from "../xlsx/files";
import { loadExport } from "./compare";

export interface RapportIo {
  out: (s: string) => void;
  err: (s: string) => void;
}

export const RAPPORT_USAGE = "Gebruik: regiomonitor rapport LANDELIJK.json -o RAPPORT.html";

/** 0 written · 2 usage error or unusable input (nothing written). */
export async function cmdRapport(argv: string[], io: RapportIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: { o: { type: "string", short: "o" }, out: { type: "string" } },
    });
  } catch (e) {
    const m = /'([^']+)'/.exec(e instanceof Error ? e.message : "");
    io.err(
      `Fout: ${m ? `onbekende of onvolledige optie '${m[1]}'` : "de opties kloppen niet"}.\n${RAPPORT_USAGE}`,
    );
    return 2;
  }
  const { positionals, values } = parsed;
  const out = values.o ?? values.out;
  if (positionals.length !== 1) {
    io.err(
      `Fout: geef precies één landelijke export op (JSON-bestand of landelijke werkmap).\n${RAPPORT_USAGE}`,
    );
    return 2;
  }
  if (!out) {
    io.err(
      `Fout: geef met -o op waar het rapport moet komen, bijvoorbeeld -o rapport.html.\n${RAPPORT_USAGE}`,
    );
    return 2;
  }
  const [input] = positionals;
  if (await sameFile(input, out)) {
    io.err(`Fout: ${out} is ook het invoerbestand; de invoer wordt nooit gewijzigd. Kies een andere naam.`);
    return 2;
  }
  const loaded = await loadExport(input);
  if (!loaded.ok) {
    io.err(`Fout: geen rapport gemaakt.\n${loaded.fouten.join("\n")}`);
    return 2;
  }
  await writeTextFile(out, buildReportHtml(loaded.json));
  io.err(`Rapport geschreven: ${out}`);
  io.out(`${loaded.json.definitie.naam ?? loaded.json.definitie.id}: ${receivedText(loaded.json)}`);
  return 0;
}

/** `regiomonitor demo`: the report of the demo's national JSON, `DIR/rapport.html` (its stdout line left out). */
export function writeDemoReport(dir: string, io: RapportIo): Promise<number> {
  const args = [path.join(dir, "landelijk.json"), "-o", path.join(dir, "rapport.html")];
  return cmdRapport(args, { ...io, out: () => {} });
}
