/**
 * Groepen (e.g. Overzicht acties): the judged rows counted per colour over all rows and per group (the
 * tables of the kind that share a sheet), the shift table, and the issues of the counted returns.
 */
import { sortIssues } from "../../issues";
import type { Monitor } from "../../model/schema";
import { noTotalText, vocabulary } from "../../model/vocabulary";
import type { SheetModel } from "../../sheet-model";
import type { GroupRow, JudgedRow, NationalReport } from "../../engine/national-types";
import { cell, PERCENT, SheetBuilder, sheetLink, type CellInput } from "../../engine/sheet-builder";
import { capital, judgementRule, mainColumn } from "../rules";
import {
  counted,
  nationalPageHeader,
  RAGS,
  realisedOptions,
  reportIssues,
  rowSource,
  tableOf,
  there,
  type Soort,
} from "./sheet";
import { listSheetName, listTables } from "./actielijst";
import { shiftSection } from "./shift";

/** The sheet of the first `groepen` table `l` with it: every `groepen` table on the same sheet is a group. */
export function layoutGroups(def: Monitor, r: NationalReport, l: Soort<"groepen">): SheetModel {
  const blad = l.blad;
  const tables = def.landelijk.filter((x): x is Soort<"groepen"> => x.soort === "groepen" && x.blad === blad);
  const lists = listTables(def);
  const listed = lists.find((x) => x.id === l.tabel);
  const listSheet = listed ? listSheetName(lists, listed) : null;
  const L = def.rag.labels;
  const t = tableOf(def, tables[0].tabel);
  const rows = r.rijen[t.id] ?? [];
  const opts = realisedOptions(def, t);
  const done = opts.klaar[0] ?? "Gereed";
  const plural = t.rijNaamMeervoud;
  const rule = judgementRule(def, t);
  const files = counted(r).map((c) => c.ret.bestand);
  const b = new SheetBuilder(blad, [52, 10, 10, 10, 10, 10, 11, 12], nationalPageHeader(def, r));
  b.title(`${blad} — ${def.naam}`);
  b.row([
    `${def.naam} (versie ${def.versie}) · bron: ${files.join(", ")} · gemaakt met Regiomonitor; bij opnieuw schrijven wordt dit blad vervangen.`,
  ]);
  b.row([
    `${rule}${listSheet ? ` Zie het blad ${listSheet} voor de uitleg per ${t.rijNaam.toLowerCase()}.` : ""}${def.totaaloordeel ? "" : ` ${noTotalText(vocabulary(def))}`}`,
  ]);
  b.blank();

  // A total over all rows carries no colours where the source says no total judgement can be given.
  const totalColours = def.totaaloordeel;
  const groupCells = (g: GroupRow, members: JudgedRow[], bold: boolean, total = bold): CellInput[] => [
    cell(g.label, { bold }),
    cell(g.aantal, { bold }),
    ...RAGS.map((c) => {
      if (total && !totalColours) return null;
      const these = members.filter((j) => j.oordeel.rag === c);
      return there(cell(g.rag[c], { bold, ...(g.rag[c] > 0 ? { fill: c } : {}) }), {
        titel: `${g.label} · ${L[c]}`,
        regel: `Aantal ${plural} met oordeel ${L[c]} in deze groep. ${rule}`,
        invoer: [
          `${g.rag[c]} van ${g.aantal} ${plural}`,
          ...these.map((j) => `${j.row.sleutel}: ${j.oordeel.uitleg}`),
        ],
        bron: these.flatMap(rowSource),
      });
    }),
    cell(g.voltooid, { bold }),
    there(cell(g.fractieVoltooid, { fmt: PERCENT, bold }), {
      titel: `${g.label} · % ${done.toLowerCase()}`,
      regel: `Het percentage ${done.toLowerCase()}: de ${plural} met ${mainColumn(t).kop.toLowerCase()} '${done}', gedeeld door alle ${plural} in de groep.`,
      invoer: [
        `${g.voltooid} van ${g.aantal} ${plural} ${done.toLowerCase()}`,
        ...members
          .filter((j) => j.row.cellen[t.hoofdkolom]?.optie?.gewicht === 1)
          .map((j) => `${j.row.sleutel}: ${done}`),
      ],
      bron: members.flatMap(rowSource),
    }),
  ];

  const header = (first: string) =>
    b.header([first, capital(plural), L.groen, L.oranje, L.rood, L.grijs, done, `% ${done.toLowerCase()}`]);
  header(`Alle ${plural}`);
  b.freezeHere();
  let first = b.nextRow;
  if (r.totaal) {
    const tot = r.totaal;
    b.row(groupCells(tot, rows, true));
    b.dataBar(8, first);
    if (totalColours)
      b.row([
        "Aandeel",
        null,
        ...RAGS.map((c) =>
          there(cell(tot.aantal === 0 ? 0 : tot.rag[c] / tot.aantal, { fmt: PERCENT }), {
            titel: `Aandeel ${L[c]}`,
            regel: `Het aandeel: de ${plural} met oordeel ${L[c]}, gedeeld door alle ${plural}. ${rule}`,
            invoer: [`${tot.rag[c]} van ${tot.aantal} ${plural}`],
            bron: rows.filter((j) => j.oordeel.rag === c).flatMap(rowSource),
          }),
        ),
      ]);
  }

  for (const g of r.groepen) {
    const spec = tables.find((x) => x.titel === g.titel);
    if (!spec) continue;
    b.blank();
    b.row([cell(g.titel, { bold: true })]);
    header(g.kolom);
    first = b.nextRow;
    for (const row of g.rijen)
      b.row(
        groupCells(
          row,
          rows.filter((j) => j.row.vast[spec.kolom] === row.waarde),
          false,
        ),
      );
    b.dataBar(8, first);
    b.row(groupCells(g.totaal, rows, true));
  }

  if (t.verschuiving) shiftSection(b, r, t, rows);

  b.blank();
  const issues = sortIssues(reportIssues(r));
  const fouten = issues.filter((i) => i.severity === "fout").length;
  const waarschuwingen = issues.filter((i) => i.severity === "waarschuwing").length;
  b.row([cell(`Meldingen: ${fouten} fouten, ${waarschuwingen} waarschuwingen`, { bold: true })]);
  if (issues.length > 0) {
    // No issue codes on the sheet (internal names such as ongeldige_datum say nothing to a reader).
    b.header(["Melding", "Cel", "Ernst"]);
    for (const i of issues) {
      const link = i.blad && i.cel ? sheetLink(i.blad, i.cel) : undefined;
      b.row([
        i.bericht,
        cell(i.blad && i.cel ? `${i.blad}!${i.cel}` : (i.blad ?? ""), link ? { link } : {}),
        i.severity,
      ]);
    }
  }
  return b.build();
}
