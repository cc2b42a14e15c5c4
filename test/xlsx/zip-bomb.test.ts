/**
 * Zip bombs whose headers lie: the central directory declares a few kilobytes, the data inflates to 1 GiB.
 * The reader counts the bytes it actually inflates and stops at the limit, holding only small pieces: run in
 * a child process, its peak memory (VmHWM of its own address space) stays far below what inflating the whole entry would take.
 * An extra entry that no reader needs is never inflated at all (and `check --out` copies it still deflated).
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { constants, createInflateRaw, deflateRawSync } from "node:zlib";
import { unzipSync } from "fflate";
import { templateWorkbook } from "../../src/xlsx/write-template";
import { makeZip } from "../helpers/zip";
import { ROOT, runCli, tempDir } from "../helpers/files";
import { filledModel } from "../helpers/inputs";

const GIB = 1024 * 1024 * 1024;
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

/**
 * Deflated data of `head`, then `body` repeated `times`, then `tail`: each piece compressed on its own and
 * ended with a full flush (byte-aligned, no references back), so the pieces concatenate into one stream.
 */
function repeatedDeflate(head: string, body: string, times: number, tail: string): Buffer {
  const flush = (s: string) => deflateRawSync(Buffer.from(s), { finishFlush: constants.Z_FULL_FLUSH });
  const b = flush(body);
  return Buffer.concat([
    flush(head),
    ...Array.from({ length: times }, () => b),
    deflateRawSync(Buffer.from(tail)),
  ]);
}

/** Well-formed worksheet XML of 1 GiB: mostly spaces, with an element the reader ignores every 1,000 bytes. */
function bombSheet(): Buffer {
  const unit = " ".repeat(996) + "<e/>";
  const body = unit.repeat(1024); // about 1 MB
  return repeatedDeflate(
    `<worksheet xmlns="${MAIN}"><sheetData/><ext xmlns="urn:bom">`,
    body,
    1100,
    "</ext></worksheet>",
  );
}

let dir: string;
let parts: Record<string, Uint8Array>;

beforeAll(async () => {
  dir = tempDir("regiomonitor-bomb-");
  const buf = new Uint8Array(templateWorkbook(filledModel("Leiden")));
  parts = unzipSync(buf);
});

function workbookWith(
  replace: Record<string, { deflated: Buffer; declaredSize: number }>,
  extra: string[] = [],
) {
  const names = [...Object.keys(parts).filter((n) => !n.endsWith("/")), ...extra];
  return makeZip(
    names.map((name) =>
      replace[name]
        ? { name, data: Buffer.alloc(0), raw: replace[name] }
        : { name, data: Buffer.from(parts[name]) },
    ),
  );
}

/** Reads a file with the one reader in a child process; its outcome and peak memory. */
function readInChild(file: string): { reden: string | null; grids: number; maxRssMb: number } {
  const script = `
const { readXlsx } = require(${JSON.stringify(path.join(ROOT, "lib", "xlsx", "read-xlsx.js"))});
const { wantedSources } = require(${JSON.stringify(path.join(ROOT, "lib", "core", "engine", "read.js"))});
const { defaultMonitor } = require(${JSON.stringify(path.join(ROOT, "lib", "core", "model"))});
const buf = require("node:fs").readFileSync(process.argv[1]);
readXlsx(buf, wantedSources(defaultMonitor()), "bom.xlsx").then(
  (i) => ({ reden: null, grids: i.grids.length }),
  (e) => ({ reden: e.reden ?? String(e), grids: 0 }),
).then((r) => {
  // The peak resident memory of this process's own address space (VmHWM, in kB). Not
  // resourceUsage().maxRSS: on Linux that keeps the parent's size at the fork (the jest worker's), so
  // it would measure the test runner instead of the reader.
  const hwm = /^VmHWM:\\s+(\\d+) kB/m.exec(require("node:fs").readFileSync("/proc/self/status", "utf8"));
  if (!hwm) throw new Error("no VmHWM in /proc/self/status");
  console.log(JSON.stringify({ ...r, maxRssMb: Number(hwm[1]) / 1024 }));
});
`;
  const r = spawnSync(process.execPath, ["--max-old-space-size=64", "-e", script, file], {
    encoding: "utf8",
  });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout);
}

test("a worksheet declaring 2 KB that inflates to 1 GiB is refused at the limit, in bounded memory", () => {
  const deflated = bombSheet();
  expect(deflated.length).toBeLessThan(4 * 1024 * 1024);
  const file = path.join(dir, "bom-blad.xlsx");
  writeFileSync(file, workbookWith({ "xl/worksheets/sheet2.xml": { deflated, declaredSize: 2048 } }));
  const r = readInChild(file);
  expect(r.reden).toContain("uitgepakt zou het bestand groter worden dan 200 MB (mogelijk een zip-bom)");
  // Inflating 1 GiB (or even the 200 MB limit) into memory would take far more than this.
  expect(r.maxRssMb).toBeLessThan(190);
});

test("an extra entry declaring 2 KB that inflates to 1 GiB is never inflated: the workbook is read", () => {
  const deflated = repeatedDeflate("", "\0".repeat(1024 * 1024), 1025, "");
  const file = path.join(dir, "bom-extra.xlsx");
  writeFileSync(
    file,
    workbookWith({ "xl/media/extra.bin": { deflated, declaredSize: 2048 } }, ["xl/media/extra.bin"]),
  );
  const r = readInChild(file);
  expect(r).toMatchObject({ reden: null, grids: 3 });
  expect(r.maxRssMb).toBeLessThan(190);
  // And check (also with --out) reads it the same way: accepted, the copy written.
  const out = path.join(dir, "kopie.xlsx");
  const run = runCli(["check", file, "--out", out]);
  expect(run.code).toBe(0);
  expect(
    Object.keys(
      unzipSync(new Uint8Array(readFileSync(out)), {
        filter: (f) => f.name !== "xl/media/extra.bin",
      }),
    ),
  ).toContain("xl/worksheets/sheet7.xml");
});

test("the 1 GiB really is 1 GiB (the test cannot pass by a small bomb)", async () => {
  let n = 0;
  const inflate = createInflateRaw();
  inflate.on("data", (c: Buffer) => {
    n += c.length;
  });
  await new Promise((resolve, reject) => {
    inflate.on("end", resolve);
    inflate.on("error", reject);
    inflate.end(bombSheet());
  });
  expect(n).toBeGreaterThan(GIB);
});
