/**
 * The task pane's sentences about a workbook, in the monitor's words (vocabulary.ts): what the pane does with a
 * return or an action plan, what inserting the standard workbook adds, which button is the next step in each
 * state of the return, and why "klaar" can stand beside a red judgement. Pure: the components only show them.
 */
import { groupIssues, issueTarget } from "./issue-groups";
import type { Issue } from "../issues";
import type { ReturnProgress } from "../engine/progress";
import type { Monitor, Rag } from "../model/schema";
import { vocabulary } from "../model/vocabulary";
import { ragLabel } from "./format";

/** "Regio, Mijlpalen en Vragenlijst". */
export function listText(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} en ${items[items.length - 1]}`;
}

/** The line under the pane's title once a workbook of `def` is open: what the pane does with it. */
export function checkIntro(def: Monitor): string {
  const w = vocabulary(def);
  const what = def.eenheden ? `de werkmap van uw ${w.eenheid}` : `uw werkmap met de ${w.rijen}`;
  return `Controleer ${what} en vat hem samen. Er gaat geen bestand van uw computer af.`;
}

/** The line under the pane's title before a workbook is recognised (nothing read yet, or nothing to check). */
export const PANE_INTRO =
  "Maak, controleer en vat de werkmap samen. Er gaat geen bestand van uw computer af.";

/** What inserting the standard workbook of `def` adds to the open workbook. */
export function insertIntro(def: Monitor): string {
  const sheets = def.tabellen.map((t) => t.blad).filter((b, i, all) => all.indexOf(b) === i);
  return `Deze werkmap is nog geen werkmap van de ${def.naam}. Voeg de standaardbladen in (${listText(sheets)}, met een toelichting en keuzelijsten) en vul ze daarna in. Bestaande bladen blijven ongewijzigd.`;
}

/** The label of the field that chooses the unit ("Regio"). */
export function unitLabel(def: Monitor): string {
  const w = vocabulary(def);
  return w.eenheid.charAt(0).toUpperCase() + w.eenheid.slice(1);
}

/** The heading of the unit's judgement: "Oordeel regio", "Oordeel werkmap". */
export function judgementHeading(def: Monitor): string {
  return `Oordeel ${vocabulary(def).eenheid}`;
}

/** The one primary button of a state: its text and the cell it goes to, or null (nothing for the pane to do). */
export interface NextAction {
  tekst: string;
  issue: Issue;
}

/** The first issue with a cell, in the order the pane lists them (per sheet in the definition's order). */
function firstWithCell(issues: readonly Issue[], sheetOrder: readonly string[]): Issue | null {
  for (const g of groupIssues(issues, sheetOrder))
    for (const r of g.regels) for (const i of r.issues) if (issueTarget(i)) return i;
  return null;
}

/**
 * The next step as a button: begin (nothing typed yet), the next empty cell (still filling in), the first
 * mistake (mistakes to fix). Klaar has none: saving and sending the workbook happen outside the pane.
 */
export function nextAction(p: ReturnProgress, sheetOrder: readonly string[]): NextAction | null {
  if (p.staat === "klaar") return null;
  const issue = firstWithCell(p.staat === "fouten" ? p.fouten : p.open, sheetOrder);
  if (!issue) return null;
  const tekst =
    p.staat === "niet_begonnen"
      ? "Begin met invullen"
      : p.staat === "bezig"
        ? "Naar de volgende lege cel"
        : "Naar de eerste fout";
  return { tekst, issue };
}

/**
 * Why a return that is klaar can show red or orange colours: klaar is about filling in, the colours (the unit's
 * judgement, the colour per row) about the state of the rows. `rags`: the colours the pane shows under the
 * state. Null when there is nothing to explain (no red or orange among them).
 */
export function readyBesideJudgement(def: Monitor, rags: readonly Rag[]): string | null {
  const worst = (["rood", "oranje"] as const).find((r) => rags.includes(r));
  if (!worst) return null;
  const w = vocabulary(def);
  return `Klaar gaat over het invullen. De kleuren hieronder (zoals ${ragLabel(worst, def.rag.labels)}) gaan over de stand van de ${w.rijen}: dat is geen fout en u kunt de werkmap toch inleveren.`;
}
