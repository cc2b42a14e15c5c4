/**
 * The sheets of a series workbook (`regiomonitor reeks`): the rounds, the definition changes named once at
 * the top, the national counts per round with charts, the units (or rows) whose judgement moved most, and
 * a sheet per kind of item (per item its national figures per round and a trend chart), and per unit its
 * judgement per round. Every word for an item or unit comes from the series' `woorden` (the definition).
 */
import type { ChartModel, SheetModel } from "../sheet-model";
import { cell, INTEGER, PERCENT, SheetBuilder, type CellInput } from "../engine/sheet-builder";
import { RAGS, type RagKey } from "../compare/compare";
import type { Series, SeriesChange } from "../series/series";
import type { Noun } from "../series/words";

export const SERIES_SHEET = "Reeks";
/** Rows a trend chart takes beside its item's table. */
const CHART_ROWS = 12;
/** Columns a trend chart takes. */
const CHART_COLS = 6;
/** A sheet name has at most 31 characters. */
const MAX_SHEET_NAME = 31;

const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** A round as a category of a chart and a row label: its meetmoment, else its file, else its number. */
export function roundLabel(r: Series["rondes"][number]): string {
  return r.meetmoment ?? r.bestand ?? `Meting ${r.nummer}`;
}

function sheetName(prefix: string, noun: Noun): string {
  return `${prefix} ${noun.meervoud}`.slice(0, MAX_SHEET_NAME);
}

/** A count with its RAG fill, only when not zero (a coloured 0 says nothing). */
function ragCount(n: number, rag: RagKey): CellInput {
  return n > 0 ? cell(n, { fill: rag }) : cell(n, { fmt: INTEGER });
}

function koptekst(s: Series): string {
  const dates = s.rondes.flatMap((r) => (r.peildatum ? [r.peildatum] : []));
  const span = dates.length > 0 ? ` · peildatum ${dates[0]} t/m ${dates[dates.length - 1]}` : "";
  return `${s.monitor.naam ?? s.monitor.id} · reeks van ${s.rondes.length} metingen${span}`;
}

function kindNoun(s: Series, soort: SeriesChange["soort"]): string {
  const w = s.woorden;
  const noun = { mijlpaal: w.mijlpaal, vraag: w.vraag, actie: w.actie, regio: w.eenheid }[soort];
  return capital(noun.enkelvoud);
}

/** A definition change in Dutch (the series workbook and the report). */
export const CHANGE_TEXT: Record<SeriesChange["wijziging"], string> = {
  toegevoegd: "toegevoegd",
  verwijderd: "vervallen",
  hernoemd: "andere omschrijving",
};

