/**
 * What the Landelijk overzicht does with the picked files, without React or Excel: one file at a time into a
 * ReturnEntry (exactly as `regiomonitor aggregate` does), then the national report, its five sheets, the
 * explanation index, and the overview a reader wants first.
 */
import { capitalise, noTotalText, vocabulary } from "../../core/model/vocabulary";
import { formatPercent } from "../../core/cells/text";
import { builtInMonitors, defaultMonitor, rowsTable, type Monitor, type Rag } from "../../core/model";
import type { WantedSource, WorkbookInput } from "../../core/grid";
import { checkReturn, mostRecorded, unreadableResult } from "../../core/engine/pipeline";
import { folderMonitors, monitorNamer } from "../../core/engine/folder-monitors";
import { aggregate } from "../../core/engine/national";
import type { NationalReport, ReturnEntry } from "../../core/engine/national-types";
import { layoutNational, rowOfFirstCell } from "../../core/engine/layout-national";
import { toNationalJson } from "../../core/engine/json";
import { roundSheetModel } from "../../core/layout/round-sheet";
import { wantedSources } from "../../core/engine/read";
import { explanationIndex, type ExplanationIndex } from "../../core/engine/explain";
import type { SheetModel } from "../../core/sheet-model";
import type { ReadOutcome } from "../lazy/xlsx-reader";

/** The reader chunk's API (see lazy/xlsx-reader.ts). */
export interface XlsxReader {
  readReturnedWorkbook(
    buf: Uint8Array,
    wanted: readonly WantedSource[],
    bestand: string,
  ): Promise<ReadOutcome>;
  /** The .xlsx bytes (Base64) of a new workbook holding these sheets, for `createWorkbook`. */
  workbookBase64(models: readonly SheetModel[]): string;
}

let readerPromise: Promise<XlsxReader> | null = null;

/** Loads the .xlsx reader chunk once, on first use of the Landelijk overzicht (never in the initial bundle). */
export function loadXlsxReader(): Promise<XlsxReader> {
  readerPromise ??= import(/* webpackChunkName: "xlsx-reader" */ "../lazy/xlsx-reader").catch(
    (e: unknown) => {
      readerPromise = null;
      throw e;
    },
  );
  return readerPromise;
}

/** The definition the import uses: the one loaded with "Definitie laden", else the default one. */
export function nationalDefinition(loaded?: Monitor | null): Monitor {
  return loaded ?? defaultMonitor();
}

/**
 * The definition a round is read with: the one loaded with "Definitie laden"; else the known definition most
 * readable files recorded (the returns of an action monitor); else the default one.
 */
export function roundDefinition(
  loaded: Monitor | null | undefined,
  outcomes: readonly ReadOutcome[],
): Monitor {
  if (loaded) return loaded;
  const recorded = outcomes.flatMap((o) => {
    const rec = o.ok ? o.input.definitie : null;
    const def = rec && builtInMonitors().find((d) => d.id === rec.id && d.versie === rec.versie);
    return def ? [def] : [];
  });
  return mostRecorded(recorded) ?? defaultMonitor();
}

/**
 * What the pane says first about a round, as `regiomonitor aggregate` does: which monitor it aggregates and
 * why, then the files of other monitors once, as a group per monitor, with the hint to aggregate them
 * separately. `loaded`: the definition loaded with "Definitie laden" (the user's choice), if any.
 */
export function roundMonitorText(
  def: Monitor,
  loaded: Monitor | null | undefined,
  names: readonly string[],
  outcomes: readonly ReadOutcome[],
): string {
  const files = names.map((bestand, i) => {
    const o = outcomes[i];
    return { bestand, id: o?.ok ? (o.input.definitie?.id ?? null) : null, leesbaar: o?.ok ?? false };
  });
  const known = [def, ...(loaded ? [loaded] : []), ...builtInMonitors()];
  const f = folderMonitors(def, files, loaded ? "Definitie laden" : null, monitorNamer(known));
  return [f.kop, ...f.anderen].map((i) => i.bericht).join(" ");
}

/** The sources the command line reads from each returned workbook (the default definition's). */
export function nationalWanted(def: Monitor = nationalDefinition()): WantedSource[] {
  return wantedSources(def);
}

/** A file that could not be read, as the command line records it. */
export function unreadableEntry(bestand: string, reden: string): ReturnEntry {
  return { bestand, result: unreadableResult(bestand, reden) };
}

/** A workbook read: validated and scored by the same core as the command line. */
export function entryFromInput(input: WorkbookInput, def: Monitor = nationalDefinition()): ReturnEntry {
  const available = [def, ...builtInMonitors().filter((d) => d.id !== def.id || d.versie !== def.versie)];
  return { bestand: input.bestand, result: checkReturn(input, def, available).result };
}

export function entryFromOutcome(bestand: string, outcome: ReadOutcome, def?: Monitor): ReturnEntry {
  return outcome.ok ? entryFromInput(outcome.input, def) : unreadableEntry(bestand, outcome.reden);
}

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

/** The line of a file just read (before aggregation knows about duplicates). */
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
  index: ExplanationIndex;
  mijlpalen: MilestoneOverview[];
  aandacht: AttentionItem[];
}

/** Everything from the entries: report, sheets (all five), explanations and the overview. */
export function nationalResult(
  entries: readonly ReturnEntry[],
  def: Monitor = nationalDefinition(),
): NationalResult {
  const report = aggregate(def, entries);
  const models = [...layoutNational(def, report), roundSheetModel(toNationalJson(def, report))];
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
  return { def, report, models, index, mijlpalen, aandacht };
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
