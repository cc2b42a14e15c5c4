/**
 * Comparison of two national rounds (two JSON exports of `regiomonitor aggregate --json`), e.g. the
 * Startfoto and the Eindfoto. Pure: no I/O, no clocks, no randomness; the same inputs give the same output.
 *
 * The inputs are the one national JSON shape of every monitor (src/core/engine/json.ts); a table a monitor
 * does not have (no `regios[]` without units, no `mijlpalen[]` or `vragen[]` for an action monitor) is
 * compared as empty. Items are matched by key: questions by `nr`, answer options by their label,
 * milestones by `code`, regions by name. Items present in only one round (possible when the rounds come from different
 * definitions or versions) are not compared but listed in `nietVergeleken`.
 */
import { pathText } from "../json-path";
import { z } from "zod";
import { NationalJsonSchema, wordsOfJson, type NationalJson } from "../engine/json";
import { round1 } from "../cells/text";
import { makeIssue, type Issue } from "../issues";
import { VocabularySchema } from "../model/vocabulary";

export const RAGS = ["groen", "oranje", "rood", "grijs"] as const;
export type RagKey = (typeof RAGS)[number];

/** Worse is higher: Rood > Oranje > Grijs > Groen (the order of the region RAG rule). */
export const RAG_RANK: Record<RagKey, number> = { rood: 3, oranje: 2, grijs: 1, groen: 0 };

const Count = z.object({ aantal: z.number().int(), percentage: z.number() });
export const RagCounts = z.object({
  groen: z.number().int(),
  oranje: z.number().int(),
  rood: z.number().int(),
  grijs: z.number().int(),
});
export const MilestoneFigures = z.object({
  gerealiseerd: z.number().int(),
  waarvanGedeeltelijk: z.number().int(),
  percentageGerealiseerd: z.number(),
  rag: RagCounts,
});
const RoundInfo = z.object({
  bestand: z.string().nullable().describe("file name as given to the comparison"),
  definitie: z.object({
    id: z.string(),
    versie: z.string(),
    naam: z.string().optional().describe("the monitor's name, when the round has it"),
  }),
  verwacht: z.number().int(),
  ontvangen: z.number().int(),
  meetmoment: z.string().nullable().describe("the Meetmoment(en) of the counted returns, e.g. 'Startfoto'"),
  peildatum: z
    .object({ van: z.string(), tot: z.string() })
    .nullable()
    .describe("earliest and latest Peildatum (dd-mm-jjjj) of the counted returns"),
});
const Richting = z.enum(["beter", "slechter", "nu ontvangen", "niet meer ontvangen"]);

export const ComparisonSchema = z.object({
  oud: RoundInfo,
  nieuw: RoundInfo,
  zelfdeDefinitie: z.boolean().describe("definitie.id and definitie.versie are equal"),
  woorden: VocabularySchema.describe(
    "the new round's words (for an export without them: the built-in monitor's, else neutral words)",
  ),
  vragen: z.array(
    z.object({
      nr: z.string(),
      vraag: z.string().describe("text in the new round"),
      vraagOud: z.string().nullable().describe("text in the old round when it differs, else null"),
      opties: z.array(
        z.object({
          antwoord: z.string(),
          oud: Count,
          nieuw: Count,
          verschil: z.number().describe("percentage points, nieuw − oud, one decimal"),
        }),
      ),
      gegevensOnbekend: z.object({ oud: Count, nieuw: Count, verschil: z.number() }),
      totaal: z.object({ oud: z.number().int(), nieuw: z.number().int() }),
    }),
  ),
  mijlpalen: z.array(
    z.object({
      code: z.string(),
      mijlpaal: z.string().describe("label in the new round"),
      mijlpaalOud: z.string().nullable().describe("label in the old round when it differs, else null"),
      oud: MilestoneFigures,
      nieuw: MilestoneFigures,
      verschil: MilestoneFigures.describe("nieuw − oud; percentageGerealiseerd in percentage points"),
    }),
  ),
  regios: z
    .array(
      z.object({
        regio: z.string(),
        oud: z.enum(RAGS).nullable().describe("null: not received"),
        nieuw: z.enum(RAGS).nullable().describe("null: not received"),
        richting: Richting,
      }),
    )
    .describe("regions whose RAG changed, alphabetical"),
  kleuren: z
    .object({ oud: RagCounts, nieuw: RagCounts, verschil: RagCounts })
    .optional()
    .describe(
      "colours of all judged rows (action monitors), when both rounds have them; verschil = nieuw − oud",
    ),
  acties: z
    .array(
      z.object({
        sleutel: z.string(),
        eenheid: z.string().optional().describe("the unit of the row (monitors with units)"),
        label: z.string().describe("label in the new round"),
        oud: z.enum(RAGS),
        nieuw: z.enum(RAGS),
        richting: z.enum(["beter", "slechter"]),
      }),
    )
    .optional()
    .describe(
      "judged rows (actions) whose colour changed, in the new round's order; when both rounds have acties",
    ),
  nietVergeleken: z.array(
    z.object({
      soort: z.enum(["mijlpaal", "vraag", "antwoord", "regio", "actie"]),
      code: z.string().describe("milestone code, question nr, region name or action key"),
      omschrijving: z.string().describe("milestone label, question text or answer label"),
      alleenIn: z.enum(["oud", "nieuw"]),
    }),
  ),
});

