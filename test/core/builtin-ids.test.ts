/**
 * The built-in ids that the command line's help lists without loading the definitions
 * (src/core/model/builtins/ids.ts) are the ids of the definitions themselves, in their order.
 */
import { builtInIds, builtInMonitors } from "../../src/core/model";
import { builtInInputs } from "../../src/core/model/builtins";

test("the list of ids names every built-in definition, in order", () => {
  expect(builtInIds()).toEqual(builtInInputs().map((d) => d.id));
  expect(builtInIds()).toEqual(builtInMonitors().map((d) => d.id));
  // The ids as the published documents name them (docs/definitions.md lists the same seven).
  expect(builtInIds()).toEqual([
    "rak-2008-2010",
    "actiemonitor-2013",
    "ghnt-2018",
    "bmc-2015",
    "ghnt-2018-startfoto",
    "raak-2007",
    "taskforce-2013-format",
  ]);
});
