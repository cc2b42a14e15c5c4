/**
 * The report's charts: Apache ECharts rendered to an SVG string (server-side rendering, `ssr: true`), the
 * same in Node and in the browser, without canvas, DOM or scripts; the SVG is inlined into the HTML, so
 * nothing is loaded when the report is viewed. Each chart gets a `<title>` and `<desc>` for screen readers
 * and the figures are always also in a table next to it (docs/report.md).
 */
import * as echarts from "echarts";
import { esc, RAG_COLOUR, RAG_LABEL, RAGS, type Rag } from "./html";
import { formatDecimal } from "../core/cells/text";

const FONT = "Arial, Helvetica, sans-serif";
const WIDTH = 680;

/** Room left of the bars for the longest category label (about 6.5 px per character at 11 px). */
function labelRoom(labels: readonly string[]): number {
  return Math.min(220, 20 + Math.max(0, ...labels.map((l) => l.length)) * 6.5);
}

/** Renders one ECharts option to SVG with an accessible title and description. */
function render(option: echarts.EChartsOption, height: number, title: string, desc: string): string {
  // No canvas, also in the browser: text is measured by ECharts' own width table, as in Node, so the
  // pane and the command line give the same SVG for the same round.
  echarts.setPlatformAPI({ createCanvas: () => null as unknown as HTMLCanvasElement });
  const chart = echarts.init(null, null, { renderer: "svg", ssr: true, width: WIDTH, height });
  try {
    chart.setOption({ animation: false, textStyle: { fontFamily: FONT, fontSize: 11 }, ...option });
    const svg = chart.renderToSVGString();
    const open = svg.indexOf(">", svg.indexOf("<svg")) + 1;
    return `${svg.slice(0, open).replace("<svg", '<svg role="img" aria-labelledby="t d"')}<title>${esc(title)}</title><desc>${esc(desc)}</desc>${svg.slice(open)}`;
  } finally {
    chart.dispose();
  }
}

/** Makes the ids of a chart's title and description unique in the page. */
function withIds(svg: string, id: string): string {
  return svg
    .replace('aria-labelledby="t d"', `aria-labelledby="${id}-t ${id}-d"`)
    .replace("<title>", `<title id="${id}-t">`)
    .replace("<desc>", `<desc id="${id}-d">`);
}

export function figure(id: string, svg: string, caption: string): string {
  return `<figure>${withIds(svg, id)}<figcaption>${esc(caption)}</figcaption></figure>`;
}

/** Horizontal bars of a percentage per item (0–100 %), with the value printed at each bar. */
export function percentBars(items: readonly { label: string; value: number }[], title: string): string {
  const height = 40 + items.length * 28;
  const desc = items.map((i) => `${i.label}: ${formatDecimal(i.value, 1)} %`).join("; ");
  return render(
    {
      grid: { left: labelRoom(items.map((i) => i.label)), right: 60, top: 10, bottom: 30 },
      xAxis: {
        type: "value",
        min: 0,
        max: 100,
        axisLabel: { formatter: (v: number) => `${v} %` },
      },
      yAxis: { type: "category", inverse: true, data: items.map((i) => i.label) },
      series: [
        {
          type: "bar",
          data: items.map((i) => i.value),
          itemStyle: { color: "#1f5fa8" },
          barWidth: 16,
          label: {
            show: true,
            position: "right",
            textBorderColor: "transparent",
            textBorderWidth: 0,
            formatter: (p: { value: unknown }) => `${formatDecimal(Number(p.value), 1)} %`,
          },
        },
      ],
    },
    height,
    title,
    desc,
  );
}

/** Stacked horizontal bars of the colours per item (counts), with a legend. */
export function ragBars(
  items: readonly { label: string; rag: Record<Rag, number> }[],
  title: string,
): string {
  const height = 70 + items.length * 28;
  const desc = items
    .map((i) => `${i.label}: ${RAGS.map((r) => `${RAG_LABEL[r]} ${i.rag[r]}`).join(", ")}`)
    .join("; ");
  return render(
    {
      legend: { top: 0, data: RAGS.map((r) => RAG_LABEL[r]) },
      grid: { left: labelRoom(items.map((i) => i.label)), right: 30, top: 34, bottom: 30 },
      xAxis: { type: "value", minInterval: 1 },
      yAxis: { type: "category", inverse: true, data: items.map((i) => i.label) },
      series: RAGS.map((r) => ({
        type: "bar" as const,
        name: RAG_LABEL[r],
        stack: "rag",
        barWidth: 16,
        itemStyle: { color: RAG_COLOUR[r] },
        data: items.map((i) => i.rag[r]),
        label: {
          show: true,
          color: "#fff",
          textBorderColor: "transparent",
          textBorderWidth: 0,
          formatter: (p: { value: unknown }) => (Number(p.value) > 0 ? String(p.value) : ""),
        },
      })),
    },
    height,
    title,
    desc,
  );
}

/** Vertical bars of counts per category (e.g. the colours of all actions, the shift of the dates). */
export function countBars(
  items: readonly { label: string; value: number; colour?: string }[],
  title: string,
): string {
  const desc = items.map((i) => `${i.label}: ${i.value}`).join("; ");
  return render(
    {
      grid: { left: 50, right: 20, top: 24, bottom: 40 },
      xAxis: { type: "category", data: items.map((i) => i.label), axisLabel: { interval: 0 } },
      yAxis: { type: "value", minInterval: 1 },
      series: [
        {
          type: "bar",
          barMaxWidth: 60,
          data: items.map((i) => ({ value: i.value, itemStyle: { color: i.colour ?? "#1f5fa8" } })),
          label: { show: true, position: "top", textBorderColor: "transparent", textBorderWidth: 0 },
        },
      ],
    },
    260,
    title,
    desc,
  );
}
