/**
 * What a reader of a round wants first, for both hosts (the pane shows it; the command line prints parts of
 * it): each file's line in the file list, the national result with its explanations, the items that need
 * attention, and the overview's words from the definition.
 */
import { capitalise, noTotalText, vocabulary } from "../model/vocabulary";
import { formatPercent } from "../cells/text";
import { defaultMonitor, rowsTable, type Monitor, type Rag } from "../model";
import type { NationalReport, ReturnEntry } from "../engine/national-types";
import { rowOfFirstCell } from "../layout/national";
import { explanationIndex, type ExplanationIndex } from "../engine/explain";
import type { SheetModel } from "../sheet-model";
import type { NationalJson } from "../engine/json";
import { unreadableResult } from "../engine/pipeline";
import {
  composeRound,
  notCountedText,
  receivedText,
  roundEntries,
  startRound,
  type Round,
  type RoundChoice,
  type RoundFile,
} from "./round";

export type FileState = "wachten" | "bezig" | "gelezen" | "overgeslagen" | "dubbel";

/** One line of the file list in the pane. */
export interface FileLine {
  bestand: string;
  state: FileState;
  /** "gelezen", "gelezen · 2 fouten", "overgeslagen", "dubbel, niet meegeteld", ... */
  label: string;
  /** The Dutch reason (skipped or duplicate), else "". */
  reden: string;
  regio: string | null;
  fouten: number;
}

/**
 * The line of a file as soon as it is read, before the round's definition is known: read, or skipped with its
 * reason. Validation waits for the round (see `nationalImport`), so every file is judged by one definition.
 */
export function lineAfterFileRead(f: RoundFile): FileLine {
  if ("input" in f)
    return { bestand: f.bestand, state: "gelezen", label: "gelezen", reden: "", regio: null, fouten: 0 };
  return lineAfterRead({ bestand: f.bestand, result: unreadableResult(f.bestand, f.reden) });
}

/** The line of a file validated (before aggregation knows about duplicates). */
export function lineAfterRead(entry: ReturnEntry): FileLine {
  const fouten = entry.result.issues.filter((i) => i.severity === "fout").length;
  if (!entry.result.ok) {
    return {
      bestand: entry.bestand,
      state: "overgeslagen",
      label: "overgeslagen",
      reden: entry.result.issues.find((i) => i.severity === "fout")?.bericht ?? entry.result.reden,
      regio: null,
      fouten,
    };
  }
  return {
    bestand: entry.bestand,
    state: "gelezen",
    label: fouten > 0 ? `gelezen · ${fouten} ${fouten === 1 ? "fout" : "fouten"}` : "gelezen",
    reden: "",
    regio: entry.result.ret.eenheid,
    fouten,
  };
}

/** The final lines: the report's verdict per file (meegeteld, dubbel, overgeslagen), in the order picked. */
export function linesAfterAggregate(order: readonly string[], report: NationalReport): FileLine[] {
  return order.map((bestand) => {
    const f = report.bestanden.find((b) => b.bestand === bestand);
    if (!f) return { bestand, state: "wachten", label: "niet gelezen", reden: "", regio: null, fouten: 0 };
    const fouten = f.fouten > 0 ? ` · ${f.fouten} ${f.fouten === 1 ? "fout" : "fouten"}` : "";
    if (f.status === "overgeslagen")
      return {
        bestand,
        state: "overgeslagen",
        label: "overgeslagen",
        reden: f.reden,
        regio: f.eenheid,
        fouten: f.fouten,
      };
    if (f.status === "dubbel, niet meegeteld")
      return {
        bestand,
        state: "dubbel",
        label: `dubbel, niet meegeteld${fouten}`,
        reden: f.reden,
        regio: f.eenheid,
        fouten: f.fouten,
      };
    return {
      bestand,
      state: "gelezen",
      label: `gelezen${fouten}`,
      reden: "",
      regio: f.eenheid,
      fouten: f.fouten,
    };
  });
}

export type AttentionKind = "rood" | "ontbreekt" | "overgeslagen" | "dubbel";

/** A region or file that needs attention, with its row in Retouren. */
export interface AttentionItem {
  kind: AttentionKind;
  /** Region name or file name. */
  naam: string;
  detail: string;
  /** The row in Retouren (1-based), or null. */
  rij: number | null;
}

export interface MilestoneOverview {
  code: string;
  label: string;
  gerealiseerd: number;
  waarvanGedeeltelijk: number;
  fractie: number;
  rag: Record<Rag, number>;
}

export interface NationalResult {
  def: Monitor;
  report: NationalReport;
  models: SheetModel[];
  /** The round's national JSON (docs/json-export.md), as `aggregate --json` writes it. */
  json: NationalJson;
  index: ExplanationIndex;
  mijlpalen: MilestoneOverview[];
  aandacht: AttentionItem[];
}

