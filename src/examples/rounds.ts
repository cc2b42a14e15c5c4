/**
 * The example round of every built-in monitor, by monitor id: the returns `regiomonitor demo` writes,
 * checks and aggregates, and `template --voorbeeld` fills in. Each entry says where its answers come from.
 *
 * The data texts (published CSVs shipped in data/) are read by the host and passed in, so that this module
 * stays pure. A monitor without units has one return (`eenheid: null`).
 */
import type { Monitor } from "../core/model/schema";
import { annexFills, ghnt2018Fill, taskforce2013Fill } from "./fills";
import { bmcExampleRound, startfotoExampleRound } from "./bmc-2015";
import { raak2007Fills } from "./raak-2007";
import { rakStartfotoFills } from "./rak-startfoto";
import { taskforceFormatFill } from "./taskforce-2013-format";
import type { ExampleData, ExampleReturn, ExampleRound } from "./types";

type RoundMaker = (def: Monitor, data: ExampleData) => ExampleRound;

const GENERATED = "GEGENEREERD door code (geen echte stand van zaken)";

/** One line per built-in monitor with an example round. */
const ROUNDS: Record<string, RoundMaker> = {
  "rak-2008-2010": (def, data) => ({
    bron: "uit de gepubliceerde bijlage van de eindrapportage (data/rak-regio-mijlpalen-2011-01-15.csv)",
    retouren: annexFills(def, data.annexCsv),
    vorige: {
      naam: "startfoto",
      bron: `${GENERATED}, afgeleid van de eindfoto uit de bijlage`,
      retouren: rakStartfotoFills(def, annexFills(def, data.annexCsv)),
    },
  }),
  "actiemonitor-2013": (def, data) => ({
    bron: "uit de gepubliceerde Taskforce-monitor 2013 (data/taskforce-acties-2013.csv)",
    retouren: [{ eenheid: null, fill: taskforce2013Fill(def, data.taskforceCsv) }],
  }),
  "ghnt-2018": (def) => ({ bron: GENERATED, retouren: [{ eenheid: null, fill: ghnt2018Fill(def) }] }),
  "bmc-2015": bmcExampleRound,
  "ghnt-2018-startfoto": startfotoExampleRound,
  "raak-2007": (def) => ({ bron: GENERATED, retouren: raak2007Fills(def) }),
  "taskforce-2013-format": (def, data) => ({
    bron: `voorjaar 2013: opleverdatum, kwaliteitseisen en stand van zaken uit de gepubliceerde Taskforce-monitor 2013 (data/taskforce-acties-2013.csv); de overige teksten ${GENERATED}`,
    retouren: [{ eenheid: null, fill: taskforceFormatFill(def, data.taskforceCsv, "Voorjaar 2013") }],
  }),
};

/** The example round of a monitor, or null when it has none. */
export type { ExampleData, ExampleReturn, ExampleRound };

export function exampleRound(def: Monitor, data: ExampleData): ExampleRound | null {
  const make = ROUNDS[def.id];
  return make ? make(def, data) : null;
}

/** The ids of the monitors with an example round. */
export function exampleRoundIds(): string[] {
  return Object.keys(ROUNDS);
}
