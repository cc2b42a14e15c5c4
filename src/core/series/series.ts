/**
 * A series of national rounds (issue 20): N exports of `regiomonitor aggregate --json` (or the round sheets of
 * national workbooks) of one monitor, ordered by their peildatum. Pure: no I/O, no clocks, no randomness.
 *
 * Items are matched by key across the rounds, as `compare` matches two: milestones by `code`, questions by
 * `nr`, answer options by their label, actions by `sleutel`, units by name. An item that is not in every round
 * (the definition changed between rounds) is named once in `wijzigingen` (added, removed), and so is an item
 * whose label changed (renamed); the rest is matched. Per item the national figures per round, per unit its
 * judgement per round, and the units (or, without units, the actions) whose judgement moved most.
 */
import { z } from "zod";
import type { NationalJson } from "../engine/json";
import { dateKey, MilestoneFigures, RAG_RANK, RagCounts, RAGS, type RagKey } from "../compare/compare";
import type { Monitor } from "../model/schema";
import { seriesWords, SeriesWordsSchema } from "./words";

const Rag = z.enum(RAGS);
const Counts = z.record(z.string(), z.number().int());

const SeriesRound = z.object({
  nummer: z.number().int().describe("1-based position in the series (after ordering)"),
  bestand: z.string().nullable().describe("file name as given to the series"),
  definitie: z.object({ id: z.string(), versie: z.string(), naam: z.string().optional() }),
  meetmoment: z.string().nullable().describe("the Meetmoment(en) of the counted returns"),
  peildatum: z.string().nullable().describe("latest Peildatum of the counted returns, dd-mm-jjjj"),
  verwacht: z.number().int(),
  ontvangen: z.number().int(),
});

const Change = z.object({
  soort: z.enum(["mijlpaal", "vraag", "actie", "regio"]),
  code: z.string().describe("milestone code, question nr, action key or unit name"),
  omschrijving: z.string().describe("label in the round where the change shows"),
  wijziging: z.enum(["toegevoegd", "verwijderd", "hernoemd"]),
  ronde: z.number().int().describe("the round (nummer) from which the change holds"),
  vorigeOmschrijving: z.string().nullable().describe("renamed: the label in the round before, else null"),
});

const MilestoneRound = MilestoneFigures;

const QuestionRound = z.object({
  opties: Counts.describe("count per answer option (the options of that round)"),
  gegevensOnbekend: z.number().int(),
  totaal: z.number().int(),
});

const ActionRound = z.object({
  status: z
    .string()
    .nullable()
    .describe("the action's status as read (monitors without units); null when empty or invalid"),
  oordeel: Rag.nullable().describe("the action's colour (monitors without units)"),
  kleuren: RagCounts.describe("the colours of the rows with this key (with units: one per unit)"),
  perStatus: Counts.describe("count per status of the rows with this key ('(leeg of ongeldig)' too)"),
});

const TotalRound = z.object({
  kleuren: RagCounts,
  voltooid: z.number().int(),
  percentageVoltooid: z.number(),
  perStatus: Counts,
});

const UnitRound = z.object({
  ontvangen: z.boolean(),
  oordeel: Rag.nullable().describe("null: not received or not judged"),
});

