/**
 * "Waarom is dit rood?": while the pane is open, a selection on one of the explained sheets (debounced) looks
 * up the explanation of the selected cell in the index. Registration follows the index: after the sheets are
 * written again (new sheets), the pane listens again.
 */
import { useEffect, useState } from "react";
import { lookupExplanation, type Explanation, type ExplanationIndex } from "../../core/explain";
import type { HostErrorText, PaneHost } from "../host";

export const SELECTION_DEBOUNCE_MS = 250;

export interface SelectedCell {
  sheet: string;
  address: string;
  explanation: Explanation | null;
}

export function useSelectionExplanation(
  host: PaneHost,
  index: ExplanationIndex | null,
  sheets: readonly string[],
  /** Changes when the sheets were (re)written, so that the pane registers on the new sheets. */
  generation: unknown,
): { selected: SelectedCell | null; error: HostErrorText | null } {
  const [selected, setSelected] = useState<SelectedCell | null>(null);
  const [error, setError] = useState<HostErrorText | null>(null);
  const key = sheets.join("\u0000");

  useEffect(() => {
    if (!index || !host.onSelectionChanged) return;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const stop = host.onSelectionChanged(
      key.split("\u0000"),
      (sheet, address) => {
        if (timer) clearTimeout(timer);
        timer = setTimeout(() => {
          timer = null;
          setSelected({ sheet, address, explanation: lookupExplanation(index, sheet, address) });
        }, SELECTION_DEBOUNCE_MS);
      },
      (e) => setError(host.describeError(e)),
    );
    return () => {
      if (timer) clearTimeout(timer);
      stop();
    };
  }, [host, index, key, generation]);

  return { selected, error };
}