export type Comparison = z.infer<typeof ComparisonSchema>;
export type Richting = z.infer<typeof Richting>;
export type NotCompared = Comparison["nietVergeleken"][number];

/**
 * Percentage-point shift with one decimal, from the counts: the difference of the unrounded shares
 * (`aantal ÷ n × 100`), rounded once. A round with n = 0 has share 0.
 */
export function shift(oud: { aantal: number; n: number }, nieuw: { aantal: number; n: number }): number {
  const share = (x: { aantal: number; n: number }) => (x.n === 0 ? 0 : (x.aantal / x.n) * 100);
  const d = round1(share(nieuw) - share(oud));
  return d === 0 ? 0 : d; // no -0
}

/**
 * The number of units a milestone's figures are of (N): the sum of its count per status, Gegevens onbekend
 * included; the round's N (`verwacht`) for an export without those counts.
 */
function milestoneN(m: Milestones[number], round: NationalJson): number {
  return Object.values(m.status).reduce((a, b) => a + b, 0) || round.verwacht;
}

/** A dd-mm-jjjj date as jjjj-mm-dd, to sort by (any other text as it is). */
export function dateKey(d: string): string {
  const m = /^(\d{2})-(\d{2})-(\d{4})$/.exec(d);
  return m ? `${m[3]}-${m[2]}-${m[1]}` : d;
}

type Milestones = NonNullable<NationalJson["mijlpalen"]>;
type Questions = NonNullable<NationalJson["vragen"]>;
type Regions = NonNullable<NationalJson["regios"]>;

/** The tables a comparison reads; absent tables (a monitor that does not have them) are empty. */
function tables(j: NationalJson): { mijlpalen: Milestones; vragen: Questions; regios: Regions } {
  return { mijlpalen: j.mijlpalen ?? [], vragen: j.vragen ?? [], regios: j.regios ?? [] };
}

function roundInfo(j: NationalJson, bestand: string | null): Comparison["oud"] {
  const counted = tables(j).regios.filter((r) => r.ontvangen);
  const meet = [...new Set(counted.map((r) => r.meetmoment).filter((m): m is string => !!m))].sort();
  const dates = counted
    .map((r) => r.peildatum)
    .filter((d): d is string => !!d)
    .sort((a, b) => dateKey(a).localeCompare(dateKey(b)));
  return {
    bestand,
    definitie: {
      id: j.definitie.id,
      versie: j.definitie.versie,
      ...(j.definitie.naam ? { naam: j.definitie.naam } : {}),
    },
    verwacht: j.verwacht,
    ontvangen: j.ontvangen,
    meetmoment: meet.length > 0 ? meet.join(" / ") : (j.meetmoment ?? null),
    peildatum: dates.length > 0 ? { van: dates[0], tot: dates[dates.length - 1] } : (j.peildatum ?? null),
  };
}

/** Direction of a RAG change; null when the RAG did not change. */
export function ragDirection(oud: RagKey | null, nieuw: RagKey | null): Richting | null {
  if (oud === nieuw) return null;
  if (oud === null) return "nu ontvangen";
  if (nieuw === null) return "niet meer ontvangen";
  return RAG_RANK[nieuw] < RAG_RANK[oud] ? "beter" : "slechter";
}

/** Items of `a` whose key is not in `b`, in the order of `a`. */
function onlyIn<T>(a: readonly T[], b: readonly T[], key: (x: T) => string): T[] {
  const keys = new Set(b.map(key));
  return a.filter((x) => !keys.has(key(x)));
}

/**
 * The items of only one round, as "not compared" (those only in the old round, then those only in the new):
 * matched by `key`, named by `code` (the key, unless said) and `omschrijving`.
 */
