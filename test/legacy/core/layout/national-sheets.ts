/** The national summary sheets as SheetModels: Retouren, Mijlpalen landelijk, Regio × mijlpaal, Vragenlijst landelijk, Open antwoorden. */
import type { Definition } from "../definition/schema";
import type { NationalReport, RegionRow } from "../national/aggregate";
import type { SheetModel } from "../../../../src/core/sheet-model";
import { isoToSerial } from "../../../../src/core/cells/dates";
import { formatPercent } from "../../../../src/core/cells/text";
import { DATE_FORMAT } from "../../../../src/core/template-model";
import { cell, PERCENT, SheetBuilder } from "../../../../src/core/engine/sheet-builder";

export const NATIONAL_SHEETS = {
  retouren: "Retouren",
  mijlpalen: "Mijlpalen landelijk",
  matrix: "Regio × mijlpaal",
  vragen: "Vragenlijst landelijk",
  open: "Open antwoorden",
} as const;

function subtitle(def: Definition, r: NationalReport): string {
  return `${def.naam} (versie ${def.versie}) · ontvangen ${r.ontvangen} van ${r.verwacht} regio's · gemaakt door Regiomonitor; dit blad wordt bij opnieuw importeren vervangen.`;
}

function peildatumCell(row: RegionRow) {
  if (!row.peildatum) return null;
  return row.peildatum.exact
    ? cell(isoToSerial(row.peildatum.end), { fmt: DATE_FORMAT })
    : row.peildatum.tekst;
}

/** Why a region's invulgraad and invulling RAG are what they are (the explanation column in Retouren). */
export function invullingUitleg(x: RegionRow): string | null {
  if (!x.counted) return null;
  const t = x.counted.score.invulgraad.totaal;
  return `Invulgraad ${formatPercent(t.fractie)}: ${t.ingevuld} van ${t.vereist} verplichte cellen geldig ingevuld (geldig ingevulde verplichte cellen ÷ verplichte cellen die gelden), waarvan onbekend ${t.onbekend}. Invulling ${x.counted.score.invulling.uitleg}`;
}

export function layoutRetouren(def: Definition, r: NationalReport): SheetModel {
  const b = new SheetBuilder(
    NATIONAL_SHEETS.retouren,
    [24, 11, 34, 13, 13, 12, 11, 9, 15, 11, 11, 70, 70, 40],
  );
  b.title(`${NATIONAL_SHEETS.retouren} — welke regio's hebben ingeleverd`);
  b.row([subtitle(def, r)]);
  b.header([
    "Regio",
    "Ontvangen",
    "Bestand",
    "Meetmoment",
    "Peildatum",
    "Invulgraad",
    "Waarvan onbekend",
    "Fouten",
    "Waarschuwingen",
    "Oordeel regio",
    "Invulling",
    "Uitleg oordeel",
    "Uitleg invulling",
    "Opmerking",
  ]);
  b.freezeHere();
  const first = b.nextRow;
  for (const x of r.regios) {
    const opm =
      x.dubbel.length > 0
        ? `Dubbel ontvangen; niet meegeteld: ${x.dubbel.join(", ")}`
        : x.ontvangen
          ? ""
          : "Gegevens onbekend";
    b.row([
      x.regio,
      x.ontvangen ? "Ja" : cell("Nee", { fill: "grijs" }),
      x.bestand,
      x.meetmoment,
      peildatumCell(x),
      x.invulgraad === null ? null : cell(x.invulgraad, { fmt: PERCENT }),
      x.onbekend,
      x.ontvangen ? x.fouten : null,
      x.ontvangen ? x.waarschuwingen : null,
      x.rag ? cell(def.rag.labels[x.rag], { fill: x.rag }) : null,
      x.invullingRag ? cell(def.rag.labels[x.invullingRag], { fill: x.invullingRag }) : null,
      x.ragUitleg,
      invullingUitleg(x),
      opm || null,
    ]);
  }
  b.dataBar(6, first);
  b.blank();
  b.header(["Bestand", "Regio", "Status", "Fouten", "Waarschuwingen", "Reden"]);
  for (const f of r.bestanden) {
    b.row([
      f.bestand,
      f.regio,
      cell(
        f.status,
        f.status === "meegeteld" ? {} : { fill: f.status === "overgeslagen" ? "rood" : "oranje" },
      ),
      f.fouten,
      f.waarschuwingen,
      f.reden || null,
    ]);
  }
  return b.build();
}

