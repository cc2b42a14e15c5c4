/**
 * The shift table of a table with `verschuiving` (how far the dates moved against the planned ones), under
 * the group overview or, without one, under the list of judged rows.
 */
import type { RowsTable } from "../../model/schema";
import type { JudgedRow, NationalReport } from "../../engine/national-types";
import { cell, PERCENT, type SheetBuilder } from "../../engine/sheet-builder";
import { capital } from "../rules";
import { kop, rowSource, there } from "./sheet";

/** The shift table of a table with `verschuiving`: per category the rows, their share and the stated ones. */
export function shiftSection(b: SheetBuilder, r: NationalReport, t: RowsTable, rows: JudgedRow[]): void {
  const s = t.verschuiving;
  if (!s) return;
  const plural = t.rijNaamMeervoud;
  const dk = kop(t, s.datum);
  const tk = kop(t, s.tov);
  const tovShort = tk.toLowerCase().startsWith(`${dk.toLowerCase()} `) ? tk.slice(dk.length + 1) : tk;
  const total = r.totaal?.aantal ?? rows.length;
  const none = t.kolommen.find((c) => c.id === s.datum)?.zonderDatum[0] ?? "Nog te bepalen";
  const rule =
    `De verschuiving volgt uit de einddatums van '${dk}' en '${tk}'; zonder ${dk.toLowerCase()} (of '${none}') is het 'zonder einddatum'.` +
    (s.opgegeven
      ? ` Waar de datum van de ${tovShort.toLowerCase()} ontbreekt, telt de categorie uit kolom '${kop(t, s.opgegeven)}' ("waarvan opgegeven").`
      : "");
  b.blank();
  b.row([cell(`Verschuiving ${dk.toLowerCase()} t.o.v. ${tovShort.toLowerCase()}`, { bold: true })]);
  b.header(["Verschuiving", capital(plural), "%", "waarvan opgegeven"]);
  for (const x of r.verschuiving) {
    const these = rows.filter((j) => (j.verschuiving.categorie ?? "onbekend") === x.categorie);
    b.row([
      x.categorie,
      x.aantal,
      there(cell(total === 0 ? 0 : x.aantal / total, { fmt: PERCENT }), {
        titel: `Verschuiving · ${x.categorie}`,
        regel: `Het percentage: de ${plural} met deze verschuiving, gedeeld door alle ${plural}. ${rule}`,
        invoer: [
          `${x.aantal} van ${total} ${plural}, waarvan ${x.waarvanOpgegeven} opgegeven`,
          ...these.map((j) => `${j.row.sleutel}: ${shiftText(j)}`),
        ],
        bron: these.flatMap(rowSource),
      }),
      x.waarvanOpgegeven,
    ]);
  }
  b.row([
    cell("Totaal", { bold: true }),
    cell(total, { bold: true }),
    there(cell(1, { fmt: PERCENT, bold: true }), {
      titel: "Verschuiving · Totaal",
      regel: `Alle ${total} ${plural} (100 %).`,
      invoer: [`${total} ${plural}`],
      bron: [],
    }),
  ]);
  b.row([rule]);
  if (r.verschuiving.some((x) => x.categorie === "eerder of gelijk"))
    b.row([
      `'eerder of gelijk': volgens de opgave niet later dan bij de ${tovShort.toLowerCase()}; of de ${t.rijNaam.toLowerCase()} eerder of op dezelfde datum klaar is, is uit de gegevens niet te onderscheiden.`,
    ]);
}

export function shiftText(j: JudgedRow): string {
  const v = j.verschuiving;
  return v.categorie === null
    ? "onbekend"
    : v.bron === "opgegeven"
      ? `${v.categorie} (opgegeven)`
      : v.categorie;
}
