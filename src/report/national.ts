/** The national sections of the report: one per table the JSON has (docs/json-export.md), each with its chart. */
import type { NationalJson } from "../core/engine/json";
import { capitalise as cap, noTotalText, type Vocabulary } from "../core/model/vocabulary";
import { countBars, figure, percentBars, ragBars } from "./charts";
import {
  anchor,
  esc,
  page,
  pct,
  ragBadge,
  RAG_COLOUR,
  RAG_LABEL,
  RAGS,
  table,
  type Cell,
  type Rag,
} from "./html";

type Json = NationalJson;
type GroupRow = NonNullable<Json["groepen"]>[number]["rijen"][number];

const ragCells = (rag: Record<Rag, number>): Cell[] => RAGS.map((r) => ({ text: String(rag[r]), num: true }));
const RAG_HEADERS = RAGS.map((r) => RAG_LABEL[r]);

export function milestones(m: NonNullable<Json["mijlpalen"]>, verwacht: number, w: Vocabulary): string {
  const labels = [...new Set(m.flatMap((x) => Object.keys(x.status)))];
  const summary = table(
    `${cap(w.gerealiseerd)} en oordeel per ${w.rij} (aantal, van ${verwacht} ${w.eenheden})`,
    [
      "Code",
      cap(w.rij),
      cap(w.gerealiseerd),
      `Waarvan ${w.gedeeltelijk}`,
      `% ${w.gerealiseerd}`,
      ...RAG_HEADERS,
    ],
    m.map((x) => [
      x.code,
      x.mijlpaal,
      { text: String(x.gerealiseerd), num: true },
      { text: String(x.waarvanGedeeltelijk), num: true },
      { text: pct(x.percentageGerealiseerd), num: true },
      ...ragCells(x.rag),
    ]),
  );
  const status = table(
    `Stand per ${w.rij} (aantal, van ${verwacht} ${w.eenheden})`,
    ["Code", ...labels],
    m.map((x) => [x.code, ...labels.map((l) => ({ text: String(x.status[l] ?? 0), num: true }))]),
  );
  const items = m.map((x) => ({ label: x.code, value: x.percentageGerealiseerd }));
  const chart1 = figure(
    "grafiek-mijlpalen",
    percentBars(items, `Percentage ${w.gerealiseerd} per ${w.rij}`),
    `Percentage ${w.gerealiseerd} per ${w.rij} (waarvan een deel ${w.gedeeltelijk}), van alle verwachte ${w.eenheden}.`,
  );
  const chart2 = figure(
    "grafiek-mijlpalen-oordeel",
    ragBars(
      m.map((x) => ({ label: x.code, rag: x.rag })),
      `Oordeel per ${w.rij}`,
    ),
    `Aantal Groen, Oranje, Rood en Grijs per ${w.rij}. Niet ontvangen telt als Grijs.`,
  );
  return page("mijlpalen", cap(w.rijen), `${chart1}\n${summary}\n${chart2}\n${status}`);
}

/** Questions with the same options share one table (columns per option). */
export function questions(v: NonNullable<Json["vragen"]>, w: Vocabulary): string {
  const groups: { opties: string[]; vragen: typeof v }[] = [];
  for (const q of v) {
    const opties = q.opties.map((o) => o.antwoord);
    const last = groups[groups.length - 1];
    if (last && last.opties.join("\u0000") === opties.join("\u0000")) last.vragen.push(q);
    else groups.push({ opties, vragen: [q] });
  }
  const tables = groups.map((g) =>
    table(
      `Antwoorden: ${g.opties.join(", ")} (aantal en percentage)`,
      ["Nr", cap(w.vraag), ...g.opties, "Gegevens onbekend", "Totaal"],
      g.vragen.map((q) => [
        q.nummer ?? q.nr,
        q.vraag,
        ...q.opties.map((o) => ({ text: `${o.aantal} (${pct(o.percentage)})`, num: true })),
        { text: `${q.gegevensOnbekend.aantal} (${pct(q.gegevensOnbekend.percentage)})`, num: true },
        { text: String(q.totaal), num: true },
      ]),
    ),
  );
  const intro = `<p>Per ${w.vraag}: hoeveel retouren elk antwoord gaven. Gegevens onbekend: het antwoord Onbekend, leeg, ongeldig, niet van toepassing of niet ontvangen. Het percentage is van het totaal.</p>`;
  return page("vragen", cap(w.vragen), `${intro}\n${tables.join("\n")}`);
}

