/** A factsheet per unit: its received file, Peildatum, invulgraad, judgement with explanation and its answers. */
import type { NationalJson } from "../core/engine/json";
import { countText } from "../core/cells/text";
import { distributionText, jsonCounts } from "../core/engine/distribution-text";
import { esc, facts, pct, ragBadge, table, type Cell } from "./html";
import { unitAnchor } from "./national";
import type { Vocabulary } from "../core/model/vocabulary";
import { previousAnswer, previousColumns, type PreviousRound } from "../core/engine/previous";

type Unit = NonNullable<NationalJson["regios"]>[number];
type UnitRowJson = NonNullable<NationalJson["regioRijen"]>[number];

function answerCell(r: UnitRowJson): Cell {
  if (!r.geldt) return { html: '<span class="muted">niet van toepassing</span>' };
  if (r.antwoord === null) return { html: '<span class="muted">niet ingevuld</span>' };
  return r.antwoord;
}

/**
 * The national counts of the row's item: the milestone table (`mijlpalen[]`) for judged rows, the answer
 * distributions (`vragen[]`) for the others, as the national JSON keeps them.
 */
function nationalCell(json: NationalJson, r: UnitRowJson, judged: boolean): Cell {
  const counts = jsonCounts(json, judged ? "mijlpalen" : "vragen", r.nr);
  const text = counts ? distributionText(counts) : null;
  return text ?? { html: '<span class="muted">—</span>' };
}

/** The unit's previous answer and whether it changed since (the previous round given to `rapport --vorige`). */
function previousCells(p: PreviousRound, r: UnitRowJson): Cell[] {
  const a = previousAnswer(p, r.tabel, r.nr, r.geldt ? r.antwoord : null);
  return [
    a.vorige,
    a.verandering === "gewijzigd" ? { html: `<strong>${esc(a.verandering)}</strong>` } : a.verandering,
  ];
}

function rowsTables(
  rows: readonly UnitRowJson[],
  json: NationalJson | null,
  vorige: PreviousRound | null,
): string {
  const byTable = new Map<string, UnitRowJson[]>();
  for (const r of rows) byTable.set(r.tabel, [...(byTable.get(r.tabel) ?? []), r]);
  return [...byTable.values()]
    .map((list) => {
      const judged = list.some((r) => r.oordeel !== null);
      const headers = [
        ...(judged ? ["Nr", "Onderwerp", "Antwoord", "Oordeel"] : ["Nr", "Vraag", "Antwoord"]),
        ...(json ? ["Landelijk: aantal per antwoord"] : []),
        ...(vorige ? previousColumns(vorige) : []),
      ];
      return table(
        list[0].blad,
        headers,
        list.map((r): Cell[] => {
          const base: Cell[] = [r.nr, r.vraag, answerCell(r)];
          const national = [
            ...(json ? [nationalCell(json, r, judged)] : []),
            ...(vorige ? previousCells(vorige, r) : []),
          ];
          if (!judged) return [...base, ...national];
          return [
            ...base,
            {
              html: `${ragBadge(r.oordeel)}${r.uitleg ? `<span class="uitleg">${esc(r.uitleg)}</span>` : ""}`,
            },
            ...national,
          ];
        }),
      );
    })
    .join("\n");
}

/**
 * `json`: the national round, whose counts stand beside each answer (the unit beside the country).
 * `vorige`: the previous round was given; `null` inside it when the unit had no counted return then.
 */
export function factsheet(
  u: Unit,
  rows: readonly UnitRowJson[] | null,
  json: NationalJson | null = null,
  vorige?: { ronde: PreviousRound | null },
): string {
  const id = unitAnchor(u.regio);
  const head = `<h2 id="${esc(id)}-kop">Factsheet ${esc(u.regio)}</h2>`;
  const items: [string, string][] = [
    ["Bestand", esc(u.bestand ?? "—")],
    ["Peildatum", esc(u.peildatum ?? "onbekend")],
    ["Meetmoment", esc(u.meetmoment ?? "onbekend")],
    ["Invulgraad", u.invulgraad === null ? "—" : esc(pct(u.invulgraad))],
    ["Oordeel", `${ragBadge(u.rag)}<span class="uitleg">${esc(u.ragUitleg)}</span>`],
    [
      "Meldingen",
      esc(
        `${countText(u.fouten, "fout", "fouten")}, ${countText(u.waarschuwingen, "waarschuwing", "waarschuwingen")}`,
      ),
    ],
  ];
  if (u.dubbel.length > 0) items.push(["Niet meegeteld", esc(`ook ingeleverd: ${u.dubbel.join(", ")}`)]);
  if (vorige && !vorige.ronde)
    items.push(["Vorige ronde", esc("geen meegetelde werkmap in de vorige ronde")]);
  const body =
    rows === null
      ? "<p>De antwoorden per regel staan niet in dit JSON-bestand (een export van een oudere versie). Maak de export opnieuw met <code>regiomonitor aggregate --json</code>.</p>"
      : rowsTables(rows, json, vorige?.ronde ?? null);
  return `<section class="page" id="${esc(id)}" aria-labelledby="${esc(id)}-kop">\n${head}\n${facts(items)}\n${body}\n</section>`;
}

/** The units without a counted return, in one list (no empty factsheets). */
export function notReceived(units: readonly Unit[], w: Vocabulary): string {
  if (units.length === 0) return "";
  return `<section class="page" id="niet-ontvangen" aria-labelledby="niet-ontvangen-kop">\n<h2 id="niet-ontvangen-kop">Geen retour ontvangen (${units.length})</h2>\n<p>Van deze ${esc(w.eenheden)} is geen retour meegeteld. In de landelijke tabellen tellen zij als Gegevens onbekend en Grijs.</p>\n<ul>${units
    .map((u) => `<li id="${esc(unitAnchor(u.regio))}">${esc(u.regio)}</li>`)
    .join("")}</ul>\n</section>`;
}
