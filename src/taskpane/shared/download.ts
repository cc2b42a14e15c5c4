/** Saving a file the pane made (a JSON export, the report) through a download link, where that works. */

/** Excel on Mac and iPad (WKWebView): a download link does nothing there. */
export function canDownload(): boolean {
  return !/Macintosh|iPad|iPhone/.test(typeof navigator === "undefined" ? "" : navigator.userAgent);
}

/** Offers `text` as a file named `naam`, through a link clicked once; the object URL is freed after. */
export function downloadText(text: string, naam: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement("a");
  a.href = url;
  a.download = naam;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
