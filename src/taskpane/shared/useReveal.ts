/**
 * Where the eye is: when a new cell is selected, the element holding its explanation is scrolled to the top of
 * the pane and takes focus (it needs tabIndex -1), so that a reader sees something happen.
 */
import { useEffect, useRef, type RefObject } from "react";
import type { SelectedCell } from "./useSelectionExplanation";

export function useReveal(selected: SelectedCell | null): RefObject<HTMLDivElement> {
  const ref = useRef<HTMLDivElement>(null);
  const key = selected ? `${selected.sheet}!${selected.address}` : "";
  useEffect(() => {
    if (!key) return;
    ref.current?.scrollIntoView({ block: "start" });
    ref.current?.focus({ preventScroll: true });
  }, [key]);
  return ref;
}
