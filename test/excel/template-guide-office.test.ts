/**
 * The pane's standard workbook (`insertTemplate`, driven through Microsoft's Excel client library on the
 * simulated host) explains itself as the command line's does: the Toelichting sheet, an input prompt on every
 * cell to fill in, a header row with its own fill and font, and the row heights of wrapped text. The reference is
 * the command line's .xlsx (ExcelJS) of the same template model, written and read back: one model, two renderers,
 * the same workbook.
 */
import ExcelJS from "exceljs";
import { createExcelHost } from "../../src/excel";
import { builtInMonitors } from "../../src/core/model";
import { buildTemplate } from "../../src/core/engine/template";
import { templateWorkbook } from "../../src/xlsx/write-template";
import { LISTS_SHEET, META_SHEET, type TemplateModel } from "../../src/core/template-model";
import { a1 } from "../../src/core/grid";
import { HOST_PROFILES } from "../fake-excel/host-profiles";
import { openOfficeJsExcel, type OfficeJsExcel } from "../fake-excel/office-js";

const WEB = HOST_PROFILES.find((p) => p.id === "web")!;

const opened: OfficeJsExcel[] = [];
afterEach(() => {
  for (const x of opened.splice(0)) x.close();
});

async function inserted(model: TemplateModel): Promise<OfficeJsExcel> {
  const x = openOfficeJsExcel(WEB);
  opened.push(x);
  await createExcelHost(x.Excel as never).insertTemplate(model);
  return x;
}

async function cliWorkbook(model: TemplateModel): Promise<ExcelJS.Workbook> {
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(templateWorkbook(model) as unknown as ExcelJS.Buffer);
  return back;
}

/** The prompt Excel shows on a cell of the pane's workbook, or null. */
function panePrompt(
  x: OfficeJsExcel,
  sheet: string,
  address: string,
): { title: string; message: string } | null {
  const s = x.fake.state.sheet(sheet);
  const m = /^([A-Z]+)(\d+)$/.exec(address)!;
  const col = m[1].split("").reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const row = Number(m[2]);
  const v = s.validations.find(
    (r) => r.rect.top <= row && row <= r.rect.bottom && r.rect.left <= col && col <= r.rect.right,
  ) as { prompt?: { showPrompt: boolean; title: string; message: string } } | undefined;
  return v?.prompt?.showPrompt ? { title: v.prompt.title, message: v.prompt.message } : null;
}

/** The input prompt the command line's .xlsx shows on a cell, or null. */
function cliPrompt(ws: ExcelJS.Worksheet, address: string): { title: string; message: string } | null {
  const v = ws.getCell(address).dataValidation as
    { showInputMessage?: boolean; promptTitle?: string; prompt?: string } | undefined;
  return v?.showInputMessage ? { title: v.promptTitle ?? "", message: v.prompt ?? "" } : null;
}

const monitors = builtInMonitors().map((d) => [`${d.id} ${d.versie}`, d] as const);

