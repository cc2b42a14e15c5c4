/** Office.js adapter: go to a cell, and listen for changes in the standard tables. */
import type { WantedSource } from "../core/grid";
import { officeErrorCode, SheetMissingError } from "./errors";
import type { ExcelApi } from "./shared";

/** Activates the sheet and selects the cell (or range) at `address`. One sync. */
export async function selectCell(api: ExcelApi, sheet: string, address: string): Promise<void> {
  try {
    await api.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(address).select();
      await context.sync();
    });
  } catch (e) {
    if (officeErrorCode(e) === "ItemNotFound") throw new SheetMissingError(sheet);
    throw e;
  }
}

/** Where a change happened, as Excel reports it. */
export interface TableChange {
  /** A1 address of the changed cells on their sheet. */
  address: string;
}

/**
 * Calls `handler` when cells of one of the wanted tables change; for a source whose table is missing (the user
 * made it a plain range), when its sheet changes. Two syncs: find which tables exist (with their ids, which
 * the registration needs), then register. Returns a
 * function that unregisters everything (one sync).
 */
export async function onTablesChanged(
  api: ExcelApi,
  sources: readonly (string | WantedSource)[],
  handler: (change: TableChange) => void,
): Promise<() => Promise<void>> {
  const results = await api.run(async (context) => {
    const probes = sources.map((s) => {
      const tableName = typeof s === "string" ? s : s.table;
      // Microsoft's library registers an event under its target's id (`getTargetIdFunc` reads `Table.id` /
      // `Worksheet.id`), so the id is loaded with the existence check.
      const table = context.workbook.tables.getItemOrNullObject(tableName).load("id,name");
      const sheet =
        typeof s === "string"
          ? null
          : context.workbook.worksheets.getItemOrNullObject(s.sheet).load("id,name");
      return { table, sheet };
    });
    await context.sync();
    const onEvent = async (e: Excel.TableChangedEventArgs | Excel.WorksheetChangedEventArgs) => {
      handler({ address: e.address });
    };
    const registered: OfficeExtension.EventHandlerResult<unknown>[] = [];
    for (const p of probes) {
      if (!p.table.isNullObject) registered.push(p.table.onChanged.add(onEvent));
      else if (p.sheet && !p.sheet.isNullObject) registered.push(p.sheet.onChanged.add(onEvent));
    }
    if (registered.length > 0) await context.sync();
    return registered;
  });
  return unregisterAll(api, results);
}

/** A selection a user made on one of the watched sheets. */
export interface SelectionChange {
  sheet: string;
  /** A1 address of the selection on its sheet (e.g. `K8` or `K8:L9`). */
  address: string;
}

/**
 * Calls `handler` when the user selects cells on one of the named sheets (sheets that do not exist are left out).
 * Uses `Worksheet.onSelectionChanged` (ExcelApi 1.7, inside the manifest's 1.9), so the sheets are fixed at registration: register again after the sheets were replaced. Two syncs:
 * find the sheets and their ids, then register. Returns a function that unregisters (one sync).
 */
export async function onSelectionChanged(
  api: ExcelApi,
  sheets: readonly string[],
  handler: (change: SelectionChange) => void,
): Promise<() => Promise<void>> {
  const results = await api.run(async (context) => {
    const probes = sheets.map((s) => context.workbook.worksheets.getItemOrNullObject(s).load("id,name"));
    await context.sync();
    const names = new Map<string, string>();
    const registered: OfficeExtension.EventHandlerResult<unknown>[] = [];
    for (const p of probes) {
      if (p.isNullObject) continue;
      names.set(p.id, p.name);
      registered.push(
        p.onSelectionChanged.add(async (e: Excel.WorksheetSelectionChangedEventArgs) => {
          const sheet = names.get(e.worksheetId);
          if (sheet) handler({ sheet, address: e.address });
        }),
      );
    }
    if (registered.length > 0) await context.sync();
    return registered;
  });
  return unregisterAll(api, results);
}

/** A function that removes the handlers registered in one batch (one sync; nothing when none was registered). */
function unregisterAll(
  api: ExcelApi,
  results: OfficeExtension.EventHandlerResult<unknown>[],
): () => Promise<void> {
  return async () => {
    if (results.length === 0) return;
    await api.run(results[0].context, async (context) => {
      for (const r of results) r.remove();
      await context.sync();
    });
  };
}