/** The overview sheet: rounds, definition changes, national counts per round, and who moved most. */
function layoutOverview(s: Series): SheetModel {
  const w = s.woorden;
  const statuses = [...new Set(s.totaal.flatMap((t) => (t ? Object.keys(t.perStatus) : [])))];
  const widths = [30, 34, 20, 12, 12, 12, 12, 12, 12, ...statuses.map(() => 12)];
  const b = new SheetBuilder(SERIES_SHEET, widths, koptekst(s)).wrapColumns(2, 4);
  b.title(`${SERIES_SHEET} — ${s.monitor.naam ?? s.monitor.id}`);
  b.row([
    `${s.rondes.length} metingen, ${s.volgorde === "peildatum" ? "op volgorde van peildatum" : "in de opgegeven volgorde (niet elke meting heeft een peildatum)"}. Onderdelen zijn per code gekoppeld. Gemaakt met Regiomonitor; bij een nieuwe reeks wordt dit blad vervangen.`,
  ]);
  b.freezeHere();

  // The definition changes first: named once, at the top.
  b.blank();
  b.row([cell("Wijzigingen in de definitie tussen de metingen", { bold: true })]);
  if (s.wijzigingen.length === 0)
    b.row(["Geen: elk onderdeel staat met dezelfde code en omschrijving in elke meting."]);
  else {
    b.header(["Vanaf meting", "Omschrijving", "Soort", "Code", "Wijziging", "Eerder"]);
    for (const c of s.wijzigingen)
      b.row([
        `${c.ronde}. ${roundLabel(s.rondes[c.ronde - 1])}`,
        c.omschrijving,
        kindNoun(s, c.soort),
        c.code,
        CHANGE_TEXT[c.wijziging],
        c.vorigeOmschrijving,
      ]);
    b.row([
      "Een toegevoegd of vervallen onderdeel heeft alleen cijfers in de metingen waarin het voorkomt; de rest is per code gekoppeld.",
    ]);
  }

  b.blank();
  b.row([cell("Metingen", { bold: true })]);
  b.header(["Meting", "Bestand", "Meetmoment", "Peildatum", "Ontvangen", "Verwacht", "Versie definitie"]);
  for (const r of s.rondes)
    b.row([
      `${r.nummer}. ${roundLabel(r)}`,
      r.bestand,
      r.meetmoment,
      r.peildatum,
      cell(r.ontvangen, { fmt: INTEGER }),
      r.verwacht > 0 ? cell(r.verwacht, { fmt: INTEGER }) : "-",
      r.definitie.versie,
    ]);

  // National counts of the judged rows per round (action monitors), with two trend charts.
  if (s.totaal.some((t) => t !== null)) {
    b.blank();
    b.row([cell(`Alle ${w.actie.meervoud}: landelijke telling per meting`, { bold: true })]);
    const head = b.nextRow;
    b.header([
      "Meting",
      "Peildatum",
      ...RAGS.map((r) => w.kleuren[r]),
      "Voltooid",
      "% voltooid",
      ...statuses,
    ]);
    const first = b.nextRow;
    s.totaal.forEach((t, i) => {
      const r = s.rondes[i];
      if (!t) {
        b.row([`${r.nummer}. ${roundLabel(r)}`, r.peildatum, `geen ${w.actie.meervoud} in deze meting`]);
        return;
      }
      b.row([
        `${r.nummer}. ${roundLabel(r)}`,
        r.peildatum,
        ...RAGS.map((k) => ragCount(t.kleuren[k], k)),
        cell(t.voltooid, { fmt: INTEGER }),
        cell(t.percentageVoltooid / 100, { fmt: PERCENT }),
        ...statuses.map((x) => cell(t.perStatus[x] ?? 0, { fmt: INTEGER })),
      ]);
    });
    const last = b.nextRow - 1;
    const at = b.nextRow + 1;
    // Two stacked charts side by side under the table, one bar per round.
    const stacked = (titel: string, reeksen: ChartModel["reeksen"], kolom: number, kolommen: number) =>
      b.chart({
        titel: `${capital(w.actie.meervoud)}: ${titel} per meting`,
        soort: "gestapeld",
        categorieKolom: 1,
        kopRij: head,
        van: first,
        tot: last,
        reeksen,
        procent: false,
        plaats: { rij: at, kolom, rijen: 16, kolommen },
      });
    stacked(
      "oordelen",
      RAGS.map((k, i) => ({ kolom: 3 + i, kleur: k })),
      1,
      2,
    );
    if (statuses.length > 0)
      stacked(
        "status",
        statuses.map((_, i) => ({ kolom: 9 + i, tint: i })),
        3,
        Math.max(5, statuses.length),
      );
    for (let i = 0; i < 17; i++) b.blank();
  }

  // Who moved most.
  const who = s.meestBewogen[0]?.soort === "actie" ? w.actie : w.eenheid;
  b.blank();
  b.row([cell(`${capital(who.meervoud)} waarvan het oordeel het meest bewoog`, { bold: true })]);
  if (s.meestBewogen.length === 0) b.row([`Geen: het oordeel bleef in elke meting hetzelfde.`]);
  else {
    b.header([
      capital(who.enkelvoud),
      "Omschrijving",
      "Eerste oordeel",
      "Laatste oordeel",
      "Stappen",
      "Richting",
    ]);
    for (const m of s.meestBewogen)
      b.row([
        m.code,
        m.omschrijving === m.code ? null : m.omschrijving,
        cell(w.kleuren[m.eerste], { fill: m.eerste }),
        cell(w.kleuren[m.laatste], { fill: m.laatste }),
        cell(m.stappen, { fmt: INTEGER }),
        m.richting,
      ]);
    b.row([
      `Stappen: de som van de afstanden tussen de oordelen van opeenvolgende metingen (${w.kleuren.groen} 0, ${w.kleuren.grijs} 1, ${w.kleuren.oranje} 2, ${w.kleuren.rood} 3; van ${w.kleuren.groen} naar ${w.kleuren.rood} is 3 stappen). Richting: het laatste oordeel tegenover het eerste.`,
    ]);
  }
  return { ...b.build(), actief: true };
}

