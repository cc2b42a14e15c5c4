import type { z } from "zod";

/** A path inside a JSON document as people read it: `mijlpalen.rijen[2].normdatum`; the whole file when empty. */
export function pathText(path: readonly PropertyKey[]): string {
  let out = "";
  for (const p of path) {
    if (typeof p === "number") out += `[${p}]`;
    else out += out === "" ? String(p) : `.${String(p)}`;
  }
  return out || "(hele bestand)";
}

/**
 * A zod issue as a Dutch message (the path is written separately with `pathText`). Parse with
 * `safeParse(raw, { reportInput: true })` so that a missing value is told apart from a wrong one.
 */
export function zodMessage(i: z.core.$ZodIssue): string {
  switch (i.code) {
    case "invalid_type":
      if (i.input === undefined) return `ontbreekt (verwacht: ${i.expected})`;
      return i.expected === "int" ? "moet een geheel getal zijn" : `verkeerd type: verwacht ${i.expected}`;
    case "unrecognized_keys":
      return `onbekende sleutel(s): ${i.keys.map((k) => `'${k}'`).join(", ")}`;
    case "invalid_value":
      return `ongeldige waarde; toegestaan: ${i.values.map((v) => JSON.stringify(v)).join(", ")}`;
    case "too_small":
      return i.origin === "array"
        ? `te weinig elementen (minimaal ${String(i.minimum)})`
        : i.origin === "string"
          ? "mag niet leeg zijn"
          : `te klein (minimaal ${String(i.minimum)})`;
    case "too_big":
      return i.origin === "array"
        ? `te veel elementen (maximaal ${String(i.maximum)})`
        : `te groot (maximaal ${String(i.maximum)})`;
    case "invalid_format":
      return `ongeldig formaat: ${i.message}`;
    default:
      return i.message;
  }
}
