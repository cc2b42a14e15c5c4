/** Test helper: prints an HTML file to PDF with headless Chromium and reads the text back with pdftotext. */
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { tempDir } from "../helpers/files";

export interface Printed {
  pdf: string;
  text: string;
  pages: number;
}

function run(cmd: string, args: string[]): string {
  const r = spawnSync(cmd, args, { encoding: "utf8", maxBuffer: 64 * 1024 * 1024, timeout: 120_000 });
  if (r.status !== 0) throw new Error(`${cmd} failed (${r.status}): ${r.stderr}`);
  return r.stdout;
}

export function printToPdf(html: string): Printed {
  const dir = tempDir("rapport-pdf-");
  const pdf = path.join(dir, "rapport.pdf");
  run("/usr/bin/chromium", [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    `--user-data-dir=${path.join(dir, "profiel")}`,
    "--no-pdf-header-footer",
    `--print-to-pdf=${pdf}`,
    pathToFileURL(html).href,
  ]);
  const text = run("pdftotext", ["-layout", pdf, "-"]);
  writeFileSync(path.join(dir, "rapport.txt"), text);
  const info = run("pdfinfo", [pdf]);
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? "0");
  expect(readFileSync(pdf).subarray(0, 5).toString()).toBe("%PDF-");
  return { pdf, text, pages };
}