/**
 * One block per item: a bold title row, a header and a row per round, with a stacked trend chart beside it
 * (categories the rounds, series the columns `reeksKolommen`); the block is as tall as its chart.
 */
function itemBlock(
  b: SheetBuilder,
  s: Series,
  title: string,
  header: string[],
  rows: (CellInput[] | null)[],
  reeksen: ChartModel["reeksen"],
  chartColumn: number,
): void {
  const start = b.nextRow;
  b.row([cell(title, { bold: true })]);
  const head = b.nextRow;
  b.header(["Meting", "Peildatum", ...header]);
  const first = b.nextRow;
  rows.forEach((cells, i) => {
    const r = s.rondes[i];
    b.row([`${r.nummer}. ${roundLabel(r)}`, r.peildatum, ...(cells ?? ["niet in deze meting"])]);
  });
  b.chart({
    titel: title.length > 60 ? `${title.slice(0, 59)}…` : title,
    soort: "gestapeld",
    categorieKolom: 1,
    kopRij: head,
    van: first,
    tot: b.nextRow - 1,
    reeksen,
    procent: false,
    plaats: { rij: start, kolom: chartColumn, rijen: CHART_ROWS, kolommen: CHART_COLS },
  });
  while (b.nextRow < start + CHART_ROWS + 1) b.blank();
}

/** Per row-distribution item (milestone, point): gerealiseerd and the judgements per round, with a chart. */
function layoutMilestones(s: Series): SheetModel {
  const w = s.woorden;
  const name = sheetName(SERIES_SHEET, w.mijlpaal);
  const widths = [30, 12, 12, 12, 12, 10, 10, 10, 10];
  const b = new SheetBuilder(name, widths, koptekst(s));
  b.title(`${name} — per ${w.mijlpaal.enkelvoud.toLowerCase()} de landelijke cijfers per meting`);
  b.row([
    `Gerealiseerd en % gerealiseerd: van alle ${w.eenheid.meervoud} in de definitie. De grafiek toont per meting de oordelen (${RAGS.map((k) => w.kleuren[k]).join(", ")}).`,
  ]);
  b.freezeHere();
  b.blank();
  for (const m of s.mijlpalen)
    itemBlock(
      b,
      s,
      `${m.code} ${m.mijlpaal}`,
      ["Gerealiseerd", "% gerealiseerd", "Waarvan gedeeltelijk", ...RAGS.map((k) => w.kleuren[k])],
      m.perRonde.map((x) =>
        x
          ? [
              cell(x.gerealiseerd, { fmt: INTEGER }),
              cell(x.percentageGerealiseerd / 100, { fmt: PERCENT }),
              cell(x.waarvanGedeeltelijk, { fmt: INTEGER }),
              ...RAGS.map((k) => ragCount(x.rag[k], k)),
            ]
          : null,
      ),
      RAGS.map((k, i) => ({ kolom: 6 + i, kleur: k })),
      widths.length + 1,
    );
  return b.build();
}

