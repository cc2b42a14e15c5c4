/**
 * "Reeks van metingen": the national rounds picked by the user (national workbooks with their very hidden round
 * sheet, or JSON exports) read on this computer, the series made by the core (core/app/series-rounds.ts, as
 * `regiomonitor reeks`) and its sheets written into the open workbook.
 */
import { useCallback, useState } from "react";
import { seriesOfTexts, seriesSummary } from "../../../core/app/series-rounds";
import { builtInMonitors } from "../../../core/model";
import type { Outcome } from "../../shared/Notice";
import type { PaneHost } from "../../host";
import { readPickedRound } from "../../shared/reader";
import { paneNotice, writeFailure } from "../../shared/notices";

export type SeriesState =
  | { kind: "leeg" }
  | { kind: "bezig"; aantal: number }
  | ({ kind: "klaar" | "ongeldig" | "niet-geschreven" } & Outcome);

export function useSeriesWriter(host: PaneHost): {
  state: SeriesState;
  pick: (files: readonly File[]) => Promise<void>;
  dismiss: () => void;
} {
  const [state, setState] = useState<SeriesState>({ kind: "leeg" });

  const pick = useCallback(
    async (files: readonly File[]) => {
      if (files.length === 0) return;
      setState({ kind: "bezig", aantal: files.length });
      const texts: { text: string; bestand: string }[] = [];
      const fouten: string[] = [];
      for (const file of files) {
        const read = await readPickedRound(file);
        if (read.ok) texts.push({ text: read.text, bestand: file.name });
        else fouten.push(...read.fouten);
      }
      const r = fouten.length > 0 ? { ok: false as const, fouten } : seriesOfTexts(texts, builtInMonitors());
      if (!r.ok) {
        setState({ kind: "ongeldig", melding: paneNotice("taakvenster_geen_reeks", {}), fouten: r.fouten });
        return;
      }
      try {
        await host.writeSheets(r.models);
        const data = {
          samenvatting: seriesSummary(r.reeks),
          bladen: r.models.map((m) => m.name),
          meldingen: r.meldingen,
        };
        const melding =
          data.meldingen.length > 0
            ? paneNotice("taakvenster_reeks_met_meldingen", data)
            : paneNotice("taakvenster_reeks_geschreven", data);
        setState({ kind: "klaar", melding });
      } catch (e) {
        setState({ kind: "niet-geschreven", melding: writeFailure(host.describeError(e)) });
      }
    },
    [host],
  );

  const dismiss = useCallback(() => setState({ kind: "leeg" }), []);
  return { state, pick, dismiss };
}
