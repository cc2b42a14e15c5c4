/**
 * The example series of the demo, each from example rounds that exist (src/examples/rounds.ts and
 * the Taskforce format's three rounds), each round saying where its answers come from:
 *
 * - a monitor with units whose example has an earlier round (`vorige`): that round, then the example round
 *   (RAK: startfoto → eindfoto; BMC: nulmeting 2014 → vervolgmeting 2015, on the points both rounds share);
 * - the Taskforce format A–D per action: nulmeting november 2012 → voorjaar 2013 → najaar 2013.
 */
import type { ExampleData, ExampleReturn } from "./types";
import { taskforceFormatFill, type TaskforceRound } from "./taskforce-2013-format";
import type { Monitor } from "../core/model/schema";

export interface ExampleSeriesRound {
  /** The round's name, for its folder and file names, e.g. "voorjaar-2013". */
  naam: string;
  /** Where its answers come from, in Dutch (says GEGENEREERD for what is generated). */
  bron: string;
  retouren: ExampleReturn[];
  /** Why the round's returns have errors against the definition, when they are meant to (else absent). */
  fouten?: string;
}

const GENERATED = "GEGENEREERD door code (geen echte stand van zaken)";

const TASKFORCE_ROUNDS: { ronde: TaskforceRound; naam: string; bron: string; fouten?: string }[] = [
  {
    ronde: "Nulmeting november 2012",
    naam: "nulmeting-2012",
    bron: `${GENERATED}: de status uit de gepubliceerde voorjaarsmonitor 2013 teruggezet; de overige onderdelen stonden nog niet in het format van de nulmeting`,
    fouten:
      "de nulmeting heeft fouten en is overal Rood: het format van november 2012 had probleem, doelstelling, resultaat, kwaliteitseisen en kosten nog niet (bron 000, regels 124-127), en deze definitie vraagt ze wel.",
  },
  {
    ronde: "Voorjaar 2013",
    naam: "voorjaar-2013",
    bron: `opleverdatum, kwaliteitseisen en stand van zaken uit de gepubliceerde Taskforce-monitor 2013 (data/taskforce-acties-2013.csv); de overige teksten ${GENERATED}`,
  },
  {
    ronde: "Najaar 2013",
    naam: "najaar-2013",
    bron: `${GENERATED}: de status van de voorjaarsmonitor 2013 een stap verder gezet`,
  },
];

/** The three rounds of the Taskforce format A–D (a monitor without units: one return per round). */
export function taskforceSeries(def: Monitor, data: ExampleData): ExampleSeriesRound[] {
  return TASKFORCE_ROUNDS.map((r) => ({
    naam: r.naam,
    bron: r.bron,
    ...(r.fouten ? { fouten: r.fouten } : {}),
    retouren: [{ eenheid: null, fill: taskforceFormatFill(def, data.taskforceCsv, r.ronde) }],
  }));
}
