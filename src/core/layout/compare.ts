/** The `Vergelijking` sheet: two national rounds side by side (see docs/compare.md). */
import { capitalise as cap, type Vocabulary } from "../model/vocabulary";
import type { SheetModel } from "../sheet-model";
import { cell, PERCENT, SheetBuilder } from "../engine/sheet-builder";
import type { Comparison, NotCompared, RagKey } from "../compare/compare";
import { RAGS, versionIssue } from "../compare/compare";

export const COMPARE_SHEET = "Vergelijking";

/** Percentage points with a sign: +8.1, -2.7, 0.0. */
export const PP_FORMAT = "+0.0;-0.0;0.0";
/** A signed whole number: +3, -2, 0. */
export const DIFF_FORMAT = "+0;-0;0";

export const RAG_LABEL: Record<RagKey, string> = {
  groen: "Groen",
  oranje: "Oranje",
  rood: "Rood",
  grijs: "Grijs",
};

/** The kind of an item not compared, in the monitor's words. */
function soortLabel(soort: NotCompared["soort"], w: Vocabulary): string {
  const words: Record<NotCompared["soort"], string> = {
    mijlpaal: w.rij,
    vraag: w.vraag,
    antwoord: "antwoordoptie",
    regio: w.eenheid,
    actie: w.rij,
  };
  return cap(words[soort]);
}

function span(p: { van: string; tot: string }): string {
  return p.van === p.tot ? p.van : `${p.van} t/m ${p.tot}`;
}

function roundText(label: string, r: Comparison["oud"], w: Vocabulary): string {
  const parts = [
    `${label}: ${r.bestand ?? "(geen bestandsnaam)"}`,
    `definitie ${r.definitie.id} versie ${r.definitie.versie}`,
    r.verwacht > 0
      ? `ontvangen ${r.ontvangen} van ${r.verwacht} ${w.eenheden}`
      : `${r.ontvangen} ${r.ontvangen === 1 ? "bestand" : "bestanden"} meegeteld`,
  ];
  if (r.meetmoment) parts.push(`meetmoment ${r.meetmoment}`);
  if (r.peildatum) parts.push(`peildatum ${span(r.peildatum)}`);
  return parts.join(" · ");
}

/** A count with its RAG fill, only when not zero (a coloured 0 says nothing). */
function ragCount(n: number, rag: RagKey) {
  return n > 0 ? cell(n, { fill: rag }) : cell(n);
}

/** Fraction for a one-decimal percentage from the export (78.4 → 0.784). */
function frac(percentage: number): number {
  return percentage / 100;
}

