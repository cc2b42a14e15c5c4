/**
 * The published figures of the five source documents (docs/gepubliceerde-cijfers.md), reproduced through the
 * installed command line: `regiomonitor demo` for the monitors with units, `template --voorbeeld` and
 * `aggregate --json` for the action monitors. The test reads the doc's table and checks every row against the
 * JSON the command line wrote, so the doc and the tool cannot drift apart. The expected values are the doc's,
 * taken from the publications (file and line in each row), never from the code under test.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { ROOT, runCli, tempDir } from "../helpers/files";

const DOC = path.join(ROOT, "docs", "gepubliceerde-cijfers.md");
const HEADER = "| Nr ";

interface Row {
  nr: string;
  bron: string;
  gepubliceerd: string;
  monitor: string;
  ronde: string;
  uitvoer: string;
  waarde: string;
  hoe: string;
}

/** The rows of the doc's figures table (the table whose header starts with `| Nr`). */
function figureRows(markdown: string): Row[] {
  const lines = markdown.split("\n");
  const start = lines.findIndex((l) => l.startsWith(HEADER));
  if (start < 0) throw new Error(`${DOC}: geen tabel met kop '${HEADER}'`);
  const rows: Row[] = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith("|")) break;
    const c = line
      .split("|")
      .slice(1, -1)
      .map((x) => x.trim());
    if (c.length !== 8) throw new Error(`rij met ${c.length} kolommen: ${line}`);
    const [nr, bron, gepubliceerd, monitor, ronde, uitvoer, waarde, hoe] = c;
    rows.push({ nr, bron, gepubliceerd, monitor, ronde, uitvoer, waarde, hoe });
  }
  return rows;
}

type Json = unknown;

/** One step of a path: a property, or the element of an array whose fields have the given values. */
function step(cur: Json, seg: string, where: string): Json {
  const sel = /^\[(.+)\]$/.exec(seg);
  if (sel && sel[1].includes("=")) {
    if (!Array.isArray(cur)) throw new Error(`${where}: ${seg} op iets anders dan een lijst`);
    const conds = sel[1].split(/,(?=[A-Za-z]+=)/).map((c) => c.split("=") as [string, string]);
    const hits = cur.filter((x: Record<string, unknown>) => conds.every(([k, v]) => String(x[k]) === v));
    if (hits.length !== 1) throw new Error(`${where}: ${seg} vindt ${hits.length} elementen`);
    return hits[0] as Json;
  }
  const key = sel ? sel[1] : seg;
  if (key === "length" && Array.isArray(cur)) return cur.length;
  if (cur === null || typeof cur !== "object" || !(key in cur))
    throw new Error(`${where}: '${key}' ontbreekt`);
  return (cur as Record<string, Json>)[key];
}

/** A path such as `mijlpalen[code=M4].status[Niet gevonden]`, or paths joined by ` + ` (summed). */
function evaluate(json: Json, expr: string): Json {
  const values = expr.split(" + ").map((p) => {
    const segs = p.match(/\[[^\]]+\]|[^.[\]]+/g) ?? [];
    return segs.reduce((cur, seg) => step(cur, seg, p), json);
  });
  if (values.length === 1) return values[0];
  return values.reduce((a: number, v) => a + (v as number), 0);
}

/** The doc's value: a Dutch number (97,3) as a number, anything else as text. */
function expected(waarde: string): string | number {
  return /^-?\d+(,\d+)?$/.test(waarde) ? Number(waarde.replace(",", ".")) : waarde;
}

const ROWS = figureRows(readFileSync(DOC, "utf8"));
const COMPUTED = ROWS.filter((r) => r.uitvoer !== "—");
const NOT_EXPRESSIBLE = ROWS.filter((r) => r.uitvoer === "—");
const ACTION_MONITORS = ["actiemonitor-2013", "ghnt-2018"];

let dir: string;
const outputs = new Map<string, Json>();
function output(file: string): Json {
  if (!outputs.has(file)) outputs.set(file, JSON.parse(readFileSync(path.join(dir, file), "utf8")));
  return outputs.get(file);
}

beforeAll(() => {
  dir = tempDir("regiomonitor-cijfers-");
  const demo = runCli(["demo", "-o", dir]);
  expect(demo.stderr).not.toMatch(/\n\s+at /);
  expect(demo.code).toBeLessThanOrEqual(1);
  for (const id of ACTION_MONITORS) {
    const map = path.join(dir, "voorbeeld", id);
    expect(
      runCli(["template", "--definitie-id", id, "--voorbeeld", "-o", path.join(map, `${id}.xlsx`)]).code,
    ).toBe(0);
    const agg = runCli([
      "aggregate",
      map,
      "--definitie-id",
      id,
      "-o",
      path.join(dir, "acties", `${id}-landelijk.xlsx`),
      "--json",
      path.join(dir, "acties", `${id}.json`),
    ]);
    expect(agg.code).toBe(0);
  }
});

test("the table has every source document, rows numbered in order", () => {
  expect(ROWS.map((r) => r.nr)).toEqual(ROWS.map((_, i) => String(i + 1)));
  const sources = new Set(ROWS.map((r) => /^`([^`]+)`/.exec(r.bron)?.[1]));
  expect([...sources].sort()).toEqual([
    "domain/README.md",
    "seeds/000_d876a32d589fb301.txt",
    "seeds/001_27f7e4397c35df91.txt",
    "seeds/003_6a6d238cc2e6452a.txt",
    "seeds/004_510e18e9a9d5bdcc.txt",
  ]);
  // Each of the five has at least one figure the tool reproduces.
  expect(new Set(COMPUTED.map((r) => /^`([^`]+)`/.exec(r.bron)?.[1])).size).toBe(5);
});

test("every row cites a file and lines that exist", () => {
  // The source documents live beside the repository (../shared); without them only the form is checked.
  const shared = [path.join(ROOT, "..", "shared"), "/work/shared"].find((d) => existsSync(d));
  for (const r of ROWS) {
    const m = /^`([^`]+)`, r\. (\d+)(?:–(\d+))?$/.exec(r.bron);
    expect([r.nr, m !== null]).toEqual([r.nr, true]);
    if (!m || !shared) continue;
    const lines = readFileSync(path.join(shared, m[1]), "utf8").split("\n").length;
    const [from, to] = [Number(m[2]), Number(m[3] ?? m[2])];
    expect([r.nr, from <= to && to <= lines]).toEqual([r.nr, true]);
  }
});

test.each(COMPUTED.map((r) => [r.nr, r.gepubliceerd, r] as const))(
  "%s. %s: reproduced by the example round through the command line",
  (_nr, _text, r) => {
    const m = /^`([^:]+): (.+)`$/.exec(r.uitvoer);
    if (!m) throw new Error(`rij ${r.nr}: uitvoer '${r.uitvoer}' is geen 'bestand: plaats'`);
    const json = output(m[1]) as { definitie: { id: string } };
    expect(json.definitie.id).toBe(r.monitor);
    expect(evaluate(json, m[2])).toEqual(expected(r.waarde));
  },
);

test.each(NOT_EXPRESSIBLE.map((r) => [r.nr, r.gepubliceerd, r] as const))(
  "%s. %s: the table says why the tool cannot express it",
  (_nr, _text, r) => {
    expect(r.waarde).toBe("—");
    expect(r.hoe).toMatch(/^Kan niet: .{20,}/);
  },
);
