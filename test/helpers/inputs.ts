/**
 * Test helpers: WorkbookInputs made from the standard template in memory, and ways to change cells.
 *
 * The 37 RAK 2008–2010 Eindfoto returns are stated here, not made by the demo generators:
 * - fields: the region, Eindfoto, Peildatum 15-01-2011, "Regiocoördinator <regio>";
 * - milestones: every milestone "Gereed / in uitvoering", except those `NOT_READY` lists, which are the cells
 *   of the published annex (data/rak-regio-mijlpalen-2011-01-15.csv) that are not "X";
 * - answers: one row per region in `rak-eindfoto-2011-antwoorden.tsv` (next to this file), read as written;
 *   C3 is "31-12-2011" where C2 says a coordinator is appointed, and O1a–O3a read "Voorbeeldantwoord <nr> van
 *   <regio>". The annex publishes no answers: these are example answers, fixed in that table once (they equal
 *   what the demo generator gave on 07-12-2026) so that a count in a test can be checked against the table.
 * Counted by hand from these: M4 36 of 37 (Nijmegen not), M5 29 of 37 of which 2 partly (Gouda, Leiden), M6 36
 * of 37 (Haarlem not); V1 "Alle" 15 (`cut -f2 rak-eindfoto-2011-antwoorden.tsv | sort | uniq -c`).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { defaultMonitor, findMonitor, type Monitor } from "../../src/core/model";
import type { Grid, RawValue, WorkbookInput } from "../../src/core/grid";
import { buildTemplate, type FillValue, type UnitFill } from "../../src/core/engine/template";
import { isoToSerial } from "../../src/core/cells/dates";
import type { TemplateModel } from "../../src/core/template-model";

export const DEF: Monitor = defaultMonitor();
export const DEF_2013: Monitor = findMonitor("actiemonitor-2013")!;
export const DEF_2018: Monitor = findMonitor("ghnt-2018")!;

export interface ExampleFill {
  eenheid: string;
  fill: UnitFill;
}

type Milestone = Record<string, FillValue>;
const GEREED: Milestone = { status: "Gereed / in uitvoering" };
const inPreparation = (verwachteDatum: string): Milestone => ({ status: "In voorbereiding", verwachteDatum });
const CJG_NOTE = "handelingsprotocol: X = convenanten CJG; regionale meldcode verwacht voorjaar 2011";
const partly: Milestone = { status: "Gedeeltelijk", verwachteDatum: "voorjaar 2011", toelichting: CJG_NOTE };

/** The annex's cells that are not "X" (werkplan = M4, handelingsprotocol = M5, scholingsplan = M6). */
const NOT_READY: Record<string, Record<string, Milestone>> = {
  "Arnhem-Achterhoek": { M5: inPreparation("Maart 2011") },
  Delft: { M5: inPreparation("Juni/juli 2011") },
  Dordrecht: { M5: inPreparation("Mei 2011") },
  Enschede: { M5: inPreparation("Juni 2011") },
  Gouda: { M5: partly },
  Groningen: { M5: inPreparation("Juni 2011") },
  Haarlem: { M5: inPreparation("Voor zomer 2011"), M6: inPreparation("Voor zomer 2011") },
  Leiden: { M5: partly },
  Nijmegen: { M4: inPreparation("1e kwartaal 2011"), M5: inPreparation("2012") },
  Zaanstad: { M5: inPreparation("1 Juni 2011") },
};
const MILESTONES = ["M1", "M2", "M3", "M4", "M5", "M6", "M7"];

/** The answers table: a header `regio, V1 … C2` and one tab-separated row per region. */
function answerRows(): { regio: string; antwoorden: Record<string, string> }[] {
  const text = readFileSync(path.join(__dirname, "rak-eindfoto-2011-antwoorden.tsv"), "utf8");
  const [head, ...rows] = text
    .trimEnd()
    .split("\n")
    .map((l) => l.split("\t"));
  return rows.map((r) => ({
    regio: r[0],
    antwoorden: Object.fromEntries(head.slice(1).map((nr, i) => [nr, r[i + 1]])),
  }));
}

