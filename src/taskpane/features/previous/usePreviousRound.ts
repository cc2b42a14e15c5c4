/**
 * "Vorige ronde laden": a national round picked by the user (the national workbook with its very hidden round
 * sheet, or the JSON of `aggregate --json`), read on this computer and kept for the pane: the next workbook
 * carries the unit's previous answers, a check reports what changed, and the Samenvatting sets each answer
 * beside the round's national distribution. The core reads and judges the round (core/app/previous-round.ts).
 */
import { useCallback, useState } from "react";
import { loadPreviousRound } from "../../../core/app/previous-round";
import type { NationalJson } from "../../../core/engine/json";
import { previousRoundText } from "../compare/compare";
import { loadXlsxReader } from "../import/national";

/** A loaded round: the round, its file and how it is named. */
export interface PaneRound {
  round: NationalJson;
  bestand: string;
  ronde: string;
}

export type PreviousRoundState =
  | { kind: "leeg" }
  | { kind: "bezig"; bestand: string }
  | { kind: "geladen"; vorige: PaneRound }
  | { kind: "ongeldig"; bestand: string; fouten: string[] };

export function usePreviousRound(): {
  state: PreviousRoundState;
  /** The loaded round, or null. */
  vorige: PaneRound | null;
  pick: (file: File | undefined) => Promise<void>;
  clear: () => void;
} {
  const [state, setState] = useState<PreviousRoundState>({ kind: "leeg" });

  const pick = useCallback(async (file: File | undefined) => {
    if (!file) return;
    setState({ kind: "bezig", bestand: file.name });
    try {
      const read = await previousRoundText(
        new Uint8Array(await file.arrayBuffer()),
        file.name,
        loadXlsxReader,
      );
      if (!read.ok) {
        setState({ kind: "ongeldig", bestand: file.name, fouten: read.fouten });
        return;
      }
      const loaded = loadPreviousRound(read.text, file.name);
      setState(
        loaded.ok
          ? { kind: "geladen", vorige: { round: loaded.round, bestand: loaded.bestand, ronde: loaded.ronde } }
          : { kind: "ongeldig", bestand: file.name, fouten: loaded.fouten },
      );
    } catch (e) {
      setState({
        kind: "ongeldig",
        bestand: file.name,
        fouten: [`${file.name}: kon niet worden gelezen (${e instanceof Error ? e.message : String(e)}).`],
      });
    }
  }, []);

  const clear = useCallback(() => setState({ kind: "leeg" }), []);
  return { state, vorige: state.kind === "geladen" ? state.vorige : null, pick, clear };
}
