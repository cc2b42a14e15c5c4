/**
 * Printing a workbook with LibreOffice and counting its pages per sheet: every sheet the tool writes has a
 * footer with the sheet's name on the left and "Pagina N van M" on the right, so pdftotext's text of a page
 * says which sheet it belongs to.
 */
import { execFileSync } from "node:child_process";
import path from "node:path";

/** Prints `file` to PDF with LibreOffice (its own profile in `dir`); returns the PDF's path. */
export function printWithLibreOffice(file: string, dir: string): string {
  execFileSync(
    "soffice",
    [
      "--headless",
      `-env:UserInstallation=file://${path.join(dir, "lo-profile")}`,
      "--convert-to",
      "pdf",
      "--outdir",
      dir,
      file,
    ],
    { stdio: "ignore", timeout: 300_000 },
  );
  return path.join(dir, `${path.basename(file, path.extname(file))}.pdf`);
}

/** The text of every page of a PDF (pdftotext, layout kept). */
export function pdfPages(pdf: string): string[] {
  const text = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8", maxBuffer: 1 << 28 });
  const pages = text.split("\f");
  return pages[pages.length - 1].trim() === "" ? pages.slice(0, -1) : pages;
}

/** The number of printed pages per sheet, in the order the sheets print, read from the page footers. */
export function pagesPerSheet(pages: string[]): Record<string, number> {
  const out: Record<string, number> = {};
  pages.forEach((p, i) => {
    const footer = p
      .split("\n")
      .reverse()
      .find((l) => / Pagina \d+ van \d+\s*$/.test(l));
    const m = footer ? /^\s*(.*?)\s{2,}Pagina (\d+) van \d+\s*$/.exec(footer) : null;
    const name = m && Number(m[2]) === i + 1 ? m[1] : `? (pagina ${i + 1})`;
    out[name] = (out[name] ?? 0) + 1;
  });
  return out;
}
