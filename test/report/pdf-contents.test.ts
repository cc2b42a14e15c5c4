/**
 * A report you can find your way in: `regiomonitor rapport LANDELIJK.json -o RAPPORT.pdf` prints the report
 * with headless Chromium; every page has "Pagina n van m" at its foot, the cover names the monitor (not its
 * id), and the contents list gives each part's page, read back page by page with pdftotext: the part's
 * heading stands on the page the contents list names. The HTML report links every contents line to its part.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { ROOT, runCli, tempDir } from "../helpers/files";
import { taskforce2013, threeRegions } from "./fixtures";

function sh(cmd: string, args: string[]): string {
  const r = spawnSync(cmd, args, { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")}: ${r.stderr}`);
  return r.stdout;
}

/** The text of each page of a PDF (pdftotext, one call per page), with runs of spaces as one space. */
function pagesOf(pdf: string): string[] {
  const n = Number(/^Pages:\s+(\d+)/m.exec(sh("pdfinfo", [pdf]))?.[1] ?? "0");
  return Array.from({ length: n }, (_, i) =>
    sh("pdftotext", ["-layout", "-f", String(i + 1), "-l", String(i + 1), pdf, "-"]).replace(/[ \t]+/g, " "),
  );
}

/** The first two lines of a page with text: the running head and the first heading. */
const firstLines = (page: string): string[] =>
  page
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean)
    .slice(0, 2);

function jsonFile(json: unknown): { dir: string; file: string } {
  const dir = tempDir("rapport-pdf-");
  const file = path.join(dir, "landelijk.json");
  writeFileSync(file, JSON.stringify(json));
  return { dir, file };
}

/** The page number the contents list (page 2) gives after the numbered entry `title` ("2. Gouda 14"). */
function listed(contents: string, title: string): number {
  const quoted = title.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const m = new RegExp(`(?:^|\\s)\\d+\\. ${quoted} (\\d+)(?=\\s|$)`, "m").exec(contents);
  if (!m) throw new Error(`'${title}' staat niet met een paginanummer in de inhoud:\n${contents}`);
  return Number(m[1]);
}

describe("RAK, three of 37 regions, printed to PDF by the command line", () => {
  const { dir, file } = jsonFile(threeRegions());
  const pdf = path.join(dir, "rapport.pdf");
  let pages: string[] = [];

  beforeAll(() => {
    const run = runCli(["rapport", file, "-o", pdf]);
    expect(run.stderr).toContain(`Rapport geschreven: ${pdf}`);
    expect(run.code).toBe(0);
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe("%PDF-");
    pages = pagesOf(pdf);
  });

  test("every page has its page number at the foot: Pagina n van m", () => {
    // Cover, contents, milestones, questions, regions, open answers, 3 factsheets, not received, files:
    // at least 11 pages.
    expect(pages.length).toBeGreaterThanOrEqual(11);
    pages.forEach((text, i) => expect(text).toContain(`Pagina ${i + 1} van ${pages.length}`));
  });

  test("the cover names the monitor, not its id", () => {
    expect(pages[0]).toContain("Regiomonitor RAK 2008–2010");
    expect(pages[0]).toContain("3 van 37 regio's ontvangen");
    expect(pages.join("\n")).not.toContain("rak-2008-2010");
  });

  test("the contents list gives each part's page, and the part's heading is on that page", () => {
    const contents = pages[1];
    expect(contents).toContain("Inhoud");
    // Page 1 is the cover and page 2 the contents, so the first part starts on page 3 (counted by hand).
    expect(listed(contents, "Mijlpalen")).toBe(3);
    const parts: [string, string][] = [
      ["Mijlpalen", "Mijlpalen"],
      ["Vragen", "Vragen"],
      ["Regio's", "Regio's"],
      ["Open antwoorden", "Open antwoorden"],
      ["Factsheets per regio", "Factsheet Alkmaar"],
      ["Alkmaar", "Factsheet Alkmaar"],
      ["Gouda", "Factsheet Gouda"],
      ["Utrecht", "Factsheet Utrecht"],
      ["Geen retour ontvangen", "Geen retour ontvangen (34)"],
      ["Verantwoording: ingelezen bestanden", "Verantwoording: ingelezen bestanden"],
    ];
    let last = 2;
    for (const [title, heading] of parts) {
      const n = listed(contents, title);
      expect(n).toBeGreaterThanOrEqual(last);
      // The heading is the first line of its page (after the running head with the report's name).
      expect(firstLines(pages[n - 1])).toContain(heading);
      last = n;
    }
    // The factsheets of Gouda and Utrecht come after Alkmaar's, each on a page of its own.
    expect(listed(contents, "Gouda")).toBeGreaterThan(listed(contents, "Alkmaar"));
    expect(listed(contents, "Utrecht")).toBeGreaterThan(listed(contents, "Gouda"));
    // The last part ends the report.
    expect(listed(contents, "Verantwoording: ingelezen bestanden")).toBe(pages.length);
  });

  test("every page but the cover has the report's name at its head", () => {
    expect(pages[0]).not.toContain("landelijk rapport\n");
    for (const text of pages.slice(1))
      expect(text).toContain("Regiomonitor RAK 2008–2010 — landelijk rapport");
  });

  test("the PDF has an outline (bookmarks) of the headings", () => {
    const bytes = readFileSync(pdf).toString("latin1");
    expect(bytes).toMatch(/\/Outlines \d+ 0 R/);
  });
});

