/** Small HTML building blocks of the report: escaping, tables and Dutch number and colour texts. */
import { formatDecimal } from "../core/cells/text";

export type Rag = "groen" | "oranje" | "rood" | "grijs";
export const RAGS: readonly Rag[] = ["groen", "oranje", "rood", "grijs"];
export const RAG_LABEL: Record<Rag, string> = {
  groen: "Groen",
  oranje: "Oranje",
  rood: "Rood",
  grijs: "Grijs",
};
/** Fills of the colours; the label is always printed next to a colour, never the colour alone. */
export const RAG_COLOUR: Record<Rag, string> = {
  groen: "#2e7d32",
  oranje: "#e07000",
  rood: "#c62828",
  grijs: "#8a8a8a",
};

const ENTITIES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

export function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

/** A percentage of the JSON (one decimal) in Dutch: 78.4 → "78,4 %". */
export function pct(n: number): string {
  return `${formatDecimal(n, 1)} %`;
}

/** A colour as a badge: a coloured square and the label, so that it reads in black and white too. */
export function ragBadge(rag: Rag | null): string {
  if (rag === null) return "—";
  return `<span class="rag rag-${rag}"><span class="dot" aria-hidden="true"></span>${RAG_LABEL[rag]}</span>`;
}

/** A cell: text (escaped) or raw HTML; `num` aligns right. */
export type Cell = string | number | { html: string } | { text: string; num?: boolean };

function cellHtml(c: Cell): { html: string; num: boolean } {
  if (typeof c === "number") return { html: String(c), num: true };
  if (typeof c === "string") return { html: esc(c), num: false };
  if ("html" in c) return { html: c.html, num: false };
  return { html: esc(c.text), num: c.num ?? false };
}

/**
 * A table with a caption and one header row (repeated on every printed page by `thead`); rows are never
 * cut across pages (print CSS). `numeric` marks the columns aligned right.
 */
export function table(
  caption: string,
  headers: readonly string[],
  rows: readonly Cell[][],
  cls = "",
): string {
  const head = headers.map((h) => `<th scope="col">${esc(h)}</th>`).join("");
  const body = rows
    .map(
      (r) =>
        `<tr>${r
          .map((c, i) => {
            const { html, num } = cellHtml(c);
            return i === 0 ? `<th scope="row">${html}</th>` : `<td${num ? ' class="num"' : ""}>${html}</td>`;
          })
          .join("")}</tr>`,
    )
    .join("\n");
  return `<table${cls ? ` class="${cls}"` : ""}>\n<caption>${esc(caption)}</caption>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table>`;
}

/** A section that starts on a new printed page. */
export function page(id: string, heading: string, body: string): string {
  return `<section class="page" id="${esc(id)}" aria-labelledby="${esc(id)}-kop">\n<h2 id="${esc(id)}-kop">${esc(heading)}</h2>\n${body}\n</section>`;
}

/** Key–value lines (a definition list). */
export function facts(items: readonly [string, string][]): string {
  return `<dl class="facts">${items.map(([k, v]) => `<dt>${esc(k)}</dt><dd>${v}</dd>`).join("")}</dl>`;
}

/** An id from a name (for anchors): letters and digits, the rest '-'. */
export function anchor(prefix: string, name: string): string {
  const slug = name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^A-Za-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .toLowerCase();
  return `${prefix}-${slug || "x"}`;
}