/** The RAG columns of Mijlpalen landelijk in words. */
export function ragDistributionText(
  def: Definition,
  rag: Record<"groen" | "oranje" | "rood" | "grijs", number>,
): string {
  const L = def.rag.labels;
  return `Oordelen: ${rag.groen} ${L.groen}, ${rag.oranje} ${L.oranje}, ${rag.rood} ${L.rood}, ${rag.grijs} ${L.grijs} (per regio het oordeel van deze mijlpaal op de peildatum, zie Regio × mijlpaal; niet ontvangen of leeg is ${L.grijs}).`;
}

export function layoutMijlpalenLandelijk(def: Definition, r: NationalReport): SheetModel {
  const statuses = def.mijlpalen.statussen.map((s) => s.label);
  const rags = ["groen", "oranje", "rood", "grijs"] as const;
  const widths = [8, 50, ...statuses.map(() => 13), 12, 13, 13, 14, ...rags.map(() => 9), 60];
  const b = new SheetBuilder(NATIONAL_SHEETS.mijlpalen, widths);
  b.title(`${NATIONAL_SHEETS.mijlpalen} — stand per mijlpaal`);
  b.row([subtitle(def, r)]);
  b.header([
    "Code",
    "Mijlpaal",
    ...statuses,
    "Gegevens onbekend",
    "Gerealiseerd",
    "Waarvan gedeeltelijk",
    "% gerealiseerd",
    ...rags.map((x) => def.rag.labels[x]),
    "Uitleg",
  ]);
  b.freezeHere();
  const first = b.nextRow;
  const pctCol = 2 + statuses.length + 4;
  for (const m of r.mijlpalen) {
    b.row([
      m.code,
      m.label,
      ...statuses.map((s) => m.status[s]),
      m.gegevensOnbekend,
      m.gerealiseerd,
      m.waarvanGedeeltelijk,
      cell(m.fractieGerealiseerd, { fmt: PERCENT }),
      ...rags.map((x) => cell(m.rag[x], { fill: x })),
      `${m.gerealiseerd} van ${r.verwacht} gerealiseerd (${formatPercent(m.fractieGerealiseerd)}): Gereed + Gedeeltelijk, waarvan ${m.waarvanGedeeltelijk} gedeeltelijk; niet ontvangen, leeg, ongeldig of n.v.t. telt als Gegevens onbekend. ${ragDistributionText(def, m.rag)}`,
    ]);
  }
  b.dataBar(pctCol, first);
  return b.build();
}

export function layoutRegioMijlpaal(def: Definition, r: NationalReport): SheetModel {
  const codes = def.mijlpalen.rijen.map((m) => m.code);
  const b = new SheetBuilder(NATIONAL_SHEETS.matrix, [24, ...codes.map(() => 17), 11, 80]);
  b.title(`${NATIONAL_SHEETS.matrix} — X = gereed, X (gedeeltelijk), of de verwachte datum zoals ingevuld`);
  b.row([subtitle(def, r)]);
  b.header(["Regio", ...def.mijlpalen.rijen.map((m) => `${m.code} ${m.label}`), "Oordeel regio", "Uitleg"]);
  b.freezeHere();
  for (const x of r.regios) {
    if (!x.counted) {
      b.row([x.regio, ...codes.map(() => cell("niet ontvangen", { fill: "grijs" })), null, x.ragUitleg]);
      continue;
    }
    const { ret, score } = x.counted;
    const notes: string[] = [];
    const cells = ret.mijlpalen.map((m, i) => {
      const s = score.mijlpalen[i];
      if (!m.geldt) return cell("n.v.t.");
      if (s.rag !== "groen") notes.push(`${m.code} ${s.uitleg}`);
      let text: string;
      switch (m.status?.soort) {
        case "gereed":
          text = "X";
          break;
        case "gedeeltelijk":
          text = "X (gedeeltelijk)";
          break;
        case "voorbereiding":
          text = m.verwachteDatum?.tekst ?? "In voorbereiding";
          break;
        case undefined:
          text = m.statusOngeldig ?? "";
          break;
        default:
          text = m.status?.label ?? "";
      }
      return cell(text || null, { fill: s.rag });
    });
    b.row([
      x.regio,
      ...cells,
      x.rag ? cell(def.rag.labels[x.rag], { fill: x.rag }) : null,
      [x.ragUitleg, ...notes].join(" "),
    ]);
  }
  return b.build();
}

