/**
 * Office.js adapter, writing: SheetModels into the open workbook, all or nothing, in two syncs (three when
 * sheets are replaced).
 *
 * Sync 1 reads the sheet names. When a target name exists, one more sync reads its cell A1 (through the sheet
 * that sync 1 returned; Microsoft documents no calls on a possibly-null `getItemOrNullObject` result, so the
 * existence is known first). A target that exists and is not owned (A1 does not start with the Regiomonitor
 * marker) stops everything with SheetNameTakenError before a single write.
 *
 * The write sync creates every sheet under a temporary name (`~rm-tmp-N`) and writes it: per sheet the number
 * formats (text cells get `@`, so strings from returned workbooks can never become formulas) and then the
 * values, each as one 2-D array over the whole range; fills, bold and link styles as few rectangles; column
 * widths; frozen rows; data bars; hyperlinks. At the end of the same batch each old owned sheet is renamed to a
 * backup name (`~rm-old-N`), the temporary sheet takes its name and place, and the backup is deleted. If the
 * batch fails, the workbook is put back (see `restore`): Excel applies a failed batch up to the failing
 * operation, so the old sheets are intact unless the swap itself was under way, and then they are renamed back.
 *
 * Large sheets: a request must stay under 5 MB in Excel on the web. The writes are measured (JSON size) and
 * packed into batches of at most 4 MB; a sheet whose values are bigger than that is written in row blocks.
 * Extra batches are synced before the last one, which always holds the delete/rename step, so the swap stays
 * in one request. Normal sizes (up to well over 10,000 rows) need two syncs in total (three when
 * replacing), and a model with `visibility: "veryHidden"` ends very hidden.
 */
import {
  cellNumberFormat,
  FILL_COLOURS,
  headerFooterCodes,
  isOwnedSheet,
  printAreaRef,
  printTitleRows,
  seriesColour,
  SHEET_FONT,
  type ChartModel,
  type ModelCell,
  type PrintSettings,
  type SheetModel,
} from "../core/sheet-model";
import { columnLetters } from "../core/grid";
import { SheetNameTakenError } from "./errors";
import { charsToPoints, groupRects, quoteSheet, rectAddress, type ExcelApi } from "./shared";
import {
  CALL_COST,
  jsonBytes,
  modelledBytes,
  packByBytes,
  REQUEST_BUDGET_BYTES,
  rowBlocks,
} from "./request-cost";

/** Prefix of the temporary sheet names used while rendering. */
export const TEMP_SHEET_PREFIX = "~rm-tmp-";
/** Prefix of the name an old owned sheet has for a moment while it is being replaced. */
export const BACKUP_SHEET_PREFIX = "~rm-old-";
const LINK_COLOUR = "#0563C1";
const DATA_BAR_COLOUR = "#5B9BD5";

/** Writes on one (temporary) worksheet, with their modelled request bytes (request-cost.ts). */
export interface Step {
  bytes: number;
  run: (ws: Excel.Worksheet) => void;
}

/** A step bound to its worksheet, ready to queue. */
interface Queued {
  bytes: number;
  run: () => void;
}

/** A step whose bytes are modelled by running it once on the request-size recorder. */
function measured(run: (ws: Excel.Worksheet) => void): Step {
  return { bytes: modelledBytes(run), run };
}

/** Why a sheet name cannot be used, or null when it can. */
function badSheetName(name: string): string | null {
  if (name.length === 0 || name.length > 31) return "een bladnaam heeft 1 tot 31 tekens";
  if (/[[\]:*?/\\]/.test(name)) return "een bladnaam mag geen [ ] : * ? / \\ bevatten";
  if (name.startsWith("'") || name.endsWith("'")) return "een bladnaam mag niet met ' beginnen of eindigen";
  return null;
}

function cellValue(c: ModelCell): string | number {
  return c.v === null ? "" : c.v;
}

