/**
 * Each monitor in its own words: for every built-in monitor its example round is written as real .xlsx
 * returns, read back, checked and aggregated; then its national workbook (written, read back by openpyxl),
 * its report HTML, its compare output (sheet, terminal text, pane paragraph) and the pane's overview texts
 * are searched for the words of the OTHER monitors' vocabularies (unit, kind of row, what counts as done).
 * A word is only forbidden when the monitor's own definition does not use it (a BMC aandachtspunt may speak
 * of "de regio"; the Taskforce actions never speak of a mijlpaal).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { builtInMonitors, type Monitor } from "../../src/core/model";
import { vocabulary } from "../../src/core/model/vocabulary";
import { exampleRound } from "../../src/examples/rounds";
import type { ReturnEntry } from "../../src/core/engine/national-types";
import { aggregate } from "../../src/core/engine/national";
import { compareRounds } from "../../src/core/compare/compare";
import { layoutComparison } from "../../src/core/layout/compare";
import { formatComparison } from "../../src/cli/compare";
import { formatColourCounts, formatJudgedRows, formatRowDistributions } from "../../src/cli/report-text";
import { buildReportHtml } from "../../src/report";
import { comparisonSummary } from "../../src/core";
import { nationalResult, overviewTexts } from "../../src/taskpane/features/import/national";
import { tempDir } from "../helpers/files";
import { openpyxlSheets, writeAndCheck, writeNational } from "./helpers";

const data = (name: string) => readFileSync(path.join(__dirname, "..", "..", "data", name), "utf8");
const DATA = {
  annexCsv: data("rak-regio-mijlpalen-2011-01-15.csv"),
  taskforceCsv: data("taskforce-acties-2013.csv"),
};

/** Lower case, without diacritics: "Regio's" and "regio’s" are the same word. */
const fold = (s: string) => s.normalize("NFD").replace(/\p{M}/gu, "").replace(/[’‘]/g, "'").toLowerCase();

/** The words of a monitor's vocabulary that name something of that monitor only. */
function vocabularyWords(d: Monitor): string[] {
  const w = vocabulary(d);
  // A monitor without units has none: "werkmap" is the tool's word for its one return, not the monitor's.
  const units = d.eenheden ? [w.eenheid, w.eenheden] : [];
  return [...units, w.rij, w.rijen, w.vraag, w.vragen, w.gerealiseerd].map(fold);
}

const hasWord = (text: string, word: string) =>
  new RegExp(`(?<![\\p{L}])${word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}])`, "u").test(text);

/** The other monitors' words that this monitor's definition never uses. */
function forbiddenFor(d: Monitor, all: Monitor[]): string[] {
  const own = fold(JSON.stringify(d));
  const mine = new Set(vocabularyWords(d));
  const words = all.filter((o) => o.id !== d.id).flatMap(vocabularyWords);
  return [...new Set(words)].filter((x) => !mine.has(x) && !hasWord(own, x)).sort();
}

/** Every forbidden word found, with the output it was found in and a piece of its context. */
function offences(outputs: Record<string, string>, forbidden: string[]): string[] {
  const out: string[] = [];
  for (const [name, text] of Object.entries(outputs)) {
    const t = fold(text);
    for (const f of forbidden)
      if (hasWord(t, f)) {
        const i = t.search(
          new RegExp(`(?<![\\p{L}])${f.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}])`, "u"),
        );
        out.push(`${name}: '${f}' in "…${t.slice(Math.max(0, i - 40), i + 40)}…"`);
      }
  }
  return out;
}

const ALL = builtInMonitors();

test("the vocabularies of the built-ins differ where the monitors differ (the forbidden words are real)", () => {
  const byId = Object.fromEntries(ALL.map((d) => [d.id, forbiddenFor(d, ALL)]));
  // The examples: no region or milestone in a Taskforce action monitor, no action in RAK's.
  expect(byId["actiemonitor-2013"]).toEqual(
    expect.arrayContaining(["regio", "regio's", "mijlpaal", "mijlpalen"]),
  );
  expect(byId["rak-2008-2010"]).toEqual(expect.arrayContaining(["actie", "acties", "aandachtspunt"]));
  expect(byId["bmc-2015"]).toEqual(expect.arrayContaining(["mijlpaal", "mijlpalen", "actie", "acties"]));
});

describe.each(ALL.map((d) => [d.id, d] as const))("%s speaks only its own words", (_id, d) => {
  const forbidden = forbiddenFor(d, ALL);
  const outputs: Record<string, string> = {};

  beforeAll(async () => {
    const round = exampleRound(d, DATA);
    if (!round) throw new Error(`${d.id} heeft geen voorbeeldronde`);
    const dir = tempDir(`woorden-${d.id}-`);
    const entries: ReturnEntry[] = [];
    for (const r of round.retouren) {
      const { file, res } = await writeAndCheck(d, r.eenheid ?? d.id, r.fill, dir);
      entries.push({ bestand: path.basename(file), result: res.result });
    }
    const report = aggregate(d, entries);
    const file = path.join(dir, "landelijk.xlsx");
    const json = await writeNational(d, report, file);
    const sheets = openpyxlSheets(file);
    for (const [name, rows] of Object.entries(sheets))
      outputs[`werkmap '${name}'`] = [
        name,
        ...rows.map((r) => r.filter((c) => typeof c === "string").join(" | ")),
      ].join("\n");
    // What a reader reads: the text, not the tags, anchors or style sheet.
    outputs.rapport = buildReportHtml(json)
      .replace(/<style>[\s\S]*?<\/style>/, "")
      .replace(/<[^>]+>/g, " ");
    const c = compareRounds(json, json, { oud: "oud.json", nieuw: "nieuw.json" });
    const cmp = layoutComparison(c);
    outputs["vergelijking (blad)"] = cmp.rows
      .map((r) => r.map((x) => (typeof x?.v === "string" ? x.v : "")).join(" | "))
      .join("\n");
    outputs["vergelijking (terminal)"] = formatComparison(c);
    outputs["vergelijking (taakvenster)"] = comparisonSummary(c);
    outputs["overzicht (taakvenster)"] = JSON.stringify(overviewTexts(nationalResult(entries, d)));
    outputs["opdrachtregel"] = [
      formatRowDistributions(d, report),
      formatColourCounts(d, report),
      ...formatJudgedRows(d, report),
    ].join("\n");
  });

  test("every output is there, and none has a word of another monitor's vocabulary", () => {
    expect(Object.keys(outputs).filter((k) => k.startsWith("werkmap")).length).toBeGreaterThan(1);
    expect(outputs.rapport).toContain("Landelijk rapport");
    expect(offences(outputs, forbidden)).toEqual([]);
  });

  test("its own words are used: the unit plural (with units) and the kind of row", () => {
    const w = vocabulary(d);
    const all = fold(Object.values(outputs).join("\n"));
    if (d.eenheden) expect(hasWord(all, fold(w.eenheden))).toBe(true);
    expect(hasWord(all, fold(w.rijen)) || hasWord(all, fold(w.rij))).toBe(true);
  });
});
