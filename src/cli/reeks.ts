/**
 * `regiomonitor reeks R1 R2 … Rn -o REEKS.xlsx [--json REEKS.json]`: a series of national rounds of one
 * monitor, each the JSON of `regiomonitor aggregate --json` or a national workbook (read as `compare` reads
 * them, `loadExport`), ordered by peildatum (src/core/series/series.ts, layout.ts).
 */
import path from "node:path";
import { builtInMonitors } from "../core/model";
import type { Series, SeriesInput } from "../core/series/series";
import { roundLabel } from "../core/layout/series";
import { seriesOfRounds } from "../core/app/series-rounds";
import { RAGS } from "../core/compare/compare";
import { countText, formatDecimal } from "../core/cells/text";
import { pad } from "./report-text";
import { sheetsXlsx } from "../xlsx/writer";
import { UsageError, type Io } from "./args";
import { loadExport } from "./compare";
import { hostNotice, NOTICE_PREFIX, noticeLine, noticeText } from "../core/issues";
import { checkedOutputs, writeOutputs } from "./outputs";

/** 0 series written · 1 written, with a remark on the order of the rounds · 2 usage error or unusable input. */
export const SERIES_EXIT = { ok: 0, problems: 1, usage: 2 } as const;

/** A short text summary for the terminal. */
export function formatSeries(s: Series): string {
  const w = s.woorden;
  const lines = [`Reeks: ${s.monitor.naam ?? s.monitor.id}, ${s.rondes.length} metingen`];
  for (const r of s.rondes)
    lines.push(
      `  ${r.nummer}. ${roundLabel(r)} (${r.bestand ?? "-"}${r.peildatum ? `, peildatum ${r.peildatum}` : ""})`,
    );
  lines.push(
    "",
    `Wijzigingen in de definitie: ${s.wijzigingen.length === 0 ? "geen" : s.wijzigingen.length}`,
  );
  const noun = { mijlpaal: w.mijlpaal, vraag: w.vraag, actie: w.actie, regio: w.eenheid };
  const what = { toegevoegd: "toegevoegd", verwijderd: "vervallen", hernoemd: "andere omschrijving" };
  for (const c of s.wijzigingen)
    lines.push(
      `  vanaf meting ${c.ronde}: ${noun[c.soort].enkelvoud.toLowerCase()} ${c.code} ${what[c.wijziging]}: ${c.omschrijving}${c.vorigeOmschrijving ? ` (was: ${c.vorigeOmschrijving})` : ""}`,
    );
  for (const m of s.mijlpalen)
    lines.push(
      `${pad(`${m.code} ${m.mijlpaal}`, 52)} ${m.perRonde
        .map((x) => (x ? `${formatDecimal(x.percentageGerealiseerd).padStart(5)} %` : "      -"))
        .join("  ")}`,
    );
  s.totaal.forEach((t, i) => {
    if (!t) return;
    lines.push(
      `${roundLabel(s.rondes[i])}: ${RAGS.map((k) => `${w.kleuren[k]} ${t.kleuren[k]}`).join(", ")}; voltooid ${t.voltooid}`,
    );
  });
  if (s.meestBewogen.length > 0) {
    lines.push("", "Meest bewogen oordeel:");
    for (const m of s.meestBewogen)
      lines.push(
        `  ${m.omschrijving}: ${w.kleuren[m.eerste]} → ${w.kleuren[m.laatste]} (${countText(m.stappen, "stap", "stappen")}, ${m.richting})`,
      );
  }
  return lines.join("\n");
}

export async function cmdReeks(
  positional: string[],
  options: { o?: string; json?: string },
  io: Io,
): Promise<number> {
  const outputs = await checkedOutputs("reeks", positional, options);
  if (positional.length < 2) throw new UsageError(noticeText("reeks_te_kort", {}), "reeks");

  const inputs: SeriesInput[] = [];
  const fouten: string[] = [];
  for (const file of positional) {
    const l = await loadExport(file);
    if (l.ok) inputs.push({ json: l.json, bestand: path.basename(file) });
    else fouten.push(...l.fouten);
  }
  const none = noticeLine(hostNotice("niets_gemaakt", { wat: "reeks" }));
  if (fouten.length > 0) {
    io.err([none, ...fouten].join("\n"));
    return SERIES_EXIT.usage;
  }
  const r = seriesOfRounds(inputs, builtInMonitors());
  if (!r.ok) {
    io.err(`${none} ${r.fouten.join(" ")}`);
    return SERIES_EXIT.usage;
  }
  await writeOutputs(io, outputs, "reeks", sheetsXlsx(r.models), r.reeks);
  io.out(formatSeries(r.reeks));
  for (const m of r.meldingen) io.err(`${NOTICE_PREFIX.waarschuwing}${m}`);
  return r.meldingen.length > 0 ? SERIES_EXIT.problems : SERIES_EXIT.ok;
}