/** One Eindfoto return as stated above. */
function eindfotoFill(regio: string, antwoorden: Record<string, string>): UnitFill {
  const answers: Record<string, string> = { ...antwoorden };
  if (answers.C2 === "Ja, regiocoördinator aangesteld") answers.C3 = "31-12-2011";
  for (const nr of ["O1a", "O2a", "O3a"]) answers[nr] = `Voorbeeldantwoord ${nr} van ${regio}`;
  return {
    velden: {
      Regio: regio,
      Meetmoment: "Eindfoto",
      Peildatum: isoToSerial("2011-01-15"),
      "Ingevuld door": `Regiocoördinator ${regio}`,
    },
    rijen: {
      mijlpalen: Object.fromEntries(MILESTONES.map((c) => [c, NOT_READY[regio]?.[c] ?? GEREED])),
      vragenlijst: Object.fromEntries(Object.entries(answers).map(([nr, v]) => [nr, { antwoord: v }])),
    },
  };
}

/** The 37 Eindfoto returns of RAK 2008–2010, in the order of the answers table (the annex's, alphabetical). */
export function exampleFills(): ExampleFill[] {
  return answerRows().map(({ regio, antwoorden }) => ({
    eenheid: regio,
    fill: eindfotoFill(regio, antwoorden),
  }));
}

export function exampleFill(regio: string): ExampleFill {
  const f = exampleFills().find((x) => x.eenheid === regio);
  if (!f) throw new Error(regio);
  return f;
}

/** The filled template model of a region of the annex; `velden` overrides fields (e.g. the Peildatum). */
export function filledModel(regio: string, velden: UnitFill["velden"] = {}): TemplateModel {
  const f = exampleFill(regio);
  return buildTemplate(DEF, {
    eenheid: f.eenheid,
    vul: { ...f.fill, velden: { ...f.fill.velden, ...velden } },
  });
}

/** The template's tables as grids starting at A1, like a host reads ListObjects. */
export function inputFromModel(model: TemplateModel, bestand = "test.xlsx"): WorkbookInput {
  const grids: Grid[] = model.tables.map((t) => ({
    sheet: t.sheet,
    table: t.table,
    top: 1,
    left: 1,
    values: [t.header as RawValue[], ...t.rows.map((r) => r.map((v) => v as RawValue))],
  }));
  return { bestand, definitie: model.definitie, bladen: model.tables.map((t) => t.sheet), grids };
}

/** A complete, valid Eindfoto of a region from the annex. */
export function validInput(regio = "Gouda", bestand = "test.xlsx"): WorkbookInput {
  return inputFromModel(filledModel(regio), bestand);
}

export function emptyInput(): WorkbookInput {
  return inputFromModel(buildTemplate(DEF));
}
function grid(input: WorkbookInput, sheet: string): Grid {
  const g = input.grids.find((x) => x.sheet === sheet);
  if (!g) throw new Error(`no grid ${sheet}`);
  return g;
}

/** Sets the cell in the row whose first column is `key` and the column headed `header`. */
export function setCell(
  input: WorkbookInput,
  sheet: string,
  key: string,
  header: string,
  value: RawValue,
): WorkbookInput {
  const g = grid(input, sheet);
  const c = g.values[0].indexOf(header);
  const r = g.values.findIndex((row) => row[0] === key);
  if (c < 0 || r < 0) throw new Error(`no cell ${sheet} ${key} ${header}`);
  g.values[r][c] = value;
  return input;
}

export const setStatus = (i: WorkbookInput, code: string, v: RawValue) =>
  setCell(i, "Mijlpalen", code, "Status", v);
export const setAnswer = (i: WorkbookInput, nr: string, v: RawValue) =>
  setCell(i, "Vragenlijst", nr, "Antwoord", v);
export const setField = (i: WorkbookInput, veld: string, v: RawValue) =>
  setCell(i, "Regio", veld, "Waarde", v);

export function gridOf(input: WorkbookInput, sheet: string): Grid {
  return grid(input, sheet);
}
