/**
 * "Vorige ronde laden": a national round picked by the user (the national workbook with its very hidden round
 * sheet, or the JSON of `aggregate --json`), read on this computer and kept for the pane: the next workbook
 * carries the unit's previous answers, a check reports what changed, and the Samenvatting sets each answer
 * beside the round's national distribution. The core reads and judges the round (core/app/round-file.ts,
 * previous-round.ts).
 */
import { useCallback, useState } from "react";
import { loadPreviousRound } from "../../../core/app/previous-round";
import type { NationalJson } from "../../../core/engine/json";
import type { Outcome } from "../../shared/Notice";
import { readPickedRound } from "../../shared/reader";
import { paneNotice } from "../../shared/notices";

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
  | { kind: "ongeldig"; uitkomst: Outcome };

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
    const read = await readPickedRound(file);
    const loaded = read.ok ? loadPreviousRound(read.text, file.name) : read;
    setState(
      loaded.ok
        ? { kind: "geladen", vorige: { round: loaded.round, bestand: loaded.bestand, ronde: loaded.ronde } }
        : {
            kind: "ongeldig",
            uitkomst: {
              melding: paneNotice("taakvenster_vorige_ronde_ongeldig", {}, file.name),
              fouten: loaded.fouten,
            },
          },
    );
  }, []);

  const clear = useCallback(() => setState({ kind: "leeg" }), []);
  return { state, vorige: state.kind === "geladen" ? state.vorige : null, pick, clear };
}
