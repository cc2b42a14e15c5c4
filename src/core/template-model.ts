/**
 * What the standard workbook looks like, decided by the core from a definition and rendered by either
 * host: the ExcelJS adapter (command line `template`) and the Office.js adapter ("Standaardwerkmap
 * invoegen" in the task pane). Both must give the same sheets, tables, lists and formats.
 */

import type { PrintSettings } from "./sheet-model";

export type TemplateValue = string | number | null;

export interface TemplateTable {
  sheet: string;
  /** Excel table (ListObject) name. */
  table: string;
  header: string[];
  /** Body rows, each `header.length` long. Dates are Excel serials. */
  rows: TemplateValue[][];
  /** Column widths in characters. */
  widths: number[];
  /** Per column: true when the user fills it in (unlocked); fixed columns stay locked. */
  editable: boolean[];
  /** Per column: the number format of the body cells, or null (General). */
  formats: (string | null)[];
  /** Per body cell with a dropdown: 0-based body row and column, and the list's range as `=Keuzelijsten!$B$2:$B$5`. */
  lists: { row: number; col: number; source: string }[];
  /** The sheet is protected without a password so that fixed cells are not changed by accident. */
  protect: boolean;
  /** How the sheet prints (the header row repeats on every page). */
  afdruk: PrintSettings;
  /**
   * A read-only column beside the table (one empty column between), outside the Excel table: the unit's
   * previous answers (`template --vorige`). `waarden` has one value per body row; the header names the round.
   */
  naast?: { kop: string; waarden: TemplateValue[]; breedte: number };
  /** The input prompt of every body cell to fill in (0-based body row and column): a title and the help. */
  prompts: { row: number; col: number; titel: string; tekst: string }[];
  /**
   * Heights in points of rows with wrapped text (0: the header row, 1…: body rows), so that no text runs
   * into the next row: a host does not always grow a wrapped row by itself (LibreOffice prints it as set).
   */
  rijHoogtes: Record<number, number>;
}

/** A line of the Toelichting sheet: the title, a heading or a paragraph. */
export interface TemplateGuideLine {
  soort: "titel" | "kop" | "tekst";
  tekst: string;
  /** The row's height in points: as tall as the text wraps in the sheet's column (headings with room above). */
  hoogte: number;
}

export interface TemplateModel {
  definitie: { id: string; versie: string };
  /** The first sheet: what the workbook is and how to fill it in (src/core/engine/template-guide.ts). */
  toelichting: {
    name: string;
    lines: TemplateGuideLine[];
    /** The width of the sheet's one column, in characters (fits A4 landscape). */
    breedte: number;
    afdruk: PrintSettings;
  };
  tables: TemplateTable[];
  /** A hidden sheet holding the answer lists the dropdowns refer to, one list per column (header in row 1). */
  listsSheet: { name: string; columns: { header: string; values: string[] }[] };
  /** A very hidden sheet recording which definition made the workbook: rows of key and value. */
  metaSheet: { name: string; rows: [string, string][] };
  /** Number formats of single body cells (0-based body row and column), e.g. the Peildatum date cell. */
  cellFormats: { sheet: string; row: number; col: number; format: string }[];
}

/** Name of the very hidden sheet that records the definition (and marks a Regiomonitor workbook). */
export const META_SHEET = "_regiomonitor";
export const LISTS_SHEET = "Keuzelijsten";
export const DATE_FORMAT = "dd-mm-yyyy";

/** Reads the definition id and version from the meta sheet's rows; null when they are not there. */
export function definitionFromMeta(rows: unknown[][]): { id: string; versie: string } | null {
  const get = (key: string) => {
    const r = rows.find((x) => x[0] === key);
    return r && typeof r[1] === "string" && r[1] !== "" ? r[1] : null;
  };
  const id = get("definitie");
  const versie = get("versie");
  return id && versie ? { id, versie } : null;
}
