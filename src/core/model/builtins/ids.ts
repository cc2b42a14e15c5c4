/**
 * The ids of the built-in definitions, in the order `builtInInputs` (./index.ts) lists them. A module of its own
 * so that the command line's help names them without loading the definitions; `test/core/builtin-ids.test.ts`
 * holds it to the definitions themselves.
 */
export const BUILT_IN_IDS: readonly string[] = [
  "rak-2008-2010",
  "actiemonitor-2013",
  "ghnt-2018",
  "bmc-2015",
  "ghnt-2018-startfoto",
  "raak-2007",
  "taskforce-2013-format",
];

/** The ids of the built-in definitions, without loading or parsing them. */
export function builtInIds(): string[] {
  return [...BUILT_IN_IDS];
}
