#!/usr/bin/env node
// `npm run bench`: performance measured side by side (issue 5). Builds on lib/ (the command line's build, which
// the npm script refreshes first). Prints a table and writes bench/results.json.
//
//   aggregate-37  the whole pipeline on the 37 example workbooks (the one .xlsx reader, validate, score, aggregate,
//                 layout, national .xlsx to a Buffer) against only `new ExcelJS.Workbook().xlsx.load(buf)`
//                 of the same 37 files, in the same process
//   aggregate-cli-37  the whole process `regiomonitor aggregate` on the same 37 files (national .xlsx and JSON
//                 written) against a Python script that only reads them with openpyxl in read-only mode
//                 (bench/openpyxl_read.py, what an analyst would write instead), both run in turn, in this run
//   cli-help      the whole process `regiomonitor --help` against a bare `node -e 0`, both run in turn, in this run
//   scale         the same pipeline at 37, 370 and 1,000 workbooks of a test-only 1,000-region definition,
//                 one child process per size (time per workbook, peak RSS)
//   office-syncs  syncs and largest request per add-in operation, as Microsoft's library sends them (bench/office-syncs.ts)
//   bundle        the task pane's initial JavaScript and lazy chunks, gzip bytes, from a production build
//
// Every figure is the median of several runs in one process; the first run is a warm-up and is discarded.
"use strict";

const { Buffer } = require("node:buffer");
const { spawnSync } = require("node:child_process");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { performance } = require("node:perf_hooks");
const zlib = require("node:zlib");

const ROOT = path.join(__dirname, "..");
const SELF = path.join(__dirname, "run.js");
const lib = (p) => require(path.join(ROOT, "lib", p));

const BENCH_REGIONS = 1000;
const SCALE_SIZES = [37, 370, 1000];
const MEASURED_RUNS = 5;
const MiB = 1024 * 1024;

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const round = (x, d = 1) => Math.round(x * 10 ** d) / 10 ** d;
const now = () => performance.now();

/** Runs `fn` `warmups` + `runs` times; the warm-up results are dropped. */
async function repeat(runs, fn, warmups = 1) {
  const out = [];
  // No forced garbage collection between runs: a full collection makes the next run measurably slower.
  for (let i = 0; i < warmups + runs; i++) {
    const r = await fn();
    if (i >= warmups) out.push(r);
  }
  return out;
}

/** Workbooks read in warm-up runs before a scale size is measured, so that every size starts equally warm. */
const WARMUP_WORKBOOKS = 400;

// ---------------------------------------------------------------------------------------------------------
// Inputs

/** The test-only definition: the standard one with 1,000 generated regions. */
function benchDefinition() {
  const { defaultMonitor, parseMonitor } = lib("core/model");
  const base = defaultMonitor();
  const namen = Array.from({ length: BENCH_REGIONS }, (_, i) => ({
    naam: `Benchregio ${String(i + 1).padStart(4, "0")}`,
  }));
  return parseMonitor({ ...base, id: "bench-1000", eenheden: { ...base.eenheden, namen } });
}

function exampleFills() {
  const { defaultMonitor } = lib("core/model");
  const { annexFills } = lib("examples/fills");
  const csv = fs.readFileSync(path.join(ROOT, "data", "rak-regio-mijlpalen-2011-01-15.csv"), "utf8");
  return annexFills(defaultMonitor(), csv);
}