export function layoutComparison(c: Comparison): SheetModel {
  const w = c.woorden;
  // 18 columns: the widest section (Mijlpalen: 10 + 4 × 2 RAG columns) sets the count; the first columns
  // are shared by all sections.
  const widths = [22, 62, 26, 11, 10, 11, 10, 13, 10, 13, 9, 9, 9, 9, 9, 9, 9, 9];
  const page = [
    `Vergelijking van twee metingen (${c.nieuw.definitie.id})`,
    ...(c.oud.peildatum ? [`oud: peildatum ${span(c.oud.peildatum)}`] : []),
    ...(c.nieuw.peildatum ? [`nieuw: peildatum ${span(c.nieuw.peildatum)}`] : []),
  ].join(" · ");
  const b = new SheetBuilder(COMPARE_SHEET, widths, page);
  b.title(`${COMPARE_SHEET} — vorige meting (oud) en deze meting (nieuw)`);
  // A change of version is said first.
  const versie = versionIssue(c.oud, c.nieuw);
  if (versie) b.row([`Let op: ${versie.bericht}`]);
  b.row([roundText("Oud", c.oud, w)]);
  b.row([roundText("Nieuw", c.nieuw, w)]);
  b.freezeHere();
  b.row([
    c.zelfdeDefinitie
      ? `Beide metingen gebruiken dezelfde definitie. Percentages zijn van alle N ${w.eenheden} (niet ontvangen telt als Gegevens onbekend); verschil = nieuw − oud in procentpunten. Gemaakt met Regiomonitor; bij opnieuw vergelijken wordt dit blad vervangen.`
      : "Verschil = nieuw − oud in procentpunten, berekend uit de aantallen en één keer afgerond.",
  ]);

  // The regional sections, unless the rounds are action monitors without any of these tables.
  const regional = c.acties === undefined || c.vragen.length + c.mijlpalen.length + c.regios.length > 0;
  if (regional) {
    // Vragenlijst
    b.blank();
    b.row([cell(`${cap(w.vragen)} — verdeling per ${w.vraag}`, { bold: true })]);
    b.header([
      "Nr",
      cap(w.vraag),
      "Antwoord",
      "Aantal oud",
      "% oud",
      "Aantal nieuw",
      "% nieuw",
      "Verschil (procentpunt)",
    ]);
    if (c.vragen.length === 0) b.row([null, `Geen ${w.vragen} die in beide ${w.metingen} voorkomen.`]);
    for (const q of c.vragen) {
      const vraag = q.vraagOud ? `${q.vraag} (vorige meting: '${q.vraagOud}')` : q.vraag;
      b.row([cell(q.nr, { bold: true }), cell(vraag, { bold: true })]);
      const line = (
        label: string,
        o: { aantal: number; percentage: number },
        n: { aantal: number; percentage: number },
        pp: number,
      ) =>
        b.row([
          q.nr,
          null,
          label,
          o.aantal,
          cell(frac(o.percentage), { fmt: PERCENT }),
          n.aantal,
          cell(frac(n.percentage), { fmt: PERCENT }),
          cell(pp, { fmt: PP_FORMAT }),
        ]);
      for (const o of q.opties) line(o.antwoord, o.oud, o.nieuw, o.verschil);
      line(
        "Gegevens onbekend",
        q.gegevensOnbekend.oud,
        q.gegevensOnbekend.nieuw,
        q.gegevensOnbekend.verschil,
      );
      b.row([
        q.nr,
        null,
        cell("Totaal", { bold: true }),
        cell(q.totaal.oud, { bold: true }),
        cell(1, { fmt: PERCENT, bold: true }),
        cell(q.totaal.nieuw, { bold: true }),
        cell(1, { fmt: PERCENT, bold: true }),
        null,
      ]);
    }

    // Row distributions (RAK: Mijlpalen)
    b.blank();
    b.row([
      cell(`${cap(w.rijen)} — ${w.gerealiseerd} (waarvan ${w.gedeeltelijk}) en oordeel, oud en nieuw`, {
        bold: true,
      }),
    ]);
    b.header([
      "Code",
      cap(w.rij),
      `${cap(w.gerealiseerd)} oud`,
      `${cap(w.gerealiseerd)} nieuw`,
      "Verschil",
      `Waarvan ${w.gedeeltelijk} oud`,
      `Waarvan ${w.gedeeltelijk} nieuw`,
      "% oud",
      "% nieuw",
      "Verschil (procentpunt)",
      ...RAGS.flatMap((r) => [`${RAG_LABEL[r]} oud`, `${RAG_LABEL[r]} nieuw`]),
    ]);
    if (c.mijlpalen.length === 0) b.row([null, `Geen ${w.rijen} die in beide ${w.metingen} voorkomen.`]);
    for (const m of c.mijlpalen) {
      b.row([
        m.code,
        m.mijlpaalOud ? `${m.mijlpaal} (vorige ${w.meting}: '${m.mijlpaalOud}')` : m.mijlpaal,
        m.oud.gerealiseerd,
        m.nieuw.gerealiseerd,
        cell(m.verschil.gerealiseerd, { fmt: DIFF_FORMAT }),
        m.oud.waarvanGedeeltelijk,
        m.nieuw.waarvanGedeeltelijk,
        cell(frac(m.oud.percentageGerealiseerd), { fmt: PERCENT }),
        cell(frac(m.nieuw.percentageGerealiseerd), { fmt: PERCENT }),
        cell(m.verschil.percentageGerealiseerd, { fmt: PP_FORMAT }),
        ...RAGS.flatMap((r) => [ragCount(m.oud.rag[r], r), ragCount(m.nieuw.rag[r], r)]),
      ]);
    }

    // Regions whose RAG changed
    b.blank();
    const beter = c.regios.filter((r) => r.richting === "beter").length;
    const slechter = c.regios.filter((r) => r.richting === "slechter").length;
    b.row([
      cell(
        `${cap(w.eenheden)} met ander oordeel — ${c.regios.length} (beter ${beter}, slechter ${slechter}); volgorde Rood > Oranje > Grijs > Groen`,
        { bold: true },
      ),
    ]);
    b.header([cap(w.eenheid), "Oud", "Nieuw", "Richting"]);
    if (c.regios.length === 0) b.row([null, `Geen ${w.eenheid} met een ander oordeel.`]);
    const ragCell = (r: RagKey | null) =>
      r === null ? cell("niet ontvangen") : cell(RAG_LABEL[r], { fill: r });
    for (const r of c.regios) b.row([r.regio, ragCell(r.oud), ragCell(r.nieuw), r.richting]);
  }

  // Judged rows (action monitors): the colours, and the actions whose colour changed
  if (c.kleuren) {
    const k = c.kleuren;
    b.blank();
    b.row([cell(`Kleuren van alle ${w.rijen}, oud en nieuw`, { bold: true })]);
    b.header(["Kleur", "", "Oud", "Nieuw", "Verschil"]);
    for (const r of RAGS)
      b.row([
        cell(RAG_LABEL[r], { fill: r }),
        null,
        k.oud[r],
        k.nieuw[r],
        cell(k.verschil[r], { fmt: DIFF_FORMAT }),
      ]);
  }
  if (c.acties) {
    const beterA = c.acties.filter((a) => a.richting === "beter").length;
    b.blank();
    b.row([
      cell(
        `${cap(w.rijen)} met ander oordeel — ${c.acties.length} (beter ${beterA}, slechter ${c.acties.length - beterA}); volgorde Rood > Oranje > Grijs > Groen`,
        { bold: true },
      ),
    ]);
    b.header([cap(w.rij), "Omschrijving", "Oud", "Nieuw", "Richting"]);
    if (c.acties.length === 0) b.row([null, `Geen ${w.rij} met een ander oordeel.`]);
    for (const a of c.acties)
      b.row([
        a.sleutel,
        a.label,
        cell(RAG_LABEL[a.oud], { fill: a.oud }),
        cell(RAG_LABEL[a.nieuw], { fill: a.nieuw }),
        a.richting,
      ]);
  }

  // Not compared
  b.blank();
  b.row([cell(`Niet vergeleken — komt in maar één van beide ${w.metingen} voor`, { bold: true })]);
  b.header(["Code", "Omschrijving", "Soort", "Alleen in"]);
  if (c.nietVergeleken.length === 0)
    b.row([
      null,
      c.acties === undefined
        ? `Alles is vergeleken: beide ${w.metingen} hebben dezelfde ${w.rijen}, ${w.vragen}, antwoorden en ${w.eenheden}.`
        : `Alles is vergeleken: beide ${w.metingen} hebben dezelfde ${w.rijen}.`,
    ]);
  for (const x of c.nietVergeleken) {
    const round = x.alleenIn === "oud" ? c.oud : c.nieuw;
    b.row([
      x.code,
      x.omschrijving,
      soortLabel(x.soort, w),
      `${x.alleenIn}${round.bestand ? ` (${round.bestand})` : ""}`,
    ]);
  }
  return b.build();
}
