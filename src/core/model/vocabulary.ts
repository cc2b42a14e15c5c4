/**
 * The words a reader reads about one monitor, gathered from its definition: the unit and its plural (from
 * `eenheden`), the kind of row and its plural (from the main rows table), what counts as done and what done
 * in part is called, and what a round is called (from `woorden`). Every sheet, the report, `compare`, the
 * CLI and the pane take their words from here, so that no monitor is described in another monitor's words.
 * The national JSON carries the same object (`definitie.woorden`), so that the report, built from the JSON
 * alone, speaks the monitor's words too.
 */
import { z } from "zod";
import type { Monitor, RowsTable } from "./schema";

export const VocabularySchema = z.object({
  eenheid: z.string().describe("the unit, e.g. 'regio', 'jeugdzorgregio'; 'werkmap' without units"),
  eenheden: z.string().describe("its plural"),
  rij: z
    .string()
    .describe("the kind of row, lower case: 'mijlpaal', 'aandachtspunt', 'actie', 'punt', 'vraag'"),
  rijen: z.string().describe("its plural"),
  vraag: z
    .string()
    .describe("the kind of row whose answers are counted per option (vragen[]): 'vraag', 'punt'"),
  vragen: z.string().describe("its plural"),
  gerealiseerd: z
    .string()
    .describe("what a row whose answer counts as done is called: 'gerealiseerd', 'voltooid'"),
  gedeeltelijk: z
    .string()
    .describe("what a row done in part is called: 'gedeeltelijk', 'algemeen beschreven'"),
  meting: z.string().describe("a round of the monitor"),
  metingen: z.string().describe("its plural"),
  totaaloordeel: z.boolean().describe("false: the colours over all rows are not the monitor's result"),
});
export type Vocabulary = z.infer<typeof VocabularySchema>;

/** The rows table the words of a row come from: the one progress, the unit judgement or a decision list uses. */
export function mainRowsTable(def: Monitor): RowsTable | undefined {
  const rows = def.tabellen.filter((t): t is RowsTable => t.vorm === "rijen");
  const id = def.scores.voortgang?.tabel ?? def.scores.eenheid?.tabel;
  return rows.find((t) => t.id === id) ?? rows.find((t) => t.oordeel) ?? rows[0];
}

export function vocabulary(def: Monitor): Vocabulary {
  const t = mainRowsTable(def);
  const a = def.landelijk.find((l) => l.soort === "antwoorden");
  const q = (a && "tabel" in a ? def.tabellen.find((x) => x.id === a.tabel && x.vorm === "rijen") : t) as
    RowsTable | undefined;
  return {
    eenheid: def.eenheden?.soort ?? "werkmap",
    eenheden: def.eenheden?.meervoud ?? "werkmappen",
    rij: (t?.rijNaam ?? "rij").toLowerCase(),
    rijen: (t?.rijNaamMeervoud ?? "rijen").toLowerCase(),
    vraag: (q?.rijNaam ?? "vraag").toLowerCase(),
    vragen: (q?.rijNaamMeervoud ?? "vragen").toLowerCase(),
    gerealiseerd: def.woorden.gerealiseerd,
    gedeeltelijk: def.woorden.gedeeltelijk,
    meting: def.woorden.meting,
    metingen: def.woorden.metingen,
    totaaloordeel: def.totaaloordeel,
  };
}

/** The words of a national JSON made before it carried them: neutral words, no monitor's own. */
export const NEUTRAL_WORDS: Vocabulary = {
  eenheid: "eenheid",
  eenheden: "eenheden",
  rij: "rij",
  rijen: "rijen",
  vraag: "vraag",
  vragen: "vragen",
  gerealiseerd: "gerealiseerd",
  gedeeltelijk: "gedeeltelijk",
  meting: "meting",
  metingen: "metingen",
  totaaloordeel: true,
};

export function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Why no total stoplight is shown where the source says none can be given (`totaaloordeel` false). */
export function noTotalText(w: Vocabulary): string {
  return `Geen totaaloordeel: de bron van deze monitor zegt dat een oordeel over alle ${w.rijen} samen (zoals een stoplicht) nog niet te geven is. De kleur per ${w.rij} is een regel van Regiomonitor, geen oordeel van de monitor.`;
}
