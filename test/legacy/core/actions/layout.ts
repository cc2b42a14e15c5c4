/**
 * The summary sheets of an action-monitor workbook: `Overzicht acties` (colours, per group, shift against
 * the nulmeting, issues) and `Actielijst` (every action with its colour and the one-line explanation).
 * Both sheets are owned (marker in A1) and are replaced when written again.
 */
import type { SheetModel } from "../../../../src/core/sheet-model";
import { sortIssues, type Issue } from "../../../../src/core/issues";
import { cell, PERCENT, SheetBuilder, sheetLink } from "../../../../src/core/engine/sheet-builder";
import type { ActionDefinition } from "./schema";
import type { ActionReport, GroupRow } from "./report";
import { shownDate } from "./read";

export const OVERVIEW_SHEET = "Overzicht acties";
export const LIST_SHEET = "Actielijst";

const RAGS = ["groen", "oranje", "rood", "grijs"] as const;

export function layoutActionSheets(
  def: ActionDefinition,
  r: ActionReport,
  issues: readonly Issue[],
): SheetModel[] {
  return [layoutOverview(def, r, issues), layoutActionList(def, r)];
}

function groupCells(g: GroupRow, bold = false) {
  return [
    cell(g.label, { bold }),
    cell(g.aantal, { bold }),
    ...RAGS.map((c) => cell(g.rag[c], { bold, ...(g.rag[c] > 0 ? { fill: c } : {}) })),
    cell(g.voltooid, { bold }),
    cell(g.fractieVoltooid, { fmt: PERCENT, bold }),
  ];
}

function layoutOverview(def: ActionDefinition, r: ActionReport, issues: readonly Issue[]): SheetModel {
  const L = def.rag.labels;
  const b = new SheetBuilder(OVERVIEW_SHEET, [52, 10, 10, 10, 10, 10, 11, 12]);
  b.title(`${OVERVIEW_SHEET} — ${def.naam}`);
  b.row([
    `Gemaakt door Regiomonitor met ${def.naam} (versie ${def.versie}) uit ${r.bestand}; dit blad wordt bij opnieuw schrijven vervangen.`,
  ]);
  b.row([
    `Stoplicht: alleen met kwaliteitseisen '${def.kwaliteitseisen.vastgesteld}' een kleur (anders ${L.grijs}); ${L.oranje} = hoogstens ${def.toegestaneVertragingMaanden} maanden later dan de nulmeting. Zie het blad ${LIST_SHEET} voor de uitleg per actie.`,
  ]);
  b.blank();

  b.header(["Alle acties", "Acties", L.groen, L.oranje, L.rood, L.grijs, "Voltooid", "% voltooid"]);
  b.freezeHere();
  let first = b.nextRow;
  b.row(groupCells(r.totaal, true));
  b.dataBar(8, first);
  b.row([
    "Aandeel",
    null,
    ...RAGS.map((c) => cell(r.totaal.aantal === 0 ? 0 : r.totaal.rag[c] / r.totaal.aantal, { fmt: PERCENT })),
  ]);

  for (const g of r.groepen) {
    b.blank();
    b.row([cell(g.titel, { bold: true })]);
    b.header([g.kolom, "Acties", L.groen, L.oranje, L.rood, L.grijs, "Voltooid", "% voltooid"]);
    first = b.nextRow;
    for (const row of g.rijen) b.row(groupCells(row));
    b.dataBar(8, first);
    b.row(groupCells(g.totaal, true));
  }

  b.blank();
  b.row([cell("Verschuiving opleverdatum t.o.v. nulmeting", { bold: true })]);
  b.header(["Verschuiving", "Acties", "%", "waarvan opgegeven"]);
  for (const s of r.verschuiving) {
    b.row([
      s.categorie,
      s.aantal,
      cell(r.totaal.aantal === 0 ? 0 : s.aantal / r.totaal.aantal, { fmt: PERCENT }),
      s.waarvanOpgegeven,
    ]);
  }
  b.row([
    cell("Totaal", { bold: true }),
    cell(r.totaal.aantal, { bold: true }),
    cell(1, { fmt: PERCENT, bold: true }),
  ]);
  const col = def.kolommen.verschuiving;
  b.row([
    `De verschuiving volgt uit de einddatums van '${def.kolommen.opleverdatum}' en '${def.kolommen.nulmeting}'; zonder opleverdatum (of '${def.zonderEinddatum[0] ?? "Nog te bepalen"}') is het 'zonder einddatum'.` +
      (col
        ? ` Waar de datum van de nulmeting ontbreekt, telt de categorie uit kolom '${col}' ("waarvan opgegeven").`
        : ""),
  ]);
  if (r.verschuiving.some((s) => s.categorie === "eerder of gelijk"))
    b.row([
      "'eerder of gelijk': volgens de opgave niet later dan bij de nulmeting; of de actie eerder of op dezelfde datum klaar is, is uit de gegevens niet te onderscheiden.",
    ]);

  b.blank();
  const sorted = sortIssues(issues);
  b.row([cell(`Meldingen: ${r.fouten} fouten, ${r.waarschuwingen} waarschuwingen`, { bold: true })]);
  if (sorted.length > 0) {
    b.header(["Melding", "Cel", "Ernst", "Code"]);
    for (const i of sorted) {
      const link = i.blad && i.cel ? sheetLink(i.blad, i.cel) : undefined;
      b.row([
        i.bericht,
        cell(i.blad && i.cel ? `${i.blad}!${i.cel}` : (i.blad ?? ""), link ? { link } : {}),
        i.severity,
        i.code,
      ]);
    }
  }
  return b.build();
}

function layoutActionList(def: ActionDefinition, r: ActionReport): SheetModel {
  const k = def.kolommen;
  const fixed = def.vasteKolommen;
  const widths = [...fixed.map((c) => Math.min(c.breedte, 50)), 18, 16, 16, 16, 16, 10, 90];
  const b = new SheetBuilder(LIST_SHEET, widths);
  b.title(`${LIST_SHEET} — ${def.naam}`);
  b.row([`Per actie het stoplicht met de regel en de waarden die het bepaalden. Bron: ${r.bestand}.`]);
  b.blank();
  b.header([
    ...fixed.map((c) => c.kop),
    k.kwaliteitseisen,
    k.status,
    k.opleverdatum,
    k.nulmeting,
    "Verschuiving",
    "Oordeel",
    "Uitleg",
  ]);
  b.freezeHere();
  for (const j of r.acties) {
    const a = j.actie;
    const link = a.bron ? sheetLink(a.bron.blad, a.bron.cel) : undefined;
    const v = j.verschuiving;
    b.row([
      ...fixed.map((c, i) => (i === 0 && link ? cell(a.vast[c.sleutel], { link }) : a.vast[c.sleutel])),
      a.kwaliteitseisen ?? a.kwaliteitseisenOngeldig,
      a.status?.label ?? a.statusOngeldig,
      shownDate(a.opleverdatum) || null,
      shownDate(a.nulmeting) || null,
      v.categorie === null ? "onbekend" : v.bron === "opgegeven" ? `${v.categorie} (opgegeven)` : v.categorie,
      cell(def.rag.labels[j.oordeel.rag], { fill: j.oordeel.rag }),
      j.oordeel.uitleg,
    ]);
  }
  return b.build();
}
