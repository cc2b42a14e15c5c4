/**
 * `rapport -o RAPPORT.pdf`: the report printed to PDF by a Chromium-based browser installed on the machine
 * (Chromium, Google Chrome or Microsoft Edge; `CHROMIUM_PATH` names another), headless, from a temporary
 * file. The page has no scripts and no addresses outside itself, and the browser runs with its background
 * networking off: nothing leaves the machine.
 *
 * The contents list shows each part's page: the report is printed once, the page of each part is read from
 * that PDF (`anchorPages`), and it is printed again with those numbers; the numbers take a place that was
 * already reserved, so no page break moves (checked: printed again until the pages agree, at most 3 times).
 */
import { spawn } from "node:child_process";
import { existsSync, promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { anchorPages } from "../report/pdf-pages";

const CANDIDATES = [
  "chromium",
  "chromium-browser",
  "google-chrome",
  "google-chrome-stable",
  "microsoft-edge",
  "msedge",
];

/** The browser to print with: `CHROMIUM_PATH`, else the first of the usual names on PATH; null when none. */
export function findBrowser(env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.CHROMIUM_PATH) return existsSync(env.CHROMIUM_PATH) ? env.CHROMIUM_PATH : null;
  const dirs = (env.PATH ?? "").split(path.delimiter).filter(Boolean);
  for (const name of CANDIDATES)
    for (const dir of dirs) {
      const file = path.join(dir, name);
      if (existsSync(file)) return file;
    }
  return null;
}

/** Thrown when the browser does not print: `reden` is the Dutch reason. */
export class PrintError extends Error {
  constructor(readonly reden: string) {
    super(reden);
  }
}

function run(browser: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(browser, args, { stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr = (stderr + d.toString()).slice(-2000)));
    const timer = setTimeout(() => child.kill("SIGKILL"), 180_000);
    child.on("error", (e) => {
      clearTimeout(timer);
      reject(new PrintError(`de browser ${browser} is niet te starten (${e.message})`));
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      if (code === 0) resolve();
      else
        reject(
          new PrintError(
            `de browser ${browser} stopte met code ${code ?? "onbekend"}: ${stderr.trim().split("\n").pop() ?? ""}`,
          ),
        );
    });
  });
}

async function printOnce(browser: string, dir: string, html: string, n: number): Promise<Uint8Array> {
  const page = path.join(dir, `rapport-${n}.html`);
  const pdf = path.join(dir, `rapport-${n}.pdf`);
  await fs.writeFile(page, html, "utf8");
  const root = typeof process.getuid === "function" && process.getuid() === 0;
  await run(browser, [
    "--headless",
    ...(root ? ["--no-sandbox"] : []),
    "--disable-gpu",
    "--no-first-run",
    "--disable-extensions",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    `--user-data-dir=${path.join(dir, "profiel")}`,
    "--no-pdf-header-footer",
    "--generate-pdf-document-outline",
    `--print-to-pdf=${pdf}`,
    pathToFileURL(page).href,
  ]);
  if (!existsSync(pdf)) throw new PrintError(`de browser ${browser} schreef geen PDF`);
  return new Uint8Array(await fs.readFile(pdf));
}

const samePages = (a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>) =>
  a.size === b.size && [...a].every(([k, v]) => b.get(k) === v);

/**
 * The PDF of the report: `html(pages)` builds the HTML with the page of each part in its contents list
 * (undefined: not known yet). Temporary files are removed afterwards.
 */
export async function printReport(
  browser: string,
  html: (pages?: ReadonlyMap<string, number>) => string,
): Promise<Uint8Array> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "regiomonitor-rapport-"));
  try {
    let pdf = await printOnce(browser, dir, html(undefined), 0);
    let pages = anchorPages(pdf);
    for (let n = 1; n <= 3; n++) {
      pdf = await printOnce(browser, dir, html(pages), n);
      const again = anchorPages(pdf);
      if (samePages(again, pages)) break;
      pages = again;
    }
    return pdf;
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}