export const SeriesSchema = z.object({
  monitor: z.object({ id: z.string(), naam: z.string().nullable() }),
  woorden: SeriesWordsSchema.describe("what the definition calls the items, units and judgements"),
  volgorde: z
    .enum(["peildatum", "opgegeven"])
    .describe("ordered by peildatum, or as given when a round has no peildatum"),
  rondes: z.array(SeriesRound),
  wijzigingen: z.array(Change).describe("added, removed and renamed items, each named once"),
  mijlpalen: z.array(
    z.object({
      code: z.string(),
      mijlpaal: z.string().describe("label in the last round that has it"),
      perRonde: z.array(MilestoneRound.nullable()).describe("one per round; null: not in that round"),
    }),
  ),
  vragen: z.array(
    z.object({
      nr: z.string(),
      vraag: z.string(),
      antwoorden: z.array(z.string()).describe("the options of all rounds, in order of first appearance"),
      perRonde: z.array(QuestionRound.nullable()),
    }),
  ),
  acties: z.array(
    z.object({
      sleutel: z.string(),
      label: z.string(),
      perRonde: z.array(ActionRound.nullable()),
    }),
  ),
  totaal: z
    .array(TotalRound.nullable())
    .describe("per round the national counts of all judged rows (action monitors); null: none"),
  regios: z.array(
    z.object({
      regio: z.string(),
      perRonde: z.array(UnitRound.nullable()).describe("null: the unit is not in that round's definition"),
      stappen: z.number().int().describe("sum of the judgement steps between successive judged rounds"),
    }),
  ),
  meestBewogen: z
    .array(
      z.object({
        soort: z.enum(["regio", "actie"]),
        code: z.string(),
        omschrijving: z.string(),
        stappen: z.number().int(),
        eerste: Rag.describe("the first judgement in the series"),
        laatste: Rag.describe("the last judgement in the series"),
        richting: z.enum(["beter", "slechter", "gelijk"]).describe("last against first"),
      }),
    )
    .describe("units (or, without units, actions) whose judgement moved most; at most 10"),
});

export type Series = z.infer<typeof SeriesSchema>;
export type SeriesChange = Series["wijzigingen"][number];

/** One round as given: its JSON and the file name it came from. */
export interface SeriesInput {
  json: NationalJson;
  bestand: string | null;
}

export type SeriesResult = { ok: true; reeks: Series; meldingen: string[] } | { ok: false; fout: string };

/** At most this many units (or actions) in `meestBewogen`. */
export const MOST_MOVED = 10;

/** The latest Peildatum and the Meetmoment(en) of a round's counted returns (as compare reads them). */
function roundDates(j: NationalJson): { peildatum: string | null; meetmoment: string | null } {
  const counted = (j.regios ?? []).filter((r) => r.ontvangen);
  const dates = counted.flatMap((r) => (r.peildatum ? [r.peildatum] : []));
  if (j.peildatum) dates.push(j.peildatum.tot);
  if (j.ronde?.peildatumTot) dates.push(j.ronde.peildatumTot);
  dates.sort((a, b) => dateKey(a).localeCompare(dateKey(b)));
  const moments = [
    ...new Set([
      ...counted.flatMap((r) => (r.meetmoment ? [r.meetmoment] : [])),
      ...(j.ronde?.meetmomenten ?? []),
    ]),
  ].sort((a, b) => a.localeCompare(b, "nl"));
  return {
    peildatum: dates.length > 0 ? dates[dates.length - 1] : null,
    meetmoment: moments.length > 0 ? moments.join(" / ") : (j.meetmoment ?? null),
  };
}

/**
 * The column of `acties[]` that holds the status: the definition's main column when it is there, else the
 * column whose values are all keys of `perStatus`.
 */
function statusColumn(j: NationalJson, known: string | null): string | null {
  const rows = j.acties ?? [];
  if (rows.length === 0) return null;
  if (known !== null && rows.some((r) => known in r)) return known;
  const labels = new Set(Object.keys(j.perStatus ?? {}));
  if (labels.size === 0) return null;
  const fixed = new Set(["sleutel", "eenheid", "label", "bestand", "oordeel", "regel", "uitleg", "cel"]);
  const candidates = Object.keys(rows[0]).filter((k) => !fixed.has(k) && !k.startsWith("verschuiving"));
  return (
    candidates.find((k) =>
      rows.every((r) => {
        const v = r[k];
        return v === null || v === undefined || (typeof v === "string" && labels.has(v));
      }),
    ) ?? null
  );
}

const EMPTY_STATUS = "(leeg of ongeldig)";

/**
 * Items of one kind across the rounds: per key its value in each round (null when absent), in the order of
 * first appearance (a later round's new items after the earlier ones, each in its round's order).
 */
