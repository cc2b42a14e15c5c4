/**
 * Text printed over other text, found in a PDF by an independent reader: poppler's `pdftotext -bbox-layout`
 * gives the box of every printed line. Two lines of one page whose boxes share more than 40 % of the lower
 * one's height (and more than a point of width) are printed over each other: a wrapped text that ran past its
 * row into the next one, as LibreOffice prints a row that is too low for its text. Lines of one paragraph
 * touch by about a point and a half (the font's line box is taller than its line spacing), which is not
 * counted.
 */
import { execFileSync } from "node:child_process";

export interface Overlap {
  page: number;
  a: string;
  b: string;
}

interface Line {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  text: string;
}

const decode = (s: string): string =>
  s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");

/** The lines of each page of a PDF with their boxes, in points. */
export function printedLines(pdf: string): Line[][] {
  const html = execFileSync("pdftotext", ["-bbox-layout", pdf, "-"], {
    encoding: "utf8",
    maxBuffer: 1 << 28,
  });
  return html
    .split("<page ")
    .slice(1)
    .map((page) =>
      [
        ...page.matchAll(
          /<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([\s\S]*?)<\/line>/g,
        ),
      ].map((m) => ({
        x0: Number(m[1]),
        y0: Number(m[2]),
        x1: Number(m[3]),
        y1: Number(m[4]),
        text: decode([...m[5].matchAll(/>([^<]*)<\/word>/g)].map((w) => w[1]).join(" ")),
      })),
    );
}

/** Every pair of lines printed over each other, per page (1-based). */
export function overlappingText(pdf: string): Overlap[] {
  const found: Overlap[] = [];
  printedLines(pdf).forEach((lines, p) => {
    for (let i = 0; i < lines.length; i++)
      for (let j = i + 1; j < lines.length; j++) {
        const a = lines[i];
        const b = lines[j];
        const width = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
        const height = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
        const lower = Math.min(a.y1 - a.y0, b.y1 - b.y0);
        if (width > 1 && height > 0.4 * lower) found.push({ page: p + 1, a: a.text, b: b.text });
      }
  });
  return found;
}
