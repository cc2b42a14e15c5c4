/** Dutch texts for numbers and colours that a host shows (the task pane's scores and badges). */
import type { Rag } from "../sheet-model";
import type { Completion } from "../engine/score";
import { formatPercent } from "../cells/text";

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
