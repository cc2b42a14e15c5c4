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
import { sameFile, writeTextFile, writeWorkbookFile } from "../xlsx/files";
import { checkExtension, UsageError, type Io } from "./args";
import { loadExport } from "./compare";
import { writing } from "./file-errors";

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
  if (options.o === undefined) throw new UsageError("Optie -o is verplicht.", "reeks");
  checkExtension(options.o, ".xlsx", "-o", "reeks");
  checkExtension(options.json, ".json", "--json", "reeks");
  const out = options.o;
  const jsonOut = options.json ?? null;
  if (positional.length < 2)
    throw new UsageError(
      "Een reeks heeft minstens twee metingen nodig; geef twee of meer bestanden.",
      "reeks",
    );
  for (const target of [out, ...(jsonOut ? [jsonOut] : [])])
    for (const input of positional)
      if (await sameFile(input, target))
        throw new UsageError(
          `${target} is ook een invoerbestand; de invoer wordt nooit gewijzigd. Kies een andere naam.`,
          "reeks",
        );
  if (jsonOut && path.resolve(jsonOut) === path.resolve(out))
    throw new UsageError("-o en --json moeten verschillende bestanden zijn.", "reeks");

  const inputs: SeriesInput[] = [];
  const fouten: string[] = [];
  for (const file of positional) {
    const l = await loadExport(file);
    if (l.ok) inputs.push({ json: l.json, bestand: path.basename(file) });
    else fouten.push(...l.fouten);
  }
  if (fouten.length > 0) {
    io.err(`Fout: geen reeks gemaakt.\n${fouten.join("\n")}`);
    return SERIES_EXIT.usage;
  }
  const r = seriesOfRounds(inputs, builtInMonitors());
  if (!r.ok) {
    io.err(`Fout: geen reeks gemaakt. ${r.fouten.join(" ")}`);
    return SERIES_EXIT.usage;
  }
  const bytes = sheetsXlsx(r.models);
  await writing(out, () => writeWorkbookFile(bytes, out));
  io.err(`Reeks geschreven: ${out}`);
  if (jsonOut) {
    await writing(jsonOut, () => writeTextFile(jsonOut, JSON.stringify(r.reeks, null, 2) + "\n"));
    io.err(`JSON geschreven: ${jsonOut}`);
  }
  io.out(formatSeries(r.reeks));
  for (const m of r.meldingen) io.err(`Let op: ${m}`);
  return r.meldingen.length > 0 ? SERIES_EXIT.problems : SERIES_EXIT.ok;
}
