/**
 * The overview sheet of a national workbook (`Overzicht`, the first sheet): per table with a row distribution
 * (Mijlpalen) the % gerealiseerd and the colours per row, and per group of a `groepen` table (actielijn,
 * actiehouder) the % done and the colours, each with native charts of its own cells. A monitor with neither
 * (a questionnaire such as a startfoto) gets its answers instead: per scale the share of each answer per
 * question, with a stacked chart. Generic: it follows the definition's national tables, whatever the monitor.
 */
import { vocabulary } from "../model/vocabulary";
import { formatPercent } from "../cells/text";
import { rowsTable, scaleOf } from "../model";
import type { Monitor, Rag } from "../model/schema";
import type { AnswerDistribution, NationalReport } from "../engine/national-types";
import type { ChartModel, SheetModel } from "../sheet-model";
import { cell, PERCENT, SheetBuilder, type CellInput } from "../engine/sheet-builder";
import { capital, explained, mainColumn, unitKind } from "./rules";

export const OVERVIEW_SHEET = "Landelijk overzicht";

const RAGS: Rag[] = ["groen", "oranje", "rood", "grijs"];
/** Rows the two charts take below their table (side by side: columns A–B and C–G). */
const CHART_ROWS = 14;
const WIDTHS = [14, 66, 17, 9, 9, 9, 9];

/**
 * A count with its RAG fill, only when it is not zero (a coloured 0 says nothing), explained by the sheet
 * that has the detail.
 */
function ragCount(n: number, rag: Rag, label: string, what: string, blad: string, of: string): CellInput {
  return explained(
    n > 0 ? cell(n, { fill: rag }) : n,
    {
      titel: `${what} · ${label}`,
      regel: `Zie het blad ${blad}: het aantal met oordeel ${label}, van ${of}.`,
      invoer: [`${n} ${label}`],
      bron: [],
    },
    false,
  );
}

export function layoutOverview(
  def: Monitor,
  r: NationalReport,
  koptekst: string,
  subtitle: string,
): SheetModel {
  const L = def.rag.labels;
  const b = new SheetBuilder(OVERVIEW_SHEET, WIDTHS, koptekst).wrapColumns(2);
  b.title(`${OVERVIEW_SHEET} — ${def.naam}`);
  b.row([subtitle]);
  b.freezeHere();
  if (def.eenheden) {
    const { meervoud } = unitKind(def);
    b.blank();
    b.row([
      `Ontvangen: ${r.ontvangen} van ${r.verwacht} ${meervoud} (${formatPercent(r.verwacht === 0 ? 0 : r.ontvangen / r.verwacht)}).`,
    ]);
  }

  /** A table (header row `head`, rows first..last) and its two charts below it. */
  const charts = (title: string, head: number, first: number, last: number, pctTitle: string) => {
    if (last < first) return;
    const pct: ChartModel = {
      titel: pctTitle,
      soort: "staaf",
      categorieKolom: 1,
      kopRij: head,
      van: first,
      tot: last,
      reeksen: [{ kolom: 3 }],
      procent: true,
      plaats: { rij: b.nextRow + 1, kolom: 1, rijen: CHART_ROWS, kolommen: 2 },
    };
    const rag: ChartModel = {
      titel: `${title}: oordelen`,
      soort: "gestapeld",
      categorieKolom: 1,
      kopRij: head,
      van: first,
      tot: last,
      reeksen: RAGS.map((c, i) => ({ kolom: 4 + i, kleur: c })),
      procent: false,
      plaats: { rij: b.nextRow + 1, kolom: 3, rijen: CHART_ROWS, kolommen: 5 },
    };
    b.chart(pct).chart(rag);
    for (let i = 0; i < CHART_ROWS + 1; i++) b.blank();
  };

  for (const l of def.landelijk) {
    if (l.soort !== "rijverdeling") continue;
    const t = rowsTable(def, l.tabel);
    if (!t) continue;
    const rows = r.rijverdelingen[t.id] ?? [];
    const meervoud = capital(t.rijNaamMeervoud);
    const done = vocabulary(def).gerealiseerd;
    b.blank();
    b.startBlock();
    b.row([cell(`${meervoud}: % ${done} en oordelen (zie ${l.blad})`, { bold: true })]);
    const head = b.nextRow;
    b.header([
      t.kolommen.find((c) => c.id === t.sleutel)?.kop ?? t.sleutel,
      t.kolommen.find((c) => c.id === t.label)?.kop ?? t.label,
      `% ${done}`,
      ...RAGS.map((c) => L[c]),
    ]);
    const first = b.nextRow;
    for (const m of rows)
      b.row([
        m.sleutel,
        m.label,
        explained(
          cell(m.fractieGerealiseerd, { fmt: PERCENT }),
          {
            titel: `${m.sleutel} · % ${done}`,
            regel: `Zie het blad ${l.blad}: het aantal ${done}, gedeeld door de verwachte ${unitKind(def).meervoud}.`,
            invoer: [`${m.gerealiseerd} van ${r.verwacht} ${done}`],
            bron: [],
          },
          false,
        ),
        ...RAGS.map((c) =>
          ragCount(m.rag[c], c, L[c], m.sleutel, l.blad, `${r.verwacht} ${unitKind(def).meervoud}`),
        ),
      ]);
    b.dataBar(3, first);
    charts(meervoud, head, first, b.nextRow - 1, `% ${done} per ${t.rijNaam.toLowerCase()}`);
  }

  const groups = def.landelijk.filter((l) => l.soort === "groepen");
  if (groups.length > 0) {
    const t = rowsTable(def, groups[0].tabel);
    const done =
      (t && (scaleOf(def, mainColumn(t).schaal)?.opties ?? []).find((o) => o.gewicht === 1)?.label) ??
      "Gereed";
    const plural = t?.rijNaamMeervoud ?? "rijen";
    for (const g of r.groepen) {
      b.blank();
      b.startBlock();
      b.row([
        cell(
          `${capital(plural)} ${g.titel.toLowerCase()}: % ${done.toLowerCase()} en kleuren (zie ${groups[0].blad})`,
          { bold: true },
        ),
      ]);
      const head = b.nextRow;
      b.header([g.kolom, "Omschrijving", `% ${done.toLowerCase()}`, ...RAGS.map((c) => L[c])]);
      const first = b.nextRow;
      for (const row of g.rijen)
        b.row([
          row.waarde,
          `${row.label} (${row.aantal} ${row.aantal === 1 ? (t?.rijNaam.toLowerCase() ?? "rij") : plural})`,
          explained(
            cell(row.fractieVoltooid, { fmt: PERCENT }),
            {
              titel: `${row.label} · % ${done.toLowerCase()}`,
              regel: `Zie het blad ${groups[0].blad}: de ${plural} met '${done}', gedeeld door alle ${plural} in de groep.`,
              invoer: [`${row.voltooid} van ${row.aantal} ${plural} ${done.toLowerCase()}`],
              bron: [],
            },
            false,
          ),
          ...RAGS.map((c) =>
            ragCount(row.rag[c], c, L[c], row.label, groups[0].blad, `${row.aantal} ${plural}`),
          ),
        ]);
      b.dataBar(3, first);
      charts(
        `${capital(plural)} ${g.titel.toLowerCase()}`,
        head,
        first,
        b.nextRow - 1,
        `% ${done.toLowerCase()} ${g.titel.toLowerCase()}`,
      );
    }
  }
  if (!def.landelijk.some((l) => l.soort === "rijverdeling" || l.soort === "groepen"))
    for (const l of def.landelijk) {
      if (l.soort !== "antwoorden") continue;
      for (const group of byScale(r.antwoorden[l.tabel] ?? [])) answersSection(b, def, l.blad, group);
    }
  return { ...b.build(), actief: true };
}

