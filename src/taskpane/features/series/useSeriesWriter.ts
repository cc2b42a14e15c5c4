/**
 * "Reeks van metingen": the national rounds picked by the user (national workbooks with their very hidden round
 * sheet, or JSON exports) read on this computer, the series made by the core (core/app/series-rounds.ts, as
 * `regiomonitor reeks`) and its sheets written into the open workbook.
 */
import { useCallback, useState } from "react";
import { seriesOfTexts, seriesSummary } from "../../../core/app/series-rounds";
import { builtInMonitors } from "../../../core/model";
import type { PaneHost } from "../../host";
import { previousRoundText } from "../compare/compare";
import { loadXlsxReader } from "../import/national";

export type SeriesState =
  | { kind: "leeg" }
  | { kind: "bezig"; aantal: number }
  | { kind: "klaar"; samenvatting: string; bladen: string[]; meldingen: string[] }
  | { kind: "ongeldig"; fouten: string[] }
  | { kind: "niet-geschreven"; bericht: string; geweigerd: boolean };

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
        try {
          const read = await previousRoundText(
            new Uint8Array(await file.arrayBuffer()),
            file.name,
            loadXlsxReader,
          );
          if (read.ok) texts.push({ text: read.text, bestand: file.name });
          else fouten.push(...read.fouten);
        } catch (e) {
          fouten.push(
            `${file.name}: kon niet worden gelezen (${e instanceof Error ? e.message : String(e)}).`,
          );
        }
      }
      const r = fouten.length > 0 ? { ok: false as const, fouten } : seriesOfTexts(texts, builtInMonitors());
      if (!r.ok) {
        setState({ kind: "ongeldig", fouten: r.fouten });
        return;
      }
      try {
        await host.writeSheets(r.models);
        setState({
          kind: "klaar",
          samenvatting: seriesSummary(r.reeks),
          bladen: r.models.map((m) => m.name),
          meldingen: r.meldingen,
        });
      } catch (e) {
        const t = host.describeError(e);
        setState({ kind: "niet-geschreven", bericht: t.bericht, geweigerd: t.geweigerd });
      }
    },
    [host],
  );

  const dismiss = useCallback(() => setState({ kind: "leeg" }), []);
  return { state, pick, dismiss };
}
