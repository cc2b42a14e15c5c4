/**
 * Retouren: which units handed in, with per unit its file, peildatum, invulgraad, judgement and invulling,
 * and under it every file read with its status (counted, double, skipped).
 */
import { isoToSerial } from "../../cells/dates";
import { formatPercent } from "../../cells/text";
import type { Monitor } from "../../model/schema";
import type { SheetModel, SourceCell } from "../../sheet-model";
import { DATE_FORMAT } from "../../template-model";
import type { NationalReport, UnitRow } from "../../engine/national-types";
import { cell, PERCENT, SheetBuilder, type CellInput } from "../../engine/sheet-builder";
import { capital, invulgraadRule, invullingRule, judgementRule, unitKind, unitRagRule } from "../rules";
import { nationalPageHeader, subtitle, there, type Soort } from "./sheet";
import { applicableSources, rowInput, unitTable } from "./unit-rows";

/**
 * Why a unit's invulgraad and invulling RAG are what they are (the explanation column in Retouren): the
 * figures only, as the rule (geldig ingevulde verplichte cellen ÷ verplichte cellen die gelden) is the same
 * on every row and is in the explanation of the Invulgraad cell.
 */
export function invullingUitleg(x: UnitRow): string | null {
  if (!x.counted) return null;
  const t = x.counted.score.invulgraad.totaal;
  return `Invulgraad ${formatPercent(t.fractie)}: ${t.ingevuld} van ${t.vereist} verplichte cellen geldig ingevuld, waarvan onbekend ${t.onbekend}. Invulling ${x.counted.score.invulling.uitleg}`;
}

export function layoutRetouren(def: Monitor, r: NationalReport, l: Soort<"retouren">): SheetModel {
  const L = def.rag.labels;
  const { soort, meervoud } = unitKind(def);
  const et = unitTable(def);
  // The second table (the files) puts a file name in column A and the unit in B: both wide enough for
  // them, so that LibreOffice and Excel print neither over its neighbour.
  const b = new SheetBuilder(
    l.blad,
    [36, 20, 34, 13, 13, 12, 11, 9, 15, 11, 11, 30, 40, 45],
    nationalPageHeader(def, r),
  )
    .wrapColumns(12)
    .explanationsFrom(13);
  b.title(`${l.blad} — welke ${meervoud} hebben ingeleverd`);
  b.row([subtitle(def, r)]);
  b.header([
    capital(soort),
    "Ontvangen",
    "Bestand",
    "Meetmoment",
    "Peildatum",
    "Invulgraad",
    "Waarvan onbekend",
    "Fouten",
    "Waarschuwingen",
    `Oordeel ${soort}`,
    "Invulling",
    "Opmerking",
    "Uitleg oordeel",
    "Uitleg invulling",
  ]);
  b.freezeHere();
  const first = b.nextRow;
  for (const x of r.eenheden) {
    const opm =
      x.dubbel.length > 0
        ? `Dubbel ontvangen; niet meegeteld: ${x.dubbel.join(", ")}`
        : x.ontvangen
          ? ""
          : "Gegevens onbekend";
    const c = x.counted;
    const ontvangen: CellInput = x.ontvangen ? "Ja" : cell("Nee", { fill: "grijs" });
    const sheets: SourceCell[] = c
      ? Object.keys(c.score.invulgraad.perBlad).map((blad) => ({
          regio: x.eenheid,
          bestand: c.ret.bestand,
          blad,
          cel: "",
        }))
      : [];
    const inv = x.invulgraad === null ? null : cell(x.invulgraad, { fmt: PERCENT });
    const rag = x.rag ? cell(L[x.rag], { fill: x.rag }) : null;
    const invulling = x.invullingRag ? cell(L[x.invullingRag], { fill: x.invullingRag }) : null;
    const t = c?.score.invulgraad.totaal;
    b.row([
      x.eenheid,
      c
        ? ontvangen
        : there(ontvangen, {
            titel: `${x.eenheid} · Ontvangen`,
            regel: `Een ${soort} waarvan geen (leesbare) werkmap is ontvangen, telt in alle landelijke tabellen als 'Gegevens onbekend'.`,
            invoer: [`Geen meegetelde werkmap voor ${x.eenheid}.`],
            bron: [],
          }),
      x.bestand,
      x.meetmoment,
      x.peildatum
        ? x.peildatum.exact
          ? cell(isoToSerial(x.peildatum.end), { fmt: DATE_FORMAT })
          : x.peildatum.tekst
        : null,
      c && t
        ? there(inv, {
            titel: `${x.eenheid} · Invulgraad`,
            regel: invulgraadRule(),
            invoer: [
              `Werkmap: ${t.ingevuld} van ${t.vereist} verplichte cellen, waarvan onbekend ${t.onbekend}`,
              ...Object.entries(c.score.invulgraad.perBlad).map(
                ([blad, p]) =>
                  `${blad}: ${p.ingevuld} van ${p.vereist} (${formatPercent(p.fractie)}), waarvan onbekend ${p.onbekend}`,
              ),
            ],
            bron: sheets,
          })
        : inv,
      x.onbekend,
      x.ontvangen ? x.fouten : null,
      x.ontvangen ? x.waarschuwingen : null,
      c && et && c.score.eenheid
        ? there(rag, {
            titel: `${x.eenheid} · Oordeel ${soort}`,
            regel: `${unitRagRule(def, et)} ${judgementRule(def, et)}`,
            invoer: [
              c.score.eenheid.uitleg,
              ...(c.ret.tabellen[et.id] ?? []).flatMap((row, i) =>
                row.geldt ? [`${row.sleutel}: ${rowInput(def, et, x, i).replace(`${x.eenheid}: `, "")}`] : [],
              ),
            ],
            bron: applicableSources(x, et),
          })
        : rag,
      c
        ? there(invulling, {
            titel: `${x.eenheid} · Invulling`,
            regel: invullingRule(def),
            invoer: [
              c.score.invulling.uitleg,
              `Fouten: ${c.score.fouten}, waarschuwingen: ${c.score.waarschuwingen}`,
            ],
            bron: sheets,
          })
        : invulling,
      opm || null,
      x.ragUitleg,
      invullingUitleg(x),
    ]);
  }
  b.dataBar(6, first);
  b.blank();
  b.header(["Bestand", capital(soort), "Status", "Fouten", "Waarschuwingen", "Reden"]);
  for (const f of r.bestanden) {
    const status =
      f.status === "meegeteld"
        ? cell(f.status)
        : there(cell(f.status, { fill: f.status === "overgeslagen" ? "rood" : "oranje" }), {
            titel: `${f.bestand} · Status`,
            regel:
              f.status === "overgeslagen"
                ? "Een bestand dat niet als standaardwerkmap kan worden gelezen, wordt overgeslagen; de rest telt gewoon mee."
                : `Twee retouren voor één ${soort}: de latere peildatum telt (dan minder fouten, dan bestandsnaam); de andere is 'dubbel, niet meegeteld'.`,
            invoer: [f.reden],
            bron: [{ regio: f.eenheid, bestand: f.bestand, blad: "", cel: "" }],
          });
    b.row([f.bestand, f.eenheid, status, f.fouten, f.waarschuwingen, f.reden || null]);
  }
  return b.build();
}
