/**
 * Native Excel charts as DrawingML parts (ECMA-376 part 1, 21.2 charts and 20.5 spreadsheet drawing), for the
 * files the command line writes. ExcelJS writes no charts; an image (SVG/PNG) would be a picture of the figures
 * that no longer follows the cells. These parts are real charts: each series points at a range of the sheet
 * (`'Overzicht'!$C$6:$C$12`) and carries the values as its cache, so Excel, LibreOffice and openpyxl show them
 * without recalculating, and a user who edits a cell sees the chart follow. Used by sheet-writer.ts (new
 * workbooks) and add-sheets.ts (sheets grafted into a returned workbook).
 */
import { columnLetters } from "../core/grid";
import { SHEET_FONT, seriesColour, type ChartModel, type SheetModel } from "../core/sheet-model";
import { escapeXml, HEAD, PKG_REL, REL as R } from "./ooxml";

const C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const A = "http://schemas.openxmlformats.org/drawingml/2006/main";
const XDR = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";
/** The default series colour (Excel's first accent colour). */
const DEFAULT_COLOUR = "5B9BD5";

export const DRAWING_TYPE = "application/vnd.openxmlformats-officedocument.drawing+xml";
export const CHART_TYPE = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";

const esc = escapeXml;

/** An absolute reference to a cell or a column range of the sheet: `'Overzicht'!$C$6:$C$12`. */
export function sheetRef(sheet: string, col: number, from: number, to = from): string {
  const q = `'${sheet.replace(/'/g, "''")}'`;
  const L = columnLetters(col);
  return from === to ? `${q}!$${L}$${from}` : `${q}!$${L}$${from}:$${L}$${to}`;
}

function text(m: SheetModel, row: number, col: number): string {
  const v = m.rows[row - 1]?.[col - 1]?.v;
  return v === null || v === undefined ? "" : String(v);
}

function num(m: SheetModel, row: number, col: number): number | null {
  const v = m.rows[row - 1]?.[col - 1]?.v;
  return typeof v === "number" && Number.isFinite(v) ? v : null;
}

function richText(s: string, size: number, bold: boolean): string {
  return `<c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}" b="${bold ? 1 : 0}"/></a:pPr><a:r><a:rPr lang="nl-NL" sz="${size}" b="${bold ? 1 : 0}"><a:latin typeface="${SHEET_FONT.name}"/></a:rPr><a:t>${esc(s)}</a:t></a:r></a:p></c:rich>`;
}

/** The chart part of one chart of sheet `m`. */
export function chartXml(m: SheetModel, c: ChartModel, rel = R): string {
  const n = c.tot - c.van + 1;
  const cats = Array.from({ length: n }, (_, i) => text(m, c.van + i, c.categorieKolom));
  const catRef = `<c:cat><c:strRef><c:f>${esc(sheetRef(m.name, c.categorieKolom, c.van, c.tot))}</c:f><c:strCache><c:ptCount val="${n}"/>${cats
    .map((v, i) => `<c:pt idx="${i}"><c:v>${esc(v)}</c:v></c:pt>`)
    .join("")}</c:strCache></c:strRef></c:cat>`;
  const series = c.reeksen
    .map((s, k) => {
      const name = text(m, c.kopRij, s.kolom);
      const colour = seriesColour(s) ?? DEFAULT_COLOUR;
      const vals = Array.from({ length: n }, (_, i) => num(m, c.van + i, s.kolom));
      const pts = vals.map((v, i) => (v === null ? "" : `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`)).join("");
      return (
        `<c:ser><c:idx val="${k}"/><c:order val="${k}"/>` +
        `<c:tx><c:strRef><c:f>${esc(sheetRef(m.name, s.kolom, c.kopRij))}</c:f><c:strCache><c:ptCount val="1"/><c:pt idx="0"><c:v>${esc(name)}</c:v></c:pt></c:strCache></c:strRef></c:tx>` +
        `<c:spPr><a:solidFill><a:srgbClr val="${colour}"/></a:solidFill><a:ln><a:solidFill><a:srgbClr val="7F7F7F"/></a:solidFill></a:ln></c:spPr>` +
        `<c:invertIfNegative val="0"/>${catRef}` +
        `<c:val><c:numRef><c:f>${esc(sheetRef(m.name, s.kolom, c.van, c.tot))}</c:f><c:numCache><c:formatCode>${c.procent ? "0.0%" : "General"}</c:formatCode><c:ptCount val="${n}"/>${pts}</c:numCache></c:numRef></c:val></c:ser>`
      );
    })
    .join("");
  const stacked = c.soort === "gestapeld";
  const scaling = c.procent
    ? '<c:scaling><c:orientation val="minMax"/><c:max val="1"/><c:min val="0"/></c:scaling>'
    : '<c:scaling><c:orientation val="minMax"/><c:min val="0"/></c:scaling>';
  const fontSize = SHEET_FONT.size * 100 - 200;
  return (
    `${HEAD}<c:chartSpace xmlns:c="${C}" xmlns:a="${A}" xmlns:r="${rel}"><c:roundedCorners val="0"/><c:chart>` +
    `<c:title><c:tx>${richText(c.titel, 1200, true)}</c:tx><c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/>` +
    `<c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="${stacked ? "stacked" : "clustered"}"/><c:varyColors val="0"/>${series}` +
    `<c:gapWidth val="60"/>${stacked ? '<c:overlap val="100"/>' : ""}<c:axId val="500001"/><c:axId val="500002"/></c:barChart>` +
    `<c:catAx><c:axId val="500001"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="500002"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx><c:axId val="500002"/>${scaling}<c:delete val="0"/><c:axPos val="l"/><c:majorGridlines/><c:numFmt formatCode="${c.procent ? "0%" : "0"}" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="500001"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>` +
    `</c:plotArea>${c.reeksen.length > 1 ? '<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend>' : ""}<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>` +
    `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${fontSize}"><a:latin typeface="${SHEET_FONT.name}"/></a:defRPr></a:pPr><a:endParaRPr lang="nl-NL"/></a:p></c:txPr></c:chartSpace>`
  );
}

