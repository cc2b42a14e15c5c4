/** A path inside a JSON document as people read it: `mijlpalen.rijen[2].normdatum`; the whole file when empty. */
export function pathText(path: readonly PropertyKey[]): string {
  let out = "";
  for (const p of path) {
    if (typeof p === "number") out += `[${p}]`;
    else out += out === "" ? String(p) : `.${String(p)}`;
  }
  return out || "(hele bestand)";
}
