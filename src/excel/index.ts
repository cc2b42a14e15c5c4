/**
 * The Office.js adapter: everything the task pane does in the open workbook, as plain async functions.
 * It is given the `Excel` namespace (the global one in the add-in, a fake in tests) and calls only `Excel.run`;
 * enum values are passed as strings. Every operation keeps to the design's sync budget:
 *
 * | operation         | syncs                                                                |
 * |-------------------|----------------------------------------------------------------------|
 * | readWorkbook      | 2: which sheets and tables exist, then only those                      |
 * | renderSheets      | 2 (+1 per extra 4 MB of values; +2 to clean up after a failure)      |
 * | insertTemplate    | 2 (+2 to clean up after a failure)                                    |
 * | selectCell        | 1                                                                    |
 * | onTablesChanged   | 2 to register, 1 to unregister                                       |
 * | onSelectionChanged| 2 to register, 1 to unregister (Worksheet.onSelectionChanged, 1.7)  |
 * | createWorkbook    | 1 call of Excel.createWorkbook (1.8), no batch                       |
 */
import type { WantedSource, WorkbookInput } from "../core/grid";
import type { SheetModel } from "../core/sheet-model";
import type { TemplateModel } from "../core/template-model";
import { readWorkbook } from "./read";
import { renderSheets } from "./render";
import { insertTemplate } from "./template";
import * as navigate from "./navigate";
import type { ExcelApi } from "./shared";
import { createWorkbook } from "./workbook";

export { readWorkbook } from "./read";
export { renderSheets, TEMP_SHEET_PREFIX } from "./render";
export { insertTemplate } from "./template";
export {
  onSelectionChanged,
  onTablesChanged,
  selectCell,
  type SelectionChange,
  type TableChange,
} from "./navigate";
export {
  ExcelRefusalError,
  SheetMissingError,
  SheetNameTakenError,
  TemplateExistsError,
  officeErrorCode,
  toDutchError,
} from "./errors";
export { type ExcelApi, rawValue } from "./shared";
export { createWorkbook, NoNewWorkbookError, toBase64 } from "./workbook";

export interface ExcelHost {
  readWorkbook(wanted: readonly WantedSource[], bestand: string): Promise<WorkbookInput>;
  renderSheets(models: readonly SheetModel[]): Promise<void>;
  insertTemplate(model: TemplateModel): Promise<void>;
  selectCell(sheet: string, address: string): Promise<void>;
  /** Creates and opens a new workbook with these .xlsx contents (base64); the open one is untouched. */
  createWorkbook(base64File: string): Promise<void>;
  onTablesChanged(
    sources: readonly (string | WantedSource)[],
    handler: (change: navigate.TableChange) => void,
  ): Promise<() => Promise<void>>;
  onSelectionChanged(
    sheets: readonly string[],
    handler: (change: navigate.SelectionChange) => void,
  ): Promise<() => Promise<void>>;
}

/** The adapter bound to an `Excel` namespace: `createExcelHost(Excel)` in the add-in. */
export function createExcelHost(excelApi: ExcelApi): ExcelHost {
  return {
    readWorkbook: (wanted, bestand) => readWorkbook(excelApi, wanted, bestand),
    renderSheets: (models) => renderSheets(excelApi, models),
    insertTemplate: (model) => insertTemplate(excelApi, model),
    selectCell: (sheet, address) => navigate.selectCell(excelApi, sheet, address),
    createWorkbook: (base64File) => createWorkbook(excelApi, base64File),
    onTablesChanged: (sources, handler) => navigate.onTablesChanged(excelApi, sources, handler),
    onSelectionChanged: (sheets, handler) => navigate.onSelectionChanged(excelApi, sheets, handler),
  };
}