/** The drawing part of a sheet: one anchored frame per chart, the n-th chart under relationship `rIdn`. */
export function drawingXml(charts: ChartModel[], rel = R): string {
  const anchors = charts
    .map((c, i) => {
      const p = c.plaats;
      return (
        `<xdr:twoCellAnchor editAs="oneCell"><xdr:from><xdr:col>${p.kolom - 1}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${p.rij - 1}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>` +
        `<xdr:to><xdr:col>${p.kolom - 1 + p.kolommen}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${p.rij - 1 + p.rijen}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>` +
        `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="Grafiek ${i + 1}" descr="${esc(c.titel)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
        `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="${C}"><c:chart xmlns:c="${C}" xmlns:r="${rel}" r:id="rId${i + 1}"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
      );
    })
    .join("");
  return `${HEAD}<xdr:wsDr xmlns:xdr="${XDR}" xmlns:a="${A}">${anchors}</xdr:wsDr>`;
}

/** The relationships of a drawing part to its charts (`../charts/chartN.xml`). */
export function drawingRelsXml(chartFiles: string[], rel = R): string {
  return `${HEAD}<Relationships xmlns="${PKG_REL}">${chartFiles
    .map((f, i) => `<Relationship Id="rId${i + 1}" Type="${rel}/chart" Target="../charts/${f}"/>`)
    .join("")}</Relationships>`;
}

/** The relationships part of a sheet with a drawing (the sheet's only relationship); `target` relative to the sheet. */
export function sheetDrawingRelsXml(target: string, id: string, rel = R): string {
  return `${HEAD}<Relationships xmlns="${PKG_REL}"><Relationship Id="${id}" Type="${rel}/drawing" Target="${esc(target)}"/></Relationships>`;
}

/** The chart parts of a workbook's models, numbered from 1: files, per sheet index its drawing. */
export interface ChartParts {
  /** Part name → XML (charts, drawings and their relationships). */
  files: Record<string, string>;
  /** Per model index with charts: the drawing's file name (`drawing1.xml`). */
  drawings: Map<number, string>;
  /** Content type overrides: part name (with leading slash) → type. */
  types: [string, string][];
}

export function chartParts(
  models: SheetModel[],
  taken: { drawing: (n: number) => boolean; chart: (n: number) => boolean } = {
    drawing: () => false,
    chart: () => false,
  },
  /** The relationships namespace of the package (Strict OOXML has its own). */
  rel = R,
): ChartParts {
  const files: Record<string, string> = {};
  const drawings = new Map<number, string>();
  const types: [string, string][] = [];
  let d = 1;
  let k = 1;
  models.forEach((m, i) => {
    const charts = m.grafieken ?? [];
    if (charts.length === 0) return;
    while (taken.drawing(d)) d++;
    const drawing = `drawing${d++}.xml`;
    const chartFiles: string[] = [];
    for (const c of charts) {
      while (taken.chart(k)) k++;
      const f = `chart${k++}.xml`;
      chartFiles.push(f);
      files[`xl/charts/${f}`] = chartXml(m, c, rel);
      types.push([`/xl/charts/${f}`, CHART_TYPE]);
    }
    files[`xl/drawings/${drawing}`] = drawingXml(charts, rel);
    files[`xl/drawings/_rels/${drawing}.rels`] = drawingRelsXml(chartFiles, rel);
    types.push([`/xl/drawings/${drawing}`, DRAWING_TYPE]);
    drawings.set(i, drawing);
  });
  return { files, drawings, types };
}