function matchByKey<T>(rounds: readonly (readonly T[])[], key: (x: T) => string): Map<string, (T | null)[]> {
  const out = new Map<string, (T | null)[]>();
  rounds.forEach((items, i) => {
    for (const x of items) {
      const k = key(x);
      let per = out.get(k);
      if (!per) {
        per = rounds.map(() => null);
        out.set(k, per);
      }
      if (per[i] === null) per[i] = x;
    }
  });
  return out;
}

/**
 * The added, removed and renamed events of one item present in some rounds: added in the first round it is
 * in (when that is not round 1), removed from the first round it is missing after being there, renamed where
 * its label differs from the last round that had it.
 */
function changesOf(
  soort: SeriesChange["soort"],
  code: string,
  per: readonly ({ label: string } | null)[],
): SeriesChange[] {
  const out: SeriesChange[] = [];
  let last: string | null = null;
  let seen = false;
  per.forEach((x, i) => {
    const ronde = i + 1;
    if (x === null) {
      if (seen && per[i - 1] !== null)
        out.push({
          soort,
          code,
          omschrijving: last ?? code,
          wijziging: "verwijderd",
          ronde,
          vorigeOmschrijving: null,
        });
      return;
    }
    if (i > 0 && per[i - 1] === null)
      out.push({
        soort,
        code,
        omschrijving: x.label,
        wijziging: "toegevoegd",
        ronde,
        vorigeOmschrijving: null,
      });
    else if (last !== null && last !== x.label)
      out.push({
        soort,
        code,
        omschrijving: x.label,
        wijziging: "hernoemd",
        ronde,
        vorigeOmschrijving: last,
      });
    last = x.label;
    seen = true;
  });
  return out;
}

function lastLabel(per: readonly ({ label: string } | null)[], fallback: string): string {
  for (let i = per.length - 1; i >= 0; i--) {
    const x = per[i];
    if (x) return x.label;
  }
  return fallback;
}

const zeroRag = (): Record<RagKey, number> => ({ groen: 0, oranje: 0, rood: 0, grijs: 0 });

/** Steps between successive judgements (rank Rood 3 > Oranje 2 > Grijs 1 > Groen 0), and first and last. */
function movement(judged: readonly (RagKey | null)[]): {
  stappen: number;
  eerste: RagKey | null;
  laatste: RagKey | null;
} {
  const seq = judged.filter((r): r is RagKey => r !== null);
  let stappen = 0;
  for (let i = 1; i < seq.length; i++) stappen += Math.abs(RAG_RANK[seq[i]] - RAG_RANK[seq[i - 1]]);
  return { stappen, eerste: seq[0] ?? null, laatste: seq[seq.length - 1] ?? null };
}

/**
 * The series of the given rounds. Refuses rounds of different monitors (by definition id) and fewer than two
 * rounds; `meldingen` says how the rounds were ordered when that is not by peildatum, or when two rounds have
 * the same peildatum. `def`: the monitor's definition (its words for items and units, the main column of its
 * judged rows), null when the tool does not know the monitor.
 */
