/** Rijverdeling (e.g. Mijlpalen landelijk): per fixed row the count of units per status and per judgement. */
import { formatPercent } from "../../cells/text";
import { scaleOf } from "../../model";
import type { Monitor, Rag } from "../../model/schema";
import { vocabulary } from "../../model/vocabulary";
import type { SheetModel } from "../../sheet-model";
import type { NationalReport, RowDistribution, UnitRow } from "../../engine/national-types";
import { cell, PERCENT, SheetBuilder } from "../../engine/sheet-builder";
import { capital, judgementRule, mainColumn, unitKind } from "../rules";
import {
  hasPeildatum,
  kop,
  nationalPageHeader,
  RAGS,
  realisedOptions,
  rowIndex,
  subtitle,
  tableOf,
  there,
  type Soort,
} from "./sheet";
import { judgedOf, rowInput, rowSources } from "./unit-rows";

export function layoutRijverdeling(def: Monitor, r: NationalReport, l: Soort<"rijverdeling">): SheetModel {
  const L = def.rag.labels;
  const t = tableOf(def, l.tabel);
  const { soort, meervoud } = unitKind(def);
  const done = vocabulary(def).gerealiseerd;
  const statuses = (scaleOf(def, mainColumn(t).schaal)?.opties ?? []).map((o) => o.label);
  const opts = realisedOptions(def, t);
  const realised = opts.alle.join(" + ");
  const partly = opts.deels.map((o) => o.toLowerCase()).join(" of ");
  const matrix = def.landelijk.find((x) => x.soort === "matrix" && x.tabel === t.id);
  const widths = [8, 50, ...statuses.map(() => 13), 12, 13, 13, 14, ...RAGS.map(() => 9), 45];
  const b = new SheetBuilder(l.blad, widths, nationalPageHeader(def, r))
    .wrapColumns(2)
    .explanationsFrom(widths.length);
  b.title(`${l.blad} — stand per ${t.rijNaam.toLowerCase()}`);
  b.row([subtitle(def, r)]);
  b.header([
    kop(t, t.sleutel),
    kop(t, t.label),
    ...statuses,
    "Gegevens onbekend",
    capital(done),
    `Waarvan ${partly}`,
    `% ${done}`,
    ...RAGS.map((x) => L[x]),
    "Uitleg",
  ]);
  b.freezeHere();
  const first = b.nextRow;
  const pctCol = 2 + statuses.length + 4;
  const distText = (m: RowDistribution) =>
    `Oordelen: ${m.rag.groen} ${L.groen}, ${m.rag.oranje} ${L.oranje}, ${m.rag.rood} ${L.rood}, ${m.rag.grijs} ${L.grijs} (per ${soort} het oordeel van deze ${t.rijNaam.toLowerCase()}${hasPeildatum(def) ? " op de peildatum" : ""}${matrix ? `, zie ${matrix.blad}` : ""}; niet ontvangen of leeg is ${L.grijs}).`;
  const rule = judgementRule(def, t);
  for (const m of r.rijverdelingen[t.id] ?? []) {
    const i = rowIndex(t, m.sleutel);
    const isRealised = (x: UnitRow) => {
      const j = judgedOf(x, t, i);
      return !!j && j.row.geldt && (j.row.cellen[t.hoofdkolom]?.optie?.gewicht ?? 0) > 0;
    };
    const ragOf = (x: UnitRow): Rag => {
      const j = judgedOf(x, t, i);
      return j && j.row.geldt ? j.rag : "grijs";
    };
    const first1 = (x: UnitRow) => rowSources(t, x, i).slice(0, 1);
    b.row([
      m.sleutel,
      m.label,
      ...statuses.map((s) => m.status[s]),
      m.gegevensOnbekend,
      m.gerealiseerd,
      m.waarvanGedeeltelijk,
      there(cell(m.fractieGerealiseerd, { fmt: PERCENT }), {
        titel: `${m.sleutel} · % ${done}`,
        regel: `Het percentage ${done}: het aantal ${meervoud} met ${opts.alle.join(" of ")}, gedeeld door alle verwachte ${meervoud}. Niet ontvangen, leeg, ongeldig of n.v.t. telt als Gegevens onbekend (niet ${done}).`,
        invoer: [
          `${m.gerealiseerd} van ${r.verwacht} ${done}, waarvan ${m.waarvanGedeeltelijk} ${partly}; ${m.gegevensOnbekend} gegevens onbekend`,
          ...r.eenheden.filter((x) => !isRealised(x)).map((x) => `Niet ${done}: ${rowInput(def, t, x, i)}`),
        ],
        bron: r.eenheden.flatMap(first1),
      }),
      ...RAGS.map((rag) => {
        const units = r.eenheden.filter((x) => ragOf(x) === rag);
        return there(cell(m.rag[rag], m.rag[rag] > 0 ? { fill: rag } : {}), {
          titel: `${m.sleutel} · ${L[rag]}`,
          regel: `Aantal ${meervoud} met oordeel ${L[rag]} voor deze ${t.rijNaam.toLowerCase()}. ${rule}`,
          invoer: [
            `${m.rag[rag]} van ${r.verwacht} ${meervoud}`,
            ...units.map((x) => rowInput(def, t, x, i)),
          ],
          bron: units.flatMap(first1),
        });
      }),
      `${m.gerealiseerd} van ${r.verwacht} ${done} (${formatPercent(m.fractieGerealiseerd)}): ${realised}, waarvan ${m.waarvanGedeeltelijk} ${partly}; niet ontvangen, leeg, ongeldig of n.v.t. telt als Gegevens onbekend. ${distText(m)}`,
    ]);
  }
  b.dataBar(pctCol, first);
  return b.build();
}
