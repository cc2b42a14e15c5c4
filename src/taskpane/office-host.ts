/**
 * The PaneHost of the add-in: the Office.js adapter (src/excel) bound to the global `Excel`. The only
 * place the task pane touches the adapter; it decides nothing itself.
 */
import { createExcelHost, ExcelRefusalError, toDutchError, type ExcelApi, type ExcelHost } from "../excel";
import type { HostErrorText, PaneHost } from "./host";

/** Thrown when the pane runs outside Excel (no Office.js `Excel` namespace). */
export class NoExcelError extends Error {
  constructor() {
    super(
      "Dit taakvenster werkt alleen in Excel. Open de Regiomonitor in Excel (Start > Regiomonitor) en probeer het opnieuw.",
    );
    this.name = "NoExcelError";
  }
}

interface OfficeLike {
  context?: { document?: { url?: string | null } };
}

/**
 * The workbook's file name for messages, from `Office.context.document.url` (no Excel round trip);
 * "Deze werkmap" when Office does not say (a new, unsaved workbook, or outside Office).
 */
export function workbookName(office: OfficeLike | undefined): string {
  const url = office?.context?.document?.url;
  if (!url) return "Deze werkmap";
  const last = url.split(/[\\/]/).filter(Boolean).pop() ?? "";
  let name = last.split(/[?#]/)[0];
  try {
    name = decodeURIComponent(name);
  } catch {
    // keep it as it is
  }
  return name || "Deze werkmap";
}

/**
 * Starts an event registration (async in Office.js) and returns a synchronous stop function that also works
 * while the registration is still under way. Registration errors go to `onError`.
 */
function subscribe(register: () => Promise<() => Promise<void>>, onError?: (e: unknown) => void): () => void {
  let stopped = false;
  let remove: (() => Promise<void>) | null = null;
  const drop = (r: () => Promise<void>) => void r().catch(() => undefined);
  Promise.resolve()
    .then(register)
    .then(
      (r) => {
        if (stopped) drop(r);
        else remove = r;
      },
      (e: unknown) => {
        if (!stopped) onError?.(e);
      },
    );
  return () => {
    stopped = true;
    if (remove) drop(remove);
    remove = null;
  };
}

export function createOfficeHost(
  excel: ExcelApi | undefined = (globalThis as { Excel?: ExcelApi }).Excel,
  office: OfficeLike | undefined = (globalThis as { Office?: OfficeLike }).Office,
): PaneHost {
  const adapter: ExcelHost | null = excel ? createExcelHost(excel) : null;
  const need = (): ExcelHost => {
    if (!adapter) throw new NoExcelError();
    return adapter;
  };
  return {
    readWorkbook: async (wanted) => need().readWorkbook(wanted, workbookName(office)),
    insertTemplate: async (model) => need().insertTemplate(model),
    writeSheets: async (models) => need().renderSheets(models),
    selectCell: async (sheet, address) => need().selectCell(sheet, address),
    createWorkbook: async (base64File) => need().createWorkbook(base64File),
    onChanged(wanted, handler, onError) {
      return subscribe(() => need().onTablesChanged(wanted, () => handler()), onError);
    },
    onSelectionChanged(sheets, handler, onError) {
      return subscribe(() => need().onSelectionChanged(sheets, (c) => handler(c.sheet, c.address)), onError);
    },
    describeError(e): HostErrorText {
      if (e instanceof NoExcelError) return { bericht: e.message, geweigerd: false };
      return { bericht: toDutchError(e), geweigerd: e instanceof ExcelRefusalError };
    },
  };
}
