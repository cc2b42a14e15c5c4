/** The regional summary sheet `Samenvatting`: scores, milestone RAGs with explanations, and the issues. */
import type { Definition } from "../definition/schema";
import type { RegionReturn } from "../read/region-return";
import type { RegionScore } from "../score/region-score";
import type { SheetModel } from "../../../../src/core/sheet-model";
import { sortIssues, type Issue } from "../../../../src/core/issues";
import { formatIso, isoToSerial } from "../../../../src/core/cells/dates";
import { DATE_FORMAT } from "../../../../src/core/template-model";
import { cell, PERCENT, SheetBuilder, sheetLink } from "../../../../src/core/engine/sheet-builder";

export const SUMMARY_SHEET = "Samenvatting";

export function layoutRegionSummary(
  def: Definition,
  ret: RegionReturn,
  score: RegionScore,
  issues: readonly Issue[],
): SheetModel {
  const b = new SheetBuilder(SUMMARY_SHEET, [26, 44, 24, 16, 12, 70]);
  const pd = ret.peildatum ? formatIso(ret.peildatum.end) : "onbekend";
  b.title(
    `${SUMMARY_SHEET} — ${ret.regio ?? "regio onbekend"} (${ret.meetmoment ?? "meetmoment onbekend"}, peildatum ${pd})`,
  );
  b.row([
    `Gemaakt door Regiomonitor met ${def.naam} (versie ${def.versie}); dit blad wordt bij opnieuw schrijven vervangen.`,
  ]);
  b.blank();

  b.header(["Onderdeel", "Toelichting", "Waarde", "Waarvan onbekend", "Oordeel", "Uitleg"]);
  b.freezeHere();
  const firstPct = b.nextRow;
  for (const [blad, c] of Object.entries(score.invulgraad.perBlad)) {
    b.row([
      `Invulgraad ${blad}`,
      `${c.ingevuld} van ${c.vereist} verplichte cellen`,
      cell(c.fractie, { fmt: PERCENT }),
      c.onbekend,
      null,
      `Geldig ingevulde verplichte cellen gedeeld door verplichte cellen die gelden.`,
    ]);
  }
  const t = score.invulgraad.totaal;
  b.row([
    cell("Invulgraad werkmap", { bold: true }),
    `${t.ingevuld} van ${t.vereist} verplichte cellen`,
    cell(t.fractie, { fmt: PERCENT, bold: true }),
    t.onbekend,
    cell(def.rag.labels[score.invulling.rag], { fill: score.invulling.rag }),
    score.invulling.uitleg,
  ]);
  b.row([
    "Voortgang mijlpalen",
    null,
    cell(score.voortgang.fractie, { fmt: PERCENT }),
    null,
    null,
    score.voortgang.uitleg,
  ]);
  b.dataBar(3, firstPct);
  b.row([
    cell("Oordeel regio", { bold: true }),
    null,
    null,
    null,
    cell(def.rag.labels[score.regio.rag], { fill: score.regio.rag }),
    score.regio.uitleg,
  ]);
  b.row(["Fouten / waarschuwingen", null, score.fouten, score.waarschuwingen, null, null]);
  b.blank();

  b.header(["Mijlpaal", "Omschrijving", "Status", "Verwachte datum", "Oordeel", "Uitleg"]);
  ret.mijlpalen.forEach((m, i) => {
    const s = score.mijlpalen[i];
    const link = m.bron ? sheetLink(m.bron.blad, m.bron.cel) : undefined;
    b.row([
      cell(m.code, link ? { link } : {}),
      m.label,
      m.status?.label ?? m.statusOngeldig ?? null,
      m.verwachteDatum
        ? m.verwachteDatum.exact
          ? cell(isoToSerial(m.verwachteDatum.end), { fmt: DATE_FORMAT })
          : m.verwachteDatum.tekst
        : null,
      m.geldt ? cell(def.rag.labels[s.rag], { fill: s.rag }) : "n.v.t.",
      s.uitleg,
    ]);
  });
  b.blank();

  const sorted = sortIssues(issues).sort(
    (a, c) =>
      ["fout", "waarschuwing", "info"].indexOf(a.severity) -
      ["fout", "waarschuwing", "info"].indexOf(c.severity),
  );
  b.header(["Ernst", "Blad", "Cel", "Kolom", "Code", "Melding"]);
  if (sorted.length === 0)
    b.row(["Geen meldingen", null, null, null, null, "De werkmap is volledig en zonder fouten."]);
  for (const i of sorted) {
    b.row([
      i.severity,
      i.blad,
      cell(i.cel, i.blad && i.cel ? { link: sheetLink(i.blad, i.cel) } : {}),
      i.kolom,
      i.code,
      i.bericht,
    ]);
  }
  return b.build();
}
