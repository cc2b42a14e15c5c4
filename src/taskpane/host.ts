/**
 * What the task pane needs from Excel, as one small interface. Components and hooks only talk to a
 * `PaneHost`; they never call `Excel.run` or the Office.js adapter themselves.
 *
 * Implementations:
 * - `createOfficeHost()` (office-host.ts): the real one, a thin layer over the adapter in src/excel.
 * - any object put on `window.__REGIOMONITOR_HOST__` before the bundle runs (see `resolveHost`), for
 *   demos and tests that want to replace Excel altogether. The browser test does not need this: it
 *   injects a fake `Excel`/`Office` and so exercises the real Office host and adapter.
 */
import type { WantedSource, WorkbookInput } from "../core/grid";
import type { SheetModel } from "../core/sheet-model";
import type { TemplateModel } from "../core/template-model";

/** A host error in words a coordinator understands. */
export interface HostErrorText {
  /** Dutch message: what went wrong and what to do. */
  bericht: string;
  /** True when the add-in refused on purpose (e.g. a user sheet named Samenvatting), not a failure. */
  geweigerd: boolean;
}

export interface PaneHost {
  /**
   * Reads the wanted tables (or the plain ranges a user made of them) of the open workbook, with the
   * definition it recorded (`definitie`, null when none: then it is no Regiomonitor workbook unless
   * the standard tables are there). One read answers both "is this a Regiomonitor workbook?" and
   * "what is in it?", so opening the pane costs one sync.
   */
  readWorkbook(wanted: readonly WantedSource[]): Promise<WorkbookInput>;
  /** Creates the standard sheets and tables in the open workbook. */
  insertTemplate(model: TemplateModel): Promise<void>;
  /**
   * Writes or replaces the add-in's own sheets. Rejects (and changes nothing) when a user sheet has
   * one of the names; `describeError` then says so with `geweigerd: true`.
   */
  writeSheets(models: readonly SheetModel[]): Promise<void>;
  /**
   * Creates and opens a new workbook with the given .xlsx contents (base64), leaving the open workbook as it
   * is. Rejects when this Excel cannot (`describeError` then says what to do, with `geweigerd: true`).
   */
  createWorkbook(base64File: string): Promise<void>;
  /** Activates the sheet and selects the cell (A1 address). */
  selectCell(sheet: string, address: string): Promise<void>;
  /**
   * Calls `handler` after the user changed one of the wanted tables (or their sheets, for a table made
   * into a plain range). Returns a function that stops listening. Registration errors go to `onError`;
   * the pane then keeps working without automatic checks.
   */
  onChanged(wanted: readonly WantedSource[], handler: () => void, onError?: (e: unknown) => void): () => void;
  /**
   * Calls `handler` (sheet name, A1 address) when the user selects cells on one of the named sheets that exist
   * now. Returns a function that stops listening; register again after the sheets were replaced. Optional: a
   * host without it simply shows no explanations on selection.
   */
  onSelectionChanged?(
    sheets: readonly string[],
    handler: (sheet: string, address: string) => void,
    onError?: (e: unknown) => void,
  ): () => void;
  /** Any error thrown by this host as a Dutch message with what to do. */
  describeError(e: unknown): HostErrorText;
}

declare global {
  interface Window {
    /** Optional replacement host, set by a test or demo page before the task pane bundle runs. */
    __REGIOMONITOR_HOST__?: PaneHost;
  }
}

/** The injected host when there is one, else the given factory's (the Office host). */
export function resolveHost(
  create: () => PaneHost,
  scope: { __REGIOMONITOR_HOST__?: PaneHost } | undefined,
): PaneHost {
  return scope?.__REGIOMONITOR_HOST__ ?? create();
}
