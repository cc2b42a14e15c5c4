/**
 * The report's chapter on a series of rounds (`rapport --reeks REEKS.json`, the JSON of `regiomonitor reeks`):
 * the rounds, the definition changes named once, per item its national figures per round (a small table, for
 * row distributions with a chart of the judgements per round: the trend), and per unit its judgement per round.
 * Every word for an item or unit comes from the series' `woorden` (the definition).
 */
import type { Series } from "../core/series/series";
import { CHANGE_TEXT, roundLabel } from "../core/layout/series";
import { ragBars, figure } from "./charts";
import { anchor, esc, facts, page, pct, ragBadge, table, RAGS, type Cell } from "./html";

const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

function rounds(s: Series): string {
  return table(
    "Metingen in de reeks",
    ["Meting", "Meetmoment", "Peildatum", "Ontvangen", "Bestand"],
    s.rondes.map((r) => [
      String(r.nummer),
      r.meetmoment ?? "onbekend",
      r.peildatum ?? "onbekend",
      `${r.ontvangen} van ${r.verwacht}`,
      r.bestand ?? "—",
    ]),
  );
}

function changes(s: Series): string {
  if (s.wijzigingen.length === 0)
    return "<p>De definitie is in alle metingen gelijk: alle onderdelen zijn in elke meting gekoppeld.</p>";
  const w = s.woorden;
  const noun = { mijlpaal: w.mijlpaal, vraag: w.vraag, actie: w.actie, regio: w.eenheid };
  return table(
    "Wat in de definitie veranderde tussen de metingen",
    ["Code", "Soort", "Omschrijving", "Wijziging", "Vanaf meting"],
    s.wijzigingen.map((c) => [
      c.code,
      cap(noun[c.soort].enkelvoud),
      c.vorigeOmschrijving ? `${c.omschrijving} (was: ${c.vorigeOmschrijving})` : c.omschrijving,
      CHANGE_TEXT[c.wijziging],
      roundLabel(s.rondes[c.ronde - 1]),
    ]),
  );
}

const missing: Cell = { html: '<span class="muted">niet in deze meting</span>' };

function milestones(s: Series): string {
  const K = s.woorden.kleuren;
  return s.mijlpalen
    .map((m) => {
      const caption = `${m.code} ${m.mijlpaal}: per meting`;
      const rows = m.perRonde.map((f, i): Cell[] =>
        f
          ? [
              roundLabel(s.rondes[i]),
              f.gerealiseerd,
              { text: pct(f.percentageGerealiseerd), num: true },
              f.waarvanGedeeltelijk,
              ...RAGS.map((r) => f.rag[r]),
            ]
          : [roundLabel(s.rondes[i]), missing],
      );
      const present = m.perRonde.flatMap((f, i) =>
        f ? [{ label: roundLabel(s.rondes[i]), rag: f.rag }] : [],
      );
      const chart = figure(
        anchor("reeks-grafiek", m.code),
        ragBars(present, `${m.code}: oordelen per meting`),
        `${m.code} ${m.mijlpaal}: oordelen per meting.`,
      );
      return `${chart}\n${table(caption, ["Meting", "Gerealiseerd", "% gerealiseerd", "Waarvan gedeeltelijk", ...RAGS.map((r) => K[r])], rows)}`;
    })
    .join("\n");
}

function questions(s: Series): string {
  return s.vragen
    .map((q) =>
      table(
        `${q.nr} ${q.vraag}: aantal per antwoord per meting`,
        ["Meting", ...q.antwoorden, "Gegevens onbekend", "Totaal"],
        q.perRonde.map((f, i): Cell[] =>
          f
            ? [
                roundLabel(s.rondes[i]),
                ...q.antwoorden.map((a) => f.opties[a] ?? 0),
                f.gegevensOnbekend,
                f.totaal,
              ]
            : [roundLabel(s.rondes[i]), missing],
        ),
      ),
    )
    .join("\n");
}

function actions(s: Series): string {
  if (s.acties.length === 0) return "";
  const w = s.woorden;
  return table(
    `${cap(w.actie.meervoud)}: status en oordeel per meting`,
    [cap(w.actie.enkelvoud), "Omschrijving", ...s.rondes.map(roundLabel)],
    s.acties.map((a) => [
      a.sleutel,
      a.label,
      ...a.perRonde.map((f): Cell =>
        !f
          ? missing
          : f.oordeel !== null || f.status !== null
            ? { html: `${ragBadge(f.oordeel)}${f.status ? ` ${esc(f.status)}` : ""}` }
            : RAGS.filter((r) => f.kleuren[r] > 0)
                .map((r) => `${w.kleuren[r]} ${f.kleuren[r]}`)
                .join(" · ") || "—",
      ),
    ]),
  );
}

function units(s: Series): string {
  if (s.regios.length === 0) return "";
  const w = s.woorden;
  return table(
    `Oordeel per ${w.eenheid.enkelvoud} per meting`,
    [cap(w.eenheid.enkelvoud), ...s.rondes.map(roundLabel), "Stappen"],
    s.regios.map((u) => [
      u.regio,
      ...u.perRonde.map((r): Cell =>
        !r
          ? missing
          : !r.ontvangen
            ? { html: '<span class="muted">niet ontvangen</span>' }
            : { html: ragBadge(r.oordeel) },
      ),
      u.stappen,
    ]),
  );
}

/** The chapter: a page with the rounds and changes, then the items and the units. */
export function seriesChapter(s: Series): string {
  const naam = s.monitor.naam ?? s.monitor.id;
  const intro = facts([
    ["Monitor", esc(naam)],
    [
      "Metingen",
      esc(
        `${s.rondes.length}, ${s.volgorde === "peildatum" ? "op volgorde van peildatum" : "in de opgegeven volgorde"}`,
      ),
    ],
  ]);
  const body = [intro, rounds(s), changes(s), milestones(s), questions(s), actions(s), units(s)]
    .filter((x) => x !== "")
    .join("\n");
  return page("reeks", "Reeks van metingen", body);
}
