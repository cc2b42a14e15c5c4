/**
 * What a series calls its items, taken from the monitor's definition: the row names of the tables behind the
 * national tables (`rijNaam`, `rijNaamMeervoud`), the units' names (`eenheden.soort`, `.meervoud`), the RAG
 * labels and the main column of the judged rows. Without a definition (a round of a monitor this tool does
 * not know), neutral words.
 */
import { z } from "zod";
import { rowsTable } from "../model";
import type { Monitor, NationalTable } from "../model/schema";

const Noun = z.object({ enkelvoud: z.string(), meervoud: z.string() });
export type Noun = z.infer<typeof Noun>;

export const SeriesWordsSchema = z.object({
  bron: z.enum(["definitie", "algemeen"]).describe("from the monitor's definition, or neutral words"),
  mijlpaal: Noun.describe("a row of `mijlpalen[]` (the row distributions), e.g. Mijlpaal, Aandachtspunt"),
  vraag: Noun.describe("a row of `vragen[]` (the answer distributions), e.g. Vraag"),
  actie: Noun.describe("a row of `acties[]` (the judged rows), e.g. Actie"),
  eenheid: Noun.describe("a unit, e.g. regio / regio's"),
  kleuren: z
    .object({ groen: z.string(), oranje: z.string(), rood: z.string(), grijs: z.string() })
    .describe("the definition's labels of the four judgements"),
  statusKolom: z
    .string()
    .nullable()
    .describe("the column of `acties[]` that holds the status (the judged table's main column)"),
});
export type SeriesWords = z.infer<typeof SeriesWordsSchema>;

const NEUTRAL: SeriesWords = {
  bron: "algemeen",
  mijlpaal: { enkelvoud: "Onderdeel", meervoud: "onderdelen" },
  vraag: { enkelvoud: "Vraag", meervoud: "vragen" },
  actie: { enkelvoud: "Rij", meervoud: "rijen" },
  eenheid: { enkelvoud: "eenheid", meervoud: "eenheden" },
  kleuren: { groen: "Groen", oranje: "Oranje", rood: "Rood", grijs: "Grijs" },
  statusKolom: null,
};

/** The rows table behind the first national table of this kind. */
function tableOf(def: Monitor, soort: NationalTable["soort"]) {
  for (const l of def.landelijk)
    if (l.soort === soort && "tabel" in l) {
      const t = rowsTable(def, l.tabel);
      if (t) return t;
    }
  return undefined;
}

function nounOf(def: Monitor, soort: NationalTable["soort"], fallback: Noun): Noun {
  const t = tableOf(def, soort);
  return t ? { enkelvoud: t.rijNaam, meervoud: t.rijNaamMeervoud } : fallback;
}

/** The words of a series of this monitor (null: unknown monitor, neutral words). */
export function seriesWords(def: Monitor | null): SeriesWords {
  if (!def) return NEUTRAL;
  return {
    bron: "definitie",
    mijlpaal: nounOf(def, "rijverdeling", NEUTRAL.mijlpaal),
    vraag: nounOf(def, "antwoorden", NEUTRAL.vraag),
    actie: nounOf(def, "groepen", NEUTRAL.actie),
    eenheid: def.eenheden
      ? { enkelvoud: def.eenheden.soort, meervoud: def.eenheden.meervoud }
      : NEUTRAL.eenheid,
    kleuren: { ...NEUTRAL.kleuren, ...def.rag.labels },
    statusKolom: tableOf(def, "groepen")?.hoofdkolom ?? null,
  };
}
