/**
 * The report's way-finding: the contents list and the page numbers in print.
 *
 * - The contents list links to every section and to every factsheet, so the HTML in a browser and a PDF
 *   printed from it lead to each part. Given the page of each part (`ContentsPages`, found by printing the
 *   report once, see `src/report/pdf-pages.ts`), each line also shows its page number. Without them the
 *   number's place stays empty at the same width, so adding the numbers does not move a page break.
 * - Every printed page has "Pagina n van m" at its foot and the report's name at its head: CSS margin boxes
 *   of `@page` (paged media), which Chromium and Edge print since version 131.
 */
import { esc } from "./html";

export interface ContentsEntry {
  id: string;
  title: string;
  /** Parts listed under the entry (the factsheets per unit). */
  children?: readonly { id: string; title: string }[];
}

/** The page (1-based, the cover is page 1) of each part, by its anchor id. */
export type ContentsPages = ReadonlyMap<string, number>;

function line(id: string, title: string, pages: ContentsPages | undefined): string {
  const n = pages?.get(id);
  return `<a href="#${esc(id)}"><span class="toc-t">${esc(title)}</span><span class="toc-p">${n === undefined ? "" : n}</span></a>`;
}

/** The numbered contents list, with page numbers when known. */
export function contentsList(entries: readonly ContentsEntry[], pages?: ContentsPages): string {
  const item = (e: ContentsEntry) => {
    const sub = e.children?.length
      ? `<ol class="sub">${e.children.map((c) => `<li>${line(c.id, c.title, pages)}</li>`).join("")}</ol>`
      : "";
    return `<li>${line(e.id, e.title, pages)}${sub}</li>`;
  };
  const note =
    '<p class="muted screen-only">Klik op een onderdeel om ernaar toe te gaan. Afgedrukt staat onder aan elke pagina het paginanummer.</p>';
  return `<nav aria-labelledby="inhoud-kop"><h2 id="inhoud-kop">Inhoud</h2>${note}<ol class="toc">${entries.map(item).join("")}</ol></nav>`;
}

/** A CSS string literal: quotes, backslashes and line breaks escaped, so the text cannot end the rule. */
function cssString(text: string): string {
  return `"${text.replace(/[\\"\n\r<>]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `)}"`;
}

const MARGIN_TEXT = "font-family: Arial, Helvetica, sans-serif; font-size: 8pt; color: #555;";

/** The print rules of the margins: the report's name at the head of every page but the cover, the page number at every foot. */
export function pageRules(reportTitle: string): string {
  return [
    `@page { @top-left { content: ${cssString(reportTitle)}; ${MARGIN_TEXT} } @bottom-right { content: "Pagina " counter(page) " van " counter(pages); ${MARGIN_TEXT} } }`,
    "@page cover { @top-left { content: none; } }",
    "section.title { page: cover; }",
  ].join("\n");
}
