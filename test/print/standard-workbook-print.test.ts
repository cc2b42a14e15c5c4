/**
 * LibreOffice prints the standard workbook of every built-in (issue 19, part 1): one soffice run converts
 * the seven empty templates to PDF; pdftotext reads each back. The Toelichting prints first, with the
 * monitor's name and its headings; every table's header texts print (they have their own fill and font,
 * so they do not depend on the table style, which LibreOffice printed white on white); every page has its
 * footer number; and no text prints over other text (`overlap.ts`).
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { buildTemplate } from "../../src/core/engine/template";
import { builtInMonitors } from "../../src/core/model";
import { writeWorkbookFile } from "../../src/xlsx/files";
import { templateWorkbook } from "../../src/xlsx/write-template";
import { tempDir } from "../helpers/files";
import { overlappingText } from "./overlap";

jest.setTimeout(300_000);

const dir = tempDir("regiomonitor-standard-print-");
const monitors = builtInMonitors();

beforeAll(async () => {
  const files: string[] = [];
  for (const d of monitors) {
    const f = path.join(dir, `${d.id}.xlsx`);
    await writeWorkbookFile(templateWorkbook(buildTemplate(d)), f);
    files.push(f);
  }
  execFileSync(
    "soffice",
    [
      "--headless",
      `-env:UserInstallation=file://${path.join(dir, "lo-profile")}`,
      "--convert-to",
      "pdf",
      "--outdir",
      path.join(dir, "pdf"),
      ...files,
    ],
    { stdio: "ignore", timeout: 280_000 },
  );
});

/** Text as pdftotext reads it, with runs of white space as one space (a wrapped cell breaks its lines). */
const flat = (s: string) => s.replace(/\s+/g, " ");

test.each(monitors.map((d) => [d.id, d] as const))(
  "%s: the standard workbook prints, Toelichting first",
  (id, d) => {
    const pdf = path.join(dir, "pdf", `${id}.pdf`);
    expect(existsSync(pdf)).toBe(true);
    const text = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" });
    const pages = text.split("\f").filter((p) => p.trim() !== "");
    // The first page is the Toelichting: the monitor's name and the headings, in this order.
    const first = flat(pages[0]);
    const at = ["Wat is dit?", "Wie vult de werkmap in?", "De peildatum", "Inleveren"].map((h) =>
      first.indexOf(h),
    );
    expect(first).toContain(d.naam.split(" ")[0]);
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    // Every table's header texts print (each word of each header).
    const all = flat(text);
    const template = buildTemplate(d);
    for (const t of template.tables)
      for (const h of t.header)
        for (const w of h.split(/\s+/))
          expect({ sheet: t.sheet, w, found: all.includes(w) }).toEqual({ sheet: t.sheet, w, found: true });
    // Every page with text has its number in the footer, counted over the whole file (pdfinfo).
    const info = execFileSync("pdfinfo", [pdf], { encoding: "utf8" });
    const total = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
    for (const page of pages) expect(page).toMatch(new RegExp(`Pagina \\d+ van ${total}`));
    // The running text of the Toelichting is not cut at the page's edge: a whole sentence prints.
    expect(first).toContain("Regiomonitor controleert de ingevulde werkmap");
    // No text prints over other text (a wrapped text running into the next row), by the lines' boxes.
    expect(overlappingText(pdf)).toEqual([]);
  },
);
