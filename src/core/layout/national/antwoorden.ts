/**
 * Antwoorden (e.g. Vragenlijst landelijk): per closed row the count and percentage of units per answer, and
 * per choice column over the open rows the count over those rows.
 */
import { formatPercent } from "../../cells/text";
import { scaleOf } from "../../model";
import type { Monitor, RowsTable } from "../../model/schema";
import type { SheetModel } from "../../sheet-model";
import type { AnswerDistribution, NationalReport, UnitRow } from "../../engine/national-types";
import { cell, PERCENT, SheetBuilder } from "../../engine/sheet-builder";
import { capital, mainColumn, sourceOf, unitKind } from "../rules";
import { kop, nationalPageHeader, rowIndex, subtitle, tableOf, there, type Soort } from "./sheet";

export function layoutAntwoorden(def: Monitor, r: NationalReport, l: Soort<"antwoorden">): SheetModel {
  const t = tableOf(def, l.tabel);
  const { meervoud } = unitKind(def);
  const main = mainColumn(t);
  const b = new SheetBuilder(l.blad, [7, 50, 30, 9, 11, 60], nationalPageHeader(def, r))
    .wrapColumns(2, 3)
    .explanationsFrom(6)
    .printPortrait();
  const openOnly = t.rijen.length === 0;
  b.title(
    openOnly
      ? `${l.blad} — antwoorden over alle opgegeven ${t.rijNaamMeervoud}`
      : `${l.blad} — antwoorden per gesloten ${t.rijNaam.toLowerCase()}`,
  );
  b.row([subtitle(def, r)]);
  b.header(
    openOnly
      ? ["Nr", capital(t.rijNaam), "Antwoord", "Aantal", "Percentage", "Uitleg"]
      : [kop(t, t.sleutel), kop(t, t.label), main.kop, "Aantal", "Percentage", "Uitleg"],
  );
  b.freezeHere();
  const first = b.nextRow;
  for (const q of r.antwoorden[t.id] ?? []) {
    const i = rowIndex(t, q.sleutel);
    if (i < 0) {
      openAnswerRows(b, t, q);
      continue;
    }
    const scale = scaleOf(def, t.rijen[i]?.cel?.schaal ?? main.schaal);
    const unknown = (scale?.opties ?? []).filter((o) => o.onbekend).map((o) => o.label);
    const unknownText = [...unknown, "leeg", "ongeldig"].join(", ") + " of niet ontvangen";
    const answerOf = (x: UnitRow) => {
      const row = x.counted?.ret.tabellen[t.id]?.[i];
      const v = row?.cellen[t.hoofdkolom];
      return row && row.geldt && v?.state === "waarde" && q.opties.some((o) => o.antwoord === v.tekst)
        ? v.tekst
        : null;
    };
    const pct = (fractie: number, antwoord: string, units: UnitRow[] | null, regel: string, bold = false) =>
      there(cell(fractie, { fmt: PERCENT, ...(bold ? { bold } : {}) }), {
        titel: `${q.sleutel} · ${antwoord}`,
        regel,
        invoer: [
          `${units === null ? q.totaal : units.length} van ${q.totaal} ${meervoud}`,
          ...(units ?? []).map((x) => (x.counted ? x.eenheid : `${x.eenheid} (niet ontvangen)`)),
        ],
        bron: (units ?? []).flatMap((x) => sourceOf(x.eenheid, x.counted?.ret.tabellen[t.id]?.[i]?.bron)),
      });
    const header = q.onderdeel ? `${q.onderdeel}: ${q.label}` : q.label;
    b.row([cell(q.sleutel, { bold: true }), cell(header, { bold: true }), null, null, null]);
    for (const o of q.opties)
      b.row([
        q.sleutel,
        null,
        o.antwoord,
        o.aantal,
        pct(
          o.fractie,
          o.antwoord,
          r.eenheden.filter((x) => answerOf(x) === o.antwoord),
          `Het percentage: het aantal ${meervoud} met het ${main.kop.toLowerCase()} '${o.antwoord}', gedeeld door de ${q.totaal} verwachte ${meervoud}, op één decimaal.`,
        ),
        `${o.aantal} van ${q.totaal} ${meervoud} (${formatPercent(o.fractie)}): het aantal met dit ${main.kop.toLowerCase()}, gedeeld door de verwachte ${meervoud}.`,
      ]);
    b.row([
      q.sleutel,
      null,
      "Gegevens onbekend",
      q.gegevensOnbekend.aantal,
      pct(
        q.gegevensOnbekend.fractie,
        "Gegevens onbekend",
        r.eenheden.filter((x) => answerOf(x) === null),
        `Gegevens onbekend: ${unknownText}, gedeeld door alle verwachte ${meervoud}.`,
      ),
      `${q.gegevensOnbekend.aantal} van ${q.totaal} ${meervoud} (${formatPercent(q.gegevensOnbekend.fractie)}): ${capital(unknownText)}.`,
    ]);
    b.row([
      q.sleutel,
      null,
      cell("Totaal", { bold: true }),
      cell(q.totaal, { bold: true }),
      pct(
        1,
        "Totaal",
        null,
        `Totaal: alle ${q.totaal} verwachte ${meervoud} (100 %), ontvangen of niet.`,
        true,
      ),
      `Alle ${q.totaal} verwachte ${meervoud} (100 %).`,
    ]);
  }
  b.dataBar(5, first);
  return b.build();
}

/**
 * The entry of a choice column over the open rows (rows the units added): counted over those rows, shown
 * with its number and label (its key is internal).
 */
function openAnswerRows(b: SheetBuilder, t: RowsTable, q: AnswerDistribution): void {
  const nr = q.nummer;
  const m = t.rijNaamMeervoud;
  const explain = (fractie: number, antwoord: string, regel: string, bold = false) =>
    there(cell(fractie, { fmt: PERCENT, ...(bold ? { bold } : {}) }), {
      titel: `${q.label} · ${antwoord}`,
      regel,
      invoer: [`${q.totaal} ${m} opgegeven in de meegetelde retouren`],
      bron: [],
    });
  b.row([cell(nr, { bold: true }), cell(q.label, { bold: true }), null, null, null]);
  for (const o of q.opties)
    b.row([
      nr,
      null,
      o.antwoord,
      o.aantal,
      explain(
        o.fractie,
        o.antwoord,
        `Het percentage: de ${m} met '${o.antwoord}', gedeeld door de ${q.totaal} opgegeven ${m}.`,
      ),
      `${o.aantal} van ${q.totaal} ${m} (${formatPercent(o.fractie)}).`,
    ]);
  b.row([
    nr,
    null,
    "Gegevens onbekend",
    q.gegevensOnbekend.aantal,
    explain(
      q.gegevensOnbekend.fractie,
      "Gegevens onbekend",
      `Onbekend, leeg of ongeldig, gedeeld door de ${q.totaal} opgegeven ${m}.`,
    ),
    `${q.gegevensOnbekend.aantal} van ${q.totaal} ${m} (${formatPercent(q.gegevensOnbekend.fractie)}): onbekend, leeg of ongeldig.`,
  ]);
  b.row([
    nr,
    null,
    cell("Totaal", { bold: true }),
    cell(q.totaal, { bold: true }),
    explain(1, "Totaal", `Totaal: alle ${q.totaal} opgegeven ${m} (100 %).`, true),
    `Alle ${q.totaal} opgegeven ${m} (100 %).`,
  ]);
}