function notCompared<T>(
  soort: NotCompared["soort"],
  rounds: { oud: readonly T[]; nieuw: readonly T[] },
  key: (x: T) => string,
  omschrijving: (x: T) => string,
  code: (x: T) => string = key,
): NotCompared[] {
  const entry = (x: T, alleenIn: "oud" | "nieuw") => ({
    soort,
    code: code(x),
    omschrijving: omschrijving(x),
    alleenIn,
  });
  return [
    ...onlyIn(rounds.oud, rounds.nieuw, key).map((x) => entry(x, "oud")),
    ...onlyIn(rounds.nieuw, rounds.oud, key).map((x) => entry(x, "nieuw")),
  ];
}

type ColourCounts = { groen: number; oranje: number; rood: number; grijs: number };

/** The change of each colour count from the old round to the new. */
function colourShift(o: ColourCounts, n: ColourCounts): ColourCounts {
  return {
    groen: n.groen - o.groen,
    oranje: n.oranje - o.oranje,
    rood: n.rood - o.rood,
    grijs: n.grijs - o.grijs,
  };
}

function figures(m: Milestones[number]) {
  return {
    gerealiseerd: m.gerealiseerd,
    waarvanGedeeltelijk: m.waarvanGedeeltelijk,
    percentageGerealiseerd: m.percentageGerealiseerd,
    rag: { groen: m.rag.groen, oranje: m.rag.oranje, rood: m.rag.rood, grijs: m.rag.grijs },
  };
}

const SOORT_ORDER: Record<NotCompared["soort"], number> = {
  mijlpaal: 0,
  vraag: 1,
  antwoord: 2,
  regio: 3,
  actie: 4,
};

/**
 * Compares two validated national exports. `bestanden` are the file names shown in the sheet and the
 * JSON (optional; the comparison itself never depends on them).
 */
