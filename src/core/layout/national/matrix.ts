/** Matrix (e.g. Regio × mijlpaal): per unit a row, per fixed row a cell with the unit's value and judgement. */
import { formatIso } from "../../cells/dates";
import type { DateRef, Monitor, RowsTable } from "../../model/schema";
import type { SheetModel } from "../../sheet-model";
import { renderTemplate } from "../../engine/judge";
import type { NationalReport } from "../../engine/national-types";
import { cell, SheetBuilder } from "../../engine/sheet-builder";
import { capital, judgementRule, mainColumn, unitKind, unitRagRule, type Explained } from "../rules";
import { nationalPageHeader, subtitle, tableOf, there, type Soort } from "./sheet";
import { applicableSources, judgedOf, rowInput, rowSources, unitTable } from "./unit-rows";

function normLine(t: RowsTable, i: number): string | null {
  const nd = t.rijen[i]?.normdatum;
  if (!nd) return null;
  let months: number | undefined;
  for (const rule of t.oordeel ?? [])
    for (const test of rule.als) {
      const d: DateRef | undefined =
        "voor" in test
          ? test.voor
          : "na" in test
            ? test.na
            : "uiterlijk" in test
              ? test.uiterlijk
              : undefined;
      if (d && d.waarde === "normdatum" && d.plusMaanden !== undefined && months === undefined)
        months = d.plusMaanden;
    }
  return `Normdatum ${formatIso(nd)}${months !== undefined ? `; toegestane vertraging ${months} maanden` : ""}`;
}

export function layoutMatrix(def: Monitor, r: NationalReport, l: Soort<"matrix">): SheetModel {
  const L = def.rag.labels;
  const t = tableOf(def, l.tabel);
  const { soort } = unitKind(def);
  const et = unitTable(def);
  const main = mainColumn(t);
  const b = new SheetBuilder(
    l.blad,
    [24, ...t.rijen.map(() => 17), 11, 50],
    nationalPageHeader(def, r),
  ).explanationsFrom(t.rijen.length + 3);
  b.title(`${l.blad} — ${l.titel ?? `${main.kop.toLowerCase()} per ${soort} en ${t.rijNaam.toLowerCase()}`}`);
  b.row([subtitle(def, r)]);
  b.header([
    capital(soort),
    ...t.rijen.map((row) => `${row.waarden[t.sleutel]} ${row.waarden[t.label]}`),
    `Oordeel ${soort}`,
    "Uitleg",
  ]);
  b.freezeHere();
  const rule = judgementRule(def, t);
  for (const x of r.eenheden) {
    const c = x.counted;
    const explain = (i: number): Explained => {
      const j = judgedOf(x, t, i);
      const norm = normLine(t, i);
      return {
        titel: `${x.eenheid} · ${t.rijen[i].waarden[t.sleutel]}`,
        regel: c ? rule : "Niet ontvangen: telt als 'Gegevens onbekend'.",
        invoer: [rowInput(def, t, x, i), ...(j ? [j.uitleg] : []), ...(norm ? [norm] : [])],
        bron: rowSources(t, x, i),
      };
    };
    if (!c) {
      b.row([
        x.eenheid,
        ...t.rijen.map((_row, i) => there(cell("niet ontvangen", { fill: "grijs" }), explain(i))),
        null,
        x.ragUitleg,
      ]);
      continue;
    }
    const notes: string[] = [];
    const cells = (c.ret.tabellen[t.id] ?? []).map((row, i) => {
      const j = c.score.oordelen[t.id][i];
      if (!row.geldt) return there(cell("n.v.t."), explain(i));
      if (j.rag !== "groen") notes.push(`${row.sleutel} ${j.uitleg}`);
      const v = row.cellen[t.hoofdkolom];
      let text: string | null = null;
      if (v?.state === "waarde" && v.optie) {
        const tpl = l.weergave?.[v.optie.label];
        text = tpl
          ? renderTemplate(tpl, (name) => {
              const k = row.cellen[name];
              return k?.state === "waarde" ? (k.datum?.tekst ?? k.tekst) : null;
            }).trim() || v.optie.label
          : v.optie.label;
      } else if (v?.state === "waarde") text = v.tekst;
      else if (v && v.state !== "leeg") text = v.shown;
      return there(cell(text || null, { fill: j.rag }), explain(i));
    });
    const rag = x.rag ? cell(L[x.rag], { fill: x.rag }) : null;
    b.row([
      x.eenheid,
      ...cells,
      et && c.score.eenheid
        ? there(rag, {
            titel: `${x.eenheid} · Oordeel ${soort}`,
            regel: unitRagRule(def, et),
            invoer: [c.score.eenheid.uitleg],
            bron: applicableSources(x, et),
          })
        : rag,
      [x.ragUitleg, ...notes].join(" "),
    ]);
  }
  return b.build();
}