export function layoutVragenlijstLandelijk(def: Definition, r: NationalReport): SheetModel {
  const b = new SheetBuilder(NATIONAL_SHEETS.vragen, [7, 70, 40, 9, 11, 60]);
  b.title(`${NATIONAL_SHEETS.vragen} — antwoorden per gesloten vraag`);
  b.row([subtitle(def, r)]);
  b.header(["Nr", "Vraag", "Antwoord", "Aantal", "Percentage", "Uitleg"]);
  b.freezeHere();
  const first = b.nextRow;
  for (const q of r.vragen) {
    b.row([cell(q.nr, { bold: true }), cell(`${q.onderdeel}: ${q.vraag}`, { bold: true }), null, null, null]);
    for (const o of q.opties)
      b.row([
        q.nr,
        null,
        o.antwoord,
        o.aantal,
        cell(o.fractie, { fmt: PERCENT }),
        `${o.aantal} van ${q.totaal} regio's (${formatPercent(o.fractie)}): aantal met dit antwoord ÷ verwachte regio's.`,
      ]);
    b.row([
      q.nr,
      null,
      "Gegevens onbekend",
      q.gegevensOnbekend.aantal,
      cell(q.gegevensOnbekend.fractie, { fmt: PERCENT }),
      `${q.gegevensOnbekend.aantal} van ${q.totaal} regio's (${formatPercent(q.gegevensOnbekend.fractie)}): Onbekend, leeg, ongeldig of niet ontvangen.`,
    ]);
    b.row([
      q.nr,
      null,
      cell("Totaal", { bold: true }),
      cell(q.totaal, { bold: true }),
      cell(1, { fmt: PERCENT, bold: true }),
      `Alle ${q.totaal} verwachte regio's (100 %).`,
    ]);
  }
  b.dataBar(5, first);
  return b.build();
}

export function layoutOpenAntwoorden(def: Definition, r: NationalReport): SheetModel {
  const b = new SheetBuilder(NATIONAL_SHEETS.open, [24, 7, 50, 90, 28]);
  b.title(`${NATIONAL_SHEETS.open} — per regio en vraag`);
  b.row([subtitle(def, r)]);
  b.header(["Regio", "Nr", "Vraag", "Antwoord", "Bron"]);
  b.freezeHere();
  if (r.open.length === 0) b.row([null, null, null, "Geen open antwoorden ontvangen.", null]);
  for (const o of r.open) {
    b.row([
      o.regio,
      o.nr,
      o.vraag,
      o.antwoord,
      o.bron ? `${o.bron.bestand} · ${o.bron.blad}!${o.bron.cel}` : null,
    ]);
  }
  return b.build();
}

export function layoutNational(def: Definition, r: NationalReport): SheetModel[] {
  return [
    layoutRetouren(def, r),
    layoutMijlpalenLandelijk(def, r),
    layoutRegioMijlpaal(def, r),
    layoutVragenlijstLandelijk(def, r),
    layoutOpenAntwoorden(def, r),
  ];
}
