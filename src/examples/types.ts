/** The shapes of example rounds: the answers of the demo and of the tests, and where they come from. */
import type { UnitFill } from "../core/engine/template";

/** The data files of data/ an example may use, as text. */
export interface ExampleData {
  /** data/rak-regio-mijlpalen-2011-01-15.csv */
  annexCsv: string;
  /** data/taskforce-acties-2013.csv */
  taskforceCsv: string;
}

export interface ExampleReturn {
  /** The unit the return is of; null for a monitor without units. */
  eenheid: string | null;
  fill: UnitFill;
}

export interface ExampleRound {
  /** Where the answers come from, in Dutch, e.g. "uit de gepubliceerde bijlage (…)" or "GEGENEREERD …". */
  bron: string;
  retouren: ExampleReturn[];
  /** An earlier round of the same monitor, to compare with (e.g. the nulmeting); its name names its folder. */
  vorige?: { naam: string; bron: string; retouren: ExampleReturn[] };
}
