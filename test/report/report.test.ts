/**
 * The national report (src/report): the HTML built from the national JSON is self-contained and accessible,
 * and printed to PDF by headless Chromium its text holds the national figures, a factsheet per region and a
 * sane number of pages. RAK with three returns and with all 37, and the Taskforce 2013 action monitor.
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { buildReportHtml } from "../../src/report";
import { tempDir } from "../helpers/files";
import { allRegions, taskforce2013, threeRegions } from "./fixtures";
import { printToPdf } from "./pdf";

function written(html: string): string {
  const file = path.join(tempDir("rapport-"), "rapport.html");
  writeFileSync(file, html);
  return file;
}

/** The lines of the PDF text with runs of spaces as one space. */
const squeeze = (text: string) =>
  text
    .replace(/[ \t]+/g, " ")
    .replace(/^ /gm, "")
    .replace(/ $/gm, "");

describe("RAK, three of 37 regions", () => {
  const json = threeRegions();
  const html = buildReportHtml(json);

  test("the HTML is one self-contained, accessible Dutch page", () => {
    expect(html.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(html).toContain('<html lang="nl">');
    expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\(/i);
    // No address outside the page: only the SVG namespaces and anchors within it.
    const urls = html.match(/(?:href|src)="[^"#][^"]*"/g) ?? [];
    expect(urls).toEqual([]);
    const svgs = html.match(/<svg[^>]*>/g) ?? [];
    expect(svgs.length).toBe(3);
    for (const s of svgs) expect(s).toMatch(/role="img" aria-labelledby="[^"]+-t [^"]+-d"/);
    expect(html.match(/<title id="[^"]+-t">/g)).toHaveLength(3);
    // Every table has a caption, a header row of column headers and row headers.
    const tables = html.match(/<table[\s\S]*?<\/table>/g) ?? [];
    expect(tables.length).toBeGreaterThan(8);
    for (const t of tables) {
      expect(t).toMatch(/<caption>[^<]+<\/caption>/);
      expect(t).toMatch(/<thead><tr><th scope="col">/);
    }
    expect(html).toContain("@page { size: A4 portrait;");
    expect(html).toContain("thead { display: table-header-group; }");
    expect(html).toContain("tr { break-inside: avoid;");
  });

  test("printed to PDF: received 3 van 37, the milestone figures, factsheets and the missing regions", () => {
    const { text, pages } = printToPdf(written(html));
    const t = squeeze(text);
    expect(t).toContain("Regiomonitor RAK 2008–2010");
    expect(t).toContain("3 van 37 regio's ontvangen");
    expect(t).toContain("Peildatum: 15-01-2011");
    expect(t).toContain("Meetmoment: Eindfoto");
    // M1 3 of 37; M4 2 of 37 (Alkmaar Niet gestart); M5 3 of 37, 1 partly (Gouda).
    // Code, label (wrapped), gerealiseerd, waarvan gedeeltelijk, %, Groen, Oranje, Rood, Grijs.
    expect(t).toMatch(/\nM1 Intentieverklaring 3 0 8,1 % 3 0 0 34\n/);
    expect(t).toMatch(/\nM4 Regionaal 2 0 5,4 % 2 0 1 34\n/);
    expect(t).toMatch(/\nM5 Regionaal 3 1 8,1 % 2 1 0 34\n/);
    // The chart's bar labels, once each.
    expect(t).toMatch(/\nM4 5,4 %\n/);
    expect(t).toContain("Gegevens onbekend");
    // The regions: Peildatum, Meetmoment, invulgraad, judgement, errors, warnings; not received ones too.
    expect(t).toMatch(/\nAlkmaar 15-01-2011 Eindfoto 100,0 % Rood 0 0\n/);
    expect(t).toMatch(/\nAlmere niet ontvangen — — — 0 0\n/);
    for (const r of ["Alkmaar", "Gouda", "Utrecht"]) expect(t).toContain(`Factsheet ${r}`);
    expect(t).not.toContain("Factsheet Almere");
    expect(t).toContain("Geen retour ontvangen (34)");
    // Alkmaar's factsheet shows its answer for M4 and the judgement with its explanation.
    const alkmaar = t.slice(t.indexOf("Factsheet Alkmaar"), t.indexOf("Factsheet Gouda"));
    expect(alkmaar).toContain("Bestand Regiomonitor-Alkmaar.xlsx");
    expect(alkmaar).toContain("Invulgraad 100,0 %");
    expect(alkmaar).toContain("Peildatum 15-01-2011");
    expect(alkmaar).toMatch(/\nOordeel Rood\nRood: .*\(M4\)/);
    // Beside the answer: the national counts of M4 (Alkmaar's Niet gestart is the one, Gouda and Utrecht Gereed).
    expect(alkmaar).toMatch(
      /\nM4 Regionaal werkplan bestuurlijk Niet gestart Rood Gereed \/ in uitvoering 2 ·\ngoedgekeurd Rood: status 'Niet Niet gestart 1 · Gegevens\n/,
    );
    expect(alkmaar).toMatch(/\nV1 Ouders voorgelicht .* Een deel Alle 2 · Een deel 1 · Gegevens\n/);
    // The questionnaire runs over a page: its header row is printed again on the next page.
    expect(alkmaar.match(/Nr Vraag Antwoord/g)?.length).toBeGreaterThanOrEqual(2);
    // Title, contents, milestones, questions (2), regions, open answers, 3 factsheets (about 2 pages
    // each), not received, files: 17 pages today; a page per region or a cut table would give many more.
    expect(pages).toBeGreaterThanOrEqual(10);
    // With the national counts beside each answer: 21 pages.
    expect(pages).toBeLessThanOrEqual(22);
  });
});

test("RAK, all 37 regions: M5 78,4 %, 37 van 37, 37 factsheets", () => {
  const { text, pages } = printToPdf(written(buildReportHtml(allRegions())));
  const t = squeeze(text);
  expect(t).toContain("37 van 37 regio's ontvangen");
  expect(t).toMatch(/\nM5 Regionaal 29 2 78,4 % 27 9 1 0\n/);
  expect(t).toMatch(/\nM4 Regionaal 36 0 97,3 % 36 1 0 0\n/);
  expect(t.match(/Factsheet /g)).toHaveLength(37);
  expect(t).not.toContain("Geen retour ontvangen");
  // About three pages per factsheet (with the national counts beside each answer) plus the national part:
  // 128 pages today.
  expect(pages).toBeGreaterThanOrEqual(50);
  expect(pages).toBeLessThanOrEqual(37 * 3 + 20);
});

test("the Taskforce 2013 action monitor: colours, per actiehouder, shift and the actions", () => {
  const json = taskforce2013();
  const html = buildReportHtml(json);
  expect(html).not.toContain("Factsheet");
  const { text, pages } = printToPdf(written(html));
  const t = squeeze(text);
  expect(t).toContain("Taskforce-monitor 2013");
  expect(t).toContain("1 bestand meegeteld");
  // The source says a total judgement cannot be given (seeds 000 l. 176–180): no colours over all actions.
  expect(t).toContain("Geen totaaloordeel");
  expect(t).not.toContain("Oordeel van alle acties");
  expect(t).not.toContain("Stoplicht");
  expect(t).toContain(json.groepen![0].titel);
  expect(t).toMatch(/\nVWS 14 5 2 1 6 0 0,0 %\n/);
  expect(t).toMatch(/\nReclassering Nederland 2 1 0 0 1 0 0,0 %\n/);
  // The total row counts the actions and those done, without colours (that would be the total stoplight).
  expect(t).toMatch(/\nTotaal 25 0 0,0 %\n/);
  expect(t).toMatch(/\nEerder of gelijk 17 17\n/);
  expect(t).toMatch(/\n1 Multidisciplinaire aanpak ondersteunen en evalueren Groen Eerder of gelijk\n/);
  expect(t).toMatch(/\nLater 6 6\n/);
  expect(t).toContain("Alle acties met oordeel en uitleg");
  expect(pages).toBeGreaterThanOrEqual(5);
  expect(pages).toBeLessThanOrEqual(15);
});