// Text cells are formatted as text before the values arrive: Excel then keeps "=…", "+…", "-…", "@…" as text.
const cellFormat = cellNumberFormat;

/** The internal hyperlink target as Excel wants it: always with a sheet name. */
function documentReference(link: string, sheet: string): string {
  const ref = link.replace(/^[#=]/, "");
  return ref.includes("!") ? ref : `${quoteSheet(sheet)}!${ref}`;
}

/**
 * Printing (ExcelApi 1.9): A4, one page wide, the title rows on every page, the header (monitor, peildatum)
 * and the footer (sheet, page numbers); the print area (`area`, when not every column prints) and the manual
 * page breaks. Also used for the template's sheets.
 */
export function setPageLayout(ws: Excel.Worksheet, a: PrintSettings, area: string | null = null): void {
  const hf = headerFooterCodes(a);
  const layout = ws.pageLayout;
  layout.orientation = a.staand ? "Portrait" : "Landscape";
  layout.paperSize = "A4";
  // 0 pages tall: as many as needed (the file format's fitToHeight 0).
  layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  const titles = printTitleRows(a);
  if (titles) layout.setPrintTitleRows(titles);
  if (area) layout.setPrintArea(area);
  // A page break goes before the top-left cell of the range it is given.
  for (const r of a.paginaEinden ?? []) if (r > 1) ws.horizontalPageBreaks.add(`A${r}`);
  const page = layout.headersFooters.defaultForAllPages;
  page.centerHeader = hf.centerHeader;
  page.leftFooter = hf.leftFooter;
  page.rightFooter = hf.rightFooter;
}

/** The rectangle of a chart's data: its series columns (adjacent), from the header row down. */
function chartSource(c: ChartModel): string {
  const cols = c.reeksen.map((r) => r.kolom);
  if (cols.some((k, i) => i > 0 && k !== cols[i - 1] + 1))
    throw new Error(`Grafiek '${c.titel}': de reeksen moeten naast elkaar staan.`);
  return rectAddress({ top: c.kopRij, left: cols[0], bottom: c.tot, right: cols[cols.length - 1] });
}

/**
 * A native chart of the sheet's own cells (ExcelApi 1.1; series categories 1.7): the series from the header
 * row down, the categories from the category column, RAG colours per series, the title and its place.
 */
function addChart(ws: Excel.Worksheet, c: ChartModel): void {
  const chart = ws.charts.add(
    c.soort === "gestapeld" ? "ColumnStacked" : "ColumnClustered",
    ws.getRange(chartSource(c)),
    "Columns",
  );
  chart.title.text = c.titel;
  const categories = rectAddress({
    top: c.van,
    left: c.categorieKolom,
    bottom: c.tot,
    right: c.categorieKolom,
  });
  c.reeksen.forEach((r, i) => {
    const series = chart.series.getItemAt(i);
    series.setXAxisValues(ws.getRange(categories));
    const colour = seriesColour(r);
    if (colour) series.format.fill.setSolidColor(`#${colour}`);
  });
  chart.axes.valueAxis.minimum = 0;
  if (c.procent) chart.axes.valueAxis.maximum = 1;
  const p = c.plaats;
  chart.setPosition(
    rectAddress({ top: p.rij, left: p.kolom, bottom: p.rij, right: p.kolom }),
    rectAddress({
      top: p.rij + p.rijen - 1,
      left: p.kolom + p.kolommen - 1,
      bottom: p.rij + p.rijen - 1,
      right: p.kolom + p.kolommen - 1,
    }),
  );
}

/**
 * All writes of one sheet model, as steps with their modelled request bytes; each step is later run on the
 * model's (temporary) worksheet. Values go in row blocks that each fit in one request.
 */
export function sheetSteps(m: SheetModel): Step[] {
  const steps: Step[] = [];
  const cols = m.widths.length;
  const rows = m.rows;
  const step = (run: (ws: Excel.Worksheet) => void) => steps.push(measured(run));

  // Values with their number formats; a block's envelope (getRange, two sets) is small beside the budget.
  if (cols > 0 && rows.length > 0) {
    const envelope = CALL_COST.method + 2 * CALL_COST.set + 64;
    const rowBytes = (i: number) =>
      jsonBytes(rows[i].map(cellValue)) + jsonBytes(rows[i].map(cellFormat)) + 4;
    for (const [from, end] of rowBlocks(rows.length, rowBytes, REQUEST_BUDGET_BYTES - envelope)) {
      const vals = rows.slice(from, end).map((r) => r.map(cellValue));
      const fmts = rows.slice(from, end).map((r) => r.map(cellFormat));
      const address = `A${from + 1}:${columnLetters(cols)}${end}`;
      step((ws) => {
        const range = ws.getRange(address);
        range.numberFormat = fmts;
        range.values = vals;
      });
    }
  }

  // Column widths: one write per run of equal widths.
  for (let c = 0; c < cols;) {
    let end = c;
    while (end + 1 < cols && m.widths[end + 1] === m.widths[c]) end++;
    const address = `${columnLetters(c + 1)}:${columnLetters(end + 1)}`;
    const points = charsToPoints(m.widths[c]);
    step((ws) => {
      ws.getRange(address).format.columnWidth = points;
    });
    c = end + 1;
  }

  // One font for the whole sheet, named (a new sheet otherwise takes the workbook's default, e.g. Aptos).
  if (cols > 0 && rows.length > 0) {
    const all = `A1:${columnLetters(cols)}${rows.length}`;
    step((ws) => {
      const font = ws.getRange(all).format.font;
      font.name = SHEET_FONT.name;
      font.size = SHEET_FONT.size;
    });
  }

  const at = (r: number, c: number): ModelCell | undefined => rows[r]?.[c];
  for (const rect of groupRects(rows.length, cols, (r, c) => at(r, c)?.fill ?? null)) {
    const address = rectAddress(rect);
    const colour = `#${FILL_COLOURS[rect.key]}`;
    step((ws) => {
      ws.getRange(address).format.fill.color = colour;
    });
  }
  for (const rect of groupRects(rows.length, cols, (r, c) => (at(r, c)?.bold ? "b" : null))) {
    const address = rectAddress(rect);
    step((ws) => {
      ws.getRange(address).format.font.bold = true;
    });
  }
  for (const rect of groupRects(rows.length, cols, (r, c) => (at(r, c)?.wrap ? "w" : null))) {
    const address = rectAddress(rect);
    step((ws) => {
      const format = ws.getRange(address).format;
      format.wrapText = true;
      format.verticalAlignment = "Top";
    });
  }
  for (const rect of groupRects(rows.length, cols, (r, c) => (at(r, c)?.rechts ? "r" : null))) {
    const address = rectAddress(rect);
    step((ws) => {
      ws.getRange(address).format.horizontalAlignment = "Right";
    });
  }
  const isLink = (c: ModelCell | undefined) => !!c?.link && c.v !== null;
  for (const rect of groupRects(rows.length, cols, (r, c) => (isLink(at(r, c)) ? "l" : null))) {
    const address = rectAddress(rect);
    step((ws) => {
      const font = ws.getRange(address).format.font;
      font.underline = "Single";
      font.color = LINK_COLOUR;
    });
  }
  rows.forEach((row, r) =>
    row.forEach((c, ci) => {
      if (!isLink(c) || !c.link) return;
      const address = rectAddress({ top: r + 1, left: ci + 1, bottom: r + 1, right: ci + 1 });
      const hyperlink: Excel.RangeHyperlink = { documentReference: documentReference(c.link, m.name) };
      step((ws) => {
        ws.getRange(address).hyperlink = hyperlink;
      });
    }),
  );

  for (const ref of m.dataBars) {
    step((ws) => {
      const cf = ws.getRange(ref).conditionalFormats.add("DataBar");
      cf.dataBar.lowerBoundRule = { type: "Number", formula: "0" };
      cf.dataBar.upperBoundRule = { type: "Number", formula: "1" };
      cf.dataBar.positiveFormat.fillColor = DATA_BAR_COLOUR;
      cf.dataBar.positiveFormat.gradientFill = false;
    });
  }
  if (m.freezeRows > 0) step((ws) => ws.freezePanes.freezeRows(m.freezeRows));
  for (const [row, height] of Object.entries(m.rijHoogtes ?? {}))
    step((ws) => {
      ws.getRange(`${row}:${row}`).format.rowHeight = height;
    });

  step((ws) => setPageLayout(ws, m.afdruk, printAreaRef(m)));
  for (const c of m.grafieken ?? []) step((ws) => addChart(ws, c));
  // Hidden while it still has its temporary name, so the swap never leaves a visible copy behind.
  if (m.visibility === "veryHidden")
    step((ws) => {
      ws.visibility = "VeryHidden";
    });
  return steps;
}

/**
 * Puts the workbook back as it was after a failed write. Excel does not roll back a failed batch: the
 * operations before the failing one stay applied. So: where the swap got as far as renaming an old sheet to
 * its backup name, the new sheet (if it already took the name) goes and the backup gets its name back; then
 * every temporary sheet that is left is deleted. Never throws: the first error is the one that matters.
 */
async function restore(
  context: Excel.RequestContext,
  names: string[],
  tempNames: string[],
  backupNames: (string | null)[],
  visibilities: (Excel.SheetVisibility | "Visible" | "Hidden" | "VeryHidden" | null)[],
): Promise<void> {
  try {
    const all = context.workbook.worksheets.load("items/name,items/visibility");
    await context.sync();
    const present = new Map(all.items.map((s) => [s.name.toLowerCase(), s]));
    const remove = (s: Excel.Worksheet | undefined) => {
      if (!s) return;
      if (s.visibility === "VeryHidden") s.visibility = "Hidden"; // Excel refuses to delete it otherwise
      s.delete();
    };
    names.forEach((name, i) => {
      const backup = backupNames[i] ? present.get(backupNames[i]!.toLowerCase()) : undefined;
      if (!backup) return;
      remove(present.get(name.toLowerCase()));
      backup.name = name;
      const was = visibilities[i];
      if (was && backup.visibility !== was) backup.visibility = was;
    });
    for (const t of tempNames) remove(present.get(t.toLowerCase()));
    await context.sync();
  } catch {
    // Excel still refuses (e.g. cell edit mode): leave it; the original error says what to do.
  }
}

/**
 * Writes or replaces the add-in's own sheets. Refuses (changing nothing) when a user sheet has one of the
 * names. Two syncs for normal sizes; see the file comment for large sheets and failures.
 */
export async function renderSheets(api: ExcelApi, models: readonly SheetModel[]): Promise<void> {
  if (models.length === 0) return;
  const seen = new Set<string>();
  for (const m of models) {
    const bad = badSheetName(m.name);
    if (bad) throw new Error(`Ongeldige bladnaam '${m.name}': ${bad}.`);
    if (seen.has(m.name.toLowerCase())) throw new Error(`Het blad '${m.name}' komt twee keer voor.`);
    seen.add(m.name.toLowerCase());
  }

  await api.run(async (context) => {
    const wb = context.workbook;
    // Sync 1: which sheets exist (and where), and which one is active.
    const all = wb.worksheets.load("items/name,items/position,items/visibility");
    const active = wb.worksheets.getActiveWorksheet().load("name");
    await context.sync();

    const byName = new Map(all.items.map((s) => [s.name.toLowerCase(), s]));
    const existing = models.map((m) => byName.get(m.name.toLowerCase()) ?? null);
    // Read now, before anything is changed: a proxy returns the value last set on it (Microsoft's library
    // updates the loaded value on every set), so after the swap made a very hidden sheet hidden, its
    // `visibility` says "Hidden". The restore after a failure needs what the sheet was.
    const visibilities = existing.map((sheet) => sheet?.visibility ?? null);
    // Sync 2, only when a target exists: its A1 says whether the add-in owns it. Only sheets that sync 1
    // returned are asked, so nothing is called on a possibly-null object.
    const firstCells = existing.map((sheet) => (sheet ? sheet.getRange("A1").load("values") : null));
    if (firstCells.some((c) => c !== null)) await context.sync();
    existing.forEach((sheet, i) => {
      if (sheet && !isOwnedSheet(firstCells[i]?.values?.[0]?.[0])) throw new SheetNameTakenError(sheet.name);
    });

    const taken = new Set(all.items.map((s) => s.name.toLowerCase()));
    let n = 1;
    const freeName = (prefix: string) => {
      while (taken.has(`${prefix}${n}`.toLowerCase())) n++;
      taken.add(`${prefix}${n}`.toLowerCase());
      return `${prefix}${n}`;
    };
    const tempNames = models.map(() => freeName(TEMP_SHEET_PREFIX));
    const backupNames = existing.map((sheet) => (sheet ? freeName(BACKUP_SHEET_PREFIX) : null));

    // Queued first, so they are part of the first write batch.
    const temps = tempNames.map((name) => wb.worksheets.add(name));
    const steps: Queued[] = models.flatMap((m, i) =>
      sheetSteps(m).map((st) => ({ bytes: st.bytes, run: () => st.run(temps[i]) })),
    );
    const addBytes = models.length * (CALL_COST.method + 2 * CALL_COST.navigation + 64);

    // The swap: new sheets take their names; replaced ones also their old place (in order of place).
    const activeName = active.name.toLowerCase();
    // Per sheet at most: two renames, a move, a visibility, a delete and an activate.
    const swap: Queued = {
      bytes:
        jsonBytes(models.map((m) => [m.name, m.name])) +
        models.length * (4 * CALL_COST.method + 4 * CALL_COST.set),
      run: () => {
        const order = models
          .map((m, i) => ({ m, i, old: existing[i] }))
          .sort((a, b) =>
            a.old && b.old ? a.old.position - b.old.position : a.old ? 1 : b.old ? -1 : a.i - b.i,
          );
        for (const { m, i, old } of order) {
          if (!old) {
            temps[i].name = m.name;
            continue;
          }
          // Old sheet out of the way under a backup name, new one in its name and place, then the old one goes.
          const position = old.position;
          old.name = backupNames[i]!;
          temps[i].name = m.name;
          temps[i].position = position;
          // Excel refuses to delete a very hidden sheet (documented): make it hidden first.
          if (visibilities[i] === "VeryHidden") old.visibility = "Hidden";
          old.delete();
        }
        const wasActive = models.findIndex(
          (m, i) => existing[i] && m.name.toLowerCase() === activeName && m.visibility !== "veryHidden",
        );
        // The sheet a model asks to open on (the national overview) is shown; else the active one stays.
        const opens = models.findIndex((m) => m.actief && m.visibility !== "veryHidden");
        if (opens >= 0) temps[opens].activate();
        else if (wasActive >= 0) temps[wasActive].activate();
      },
    };

    // The sheet adds are queued already: they count against the first batch.
    const batches = packByBytes([{ bytes: addBytes, run: () => undefined }, ...steps], REQUEST_BUDGET_BYTES);
    const last = batches[batches.length - 1];
    if (last.reduce((sum, x) => sum + x.bytes, 0) + swap.bytes > REQUEST_BUDGET_BYTES) batches.push([swap]);
    else last.push(swap);

    try {
      for (const batch of batches) {
        for (const s of batch) s.run();
        await context.sync();
      }
    } catch (e) {
      await restore(
        context,
        models.map((m) => m.name),
        tempNames,
        backupNames,
        visibilities,
      );
      throw e;
    }
  });
}
