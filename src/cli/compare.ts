/**
 * `regiomonitor compare OUD NIEUW -o VERGELIJKING.xlsx [--json VERGELIJKING.json]`: each round is the JSON of
 * `regiomonitor aggregate --json` or a national workbook (.xlsx) with the very hidden round sheet
 * (`src/core/layout/round-sheet.ts`) that `aggregate` and the task pane write.
 */
import { promises as fs } from "node:fs";
import path from "node:path";
import { compareRoundsChecked, type Comparison } from "../core/compare/compare";
import { layoutComparison, RAG_LABEL } from "../core/layout/compare";
import { MAX_FILE_BYTES } from "../core/limits";
import { readWorkbook } from "../xlsx/read-xlsx";
import { UnreadableFileError } from "../xlsx/unreadable";
import { formatDecimal } from "../core/cells/text";
import { capitalise as cap } from "../core/model/vocabulary";
import { sheetsXlsx } from "../xlsx/writer";
import { type Io } from "./args";
import { hostNotice, noticeLine, noticeText } from "../core/issues";
import { checkedOutputs, writeOutputs } from "./outputs";
import { fileErrorMessage, missingMessage } from "./file-errors";
import { pad } from "./report-text";
import { readRoundFile, type PlannedRead, type RoundOfFile } from "../core";

export type CompareIo = Io;

/** 0 all compared · 1 some items only in one round (outputs written) · 2 usage error or unusable input. */
export const COMPARE_EXIT = { ok: 0, problems: 1, usage: 2 } as const;

type Loaded = RoundOfFile;

/** The command line's .xlsx reader for the core: the workbook as planned, or the Dutch reason. */
export const plannedRead: PlannedRead = async (bytes, plan, bestand) => {
  try {
    return { ok: true, input: await readWorkbook(bytes, plan, bestand) };
  } catch (e) {
    if (e instanceof UnreadableFileError) return { ok: false, reden: e.reden };
    throw e;
  }
};

/** A national round from a file (JSON or national workbook, see core/app/round-file.ts), or Dutch messages. */
export async function loadExport(file: string): Promise<Loaded> {
  let bytes: Buffer;
  try {
    const st = await fs.stat(file);
    if (st.isDirectory())
      return {
        ok: false,
        fouten: [noticeText("invoer_is_map", { soort: "JSON-bestand of landelijke werkmap" }, file)],
      };
    if (st.size > MAX_FILE_BYTES)
      return {
        ok: false,
        fouten: [noticeText("meting_te_groot", { bytes: st.size, max: MAX_FILE_BYTES }, file)],
      };
    bytes = await fs.readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException)?.code;
    const m =
      code === "ENOENT" || code === "ENOTDIR"
        ? missingMessage(file, "meting")
        : (fileErrorMessage(e, file) ?? `Kan '${file}' niet lezen. Controleer het pad.`);
    return { ok: false, fouten: [m] };
  }
  return readRoundFile(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length), file, plannedRead);
}

function signed(n: number, decimals = 0): string {
  const t = decimals === 0 ? String(Math.abs(n)) : formatDecimal(Math.abs(n), decimals);
  return n > 0 ? `+${t}` : n < 0 ? `-${t}` : t;
}

/** A short text summary for the terminal, in the monitor's words: the row distributions and what changed colour. */
export function formatComparison(c: Comparison): string {
  const round = (label: string, r: Comparison["oud"]) =>
    `${label}: ${r.bestand ?? "-"} (${r.definitie.id} ${r.definitie.versie}${r.meetmoment ? `, ${r.meetmoment}` : ""}${r.peildatum ? `, peildatum ${r.peildatum.tot}` : ""}, ontvangen ${r.ontvangen} van ${r.verwacht})`;
  const w = c.woorden;
  const lines = [round("Oud  ", c.oud), round("Nieuw", c.nieuw)];
  if (c.mijlpalen.length > 0) lines.push("", `${cap(w.rijen)} (${w.gerealiseerd} oud → nieuw)`);
  for (const m of c.mijlpalen) {
    lines.push(
      `${pad(`${m.code} ${m.mijlpaal}`, 52)} ${String(m.oud.gerealiseerd).padStart(3)} → ${String(m.nieuw.gerealiseerd).padStart(3)}   ${formatDecimal(m.oud.percentageGerealiseerd).padStart(5)} % → ${formatDecimal(m.nieuw.percentageGerealiseerd).padStart(5)} %  (${signed(m.verschil.percentageGerealiseerd, 1)} procentpunt)`,
    );
  }
  if (c.oud.verwacht > 0 || c.nieuw.verwacht > 0)
    lines.push("", `${cap(w.eenheden)} met ander oordeel: ${c.regios.length}`);
  for (const r of c.regios) {
    const t = (x: typeof r.oud) => (x === null ? "niet ontvangen" : RAG_LABEL[x]);
    lines.push(`  ${r.regio}: ${t(r.oud)} → ${t(r.nieuw)} (${r.richting})`);
  }
  if (c.acties) {
    lines.push("", `${cap(w.rijen)} met ander oordeel: ${c.acties.length}`);
    for (const x of c.acties)
      lines.push(`  ${x.sleutel} ${x.label}: ${RAG_LABEL[x.oud]} → ${RAG_LABEL[x.nieuw]} (${x.richting})`);
  }
  return lines.join("\n");
}

export async function cmdCompare(
  positional: string[],
  options: { o?: string; json?: string },
  io: CompareIo,
): Promise<number> {
  const outputs = await checkedOutputs("compare", positional, options);
  const [oudFile, nieuwFile] = positional;

  const loaded = [await loadExport(oudFile), await loadExport(nieuwFile)];
  const fouten = loaded.flatMap((l) => (l.ok ? [] : l.fouten));
  if (fouten.length > 0 || !loaded[0].ok || !loaded[1].ok) {
    io.err([noticeLine(hostNotice("niets_gemaakt", { wat: "vergelijking" })), ...fouten].join("\n"));
    return COMPARE_EXIT.usage;
  }
  const checked = compareRoundsChecked(loaded[0].json, loaded[1].json, {
    oud: path.basename(oudFile),
    nieuw: path.basename(nieuwFile),
  });
  // Rounds of different monitors: refused, nothing written.
  if (!checked.ok) {
    io.err(noticeLine(checked.issue));
    return COMPARE_EXIT.usage;
  }
  const c = checked.comparison;
  // A change of version is said first, before anything compared.
  if (checked.versie) io.err(noticeLine(checked.versie));

  await writeOutputs(io, outputs, "vergelijking", sheetsXlsx([layoutComparison(c)]), c);
  io.out(formatComparison(c));

  const pd = (r: Comparison["oud"]) => (r.peildatum ? r.peildatum.tot.split("-").reverse().join("-") : null);
  const po = pd(c.oud);
  const pn = pd(c.nieuw);
  if (po && pn && pn < po) io.err(noticeLine(hostNotice("eerdere_peildatum", {})));
  if (c.nietVergeleken.length > 0) {
    io.err(`Niet vergeleken (${c.nietVergeleken.length}, komt in maar één meting voor):`);
    for (const x of c.nietVergeleken)
      io.err(
        `  ${x.soort} ${x.code}${x.soort === "antwoord" ? ` '${x.omschrijving}'` : ""}: alleen in ${x.alleenIn}`,
      );
    return COMPARE_EXIT.problems;
  }
  return COMPARE_EXIT.ok;
}
