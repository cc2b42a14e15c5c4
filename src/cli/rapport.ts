/**
 * `regiomonitor rapport LANDELIJK.json -o RAPPORT.html`: the national report to publish (src/report), from
 * the JSON of `regiomonitor aggregate --json` or from a national workbook with its round sheet (the same
 * inputs as `compare`). The input is never changed; the output is written atomically. The report module (with
 * ECharts, about 1 MB of JavaScript) is loaded only here, never for the other commands or `--help`.
 */
import { hostNotice, NOTICE_PREFIX, noticeLine, noticeText } from "../core/issues";
import path from "node:path";
import { sameFile, writeBytesFile, writeTextFile } from "../xlsx/files";
import type { ContentsPages } from "../report/contents";
import { findBrowser, printReport, PrintError } from "./print-pdf";
import { UsageError } from "./args";
import { loadExport } from "./compare";
import { promises as fs } from "node:fs";
import type { NationalJson } from "../core/engine/json";
import { SeriesSchema, type Series } from "../core/series/series";
import { fileErrorMessage, missingMessage, writing } from "./file-errors";

export interface RapportIo {
  out: (s: string) => void;
  err: (s: string) => void;
}

/** 0 written · 2 usage error or unusable input (nothing written). */
export async function writeReport(
  input: string,
  out: string | undefined,
  io: RapportIo,
  vorigeFile?: string,
  reeksFile?: string,
): Promise<number> {
  if (out === undefined)
    throw new UsageError(
      "Geef met -o op waar het rapport moet komen, bijvoorbeeld -o rapport.html.",
      "rapport",
    );
  if (await sameFile(input, out)) throw new UsageError(noticeText("uitvoer_is_invoer", {}, out), "rapport");
  const kind = outputKind(out);
  const loaded = await loadExport(input);
  if (!loaded.ok) {
    // One message (the file is missing, or is another kind of file) is one sentence; a damaged round lists its faults.
    io.err(
      loaded.fouten.length === 1
        ? `${NOTICE_PREFIX.fout}${loaded.fouten[0]}`
        : [noticeLine(hostNotice("niets_gemaakt", { wat: "rapport" })), ...loaded.fouten].join("\n"),
    );
    return 2;
  }
  let vorige: NationalJson | undefined;
  if (vorigeFile !== undefined) {
    const prev = await loadExport(vorigeFile);
    if (!prev.ok) throw new UsageError(`--vorige: ${prev.fouten.join("\n")}`, "rapport");
    const why = sameMonitor(loaded.json, prev.json, path.basename(vorigeFile));
    if (why) throw new UsageError(`--vorige: ${why}`, "rapport");
    vorige = prev.json;
  }
  const reeks = reeksFile === undefined ? undefined : await loadSeries(reeksFile, loaded.json);
  const { buildReportHtml, receivedText, monitorName } = await import("../report");
  const html = (paginas?: ContentsPages) => buildReportHtml(loaded.json, { vorige, reeks, paginas });
  if (kind === "pdf") {
    const browser = findBrowser();
    if (browser === null) {
      io.err(
        "Fout: geen rapport gemaakt. Voor een PDF is Chromium, Google Chrome of Microsoft Edge nodig en die is niet gevonden (zet CHROMIUM_PATH op het programma), of maak een .html-rapport en druk dat af vanuit de browser.",
      );
      return 2;
    }
    let pdf: Uint8Array;
    try {
      pdf = await printReport(browser, html);
    } catch (e) {
      if (!(e instanceof PrintError)) throw e;
      io.err(`Fout: geen rapport gemaakt: ${e.reden}.`);
      return 2;
    }
    await writing(out, () => writeBytesFile(pdf, out));
  } else await writing(out, () => writeTextFile(out, html()));
  io.err(noticeText("bestand_geschreven", { soort: "rapport" }, out));
  io.out(`${monitorName(loaded.json)}: ${receivedText(loaded.json)}`);
  return 0;
}

/** What `-o` asks for, by its extension; a usage error for any other. */
function outputKind(out: string): "html" | "pdf" {
  const ext = path.extname(out).toLowerCase();
  if (ext === ".html" || ext === ".htm") return "html";
  if (ext === ".pdf") return "pdf";
  throw new UsageError(
    `Het rapport wordt een .html- of een .pdf-bestand, geen '${ext || "bestand zonder extensie"}': kies bijvoorbeeld -o rapport.html of -o rapport.pdf.`,
    "rapport",
  );
}

/** The series of `--reeks`: the JSON of `regiomonitor reeks --json` of the same monitor, else a usage error. */
async function loadSeries(file: string, json: NationalJson): Promise<Series> {
  const naam = path.basename(file);
  let text: string;
  try {
    text = await fs.readFile(file, "utf8");
  } catch (e) {
    const code = (e as NodeJS.ErrnoException)?.code;
    throw new UsageError(
      `--reeks: ${code === "ENOENT" || code === "ENOTDIR" ? missingMessage(file, "reeks") : (fileErrorMessage(e, file) ?? `Kan '${file}' niet lezen. Controleer het pad.`)}`,
      "rapport",
    );
  }
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch {
    data = undefined;
  }
  const r = SeriesSchema.safeParse(data);
  if (!r.success)
    throw new UsageError(
      `--reeks: ${naam} is geen reeks van 'regiomonitor reeks --json' (zie docs/json-export.md). Maak de reeks opnieuw met 'regiomonitor reeks ... --json ${naam}'.`,
      "rapport",
    );
  if (r.data.monitor.id !== json.definitie.id)
    throw new UsageError(
      `--reeks: ${naam} is een reeks van een andere monitor (${r.data.monitor.naam ?? r.data.monitor.id}), niet van ${json.definitie.naam ?? json.definitie.id}.`,
      "rapport",
    );
  return r.data;
}

/** Why the previous round cannot stand beside this one in the factsheets, in Dutch; null when it can. */
function sameMonitor(json: NationalJson, vorige: NationalJson, bestand: string): string | null {
  if (vorige.definitie.id !== json.definitie.id)
    return `${bestand} is een ronde van een andere monitor (${vorige.definitie.naam ?? vorige.definitie.id}), niet van ${json.definitie.naam ?? json.definitie.id}.`;
  if (!vorige.regios || !vorige.regioRijen)
    return `${bestand} bevat geen antwoorden per regio (een export van een oudere versie). Maak de vorige ronde opnieuw met 'regiomonitor aggregate --json'.`;
  return null;
}

/** `regiomonitor demo`: the report of the demo's national JSON, `DIR/rapport.html` (its stdout line left out). */
export function writeDemoReport(dir: string, io: RapportIo): Promise<number> {
  return writeReport(path.join(dir, "landelijk.json"), path.join(dir, "rapport.html"), {
    ...io,
    out: () => {},
  });
}