/** The questions in groups of the same answer options, in the order of their first question. */
function byScale(answers: AnswerDistribution[]): AnswerDistribution[][] {
  const groups = new Map<string, AnswerDistribution[]>();
  for (const q of answers) {
    const key = JSON.stringify(q.opties.map((o) => o.antwoord));
    groups.set(key, [...(groups.get(key) ?? []), q]);
  }
  return [...groups.values()];
}

/** Per question of one scale the share of each answer and of 'Gegevens onbekend', and a stacked chart. */
function answersSection(b: SheetBuilder, def: Monitor, blad: string, questions: AnswerDistribution[]): void {
  const options = questions[0].opties.map((o) => o.antwoord);
  const { meervoud } = unitKind(def);
  const share = (q: AnswerDistribution, antwoord: string, aantal: number, fractie: number) =>
    explained(
      cell(fractie, { fmt: PERCENT }),
      {
        titel: `${q.label} · ${antwoord}`,
        regel: `Zie het blad ${blad}: het aandeel ${meervoud} met '${antwoord}', gedeeld door de ${q.totaal} ${meervoud}.`,
        invoer: [`${aantal} van ${q.totaal}`],
        bron: [],
      },
      false,
    );
  b.blank();
  b.startBlock();
  b.row([cell(`Antwoorden ${options.join(" / ")}: aandeel per vraag (zie ${blad})`, { bold: true })]);
  const head = b.nextRow;
  b.header(["Nr", "Vraag", ...options, "Gegevens onbekend"]);
  const first = b.nextRow;
  for (const q of questions) {
    b.row([
      q.nummer,
      q.label,
      ...q.opties.map((o) => share(q, o.antwoord, o.aantal, o.fractie)),
      share(q, "Gegevens onbekend", q.gegevensOnbekend.aantal, q.gegevensOnbekend.fractie),
    ]);
  }
  const last = b.nextRow - 1;
  // A chart of one or two questions needs less room than one of ten.
  const height = Math.min(CHART_ROWS, 8 + 2 * questions.length);
  const chart: ChartModel = {
    titel: `Antwoorden ${options.join(" / ")}`,
    soort: "gestapeld",
    categorieKolom: 1,
    kopRij: head,
    van: first,
    tot: last,
    reeksen: [
      ...options.map((_, i) => ({ kolom: 3 + i, tint: i })),
      { kolom: 3 + options.length, kleur: "grijs" as const },
    ],
    procent: true,
    plaats: { rij: b.nextRow + 1, kolom: 1, rijen: height, kolommen: 7 },
  };
  b.chart(chart);
  for (let i = 0; i < height + 1; i++) b.blank();
}
