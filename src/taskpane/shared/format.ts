/** Dutch texts for numbers, dates and colours shown in the pane. */
import type { Rag } from "../../core/sheet-model";
import type { Completion } from "../../core/engine/score";
import { formatPercent } from "../../core/cells/text";

export { formatPercent };

/** "83,3 % (25 van 30 verplichte cellen)". */
export function completionText(c: Completion): string {
  return `${formatPercent(c.fractie)} (${c.ingevuld} van ${c.vereist} verplichte cellen)`;
}

/** "waarvan onbekend: 2" */
export function unknownText(c: Completion): string {
  return `waarvan onbekend: ${c.onbekend}`;
}

/** Label of a RAG from the definition's labels, with a fallback. */
export function ragLabel(rag: Rag, labels: Partial<Record<Rag, string>>): string {
  return labels[rag] ?? { groen: "Groen", oranje: "Oranje", rood: "Rood", grijs: "Grijs" }[rag];
}