/** Per question: the count per answer per round, with a chart. */
function layoutQuestions(s: Series): SheetModel {
  const w = s.woorden;
  // One table may give both a row distribution and answer counts (BMC's points): then two names.
  const name =
    s.mijlpalen.length > 0 && sheetName(SERIES_SHEET, w.mijlpaal) === sheetName(SERIES_SHEET, w.vraag)
      ? sheetName("Antwoorden", w.vraag)
      : sheetName(SERIES_SHEET, w.vraag);
  const most = Math.max(1, ...s.vragen.map((q) => q.antwoorden.length));
  const widths = [30, 12, ...Array.from({ length: most + 2 }, () => 12)];
  const b = new SheetBuilder(name, widths, koptekst(s));
  b.title(`${name} — per ${w.vraag.enkelvoud.toLowerCase()} het aantal per antwoord per meting`);
  b.row([`Gegevens onbekend: geen geldig antwoord of niet ontvangen.`]);
  b.freezeHere();
  b.blank();
  for (const q of s.vragen)
    itemBlock(
      b,
      s,
      `${q.nr} ${q.vraag}`,
      [...q.antwoorden, "Gegevens onbekend", "Totaal"],
      q.perRonde.map((x) =>
        x
          ? [
              ...q.antwoorden.map((a) => (a in x.opties ? cell(x.opties[a], { fmt: INTEGER }) : "-")),
              cell(x.gegevensOnbekend, { fmt: INTEGER }),
              cell(x.totaal, { fmt: INTEGER }),
            ]
          : null,
      ),
      [...q.antwoorden.map((_, i) => ({ kolom: 3 + i, tint: i })), { kolom: 3 + q.antwoorden.length }],
      widths.length + 1,
    );
  return b.build();
}

/** Per judged row (action): its status and judgement per round (with units: the judgements counted). */
function layoutActions(s: Series): SheetModel {
  const w = s.woorden;
  const name = sheetName(SERIES_SHEET, w.actie);
  const widths = [10, 50, ...s.rondes.map(() => 20)];
  const b = new SheetBuilder(name, widths, koptekst(s)).wrapColumns(2);
  b.title(`${name} — per ${w.actie.enkelvoud.toLowerCase()} de status en het oordeel per meting`);
  b.row([
    `De kleur van een cel is het oordeel in die meting. '-': de ${w.actie.enkelvoud.toLowerCase()} staat niet in die meting.`,
  ]);
  b.freezeHere();
  b.blank();
  b.header([w.actie.enkelvoud, "Omschrijving", ...s.rondes.map((r) => `${r.nummer}. ${roundLabel(r)}`)]);
  for (const a of s.acties)
    b.row([
      a.sleutel,
      a.label,
      ...a.perRonde.map((x): CellInput => {
        if (!x) return "-";
        if (x.oordeel) return cell(x.status ?? "(leeg of ongeldig)", { fill: x.oordeel });
        return RAGS.filter((k) => x.kleuren[k] > 0)
          .map((k) => `${w.kleuren[k]} ${x.kleuren[k]}`)
          .join(" · ");
      }),
    ]);
  return b.build();
}

/** Per unit: its judgement per round and the steps it moved. */
function layoutUnits(s: Series): SheetModel {
  const w = s.woorden;
  const name = `${SERIES_SHEET} per ${w.eenheid.enkelvoud.toLowerCase()}`.slice(0, MAX_SHEET_NAME);
  const widths = [30, ...s.rondes.map(() => 18), 10];
  const b = new SheetBuilder(name, widths, koptekst(s));
  b.title(`${name} — het oordeel per meting`);
  b.row([`'niet ontvangen': geen werkmap in die meting; '-': niet in de definitie van die meting.`]);
  b.freezeHere();
  b.blank();
  b.header([
    capital(w.eenheid.enkelvoud),
    ...s.rondes.map((r) => `${r.nummer}. ${roundLabel(r)}`),
    "Stappen",
  ]);
  for (const u of s.regios)
    b.row([
      u.regio,
      ...u.perRonde.map((x): CellInput => {
        if (!x) return "-";
        if (!x.ontvangen) return "niet ontvangen";
        return x.oordeel ? cell(w.kleuren[x.oordeel], { fill: x.oordeel }) : "geen oordeel";
      }),
      cell(u.stappen, { fmt: INTEGER }),
    ]);
  return b.build();
}

/** The sheets of a series workbook: the overview, then a sheet per kind of item the rounds have. */
export function layoutSeries(s: Series): SheetModel[] {
  return [
    layoutOverview(s),
    ...(s.mijlpalen.length > 0 ? [layoutMilestones(s)] : []),
    ...(s.vragen.length > 0 ? [layoutQuestions(s)] : []),
    ...(s.acties.length > 0 ? [layoutActions(s)] : []),
    ...(s.regios.length > 0 ? [layoutUnits(s)] : []),
  ];
}