describe.each(monitors)("the pane's standard workbook of %s explains itself", (_name, def) => {
  const unit = def.eenheden?.namen[0]?.naam;
  const model = buildTemplate(def, unit ? { eenheid: unit } : {});

  test("the Toelichting sheet comes first, with the same lines, bold headings and heights as the command line's", async () => {
    const x = await inserted(model);
    const s = x.fake.state;
    const guide = model.toelichting.name;
    // The open workbook's own sheet stays first; the inserted sheets follow in the command line's order.
    expect(s.sheetNames()).toEqual([
      "Blad1",
      guide,
      ...model.tables.map((t) => t.sheet),
      LISTS_SHEET,
      META_SHEET,
    ]);
    const cli = (await cliWorkbook(model)).getWorksheet(guide)!;
    expect(cli.rowCount).toBeGreaterThan(10);
    const sheet = s.sheet(guide);
    for (let r = 1; r <= cli.rowCount; r++) {
      const want = cli.getCell(r, 1);
      const got = s.cellAt(guide, a1(r, 1));
      expect([r, got.value]).toEqual([r, want.value]);
      expect([r, got.bold]).toEqual([r, !!want.font?.bold]);
      expect([r, got.format.wrapText]).toEqual([r, true]);
      expect([r, sheet.rowHeights.get(r)]).toEqual([r, cli.getRow(r).height]);
    }
    // The title names the monitor; the sheet says where to send it and what the colours mean.
    expect(s.cellAt(guide, "A1").value).toBe(def.naam);
    const text = s.valuesOf(guide, `A1:A${cli.rowCount}`).flat().join("\n");
    expect(text).toMatch(/Inleveren/);
    expect(text).toMatch(/Wat de kleuren betekenen/);
  });

  test("every cell to fill in has the command line's input prompt; headers have a fill and a bold font", async () => {
    const x = await inserted(model);
    const s = x.fake.state;
    const cli = await cliWorkbook(model);
    let inputs = 0;
    for (const t of model.tables) {
      const ws = cli.getWorksheet(t.sheet)!;
      t.rows.forEach((_, r) =>
        t.header.forEach((__, c) => {
          if (!t.editable[c]) return;
          const address = a1(r + 2, c + 1);
          const prompt = panePrompt(x, t.sheet, address);
          expect([t.sheet, address, prompt !== null && prompt.message.length > 0]).toEqual([
            t.sheet,
            address,
            true,
          ]);
          expect([t.sheet, address, prompt]).toEqual([t.sheet, address, cliPrompt(ws, address)]);
          inputs++;
        }),
      );
      t.header.forEach((h, c) => {
        const cell = s.cellAt(t.sheet, a1(1, c + 1));
        expect([t.sheet, h, cell.bold, cell.fill?.toUpperCase()]).toEqual([
          t.sheet,
          h,
          true,
          `#${(ws.getCell(1, c + 1).fill as ExcelJS.FillPattern).fgColor!.argb!.slice(2)}`.toUpperCase(),
        ]);
        expect(cell.format["font.color"]).toBe("#000000");
      });
      // Wrapped rows are as tall as the command line's (the header row included).
      const sheet = s.sheet(t.sheet);
      for (const [r, h] of Object.entries(t.rijHoogtes)) {
        expect([t.sheet, Number(r) + 1, sheet.rowHeights.get(Number(r) + 1)]).toEqual([
          t.sheet,
          Number(r) + 1,
          ws.getRow(Number(r) + 1).height,
        ]);
        expect(h).toBeGreaterThan(15);
      }
    }
    expect(inputs).toBeGreaterThan(0);
  });
});

test("a list cell keeps its dropdown and alert beside the prompt; a cell without a list lets every value through", async () => {
  const def = builtInMonitors()[0];
  const model = buildTemplate(def, { eenheid: def.eenheden!.namen[0].naam });
  const x = await inserted(model);
  const t = model.tables.find(
    (m) =>
      m.lists.length > 0 && m.prompts.some((p) => !m.lists.some((l) => l.row === p.row && l.col === p.col)),
  )!;
  const withList = t.lists[0];
  const without = t.prompts.find((p) => !t.lists.some((l) => l.row === p.row && l.col === p.col))!;
  const at = (row: number, col: number) => {
    const v = x.fake.state
      .sheet(t.sheet)
      .validations.find(
        (r) =>
          r.rect.top <= row + 2 &&
          row + 2 <= r.rect.bottom &&
          r.rect.left <= col + 1 &&
          col + 1 <= r.rect.right,
      ) as { rule: unknown; errorAlert?: { showAlert: boolean } } | undefined;
    return v;
  };
  expect(at(withList.row, withList.col)?.rule).toEqual({
    list: { inCellDropDown: true, source: withList.source },
  });
  expect(at(withList.row, withList.col)?.errorAlert?.showAlert).toBe(true);
  expect(at(without.row, without.col)?.rule).toEqual({ custom: { formula: "=TRUE" } });
  expect(at(without.row, without.col)?.errorAlert).toBeUndefined();
});