/** Everything from the entries: report, sheets (the national ones and the round sheet), explanations, overview. */
export function nationalResult(
  entries: readonly ReturnEntry[],
  def: Monitor = defaultMonitor(),
  previous?: NationalJson,
): NationalResult {
  const { report, models, json } = composeRound(def, entries, previous);
  const index = explanationIndex(models);
  const retoursDef = def.landelijk.find((n) => n.soort === "retouren");
  const retouren = models.find((m) => m.name === retoursDef?.blad);
  const rij = (first: string) => (retouren ? rowOfFirstCell(retouren, first) : null);
  const aandacht: AttentionItem[] = [];
  for (const r of report.eenheden) {
    if (!r.ontvangen) {
      aandacht.push({
        kind: "ontbreekt",
        naam: r.eenheid,
        detail: "niet ontvangen: telt als Gegevens onbekend",
        rij: rij(r.eenheid),
      });
    } else if (r.rag === "rood") {
      aandacht.push({
        kind: "rood",
        naam: r.eenheid,
        detail: r.ragUitleg,
        rij: rij(r.eenheid),
      });
    }
  }
  for (const f of report.bestanden) {
    if (f.status === "meegeteld") continue;
    aandacht.push({
      kind: f.status === "overgeslagen" ? "overgeslagen" : "dubbel",
      naam: f.bestand,
      detail: f.reden,
      rij: rij(f.bestand),
    });
  }
  const rv = def.landelijk.find((n) => n.soort === "rijverdeling");
  const mijlpalen = (rv && "tabel" in rv ? (report.rijverdelingen[rv.tabel] ?? []) : []).map((m) => ({
    code: m.sleutel,
    label: m.label,
    gerealiseerd: m.gerealiseerd,
    waarvanGedeeltelijk: m.waarvanGedeeltelijk,
    fractie: m.fractieGerealiseerd,
    rag: { ...m.rag },
  }));
  return { def, report, models, json, index, mijlpalen, aandacht };
}

/** The sheets whose selection the pane explains: those with explanations. */
export function explainedSheets(models: readonly SheetModel[]): string[] {
  return models.filter((m) => m.rows.some((r) => r.some((c) => c.uitleg))).map((m) => m.name);
}

/** The name of the table the overview's rows come from (e.g. "Mijlpalen"), for headings. */
export function overviewTableName(def: Monitor): string | null {
  const rv = def.landelijk.find((n) => n.soort === "rijverdeling");
  return rv && "tabel" in rv ? (rowsTable(def, rv.tabel)?.blad ?? null) : null;
}

/** The words of the pane's national overview, from the definition (pure: the component only shows them). */
export interface OverviewTexts {
  /** "37 van 37 regio's ontvangen" (the number shown large is its first part). */
  ontvangen: { getal: string; tekst: string };
  /** The section on the judged rows (action monitors), or null. */
  stoplicht: {
    kop: string;
    /** Whether the colours over all rows are shown (false where the source says no total can be given). */
    totaal: boolean;
    /** Why no total is shown, or null. */
    geenTotaal: string | null;
    gerealiseerd: string;
  } | null;
  /** The section of the row distributions (% done per row), or null. */
  rijen: {
    kop: string;
    /** Per row code: the caption and the progress bar's label. */
    regels: Record<string, { onderschrift: string; balk: string }>;
  } | null;
  /** The line when nothing needs attention. */
  allesGoed: string;
}

export function overviewTexts(result: NationalResult): OverviewTexts {
  const { def, report, mijlpalen } = result;
  const w = vocabulary(def);
  const totaal = report.totaal;
  const tableName = overviewTableName(def);
  return {
    ontvangen: def.eenheden
      ? { getal: `${report.ontvangen} van ${report.verwacht}`, tekst: `${w.eenheden} ontvangen` }
      : {
          getal: String(report.ontvangen),
          tekst: `${report.ontvangen === 1 ? "bestand" : "bestanden"} meegeteld`,
        },
    stoplicht: totaal
      ? {
          kop: `${w.totaaloordeel ? "Stoplicht" : `Kleur per ${w.rij}`}: ${totaal.aantal} ${w.rijen}`,
          totaal: w.totaaloordeel,
          geenTotaal: w.totaaloordeel ? null : noTotalText(w),
          gerealiseerd: `${capitalise(w.gerealiseerd)}: ${totaal.voltooid} van ${totaal.aantal} (${formatPercent(totaal.fractieVoltooid)})`,
        }
      : null,
    rijen:
      mijlpalen.length > 0
        ? {
            kop: `${tableName ?? capitalise(w.rijen)}: % ${w.gerealiseerd}`,
            regels: Object.fromEntries(
              mijlpalen.map((m) => [
                m.code,
                {
                  onderschrift: `${m.gerealiseerd} van ${report.verwacht} ${w.gerealiseerd}${m.waarvanGedeeltelijk > 0 ? `, waarvan ${m.waarvanGedeeltelijk} ${w.gedeeltelijk}` : ""}`,
                  balk: `${m.code} ${w.gerealiseerd}: ${formatPercent(m.fractie)}`,
                },
              ]),
            ),
          }
        : null,
    allesGoed: def.eenheden
      ? `Alle ${w.eenheden} zijn ontvangen, geen enkele is Rood en alle bestanden tellen mee.`
      : "Alle bestanden tellen mee.",
  };
}

/** A round imported: the national result, the final file lines, and the words the host shows first. */
export interface NationalImport {
  round: Round;
  entries: ReturnEntry[];
  result: NationalResult;
  /** Per file, in the order given: the report's verdict. */
  lines: FileLine[];
  /** Which monitor is aggregated and why, then the files of other monitors as a group per monitor. */
  monitorTekst: string;
  /** "ontvangen 37 van 37 regio's" (see round.ts `receivedText`). */
  ontvangen: string;
  /** "; 2 bestanden tellen niet mee", or "". */
  nietMeegeteld: string;
}

/** The files of a round (each read once), chosen, validated, aggregated and composed, as `aggregate` does. */
export function nationalImport(files: readonly RoundFile[], choice: RoundChoice): NationalImport {
  const round = startRound(files, choice);
  const entries = roundEntries(files, round);
  const result = nationalResult(entries, round.def);
  return {
    round,
    entries,
    result,
    lines: linesAfterAggregate(
      files.map((f) => f.bestand),
      result.report,
    ),
    monitorTekst: [round.kop, ...round.anderen].map((i) => i.bericht).join(" "),
    ontvangen: receivedText(round.def, result.report),
    nietMeegeteld: notCountedText(result.report),
  };
}
