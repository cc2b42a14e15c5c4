/**
 * The built-in definitions as written (typed definition inputs), in their fixed order. Loading this module parses
 * nothing: `builtInMonitors` (core/model) parses them with the schema on first use. Their ids are in ./ids.ts,
 * for a command that only names them (the help).
 */
import type { MonitorInput } from "../schema";
import { RAK_2008_2010 } from "./rak-2008-2010";
import { ACTIEMONITOR_2013, GHNT_2018 } from "./actions-2013-2018";
import { BMC_2015 } from "./bmc-2015";
import { ghnt2018Startfoto } from "./ghnt-2018-startfoto";
import { RAAK_2007 } from "./raak-2007";
import { TASKFORCE_2013_FORMAT } from "./taskforce-2013-format";

/** The inputs of the built-in definitions, unparsed, in the order the commands and the pane list them. */
export function builtInInputs(): MonitorInput[] {
  return [
    RAK_2008_2010,
    ACTIEMONITOR_2013,
    GHNT_2018,
    BMC_2015,
    ghnt2018Startfoto(),
    RAAK_2007,
    TASKFORCE_2013_FORMAT,
  ];
}