test("the Taskforce 2013 action monitor: numbered pages and a contents list with the groups' pages", () => {
  const json = taskforce2013();
  const { dir, file } = jsonFile(json);
  const pdf = path.join(dir, "rapport.pdf");
  expect(runCli(["rapport", file, "-o", pdf]).code).toBe(0);
  const pages = pagesOf(pdf);
  pages.forEach((text, i) => expect(text).toContain(`Pagina ${i + 1} van ${pages.length}`));
  expect(pages[0]).toContain("Taskforce-monitor 2013");
  const group = json.groepen![0].titel;
  const n = listed(pages[1], group);
  expect(firstLines(pages[n - 1])).toContain(group);
});

test("the HTML report: every contents line links to a part of the page, without page numbers", () => {
  const { dir, file } = jsonFile(threeRegions());
  const out = path.join(dir, "rapport.html");
  expect(runCli(["rapport", file, "-o", out]).code).toBe(0);
  const html = readFileSync(out, "utf8");
  const nav = /<nav[\s\S]*?<\/nav>/.exec(html)![0];
  const links = [...nav.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]);
  // Mijlpalen, Vragen, Regio's, Open antwoorden, Factsheets and its 3 regions, Geen retour, Verantwoording.
  expect(links).toHaveLength(10);
  for (const id of links) expect(html).toContain(`id="${id}"`);
  expect(nav).toContain('href="#factsheet-gouda"');
  expect(nav).not.toMatch(/class="toc-p">\d/);
  // Printed from a browser, each page has its number too (CSS paged media).
  expect(html).toContain('counter(page) " van " counter(pages)');
});

test.each(["rapport.csv", "rapport.xlsx", "rapport"])(
  "rapport -o %s: a Dutch usage error, nothing written",
  (name) => {
    const { dir, file } = jsonFile(threeRegions());
    const out = path.join(dir, name);
    const run = runCli(["rapport", file, "-o", out]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("Het rapport wordt een .html- of een .pdf-bestand");
    expect(run.stderr).toContain("-o rapport.html of -o rapport.pdf");
    expect(existsSync(out)).toBe(false);
  },
);

test("rapport -o X.pdf without a browser to print with: a Dutch message, exit 2, nothing written", () => {
  const { dir, file } = jsonFile(threeRegions());
  const out = path.join(dir, "rapport.pdf");
  // As runCli, with CHROMIUM_PATH naming a program that is not there.
  const run = spawnSync(
    process.execPath,
    [path.join(ROOT, "bin", "regiomonitor.js"), "rapport", file, "-o", out],
    {
      encoding: "utf8",
      env: { ...process.env, CHROMIUM_PATH: path.join(dir, "geen-browser") },
    },
  );
  expect(run.status).toBe(2);
  expect(run.stderr).toContain(
    "Fout: geen rapport gemaakt. Voor een PDF is Chromium, Google Chrome of Microsoft Edge nodig en die is niet gevonden",
  );
  expect(existsSync(out)).toBe(false);
});