export function units(r: NonNullable<Json["regios"]>, w: Vocabulary): string {
  const counts: Record<Rag, number> = { groen: 0, oranje: 0, rood: 0, grijs: 0 };
  for (const x of r) counts[x.rag ?? "grijs"] += 1;
  const chart = figure(
    "grafiek-regios",
    countBars(
      RAGS.map((k) => ({ label: RAG_LABEL[k], value: counts[k], colour: RAG_COLOUR[k] })),
      `Oordeel per ${w.eenheid}`,
    ),
    `Aantal ${w.eenheden} per oordeel. Niet ontvangen telt als Grijs.`,
  );
  const rows = r.map((x): Cell[] => [
    { html: `<a href="#${esc(unitAnchor(x.regio))}">${esc(x.regio)}</a>` },
    x.ontvangen
      ? { text: x.peildatum ?? "onbekend", num: true }
      : { html: '<span class="nowrap">niet ontvangen</span>' },
    x.meetmoment ?? "—",
    { text: x.invulgraad === null ? "—" : pct(x.invulgraad), num: true },
    { html: ragBadge(x.rag) },
    { text: String(x.fouten), num: true },
    { text: String(x.waarschuwingen), num: true },
  ]);
  return page(
    "regios",
    cap(w.eenheden),
    `${chart}\n${table(`Retour en oordeel per ${w.eenheid}`, [cap(w.eenheid), "Peildatum", "Meetmoment", "Invulgraad", "Oordeel", "Fouten", "Waarschuwingen"], rows)}`,
  );
}

export function unitAnchor(regio: string): string {
  return anchor("factsheet", regio);
}

export function openAnswers(o: NonNullable<Json["open"]>, w: Vocabulary): string {
  if (o.length === 0) return page("open", "Open antwoorden", "<p>Er zijn geen open antwoorden ingevuld.</p>");
  return page(
    "open",
    "Open antwoorden",
    table(
      `Open antwoorden per ${w.eenheid}`,
      [cap(w.eenheid), "Nr", cap(w.rij), "Antwoord"],
      o.map((x) => [x.regio, x.nr, x.vraag, x.antwoord]),
    ),
  );
}

function groupTable(
  w: Vocabulary,
  title: string,
  kolom: string,
  rijen: readonly GroupRow[],
  totaal: GroupRow,
): string {
  // The total row has no colours where the source says no total judgement can be given.
  const row = (g: GroupRow, label: string, total = false): Cell[] => [
    label,
    { text: String(g.acties), num: true },
    ...(total && !w.totaaloordeel ? RAG_HEADERS.map(() => "") : ragCells(g.kleuren)),
    { text: String(g.voltooid), num: true },
    { text: pct(g.percentageVoltooid), num: true },
  ];
  return table(
    title,
    [kolom, cap(w.rijen), ...RAG_HEADERS, cap(w.gerealiseerd), `% ${w.gerealiseerd}`],
    [...rijen.map((g) => row(g, g.label)), row(totaal, "Totaal", true)],
  );
}

/**
 * The colours of all judged rows, per status, and per group (action monitors). Where the source says a total
 * judgement cannot be given (`totaaloordeel` false), the colours over all rows are not shown, and the page
 * says why.
 */