/** Writes the 37 example workbooks and the 1,000 bench workbooks (the 37 fills cycled, region renamed). */
async function writeInputs(dir) {
  const { defaultMonitor } = lib("core/model");
  const { buildTemplate } = lib("core/engine/template");
  const { templateWorkbook } = lib("xlsx/write-template");
  const { safeFileName } = lib("xlsx/files");
  const write = async (file, model) => fs.writeFileSync(file, templateWorkbook(model));
  const fills = exampleFills();
  const examples = path.join(dir, "voorbeelden");
  const scale = path.join(dir, "bench-1000");
  fs.mkdirSync(examples, { recursive: true });
  fs.mkdirSync(scale, { recursive: true });
  const def = defaultMonitor();
  for (const { eenheid, fill } of fills)
    await write(
      path.join(examples, `Regiomonitor-${safeFileName(eenheid)}.xlsx`),
      buildTemplate(def, { eenheid, vul: fill }),
    );
  const bench = benchDefinition();
  for (let i = 0; i < BENCH_REGIONS; i++) {
    const { fill } = fills[i % fills.length];
    const eenheid = bench.eenheden.namen[i].naam;
    const vul = { ...fill, velden: { ...fill.velden, Regio: eenheid } };
    await write(
      path.join(scale, `w-${String(i + 1).padStart(4, "0")}.xlsx`),
      buildTemplate(bench, { eenheid, vul }),
    );
  }
  return { examples, scale };
}

const listXlsx = (dir) =>
  fs
    .readdirSync(dir)
    .filter((n) => n.endsWith(".xlsx"))
    .sort()
    .map((n) => path.join(dir, n));

// ---------------------------------------------------------------------------------------------------------
// The pipeline, as `regiomonitor aggregate` runs it (readReturns, then writeNational's work, to a Buffer)

async function nationalBuffer(def, entries) {
  const { aggregate } = lib("core/engine/national");
  const { layoutNational } = lib("core/layout/national");
  const { sheetsXlsx } = lib("xlsx/writer");
  return Buffer.from(sheetsXlsx(layoutNational(def, aggregate(def, entries))));
}

async function pipeline(files, def, onProgress = () => undefined) {
  const { readReturns } = lib("cli/main");
  const t0 = now();
  const cpu = process.cpuUsage();
  const entries = await readReturns(files, def, onProgress);
  const t1 = now();
  const used = process.cpuUsage(cpu);
  const readCpuMs = (used.user + used.system) / 1000;
  const out = await nationalBuffer(def, entries);
  const t2 = now();
  const counted = entries.filter((e) => e.result.ok).length;
  return { readMs: t1 - t0, readCpuMs, nationalMs: t2 - t1, totalMs: t2 - t0, bytes: out.length, counted };
}

async function aggregate37(examplesDir) {
  const ExcelJS = require("exceljs");
  const { defaultMonitor } = lib("core/model");
  const files = listXlsx(examplesDir);
  const buffers = files.map((f) => fs.readFileSync(f));
  const def = defaultMonitor();
  const runs = await repeat(MEASURED_RUNS, async () => {
    let t = now();
    for (const b of buffers) await new ExcelJS.Workbook().xlsx.load(b);
    const baselineMs = now() - t;
    t = now();
    const p = await pipeline(files, def);
    return { baselineMs, pipelineMs: now() - t, counted: p.counted };
  });
  const pipelineMs = median(runs.map((r) => r.pipelineMs));
  const baselineMs = median(runs.map((r) => r.baselineMs));
  return {
    workbooks: files.length,
    counted: runs[0].counted,
    runs: MEASURED_RUNS,
    pipelineMs: round(pipelineMs),
    baselineMs: round(baselineMs),
    ...ratioGoal(pipelineMs, baselineMs),
  };
}

/** A measurement against its baseline: the ratio and whether it meets the goal of at most 1.0. */
function ratioGoal(ms, baselineMs) {
  return { ratio: round(ms / baselineMs, 2), goal: "ratio <= 1.0", met: ms / baselineMs <= 1.0 };
}

const PYTHON = "/usr/bin/python3";
const CLI_RUNS = 7;

/**
 * CPU time (user + system, ms) of this process's finished children, from /proc/self/stat (Linux; clock ticks
 * of 10 ms); null elsewhere. Unlike wall-clock time it hardly depends on other processes on the machine.
 */