export function buildSeries(inputs: readonly SeriesInput[], def: Monitor | null): SeriesResult {
  if (inputs.length < 2)
    return { ok: false, fout: "Een reeks heeft minstens twee metingen nodig; geef twee of meer bestanden." };
  const ids = [...new Set(inputs.map((x) => x.json.definitie.id))];
  if (ids.length > 1)
    return {
      ok: false,
      fout: `De metingen zijn van verschillende monitors (${inputs
        .map((x) => `${x.bestand ?? "?"}: ${x.json.definitie.naam ?? x.json.definitie.id}`)
        .join("; ")}). Een reeks volgt één monitor; maak per monitor een eigen reeks.`,
    };
  const meldingen: string[] = [];
  const dated = inputs.map((x, i) => ({ ...x, ...roundDates(x.json), i }));
  const allDated = dated.every((x) => x.peildatum !== null);
  const ordered = allDated
    ? [...dated].sort((a, b) => dateKey(a.peildatum!).localeCompare(dateKey(b.peildatum!)) || a.i - b.i)
    : dated;
  if (!allDated)
    meldingen.push(
      `Niet elke meting heeft een peildatum (${dated
        .filter((x) => x.peildatum === null)
        .map((x) => x.bestand ?? "?")
        .join(", ")}); de metingen staan in de opgegeven volgorde.`,
    );
  for (let i = 1; i < ordered.length; i++)
    if (allDated && ordered[i].peildatum === ordered[i - 1].peildatum)
      meldingen.push(
        `${ordered[i - 1].bestand ?? "?"} en ${ordered[i].bestand ?? "?"} hebben dezelfde peildatum (${ordered[i].peildatum}); is een bestand dubbel opgegeven?`,
      );

  const rounds = ordered.map((x) => x.json);
  const wijzigingen: SeriesChange[] = [];

  // Milestones.
  const mMatch = matchByKey(
    rounds.map((j) => j.mijlpalen ?? []),
    (m) => m.code,
  );
  const mijlpalen: Series["mijlpalen"] = [...mMatch].map(([code, per]) => {
    const labelled = per.map((m) => (m ? { label: m.mijlpaal } : null));
    wijzigingen.push(...changesOf("mijlpaal", code, labelled));
    return {
      code,
      mijlpaal: lastLabel(labelled, code),
      perRonde: per.map((m) =>
        m
          ? {
              gerealiseerd: m.gerealiseerd,
              waarvanGedeeltelijk: m.waarvanGedeeltelijk,
              percentageGerealiseerd: m.percentageGerealiseerd,
              rag: { ...m.rag },
            }
          : null,
      ),
    };
  });

  // Questions.
  const qMatch = matchByKey(
    rounds.map((j) => j.vragen ?? []),
    (q) => q.nr,
  );
  const vragen: Series["vragen"] = [...qMatch].map(([nr, per]) => {
    const labelled = per.map((q) => (q ? { label: q.vraag } : null));
    wijzigingen.push(...changesOf("vraag", nr, labelled));
    const antwoorden = [...new Set(per.flatMap((q) => (q ? q.opties.map((o) => o.antwoord) : [])))];
    return {
      nr,
      vraag: lastLabel(labelled, nr),
      antwoorden,
      perRonde: per.map((q) =>
        q
          ? {
              opties: Object.fromEntries(q.opties.map((o) => [o.antwoord, o.aantal])),
              gegevensOnbekend: q.gegevensOnbekend.aantal,
              totaal: q.totaal,
            }
          : null,
      ),
    };
  });

  // Actions (judged rows), by key; with units each key has a row per unit.
  const woorden = seriesWords(def);
  const statusCols = rounds.map((j) => statusColumn(j, woorden.statusKolom));
  type Row = NonNullable<NationalJson["acties"]>[number];
  const aRounds = rounds.map((j) => {
    const byKey = new Map<string, Row[]>();
    for (const a of j.acties ?? []) byKey.set(a.sleutel, [...(byKey.get(a.sleutel) ?? []), a]);
    return [...byKey].map(([sleutel, rows]) => ({ sleutel, rows }));
  });
  const aMatch = matchByKey(aRounds, (a) => a.sleutel);
  const acties: Series["acties"] = [...aMatch].map(([sleutel, per]) => {
    const labelled = per.map((a) => (a ? { label: a.rows[0].label } : null));
    wijzigingen.push(...changesOf("actie", sleutel, labelled));
    return {
      sleutel,
      label: lastLabel(labelled, sleutel),
      perRonde: per.map((a, i) => {
        if (!a) return null;
        const col = statusCols[i];
        const statusOf = (r: Row): string | null => {
          const v = col ? r[col] : null;
          return typeof v === "string" ? v : null;
        };
        const kleuren = zeroRag();
        const perStatus: Record<string, number> = {};
        for (const r of a.rows) {
          kleuren[r.oordeel] += 1;
          const s = statusOf(r) ?? EMPTY_STATUS;
          perStatus[s] = (perStatus[s] ?? 0) + 1;
        }
        const single = a.rows.length === 1 && !a.rows[0].eenheid ? a.rows[0] : null;
        return {
          status: single ? statusOf(single) : null,
          oordeel: single ? single.oordeel : null,
          kleuren,
          perStatus,
        };
      }),
    };
  });

  const totaal: Series["totaal"] = rounds.map((j) =>
    j.kleuren && j.voltooid !== undefined && j.percentageVoltooid !== undefined && j.perStatus
      ? {
          kleuren: { ...j.kleuren },
          voltooid: j.voltooid,
          percentageVoltooid: j.percentageVoltooid,
          perStatus: { ...j.perStatus },
        }
      : null,
  );

  // Units.
  const uMatch = matchByKey(
    rounds.map((j) => j.regios ?? []),
    (r) => r.regio,
  );
  const regios: Series["regios"] = [...uMatch]
    .map(([regio, per]) => {
      wijzigingen.push(
        ...changesOf(
          "regio",
          regio,
          per.map((r) => (r ? { label: r.regio } : null)),
        ),
      );
      const perRonde = per.map((r) =>
        r ? { ontvangen: r.ontvangen, oordeel: r.ontvangen ? r.rag : null } : null,
      );
      return { regio, perRonde, stappen: movement(perRonde.map((x) => x?.oordeel ?? null)).stappen };
    })
    .sort((a, b) => a.regio.localeCompare(b.regio, "nl"));

  // The units whose judgement moved most; without units the actions of a monitor without units.
  const candidates =
    regios.length > 0
      ? regios.map((r) => ({
          soort: "regio" as const,
          code: r.regio,
          omschrijving: r.regio,
          judged: r.perRonde.map((x) => x?.oordeel ?? null),
        }))
      : acties.map((a) => ({
          soort: "actie" as const,
          code: a.sleutel,
          omschrijving: a.label,
          judged: a.perRonde.map((x) => x?.oordeel ?? null),
        }));
  const meestBewogen: Series["meestBewogen"] = candidates
    .flatMap((c) => {
      const m = movement(c.judged);
      if (m.stappen === 0 || m.eerste === null || m.laatste === null) return [];
      const d = RAG_RANK[m.laatste] - RAG_RANK[m.eerste];
      return [
        {
          soort: c.soort,
          code: c.code,
          omschrijving: c.omschrijving,
          stappen: m.stappen,
          eerste: m.eerste,
          laatste: m.laatste,
          richting: d < 0 ? ("beter" as const) : d > 0 ? ("slechter" as const) : ("gelijk" as const),
        },
      ];
    })
    .sort((a, b) => b.stappen - a.stappen || a.code.localeCompare(b.code, "nl", { numeric: true }))
    .slice(0, MOST_MOVED);

  const last = rounds[rounds.length - 1];
  const reeks: Series = {
    monitor: { id: last.definitie.id, naam: last.definitie.naam ?? def?.naam ?? null },
    woorden,
    volgorde: allDated ? "peildatum" : "opgegeven",
    rondes: ordered.map((x, i) => ({
      nummer: i + 1,
      bestand: x.bestand,
      definitie: { ...x.json.definitie },
      meetmoment: x.meetmoment,
      peildatum: x.peildatum,
      verwacht: x.json.verwacht,
      ontvangen: x.json.ontvangen,
    })),
    wijzigingen: orderChanges(wijzigingen),
    mijlpalen,
    vragen,
    acties,
    totaal,
    regios,
    meestBewogen,
  };
  return { ok: true, reeks: SeriesSchema.parse(reeks), meldingen };
}

const SOORT_ORDER: Record<SeriesChange["soort"], number> = { mijlpaal: 0, vraag: 1, actie: 2, regio: 3 };

/** Changes by round, then kind, then in the order found (a stable sort). */
function orderChanges(xs: SeriesChange[]): SeriesChange[] {
  return xs
    .map((x, i) => ({ x, i }))
    .sort((a, b) => a.x.ronde - b.x.ronde || SOORT_ORDER[a.x.soort] - SOORT_ORDER[b.x.soort] || a.i - b.i)
    .map(({ x }) => x);
}
