/**
 * The state of a return, for every monitor: from a check result, where the coordinator stands (niet begonnen,
 * bezig, fouten te herstellen, klaar om in te leveren) and what to do next.
 *
 * Unanswered required items are progress, not mistakes, while the coordinator is still filling in: the
 * issues `verplicht_leeg`, `groep_leeg` and `verplicht_bij` say what is still open. Only after the final check
 * (`eindcontrole`, which the coordinator asks for when done) do they count as mistakes. The catalogue keeps
 * every code's severity and message; this module only sorts issues into kinds, it rewrites nothing.
 */
import { sortIssues, type Issue, type IssueCode } from "../issues";
import type { Monitor } from "../model/schema";
import type { CheckResult } from "./pipeline";
import { countText } from "../cells/text";

export type ReturnState = "niet_begonnen" | "bezig" | "fouten" | "klaar";

/** The codes of an unanswered required item: still to do while filling in, a mistake at the final check. */
export const UNANSWERED_CODES: readonly IssueCode[] = ["verplicht_leeg", "groep_leeg", "verplicht_bij"];

export interface ReturnProgress {
  staat: ReturnState;
  /** The state as a heading: "Nog niet ingevuld", "Bezig: 12 van 40 ingevuld", … */
  titel: string;
  /** One sentence: what to do next. */
  volgendeStap: string;
  /** Required cells that are filled (valid, Onbekend included), and how many are required. */
  ingevuld: number;
  vereist: number;
  /** Real mistakes (severity fout), unanswered items among them after the final check. */
  fouten: Issue[];
  /** Unanswered required items, while they are progress (empty after the final check). */
  open: Issue[];
  /** Warnings: shown, they do not stop handing in. */
  waarschuwingen: Issue[];
  /** Information only. */
  info: Issue[];
  /** The final check was asked for. */
  eindcontrole: boolean;
}

export interface ProgressOptions {
  /** The coordinator asked for the final check: empty required cells are mistakes. */
  eindcontrole: boolean;
}

const isUnanswered = (i: Issue) => UNANSWERED_CODES.includes(i.code);

/**
 * The cells a new template is made with (the fields with a role or a default value: unit, meetmoment,
 * peildatum), as `blad!cel`: filling these does not yet mean the coordinator began.
 */
function templateCells(check: CheckResult): Set<string> {
  const out = new Set<string>();
  if (!check.def || !check.result.ok) return out;
  for (const t of check.def.tabellen) {
    if (t.vorm !== "velden") continue;
    for (const f of t.velden) {
      if (!f.rol && f.standaard === undefined) continue;
      const src = check.result.ret.velden[f.naam]?.bron;
      if (src?.cel) out.add(`${t.blad}!${src.cel}`);
    }
  }
  return out;
}

/** The sheets to fill in, in the definition's order: "Regio, Mijlpalen en Vragenlijst". */
function sheetList(def: Monitor | null): string {
  const names = def ? def.tabellen.map((t) => t.blad).filter((b, i, all) => all.indexOf(b) === i) : [];
  if (names.length <= 1) return names[0] ?? "";
  return `${names.slice(0, -1).join(", ")} en ${names[names.length - 1]}`;
}

const plural = countText;

export function returnProgress(check: CheckResult, options: ProgressOptions): ReturnProgress {
  const issues = sortIssues(check.result.issues);
  const eindcontrole = options.eindcontrole;
  const mistakes = issues.filter((i) => i.severity === "fout" && (eindcontrole || !isUnanswered(i)));
  const open = eindcontrole ? [] : issues.filter((i) => i.severity === "fout" && isUnanswered(i));
  const waarschuwingen = issues.filter((i) => i.severity === "waarschuwing");
  const info = issues.filter((i) => i.severity === "info");
  const total = check.score?.invulgraad.totaal;
  const ingevuld = total?.ingevuld ?? 0;
  const vereist = total?.vereist ?? 0;
  const base = { ingevuld, vereist, fouten: mistakes, open, waarschuwingen, info, eindcontrole };

  if (!check.result.ok || mistakes.length > 0) {
    const unanswered = mistakes.filter(isUnanswered).length;
    const n = mistakes.length;
    return {
      ...base,
      staat: "fouten",
      titel: `Fouten te herstellen: ${n}`,
      volgendeStap: !check.result.ok
        ? "De werkmap kan niet worden beoordeeld. Los eerst het probleem hieronder op."
        : unanswered === n
          ? `Vul de ${plural(n, "lege cel", "lege cellen")} hieronder in. Klik op een cel om ernaartoe te gaan.`
          : `Herstel de ${plural(n, "fout", "fouten")} hieronder. Klik op een cel om ernaartoe te gaan.`,
    };
  }

  const prefilled = templateCells(check);
  const started =
    check.result.ok &&
    check.result.ret.vereist.some(
      (c) => c.state !== "leeg" && !(c.cel !== null && prefilled.has(`${c.blad}!${c.cel}`)),
    );
  // Nothing required and nothing filled is not yet done.
  const complete = open.length === 0 && ingevuld >= vereist && (vereist > 0 || started);
  if (complete) {
    return {
      ...base,
      staat: "klaar",
      titel: "Klaar om in te leveren",
      volgendeStap:
        waarschuwingen.length > 0
          ? `Alles is ingevuld en er zijn geen fouten. Kijk ${waarschuwingen.length === 1 ? "de waarschuwing" : `de ${waarschuwingen.length} waarschuwingen`} na, sla de werkmap op en stuur hem naar het instituut.`
          : "Alles is ingevuld en er zijn geen fouten. Sla de werkmap op en stuur hem naar het instituut.",
    };
  }

  const still = Math.max(vereist - ingevuld, open.length);
  if (!started) {
    return {
      ...base,
      staat: "niet_begonnen",
      titel: "Nog niet ingevuld",
      volgendeStap: `Vul de bladen ${sheetList(check.def)} in. De controle kijkt mee terwijl u typt.`,
    };
  }
  return {
    ...base,
    staat: "bezig",
    titel: `Bezig: ${ingevuld} van ${vereist} ingevuld`,
    volgendeStap: `Nog ${plural(still, "cel", "cellen")} in te vullen. Klaar? Kies dan Eindcontrole.`,
  };
}
