/**
 * Limits on what a returned workbook may be. Checked before a file is inflated (size, entries,
 * inflated size) and while reading (rows per table). Each refusal names the limit and what to do.
 */

/** Largest file accepted, in bytes (a filled-in standard workbook is about 30 KB). */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
/** Largest total size of all zip entries once inflated, in bytes. */
export const MAX_INFLATED_BYTES = 200 * 1024 * 1024;
/** Most entries in the .xlsx zip archive. */
export const MAX_ZIP_ENTRIES = 2000;
/** Most rows (header included) read from one table or sheet. */
export const MAX_TABLE_ROWS = 10000;
/** Rows searched for a header row in a sheet that is no longer a table. */
export const HEADER_SEARCH_ROWS = 30;
