/**
 * "Waarom is dit rood?": while the pane is open, a selection on one of the explained sheets (debounced) looks
 * up the explanation of the selected cell in the index. Registration follows the sheets, not the index:
 * after the sheets are written again (new sheets, a new `generation`) the pane listens again; a new index for
 * the same sheets (e.g. a new check of the same Samenvatting) only changes what the selection shows.
 * Used by the national view (the five national sheets) and by the regional view (the Samenvatting).
 */
import { useEffect, useMemo, useState } from "react";
import { lookupExplanation, type Explanation, type ExplanationIndex } from "../../core/engine/explain";
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
  const [cell, setCell] = useState<{ sheet: string; address: string } | null>(null);
  const [error, setError] = useState<HostErrorText | null>(null);
  const key = sheets.join("\u0000");
  const listening = index !== null;

  useEffect(() => {
    if (!listening || !host.onSelectionChanged) return;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const stop = host.onSelectionChanged(
      key.split("\u0000"),
      (sheet, address) => {
        if (timer) clearTimeout(timer);
        timer = setTimeout(() => {
          timer = null;
          setCell({ sheet, address });
        }, SELECTION_DEBOUNCE_MS);
      },
      (e) => setError(host.describeError(e)),
    );
    return () => {
      if (timer) clearTimeout(timer);
      stop();
    };
  }, [host, listening, key, generation]);

  // The explanation follows the current index: after the sheets were written again, the same address is
  // looked up in the new one.
  const selected = useMemo<SelectedCell | null>(
    () =>
      cell && index ? { ...cell, explanation: lookupExplanation(index, cell.sheet, cell.address) } : null,
    [cell, index],
  );

  return { selected, error };
}