export function actions(json: Json, w: Vocabulary): string {
  const parts: string[] = [];
  if (!w.totaaloordeel) parts.push(`<p>${esc(noTotalText(w))}</p>`);
  if (json.kleuren && w.totaaloordeel) {
    const k = json.kleuren;
    parts.push(
      figure(
        "grafiek-kleuren",
        countBars(
          RAGS.map((r) => ({ label: RAG_LABEL[r], value: k[r], colour: RAG_COLOUR[r] })),
          `Oordeel van alle ${w.rijen}`,
        ),
        `Aantal ${w.rijen} per oordeel.`,
      ),
    );
    parts.push(
      table(
        `Oordeel van alle ${w.rijen}`,
        ["Oordeel", "Aantal"],
        RAGS.map((r) => [{ html: ragBadge(r) }, { text: String(k[r]), num: true }]),
      ),
    );
  }
  if (json.perStatus)
    parts.push(
      table(
        `Status (${w.gerealiseerd}: ${json.voltooid ?? 0}, ${pct(json.percentageVoltooid ?? 0)})`,
        ["Status", "Aantal"],
        Object.entries(json.perStatus).map(([s, n]) => [s, { text: String(n), num: true }]),
      ),
    );
  const out = [page("acties-totaal", stoplightTitle(w), parts.join("\n"))];
  (json.groepen ?? []).forEach((g, i) => {
    const chart = figure(
      `grafiek-groep-${i + 1}`,
      ragBars(
        g.rijen.map((x) => ({ label: x.waarde, rag: x.kleuren })),
        g.titel,
      ),
      `${g.titel}: aantal Groen, Oranje, Rood en Grijs.`,
    );
    out.push(
      page(`groep-${i + 1}`, g.titel, `${chart}\n${groupTable(w, g.titel, g.kolom, g.rijen, g.totaal)}`),
    );
  });
  return out.join("\n");
}

const SHIFT_TEXT: Record<string, string> = {
  eerder: "Eerder",
  gelijk: "Gelijk",
  "eerder of gelijk": "Eerder of gelijk",
  later: "Later",
  "zonder einddatum": "Zonder einddatum",
  onbekend: "Onbekend",
};

export function shift(v: NonNullable<Json["verschuiving"]>, w: Vocabulary): string {
  const chart = figure(
    "grafiek-verschuiving",
    countBars(
      v.map((s) => ({ label: SHIFT_TEXT[s.categorie] ?? s.categorie, value: s.aantal })),
      "Verschuiving van de opleverdatum",
    ),
    `Aantal ${w.rijen} per verschuiving van de opleverdatum ten opzichte van de nulmeting.`,
  );
  return page(
    "verschuiving",
    "Verschuiving van de opleverdatum",
    `${chart}\n${table(
      "Verschuiving ten opzichte van de nulmeting",
      ["Verschuiving", "Aantal", "Waarvan opgegeven"],
      v.map((s) => [
        SHIFT_TEXT[s.categorie] ?? s.categorie,
        { text: String(s.aantal), num: true },
        { text: String(s.waarvanOpgegeven), num: true },
      ]),
    )}`,
  );
}

/** Every judged row with its colour and explanation. */
export function actionList(a: NonNullable<Json["acties"]>, w: Vocabulary): string {
  return page(
    "actielijst",
    cap(w.rijen),
    table(
      `Alle ${w.rijen} met oordeel en uitleg`,
      ["Nr", cap(w.rij), "Oordeel", "Verschuiving"],
      a.map((x) => [
        x.sleutel,
        { html: `${esc(x.label)}<span class="uitleg">${esc(x.uitleg)}</span>` },
        { html: ragBadge(x.oordeel) },
        x.verschuiving ? (SHIFT_TEXT[x.verschuiving] ?? x.verschuiving) : "Onbekend",
      ]),
    ),
  );
}

export function files(b: Json["bestanden"], w: Vocabulary): string {
  return page(
    "bestanden",
    "Verantwoording: ingelezen bestanden",
    table(
      "Ingelezen bestanden",
      ["Bestand", cap(w.eenheid), "Status", "Fouten", "Waarschuwingen", "Reden"],
      b.map((x) => [
        x.bestand,
        x.regio ?? "—",
        x.status,
        { text: String(x.fouten), num: true },
        { text: String(x.waarschuwingen), num: true },
        x.reden || "—",
      ]),
    ),
  );
}

/** The title of the page with the colours of the judged rows. */
export function stoplightTitle(w: Vocabulary): string {
  return w.totaaloordeel ? "Stoplicht" : `Kleur per ${w.rij}`;
}
