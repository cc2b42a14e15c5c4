/**
 * The regional Samenvatting's explanations (what the Regio tab shows when a cell of that sheet is selected):
 * every percentage and RAG cell of the summary has one, with its rule, inputs and source cells in the same
 * workbook, so that "Ga naar bron" can select them. Other cells have none.
 */
import {
  explanationIndex,
  lookupExplanation,
  sourceText,
  type ExplanationIndex,
} from "../../src/core/engine/explain";
import { runCheck, summaryExplanations, summaryPlan } from "../../src/taskpane/features/check/workbook";
import type { SheetModel } from "../../src/core/sheet-model";
import { setCell, setStatus, validInput } from "../helpers/inputs";

let model: SheetModel;
let index: ExplanationIndex;

beforeAll(() => {
  const input = validInput("Gouda", "Regiomonitor-Gouda.xlsx");
  setStatus(input, "M5", "In voorbereiding");
  setCell(input, "Mijlpalen", "M5", "Verwachte datum", "voorjaar 2011");
  const check = runCheck(input);
  const plan = summaryPlan(check);
  if (!plan.ok || !check.result.ok) throw new Error("geen samenvatting");
  expect(plan.models.map((m) => m.name)).toEqual(["Samenvatting"]);
  model = plan.models[0];
  index = explanationIndex(plan.models);
});

/** 1-based sheet row of the row whose first cell is `first`. */
const rowOf = (first: string) => model.rows.findIndex((r) => r[0]?.v === first) + 1;

test("the percentages and RAG cells of the Samenvatting are explained, nothing else", () => {
  const cells = [...index.values()].map((e) => `${e.cel} ${e.titel}`);
  expect(cells).toEqual([
    `C${rowOf("Invulgraad Regio")} Invulgraad Regio`,
    `C${rowOf("Invulgraad Mijlpalen")} Invulgraad Mijlpalen`,
    `C${rowOf("Invulgraad Vragenlijst")} Invulgraad Vragenlijst`,
    `C${rowOf("Invulgraad werkmap")} Invulgraad werkmap`,
    `E${rowOf("Invulgraad werkmap")} Oordeel invulling`,
    `C${rowOf("Voortgang mijlpalen")} Voortgang mijlpalen`,
    `E${rowOf("Oordeel regio")} Oordeel regio`,
    ...["M1", "M2", "M3", "M4", "M5", "M6", "M7"].map((m) => `E${rowOf(m)} ${m} · Oordeel`),
  ]);
  for (const e of index.values()) {
    expect(e.blad).toBe("Samenvatting");
    // Sources are in this workbook: "Ga naar bron" can select them.
    expect(e.bronInDezeWerkmap).toBe(true);
    expect(e.bron.length).toBeGreaterThan(0);
    expect(e.bron.every((b) => b.bestand === "Regiomonitor-Gouda.xlsx" && b.regio === "Gouda")).toBe(true);
    expect(e.regel.length).toBeGreaterThan(0);
    expect(e.invoer.length).toBeGreaterThan(0);
  }
  // Titles, labels, text, headers and empty cells have none.
  for (const address of [
    "A1",
    "A4",
    "C4",
    `A${rowOf("M5")}`,
    `C${rowOf("M5")}`,
    `F${rowOf("M5")}`,
    "B5",
    "E5",
  ])
    expect(lookupExplanation(index, "Samenvatting", address)).toBeNull();
  expect(index.get("Anders\u0000C5")).toBeUndefined();
});

test("a milestone's Oordeel: its rule and inputs, and its source is the status cell in Mijlpalen", () => {
  const m5 = `E${rowOf("M5")}`;
  // Any form of the selected address finds it: a range, absolute, with the sheet name.
  const e = lookupExplanation(index, "Samenvatting", `$${m5.slice(0, 1)}$${m5.slice(1)}:F30`);
  expect(e).not.toBeNull();
  expect(lookupExplanation(index, "Mijlpalen", `Samenvatting!${m5}`)).toBe(e);
  expect(e!.titel).toBe("M5 · Oordeel");
  expect(e!.waarde).toBe("Oranje");
  expect(e!.regel).toMatch(
    /Oranje: gedeeltelijk, of in voorbereiding met een verwachte datum binnen normdatum/,
  );
  expect(e!.invoer[0]).toBe("Status In voorbereiding, verwachte datum voorjaar 2011; peildatum 15-01-2011");
  expect(e!.invoer[1]).toMatch(/voorjaar 2011.*normdatum 31-12-2010 plus 12 maanden/);
  expect(e!.bron[0]).toEqual({
    regio: "Gouda",
    bestand: "Regiomonitor-Gouda.xlsx",
    blad: "Mijlpalen",
    cel: "C6",
  });
  expect(e!.bron[1]).toMatchObject({ blad: "Mijlpalen", cel: "E6" });
  expect(sourceText(e!.bron[0])).toBe("Regiomonitor-Gouda.xlsx, Mijlpalen!C6");
});

test("a percentage: the completion of a sheet with its counts, sourced in that sheet", () => {
  const e = lookupExplanation(index, "Samenvatting", `C${rowOf("Invulgraad Vragenlijst")}`)!;
  expect(e.waarde).toBe("100,0 %");
  expect(e.regel).toMatch(/^De invulgraad: de geldig ingevulde verplichte cellen, gedeeld door alle/);
  expect(e.invoer).toEqual(["25 van 25 verplichte cellen, waarvan onbekend 0"]);
  expect(e.bron.map((b) => b.blad)).toEqual(["Vragenlijst"]);
});

test("the pane's index is the one of the summary it lays out; none without a summary, none for another sheet", () => {
  const input = validInput("Gouda", "Regiomonitor-Gouda.xlsx");
  setStatus(input, "M5", "In voorbereiding");
  setCell(input, "Mijlpalen", "M5", "Verwachte datum", "voorjaar 2011");
  const fromPane = summaryExplanations(runCheck(input));
  expect(fromPane && [...fromPane.keys()]).toEqual([...index.keys()]);

  const other = validInput("Gouda");
  other.definitie = { id: "andere-monitor", versie: "1" };
  expect(summaryExplanations(runCheck(other))).toBeNull();

  // The index is keyed by the sheet the layout named: a sheet of another name finds nothing.
  const renamed = explanationIndex([{ ...model, name: "Mijn samenvatting" }]);
  expect(lookupExplanation(renamed, "Samenvatting", `E${rowOf("M5")}`)).toBeNull();
});