export function compareRounds(
  oudRound: NationalJson,
  nieuwRound: NationalJson,
  bestanden: { oud?: string | null; nieuw?: string | null } = {},
): Comparison {
  const niet: NotCompared[] = [];
  const oud = tables(oudRound);
  const nieuw = tables(nieuwRound);

  // Milestones, by code, in the order of the new round.
  const oudM = new Map(oud.mijlpalen.map((m) => [m.code, m]));
  const mijlpalen: Comparison["mijlpalen"] = [];
  for (const n of nieuw.mijlpalen) {
    const o = oudM.get(n.code);
    if (!o) continue;
    const fo = figures(o);
    const fn = figures(n);
    mijlpalen.push({
      code: n.code,
      mijlpaal: n.mijlpaal,
      mijlpaalOud: o.mijlpaal === n.mijlpaal ? null : o.mijlpaal,
      oud: fo,
      nieuw: fn,
      verschil: {
        gerealiseerd: fn.gerealiseerd - fo.gerealiseerd,
        waarvanGedeeltelijk: fn.waarvanGedeeltelijk - fo.waarvanGedeeltelijk,
        percentageGerealiseerd: shift(
          { aantal: o.gerealiseerd, n: milestoneN(o, oudRound) },
          { aantal: n.gerealiseerd, n: milestoneN(n, nieuwRound) },
        ),
        rag: colourShift(fo.rag, fn.rag),
      },
    });
  }
  const mKey = (m: { code: string }) => m.code;
  niet.push(
    ...notCompared("mijlpaal", { oud: oud.mijlpalen, nieuw: nieuw.mijlpalen }, mKey, (m) => m.mijlpaal),
  );

  // Closed questions, by nr; options by answer label.
  const oudQ = new Map(oud.vragen.map((q) => [q.nr, q]));
  const vragen: Comparison["vragen"] = [];
  for (const n of nieuw.vragen) {
    const o = oudQ.get(n.nr);
    if (!o) continue;
    const oudO = new Map(o.opties.map((x) => [x.antwoord, x]));
    const opties: Comparison["vragen"][number]["opties"] = [];
    for (const no of n.opties) {
      const oo = oudO.get(no.antwoord);
      if (!oo) continue;
      opties.push({
        antwoord: no.antwoord,
        oud: { aantal: oo.aantal, percentage: oo.percentage },
        nieuw: { aantal: no.aantal, percentage: no.percentage },
        verschil: shift({ aantal: oo.aantal, n: o.totaal }, { aantal: no.aantal, n: n.totaal }),
      });
    }
    const aKey = (x: { antwoord: string }) => x.antwoord;
    niet.push(
      ...notCompared(
        "antwoord",
        { oud: o.opties, nieuw: n.opties },
        aKey,
        (x) => x.antwoord,
        () => n.nr,
      ),
    );
    vragen.push({
      nr: n.nr,
      vraag: n.vraag,
      vraagOud: o.vraag === n.vraag ? null : o.vraag,
      opties,
      gegevensOnbekend: {
        oud: { ...o.gegevensOnbekend },
        nieuw: { ...n.gegevensOnbekend },
        verschil: shift(
          { aantal: o.gegevensOnbekend.aantal, n: o.totaal },
          { aantal: n.gegevensOnbekend.aantal, n: n.totaal },
        ),
      },
      totaal: { oud: o.totaal, nieuw: n.totaal },
    });
  }
  const qKey = (q: { nr: string }) => q.nr;
  niet.push(...notCompared("vraag", { oud: oud.vragen, nieuw: nieuw.vragen }, qKey, (q) => q.vraag));

  // Regions whose RAG changed, alphabetical.
  const oudR = new Map(oud.regios.map((r) => [r.regio, r]));
  const regios: Comparison["regios"] = [];
  for (const n of nieuw.regios) {
    const o = oudR.get(n.regio);
    if (!o) continue;
    const ro = o.ontvangen ? o.rag : null;
    const rn = n.ontvangen ? n.rag : null;
    const richting = ragDirection(ro, rn);
    if (richting) regios.push({ regio: n.regio, oud: ro, nieuw: rn, richting });
  }
  regios.sort((a, b) => a.regio.localeCompare(b.regio, "nl"));
  const rKey = (r: { regio: string }) => r.regio;
  niet.push(...notCompared("regio", { oud: oud.regios, nieuw: nieuw.regios }, rKey, (r) => r.regio));

  // Judged rows (actions), by key, when both rounds have them: the colours and the rows whose colour changed.
  let kleuren: Comparison["kleuren"];
  let acties: Comparison["acties"];
  if (oudRound.acties && nieuwRound.acties) {
    // A row of a monitor with units is the unit's row: matched by unit and key.
    const aKey = (a: { sleutel: string; eenheid?: string | null }) =>
      a.eenheid ? `${a.eenheid} · ${a.sleutel}` : a.sleutel;
    const oudA = new Map(oudRound.acties.map((a) => [aKey(a), a]));
    acties = [];
    for (const n of nieuwRound.acties) {
      const o = oudA.get(aKey(n));
      if (!o) continue;
      const richting = ragDirection(o.oordeel, n.oordeel);
      if (richting === "beter" || richting === "slechter")
        acties.push({
          sleutel: n.sleutel,
          ...(n.eenheid ? { eenheid: n.eenheid } : {}),
          label: n.label,
          oud: o.oordeel,
          nieuw: n.oordeel,
          richting,
        });
    }
    niet.push(
      ...notCompared("actie", { oud: oudRound.acties, nieuw: nieuwRound.acties }, aKey, (a) => a.label),
    );
  }
  if (oudRound.kleuren && nieuwRound.kleuren) {
    const o = oudRound.kleuren;
    const n = nieuwRound.kleuren;
    kleuren = {
      oud: { ...o },
      nieuw: { ...n },
      verschil: colourShift(o, n),
    };
  }

  // Stable order: by kind, then old before new; within that the order of the round (a stable sort).
  const nietVergeleken = niet
    .map((x, i) => ({ x, i }))
    .sort(
      (a, b) =>
        SOORT_ORDER[a.x.soort] - SOORT_ORDER[b.x.soort] ||
        (a.x.alleenIn === b.x.alleenIn ? 0 : a.x.alleenIn === "oud" ? -1 : 1) ||
        a.i - b.i,
    )
    .map(({ x }) => x);

  return ComparisonSchema.parse({
    oud: roundInfo(oudRound, bestanden.oud ?? null),
    nieuw: roundInfo(nieuwRound, bestanden.nieuw ?? null),
    woorden: wordsOfJson(nieuwRound.definitie),
    zelfdeDefinitie:
      oudRound.definitie.id === nieuwRound.definitie.id &&
      oudRound.definitie.versie === nieuwRound.definitie.versie,
    vragen,
    mijlpalen,
    regios,
    ...(kleuren ? { kleuren } : {}),
    ...(acties ? { acties } : {}),
    nietVergeleken,
  });
}

type DefinitionRef = { id: string; versie: string; naam?: string };

/** How a round's monitor is named in a message: "'Naam' (id)". */
function monitorName(d: DefinitionRef): string {
  return d.naam ? `'${d.naam}' (${d.id})` : `'${d.id}'`;
}

