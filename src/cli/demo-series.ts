/**
 * The demo's example series (src/core/series/examples.ts): per series its rounds' national JSON, then
 * `reeks` over them into MAP/reeksen/<monitor>.xlsx and .json. The monitors with units reuse the rounds the
 * demo already wrote (the earlier round and the example round); the Taskforce format's three rounds are
 * written here, in MAP/reeksen/taskforce-2013-format/.
 */
import path from "node:path";
import { builtInMonitors, defaultMonitor, findMonitor, type Monitor } from "../core/model";
import { exampleRound, type ExampleData, type ExampleRound } from "../examples/rounds";
import { taskforceSeries } from "../examples/series";
import type { Io } from "./args";
import { cmdReeks } from "./reeks";

/** Writes one round's workbooks in `rd.dir` and aggregates them into OUT.xlsx and OUT.json. */
export type RoundWriter = (
  def: Monitor,
  rd: { dir: string; bron: string; retouren: ExampleRound["retouren"] },
  out: string,
  io: Io,
) => Promise<number>;

/** The exit code: the worst of the rounds and the series. */
export async function writeDemoSeries(
  dir: string,
  data: ExampleData,
  io: Io,
  writeRound: RoundWriter,
): Promise<number> {
  const out = path.join(dir, "reeksen");
  let code = 0;
  const series = async (def: Monitor, rounds: { naam: string; bron: string; json: string }[]) => {
    io.out("");
    io.err(
      `Voorbeeldreeks ${def.naam}: ${rounds.map((r) => `${r.naam} (${r.bron})`).join(" → ")}. Alleen wat in elke meting voorkomt is per code gekoppeld.`,
    );
    const file = path.join(out, def.id);
    code = Math.max(
      code,
      await cmdReeks(
        rounds.map((r) => r.json),
        { o: `${file}.xlsx`, json: `${file}.json` },
        io,
      ),
    );
  };

  // Monitors with units whose example has an earlier round: the two rounds the demo wrote.
  for (const def of builtInMonitors().filter((d) => d.eenheden)) {
    const round = exampleRound(def, data);
    if (!round?.vorige) continue;
    const base = def.id === defaultMonitor().id ? dir : path.join(dir, def.id);
    await series(def, [
      {
        naam: round.vorige.naam,
        bron: round.vorige.bron,
        json: path.join(base, `landelijk-${round.vorige.naam}.json`),
      },
      { naam: "de voorbeeldmeting", bron: round.bron, json: path.join(base, "landelijk.json") },
    ]);
  }

  // The Taskforce format A–D: three rounds, one return each.
  const tf = findMonitor("taskforce-2013-format");
  if (tf) {
    const base = path.join(out, tf.id);
    const rounds = taskforceSeries(tf, data);
    for (const r of rounds) {
      io.out("");
      const c = await writeRound(
        tf,
        { ...r, dir: path.join(base, r.naam) },
        path.join(base, `landelijk-${r.naam}`),
        io,
      );
      // A round meant to have errors (an older format) says why, and does not count as a problem.
      if (r.fouten) io.err(`Let op: ${r.fouten}`);
      else code = Math.max(code, c);
    }
    await series(
      tf,
      rounds.map((r) => ({ naam: r.naam, bron: r.bron, json: path.join(base, `landelijk-${r.naam}.json`) })),
    );
  }
  return code;
}
