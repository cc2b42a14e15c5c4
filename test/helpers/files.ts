/** Test helpers for real files: temp dirs, hashes, running the CLI as a user would. */
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { spawnSync } from "node:child_process";

export const ROOT = path.join(__dirname, "..", "..");

export function tempDir(prefix = "regiomonitor-"): string {
  return mkdtempSync(path.join(tmpdir(), prefix));
}

export function sha256(file: string): string {
  return createHash("sha256").update(readFileSync(file)).digest("hex");
}

/** Hashes of every file in a folder (to prove inputs are never modified). */
export function hashFolder(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((n) => [n, sha256(path.join(dir, n))]),
  );
}

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the installed command line (bin/regiomonitor.js → lib/), as `npx regiomonitor` would. */
export function runCli(args: string[]): CliRun {
  const r = spawnSync(process.execPath, [path.join(ROOT, "bin", "regiomonitor.js"), ...args], {
    encoding: "utf8",
    cwd: ROOT,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/**
 * `regiomonitor aggregate <inputs> -o <xlsx> --json <json>`: a round made by the command line, for a test that
 * needs a national workbook or JSON as its input. Throws with the CLI's message unless it exits 0 or 1 (1: some
 * files were skipped).
 */
export function aggregateRound(inputs: string | string[], xlsx: string, json: string): CliRun {
  const r = runCli(["aggregate", ...(Array.isArray(inputs) ? inputs : [inputs]), "-o", xlsx, "--json", json]);
  if (![0, 1].includes(r.code)) throw new Error(`aggregate gaf ${r.code}:\n${r.stderr}`);
  return r;
}

/** Debian's python3 with python3-openpyxl (the first python3 on PATH may be another build). */
export const DEBIAN_PYTHON = "/usr/bin/python3";

export function runPython(script: string, args: string[]): CliRun {
  const r = spawnSync(DEBIAN_PYTHON, ["-c", script, ...args], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
