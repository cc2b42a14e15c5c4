/** The report's CSS: readable on screen, A4 portrait in print, one section per page, rows never cut. */
import { RAG_COLOUR, RAGS } from "./html";

const ragRules = RAGS.map((r) => `.rag-${r} .dot { background: ${RAG_COLOUR[r]}; }`).join("\n");

export const REPORT_CSS = `
@page { size: A4 portrait; margin: 16mm 14mm 18mm 14mm; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { font-family: Arial, Helvetica, sans-serif; font-size: 10pt; line-height: 1.4; color: #1a1a1a; margin: 0; }
main { max-width: 182mm; margin: 0 auto; padding: 0 4mm; }
h1 { font-size: 22pt; margin: 0 0 6mm; }
h2 { font-size: 15pt; margin: 0 0 4mm; border-bottom: 1px solid #999; padding-bottom: 1mm; }
h3 { font-size: 12pt; margin: 6mm 0 2mm; }
p { margin: 0 0 3mm; }
.title { min-height: 240mm; display: flex; flex-direction: column; justify-content: center; }
.title .sub { font-size: 13pt; margin-bottom: 3mm; }
.title .big { font-size: 28pt; font-weight: bold; }
.muted { color: #555; }
section.page { break-before: page; page-break-before: always; padding-top: 2mm; }
section.keep { break-inside: avoid; page-break-inside: avoid; }
table { width: 100%; border-collapse: collapse; margin: 0 0 5mm; font-size: 9pt; }
caption { text-align: left; font-weight: bold; padding: 1mm 0; caption-side: top; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
th, td { border: 1px solid #bbb; padding: 1mm 1.5mm; text-align: left; vertical-align: top; }
thead th { background: #eceff3; }
tbody th { font-weight: normal; }
td.num { text-align: right; white-space: nowrap; }
.rag, .nowrap { white-space: nowrap; }
.rag .dot { display: inline-block; width: 2.6mm; height: 2.6mm; border-radius: 50%; margin-right: 1mm; vertical-align: -0.2mm; border: 0.2mm solid #333; }
${ragRules}
figure { margin: 0 0 5mm; break-inside: avoid; page-break-inside: avoid; }
figure svg { max-width: 100%; height: auto; display: block; }
figcaption { font-size: 9pt; color: #444; margin-top: 1mm; }
dl.facts { display: grid; grid-template-columns: 38mm 1fr; gap: 1mm 3mm; margin: 0 0 4mm; }
dl.facts dt { font-weight: bold; }
dl.facts dd { margin: 0; }
.uitleg { display: block; color: #444; font-size: 8.5pt; }
nav ol { padding-left: 6mm; margin: 0 0 1mm; }
nav li { margin: 0 0 0.6mm; }
nav a { display: flex; align-items: baseline; gap: 2mm; color: inherit; text-decoration: none; }
nav a .toc-t { flex: 1 1 auto; border-bottom: 0.2mm dotted #999; }
nav a .toc-p { flex: 0 0 9mm; text-align: right; }
nav ol.sub { columns: 2; column-gap: 8mm; font-size: 9pt; padding-left: 5mm; }
nav ol.sub li { break-inside: avoid; }
@media print { .screen-only { display: none; } }
@media screen { body { background: #f4f4f4; } main { background: #fff; padding: 8mm 10mm; } section.page { border-top: 3px solid #ddd; margin-top: 10mm; padding-top: 8mm; } }
`;
