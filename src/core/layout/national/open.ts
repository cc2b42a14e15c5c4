/** Open antwoorden: per unit and row the open answer as written, with its source cell. */
import type { Monitor } from "../../model/schema";
import type { SheetModel } from "../../sheet-model";
import type { NationalReport } from "../../engine/national-types";
import { SheetBuilder } from "../../engine/sheet-builder";
import { capital, mainColumn, unitKind } from "../rules";
import { kop, nationalPageHeader, rowIndex, subtitle, tableOf, type Soort } from "./sheet";

export function layoutOpen(def: Monitor, r: NationalReport, l: Soort<"open">): SheetModel {
  const t = tableOf(def, l.tabel);
  const { soort } = unitKind(def);
  const b = new SheetBuilder(l.blad, [24, 7, 40, 60, 28], nationalPageHeader(def, r))
    .wrapColumns(3, 4)
    .explanationsFrom(5)
    .printPortrait();
  b.title(`${l.blad} — per ${soort} en ${t.rijNaam.toLowerCase()}`);
  b.row([subtitle(def, r)]);
  b.header([capital(soort), kop(t, t.sleutel), kop(t, t.label), mainColumn(t).kop, "Bron"]);
  b.freezeHere();
  const open = r.open.filter((o) => rowIndex(t, o.sleutel) >= 0);
  if (open.length === 0) b.row([null, null, null, "Geen open antwoorden ontvangen.", null]);
  for (const o of open)
    b.row([
      o.eenheid,
      o.sleutel,
      o.label,
      o.antwoord,
      o.bron ? `${o.bron.bestand} · ${o.bron.blad}!${o.bron.cel}` : null,
    ]);
  return b.build();
}