/**
 * The issue `andere_versie` when two rounds of one monitor have different versions, else null. Said first
 * wherever a comparison is shown (terminal, pane, sheet).
 */
export function versionIssue(
  oud: { definitie: DefinitionRef; bestand?: string | null },
  nieuw: { definitie: DefinitionRef; bestand?: string | null },
): Issue | null {
  if (oud.definitie.versie === nieuw.definitie.versie) return null;
  return makeIssue(
    "andere_versie",
    { bestand: nieuw.bestand ?? oud.bestand ?? "" },
    {
      monitor: monitorName(nieuw.definitie),
      oudVersie: oud.definitie.versie,
      nieuwVersie: nieuw.definitie.versie,
    },
  );
}

export type CheckedComparison =
  { ok: true; comparison: Comparison; versie: Issue | null } | { ok: false; issue: Issue };

/**
 * Compares two rounds of one monitor. Rounds of different monitors (another `definitie.id`) are refused with
 * the issue `andere_monitor`; two versions of one monitor are compared on their shared items, and `versie`
 * is the issue `andere_versie` that says so (to be said first). Every host compares through this function.
 */
export function compareRoundsChecked(
  oudRound: NationalJson,
  nieuwRound: NationalJson,
  bestanden: { oud?: string | null; nieuw?: string | null } = {},
): CheckedComparison {
  if (oudRound.definitie.id !== nieuwRound.definitie.id)
    return {
      ok: false,
      issue: makeIssue(
        "andere_monitor",
        { bestand: bestanden.nieuw ?? bestanden.oud ?? "" },
        { oud: monitorName(oudRound.definitie), nieuw: monitorName(nieuwRound.definitie) },
      ),
    };
  const comparison = compareRounds(oudRound, nieuwRound, bestanden);
  return { ok: true, comparison, versie: versionIssue(comparison.oud, comparison.nieuw) };
}

// ---------------------------------------------------------------------------------------------------
// Reading an export: JSON text → a validated NationalJson, or Dutch messages naming the file and the path.

export type ExportParse = { ok: true; json: NationalJson } | { ok: false; fouten: string[] };

const TYPE_NL: Record<string, string> = {
  string: "tekst",
  number: "getal",
  int: "geheel getal",
  boolean: "true of false",
  object: "object",
  array: "lijst",
  null: "null",
};

function describe(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "een lijst";
  if (typeof v === "string") return `tekst '${v.length > 40 ? `${v.slice(0, 40)}…` : v}'`;
  if (typeof v === "number") return `getal ${v}`;
  if (typeof v === "boolean") return String(v);
  return typeof v === "object" ? "een object" : typeof v;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let cur: unknown = root;
  for (const p of path) {
    if (cur === null || typeof cur !== "object") return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[p];
  }
  return cur;
}

function issueText(i: z.core.$ZodIssue, root: unknown): string {
  const v = valueAt(root, i.path);
  switch (i.code) {
    case "invalid_type": {
      const want = TYPE_NL[i.expected] ?? i.expected;
      return v === undefined ? `ontbreekt (verwacht: ${want})` : `moet ${want} zijn, maar is ${describe(v)}`;
    }
    case "invalid_value":
      return `ongeldige waarde ${describe(v)}; toegestaan: ${i.values.map((x) => JSON.stringify(x)).join(", ")}`;
    default:
      return `ongeldig (${i.message})`;
  }
}

/** Largest number of messages per file; the rest is counted. */
export const MAX_MESSAGES = 10;

/**
 * Parses the text of a file that should be a national JSON export. On failure the messages name the file
 * and the path in it (`bestand: mijlpalen[0].rag.groen: ...`).
 */
export function parseNationalExport(text: string, bestand: string): ExportParse {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return {
      ok: false,
      fouten: [
        `${bestand}: geen geldige JSON (${e instanceof Error ? e.message : String(e)}). Geef het JSON-bestand op dat 'regiomonitor aggregate --json' schreef.`,
      ],
    };
  }
  const r = NationalJsonSchema.safeParse(raw);
  if (r.success) return { ok: true, json: r.data };
  const all = r.error.issues.map((i) => `${bestand}: ${pathText(i.path)}: ${issueText(i, raw)}`);
  const fouten = all.slice(0, MAX_MESSAGES);
  if (all.length > MAX_MESSAGES) fouten.push(`${bestand}: … en nog ${all.length - MAX_MESSAGES} meldingen`);
  return { ok: false, fouten };
}
