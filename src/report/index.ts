/**
 * The national report to publish: from the national JSON (`NationalJsonSchema`, docs/json-export.md) one
 * self-contained Dutch HTML page, printable on A4: a title page, the national tables the JSON has, charts as
 * inline SVG (charts.ts), and a factsheet per unit. Pure and bundle-safe (no node: imports): the command
 * line (`regiomonitor rapport`) and the task pane build the same HTML. See docs/report.md.
 */
import type { NationalJson } from "../core/engine/json";
import { contentsList, pageRules, type ContentsEntry, type ContentsPages } from "./contents";
import { factsheet, notReceived } from "./factsheet";
import { previousOfUnit } from "../core/engine/previous";
import type { Series } from "../core/series/series";
import { seriesChapter } from "./series";
import { esc } from "./html";
import {
  actionList,
  actions,
  files,
  milestones,
  openAnswers,
  questions,
  shift,
  stoplightTitle,
  unitAnchor,
  units,
} from "./national";
import { REPORT_CSS } from "./style";
import { capitalise as cap, type Vocabulary } from "../core/model/vocabulary";
import { wordsOfJson } from "../core/engine/json";
import { findMonitor } from "../core/model";

/** The monitor's words of the JSON (see wordsOfJson). */
export function wordsOf(json: NationalJson): Vocabulary {
  return wordsOfJson(json.definitie);
}

export { reportFileName } from "./name";
export type { ContentsPages } from "./contents";

/** The monitor's name as its definition gives it; for an export without it, the built-in's of that id. */
export function monitorName(json: NationalJson): string {
  return json.definitie.naam ?? findMonitor(json.definitie.id)?.naam ?? json.definitie.id;
}

/** Received of expected, as the title page and the pane say it. */
export function receivedText(json: NationalJson): string {
  return json.verwacht > 0
    ? `${json.ontvangen} van ${json.verwacht} ${wordsOf(json).eenheden} ontvangen`
    : `${json.ontvangen} ${json.ontvangen === 1 ? "bestand" : "bestanden"} meegeteld`;
}

function peildatumText(json: NationalJson): string | null {
  const r = json.ronde;
  if (!r || r.peildatumVan === null || r.peildatumTot === null) return null;
  return r.peildatumVan === r.peildatumTot
    ? r.peildatumVan
    : `${r.peildatumVan} tot en met ${r.peildatumTot}`;
}

function titlePage(json: NationalJson, naam: string): string {
  const peildatum = peildatumText(json);
  const momenten = json.ronde?.meetmomenten ?? [];
  return `<section class="title" aria-labelledby="titel">
<p class="sub">Landelijk rapport</p>
<h1 id="titel">${esc(naam)}</h1>
<p class="sub">Versie ${esc(json.definitie.versie)} van de definitie</p>
${peildatum ? `<p class="sub">Peildatum: ${esc(peildatum)}</p>` : ""}
${momenten.length > 0 ? `<p class="sub">Meetmoment: ${esc(momenten.join(", "))}</p>` : ""}
<p class="big" data-testid="ontvangen">${esc(receivedText(json))}</p>
<p class="muted">Gemaakt met Regiomonitor. De cijfers zijn die van de landelijke werkmap van dezelfde meting.</p>
</section>`;
}

/**
 * Report options: `vorige`, the previous round, whose answers per unit stand in the factsheets; `reeks`, a
 * series of rounds (`regiomonitor reeks --json`), which gets its own chapter; `paginas`, the printed page of
 * each part, shown in the contents list (known only after printing the report once: `rapport -o X.pdf`).
 */
export interface ReportOptions {
  vorige?: NationalJson;
  reeks?: Series;
  paginas?: ContentsPages;
}

export function buildReportHtml(json: NationalJson, opts: ReportOptions = {}): string {
  const naam = monitorName(json);
  const w = wordsOf(json);
  const sections: string[] = [];
  const toc: ContentsEntry[] = [];
  const add = (id: string, title: string, html: string) => {
    toc.push({ id, title });
    sections.push(html);
  };
  if (json.mijlpalen) add("mijlpalen", cap(w.rijen), milestones(json.mijlpalen, json.verwacht, w));
  if (json.vragen) add("vragen", cap(w.vragen), questions(json.vragen, w));
  if (json.regios) add("regios", cap(w.eenheden), units(json.regios, w));
  if (json.open) add("open", "Open antwoorden", openAnswers(json.open, w));
  if (json.kleuren || json.groepen) {
    add("acties-totaal", stoplightTitle(w), actions(json, w));
    (json.groepen ?? []).forEach((g, i) => toc.push({ id: `groep-${i + 1}`, title: g.titel }));
  }
  if (json.verschuiving) add("verschuiving", "Verschuiving van de opleverdatum", shift(json.verschuiving, w));
  if (json.acties) add("actielijst", cap(w.rijen), actionList(json.acties, w));
  if (opts.reeks) add("reeks", "Reeks van metingen", seriesChapter(opts.reeks));
  if (json.regios) {
    const received = json.regios.filter((u) => u.ontvangen);
    const rows = json.regioRijen ?? null;
    received.forEach((u, i) => {
      const vorige = opts.vorige ? { ronde: previousOfUnit(opts.vorige, u.regio) } : undefined;
      const html = factsheet(u, rows ? rows.filter((r) => r.regio === u.regio) : null, json, vorige);
      if (i === 0) add(`factsheets`, `Factsheets per ${w.eenheid}`, `<div id="factsheets">${html}</div>`);
      else sections.push(html);
    });
    const sheets = toc.find((e) => e.id === "factsheets");
    if (sheets) sheets.children = received.map((u) => ({ id: unitAnchor(u.regio), title: u.regio }));
    const missing = json.regios.filter((u) => !u.ontvangen);
    if (missing.length > 0) add("niet-ontvangen", "Geen retour ontvangen", notReceived(missing, w));
  }
  add("bestanden", "Verantwoording: ingelezen bestanden", files(json.bestanden, w));
  return `<!DOCTYPE html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(`${naam} — landelijk rapport`)}</title>
<style>${REPORT_CSS}
${pageRules(`${naam} — landelijk rapport`)}</style>
</head>
<body>
<main>
${titlePage(json, naam)}
<section class="page" id="inhoud">${contentsList(toc, opts.paginas)}</section>
${sections.join("\n")}
</main>
</body>
</html>
`;
}
