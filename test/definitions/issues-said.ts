/** What a definition load said, for tests: each issue as its code, place and Dutch message. */
import type { Issue } from "../../src/core/issues";
import type { MonitorLoad } from "../../src/core/model";

/** `[code, sheet, row, column, message]` of each issue (a JSON definition has no sheet: null). */
export const said = (issues: readonly Issue[]) =>
  issues.map((i) => [i.code, i.blad, i.rij, i.kolom, i.bericht] as const);

/** The messages of a load that failed ([] when it loaded). */
export const messages = (r: MonitorLoad): string[] => (r.ok ? [] : r.fouten.map((i) => i.bericht));