function childrenCpuMs() {
  try {
    const stat = fs.readFileSync("/proc/self/stat", "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    // Fields 16 and 17 of proc(5) (cutime, cstime), counted here from field 3 (state).
    return (Number(fields[13]) + Number(fields[14])) * 10;
  } catch {
    return null;
  }
}

/** Wall-clock time of one whole process, from spawn to exit, and its CPU time where the system tells it. */
function timedProcess(cmd, args) {
  const cpu0 = childrenCpuMs();
  const t = now();
  const r = spawnSync(cmd, args, { cwd: ROOT, encoding: "utf8", maxBuffer: 64 * MiB });
  const ms = now() - t;
  const cpu1 = childrenCpuMs();
  if (r.error) throw r.error;
  const cpuMs = cpu0 === null || cpu1 === null ? null : cpu1 - cpu0;
  return { ms, cpuMs, status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/**
 * `regiomonitor aggregate` as a user runs it (a new process: start-up, reading, the national workbook and JSON
 * written) against `bench/openpyxl_read.py` reading the same files. Runs alternate, so that both see the same
 * machine; one warm-up run of each (file cache) is dropped.
 */
function aggregateCli37(examplesDir, tmp) {
  const py = timedProcess(PYTHON, ["-c", "import openpyxl"]);
  if (py.status !== 0) return { measured: false, reason: `${PYTHON} met openpyxl ontbreekt` };
  const out = path.join(tmp, "cli");
  fs.mkdirSync(out, { recursive: true });
  const cli = [
    path.join(ROOT, "bin", "regiomonitor.js"),
    "aggregate",
    examplesDir,
    "-o",
    path.join(out, "landelijk.xlsx"),
    "--json",
    path.join(out, "landelijk.json"),
  ];
  const script = [path.join(__dirname, "openpyxl_read.py"), examplesDir];
  const node = [];
  const python = [];
  for (let i = 0; i <= CLI_RUNS; i++) {
    const a = timedProcess(process.execPath, cli);
    if (a.status !== 0) throw new Error(`regiomonitor aggregate: exit ${a.status}: ${a.stderr}`);
    const b = timedProcess(PYTHON, script);
    if (b.status !== 0) throw new Error(`openpyxl_read.py: exit ${b.status}: ${b.stderr}`);
    if (i > 0) {
      node.push(a);
      python.push(b);
    }
  }
  const cliMs = median(node.map((r) => r.ms));
  const openpyxlMs = median(python.map((r) => r.ms));
  const cpu = node.every((r) => r.cpuMs !== null)
    ? { cliCpuMs: median(node.map((r) => r.cpuMs)), openpyxlCpuMs: median(python.map((r) => r.cpuMs)) }
    : null;
  return {
    measured: true,
    workbooks: listXlsx(examplesDir).length,
    runs: CLI_RUNS,
    cliMs: round(cliMs),
    openpyxlMs: round(openpyxlMs),
    ...ratioGoal(cliMs, openpyxlMs),
    ...(cpu ? { ...cpu, cpuRatio: round(cpu.cliCpuMs / cpu.openpyxlCpuMs, 2) } : {}),
  };
}

/**
 * `regiomonitor --help` as a new process against a bare `node -e 0` (Node's own start-up): what the command line
 * adds before it does anything. Runs alternate; one warm-up run of each is dropped. Goal: at most twice as long.
 */
function cliHelp() {
  const cli = [path.join(ROOT, "bin", "regiomonitor.js"), "--help"];
  const help = [];
  const bare = [];
  for (let i = 0; i <= CLI_RUNS; i++) {
    const a = timedProcess(process.execPath, cli);
    if (a.status !== 0) throw new Error(`regiomonitor --help: exit ${a.status}: ${a.stderr}`);
    const b = timedProcess(process.execPath, ["-e", "0"]);
    if (i > 0) {
      help.push(a);
      bare.push(b);
    }
  }
  const helpMs = median(help.map((r) => r.ms));
  const nodeMs = median(bare.map((r) => r.ms));
  const cpu = help.every((r) => r.cpuMs !== null)
    ? { helpCpuMs: median(help.map((r) => r.cpuMs)), nodeCpuMs: median(bare.map((r) => r.cpuMs)) }
    : null;
  return {
    runs: CLI_RUNS,
    helpMs: round(helpMs),
    nodeMs: round(nodeMs),
    ratio: round(helpMs / nodeMs, 2),
    goal: "ratio <= 2.0",
    met: helpMs / nodeMs <= 2.0,
    ...(cpu ? { ...cpu, cpuRatio: round(cpu.helpCpuMs / cpu.nodeCpuMs, 2) } : {}),
  };
}

/** Child process: the pipeline on the first `n` bench workbooks; prints one JSON line. */
async function scaleChild(n, dir) {
  const { readReturns } = lib("cli/main");
  const def = benchDefinition();
  const files = listXlsx(dir).slice(0, n);
  const rss = () => process.memoryUsage().rss;
  const maxRss = () => process.resourceUsage().maxRSS * 1024;

  // Memory first, in the fresh process. Reading: the peak RSS while the workbooks are read one at a time, and
  // the live heap (after a full garbage collection) that stays: the results kept for the national report.
  // Then the national report is built: the peak RSS of the whole job.
  let readPeak = rss();
  global.gc();
  const heapBefore = process.memoryUsage().heapUsed;
  const entries = await readReturns(files, def, () => (readPeak = Math.max(readPeak, rss())));
  readPeak = Math.max(readPeak, maxRss());
  global.gc();
  const retained = process.memoryUsage().heapUsed - heapBefore;
  const national = await nationalBuffer(def, entries);
  const peak = maxRss();

  // Then time, after warm-up runs that read at least WARMUP_WORKBOOKS workbooks.
  const warmups = Math.ceil(WARMUP_WORKBOOKS / n);
  const runs = await repeat(n >= 370 ? 3 : MEASURED_RUNS, () => pipeline(files, def), warmups);
  const readMs = median(runs.map((r) => r.readMs));
  const readCpuMs = median(runs.map((r) => r.readCpuMs));
  const result = {
    workbooks: n,
    counted: entries.filter((e) => e.result.ok).length,
    runs: runs.length,
    warmupRuns: warmups,
    msPerWorkbook: round(readMs / n, 2),
    cpuMsPerWorkbook: round(readCpuMs / n, 2),
    readMs: round(readMs),
    nationalMs: round(median(runs.map((r) => r.nationalMs))),
    totalMs: round(median(runs.map((r) => r.totalMs))),
    nationalXlsxKiB: round(national.length / 1024),
    retainedKiBPerWorkbook: round(retained / n / 1024),
    resultsJsonKiBPerWorkbook: round(JSON.stringify(entries).length / n / 1024),
    readPeakRssMiB: round(readPeak / MiB),
    peakRssMiB: round(peak / MiB),
  };
  process.stdout.write(JSON.stringify(result) + "\n");
}

function runChild(args) {
  const r = spawnSync(process.execPath, ["--expose-gc", SELF, ...args], {
    cwd: ROOT,
    encoding: "utf8",
    maxBuffer: 64 * MiB,
  });
  if (r.status !== 0) throw new Error(`child ${args.join(" ")} failed: ${r.stderr || r.stdout}`);
  return JSON.parse(r.stdout.trim().split("\n").pop());
}

function scale(scaleDir) {
  const sizes = SCALE_SIZES.map((n) => runChild(["--scale", String(n), scaleDir]));
  // Judged on CPU time per workbook: unlike wall time it does not depend on other processes on the machine.
  const spreadOf = (xs) => Math.max(...xs) / Math.min(...xs) - 1;
  const spread = spreadOf(sizes.map((s) => s.cpuMsPerWorkbook));
  const wallSpread = spreadOf(sizes.map((s) => s.msPerWorkbook));
  const [first, last] = [sizes[0], sizes[sizes.length - 1]];
  // What stays in memory per extra workbook (fixed costs such as compiled code cancel out), against the size
  // of one workbook's results as JSON (kept for the national report). Met when no more than the results stay:
  // every workbook itself is released after it is read.
  const slope =
    (last.retainedKiBPerWorkbook * last.workbooks - first.retainedKiBPerWorkbook * first.workbooks) /
    (last.workbooks - first.workbooks);
  return {
    definition: `bench-1000 (${BENCH_REGIONS} regions)`,
    sizes,
    timeSpread: round(spread * 100) + " %",
    wallTimeSpread: round(wallSpread * 100) + " %",
    timeGoal: "time per workbook flat within 25 % (CPU time)",
    timeMet: spread <= 0.25,
    readPeakRssGrowthMiB: round(last.readPeakRssMiB - first.readPeakRssMiB),
    peakRssGrowthMiB: round(last.peakRssMiB - first.peakRssMiB),
    retainedKiBPerExtraWorkbook: round(slope),
    memoryGoal: "peak memory not growing with the number of workbooks beyond the national report",
    memoryMet: slope <= 2 * last.resultsJsonKiBPerWorkbook,
  };
}

// ---------------------------------------------------------------------------------------------------------
// office-syncs: bench/office-syncs.ts through Microsoft's Excel client library over the simulated host,
// compiled with tsconfig.bench.json

function officeSyncs() {
  const missing = ["src/excel/index.ts", "test/fake-excel/fake-excel.ts"].filter(
    (f) => !fs.existsSync(path.join(ROOT, f)),
  );
  const notMeasured = (reason) => ({ measured: false, reason });
  if (missing.length > 0) return notMeasured(`adapter ontbreekt (${missing.join(", ")})`);
  // lib-bench/ (git-ignored) inside the project, so that the compiled files find node_modules.
  const out = path.join(ROOT, "lib-bench");
  fs.rmSync(out, { recursive: true, force: true });
  const tsc = spawnSync(
    process.execPath,
    [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.bench.json"],
    {
      cwd: ROOT,
      encoding: "utf8",
    },
  );
  if (tsc.status !== 0) {
    const first = (tsc.stdout || tsc.stderr).split("\n").find((l) => l.includes("error")) ?? "";
    return notMeasured(`adapter ontbreekt of compileert niet: ${first.trim()}`);
  }
  const r = spawnSync(process.execPath, [path.join(out, "bench", "office-syncs.js")], {
    cwd: ROOT,
    encoding: "utf8",
    maxBuffer: 64 * MiB,
  });
  fs.rmSync(out, { recursive: true, force: true });
  if (r.status !== 0) return notMeasured(`meting mislukt: ${(r.stderr || r.stdout).split("\n")[0]}`);
  return { measured: true, ...JSON.parse(r.stdout.trim().split("\n").pop()) };
}

// ---------------------------------------------------------------------------------------------------------
// bundle: a production build into a temporary folder

function bundle(tmp) {
  const out = path.join(tmp, "dist");
  const t = now();
  const r = spawnSync(
    process.execPath,
    [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production", "--output-path", out],
    { cwd: ROOT, encoding: "utf8", maxBuffer: 64 * MiB },
  );
  if (r.status !== 0) {
    const err = (r.stdout + r.stderr).split("\n").find((l) => /error/i.test(l)) ?? "";
    return { measured: false, reason: `productiebouw mislukt: ${err.trim()}` };
  }
  const size = (f) => {
    const b = fs.readFileSync(path.join(out, f));
    return { file: f, bytes: b.length, gzipBytes: zlib.gzipSync(b, { level: 9 }).length };
  };
  const scripts = (html) => {
    const p = path.join(out, html);
    if (!fs.existsSync(p)) return [];
    // The production HTML is minified: attribute values may be unquoted.
    return [...fs.readFileSync(p, "utf8").matchAll(/<script[^>]*?\ssrc=(?:"([^"]+)"|'([^']+)'|([^\s>]+))/g)]
      .map((m) => (m[1] ?? m[2] ?? m[3]).replace(/^\.?\//, ""))
      .filter((f) => f.endsWith(".js"))
      .filter((f) => !f.startsWith("office-js/") && !/^https?:/.test(f));
  };
  // Only dist/*.js: the office.js copies in dist/office-js/ are Microsoft's, not the pane's bundle.
  const all = fs.readdirSync(out).filter((f) => f.endsWith(".js"));
  const initial = scripts("taskpane.html");
  const commands = scripts("commands.html").filter((f) => !initial.includes(f));
  const lazy = all.filter((f) => !initial.includes(f) && !commands.includes(f));
  const initialGzip = initial.map(size).reduce((n, s) => n + s.gzipBytes, 0);
  return {
    measured: true,
    buildSeconds: round((now() - t) / 1000),
    initial: initial.map(size),
    initialGzipKiB: round(initialGzip / 1024),
    lazy: lazy.map(size),
    commands: commands.map(size),
    excluded: "dist/office-js/** (copies of Microsoft's office.js, not the pane's bundle)",
    goal: "initial <= 300 KB gzip",
    met: initialGzip <= 300 * 1024,
  };
}

// ---------------------------------------------------------------------------------------------------------

function printTable(res) {
  const rows = [["meting", "resultaat", "ter vergelijking", "geheugen / details", "doel"]];
  const a = res.aggregate37;
  rows.push([
    "aggregate-37",
    `${a.pipelineMs} ms (ratio ${a.ratio})`,
    `alleen ExcelJS-load ${a.baselineMs} ms`,
    `${a.counted} van ${a.workbooks} meegeteld`,
    ok(a.met),
  ]);
  const c = res.aggregateCli37;
  if (!c.measured) rows.push(["aggregate-cli-37", `niet gemeten (${c.reason})`, "", "", ""]);
  else
    rows.push([
      "aggregate-cli-37",
      `${c.cliMs} ms (ratio ${c.ratio})`,
      `alleen lezen met openpyxl ${c.openpyxlMs} ms`,
      `hele proces, werkmap en JSON geschreven${c.cpuRatio === undefined ? "" : `; CPU ${c.cliCpuMs} tegen ${c.openpyxlCpuMs} ms (ratio ${c.cpuRatio})`}`,
      ok(c.met),
    ]);
  const h = res.cliHelp;
  rows.push([
    "cli-help",
    `${h.helpMs} ms (ratio ${h.ratio})`,
    `kale node -e 0 ${h.nodeMs} ms`,
    h.cpuRatio === undefined ? "" : `CPU ${h.helpCpuMs} tegen ${h.nodeCpuMs} ms (ratio ${h.cpuRatio})`,
    ok(h.met),
  ]);
  for (const s of res.scale.sizes) {
    rows.push([
      `scale-${s.workbooks}`,
      `${s.msPerWorkbook} ms/werkmap (CPU ${s.cpuMsPerWorkbook} ms)`,
      `landelijk rapport ${s.nationalMs} ms`,
      `RSS lezen ${s.readPeakRssMiB} MiB, piek ${s.peakRssMiB} MiB`,
      "",
    ]);
  }
  rows.push([
    "scale",
    `spreiding CPU ${res.scale.timeSpread} (klok ${res.scale.wallTimeSpread})`,
    "",
    `RSS lezen +${res.scale.readPeakRssGrowthMiB} MiB; blijft ${res.scale.retainedKiBPerExtraWorkbook} KiB per extra werkmap (resultaat ${res.scale.sizes[0].resultsJsonKiBPerWorkbook} KiB)`,
    `tijd: ${ok(res.scale.timeMet)}; geheugen: ${ok(res.scale.memoryMet)}`,
  ]);
  const o = res.officeSyncs;
  if (!o.measured) rows.push(["office-syncs", `niet gemeten (${o.reason})`, "", "", ""]);
  else {
    for (const m of o.operations)
      rows.push([
        `office-${m.operation}-${m.rows}`,
        `${m.syncs} syncs`,
        `grootste verzoek ${round(m.largestPayloadBytes / 1024)} KiB`,
        `grootste antwoord ${round(m.largestResponseBytes / 1024)} KiB`,
        "",
      ]);
    rows.push(["office-syncs", o.goal, "", "", ok(o.met)]);
  }
  const b = res.bundle;
  if (!b.measured) rows.push(["bundle", `niet gemeten (${b.reason})`, "", "", ""]);
  else {
    rows.push([
      "bundle-initial",
      `${b.initialGzipKiB} KiB gzip`,
      b.initial.map((f) => f.file).join(" "),
      "",
      ok(b.met),
    ]);
    for (const f of b.lazy)
      rows.push(["bundle-lazy", `${round(f.gzipBytes / 1024)} KiB gzip`, f.file, "", ""]);
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
  for (const r of rows)
    console.log(
      r
        .map((c, i) => String(c).padEnd(widths[i]))
        .join("  ")
        .trimEnd(),
    );
}

function ok(met) {
  return met ? "doel gehaald" : "doel NIET gehaald";
}

async function main() {
  const t0 = now();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "regiomonitor-bench-"));
  try {
    process.stderr.write(`Invoer maken in ${tmp} ...\n`);
    const dirs = await writeInputs(tmp);
    process.stderr.write(`aggregate-37 ... (${round((now() - t0) / 1000)} s)\n`);
    const aggregate37Result = await aggregate37(dirs.examples);
    process.stderr.write(`aggregate-cli-37 ... (${round((now() - t0) / 1000)} s)\n`);
    const aggregateCli37Result = aggregateCli37(dirs.examples, tmp);
    process.stderr.write(`cli-help ... (${round((now() - t0) / 1000)} s)\n`);
    const cliHelpResult = cliHelp();
    process.stderr.write(`scale ... (${round((now() - t0) / 1000)} s)\n`);
    const scaleResult = scale(dirs.scale);
    process.stderr.write(`office-syncs ... (${round((now() - t0) / 1000)} s)\n`);
    const officeResult = officeSyncs();
    process.stderr.write(`bundle ... (${round((now() - t0) / 1000)} s)\n`);
    const bundleResult = bundle(tmp);
    const res = {
      date: new Date().toISOString().slice(0, 10),
      machine: {
        cpus: os.cpus().length,
        memoryGiB: round(os.totalmem() / 1024 ** 3),
        node: process.version,
        platform: `${os.platform()} ${os.release()}`,
      },
      aggregate37: aggregate37Result,
      aggregateCli37: aggregateCli37Result,
      cliHelp: cliHelpResult,
      scale: scaleResult,
      officeSyncs: officeResult,
      bundle: bundleResult,
      benchSeconds: round((now() - t0) / 1000),
    };
    fs.writeFileSync(path.join(__dirname, "results.json"), JSON.stringify(res, null, 2) + "\n");
    printTable(res);
    console.log(`\n${res.benchSeconds} s; bench/results.json geschreven`);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

/** `node bench/run.js --aggregate-cli DIR`: only aggregate-cli-37 (on example workbooks already in DIR) and cli-help. */
function aggregateCliOnly(dir) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "regiomonitor-bench-"));
  try {
    console.log(JSON.stringify({ aggregateCli37: aggregateCli37(dir, tmp), cliHelp: cliHelp() }, null, 2));
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

if (process.argv[2] === "--aggregate-cli") {
  aggregateCliOnly(process.argv[3]);
} else if (process.argv[2] === "--scale") {
  scaleChild(Number(process.argv[3]), process.argv[4]).catch((e) => {
    console.error(e);
    process.exit(1);
  });
} else {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
