/** A file that cannot be opened as a workbook, with the Dutch reason (no ExcelJS: also used in the task pane). */
export class UnreadableFileError extends Error {
  constructor(
    readonly bestand: string,
    readonly reden: string,
  ) {
    super(`${bestand}: ${reden}`);
  }
}
