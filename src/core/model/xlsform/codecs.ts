/**
 * How one cell of a definition workbook becomes one value of the model and back: text, whole numbers,
 * numbers with a decimal comma, ja/nee, a choice from a list, a list separated by `;`, a date dd-mm-jjjj.
 * `read` gives undefined for an empty cell (the key is left out, or the model's default applies).
 */
import { formatIso, serialToIso } from "../../cells/dates";
import { fold } from "../../cells/text";
import { isCellError, type RawValue } from "../../grid";
import { issueKind, type IssueCode, type IssueData, type IssueKind } from "../../issues";
import { cellText } from "./sheets";

/** A value read, or what is wrong with the cell (a code of the catalogue and its data). */
export type Read<T> = { ok: true; value: T | undefined } | { ok: false; fout: IssueKind };
export type CellOut = string | number | null;

export interface Codec<T> {
  read(v: RawValue): Read<T>;
  write(x: T | undefined): CellOut;
}

const okv = <T>(value: T | undefined): Read<T> => ({ ok: true, value });
export const bad = <C extends IssueCode>(code: C, data: IssueData<C>): { ok: false; fout: IssueKind } => ({
  ok: false,
  fout: issueKind(code, data),
});

function guard<T>(f: (text: string, raw: RawValue) => Read<T>): (v: RawValue) => Read<T> {
  return (v) => {
    if (isCellError(v)) return bad("definitie_celfout", { fout: v.error });
    const t = cellText(v);
    return t === "" ? okv<T>(undefined) : f(t, v);
  };
}

export const text: Codec<string> = {
  read: guard((t) => okv(t)),
  write: (x) => x ?? null,
};

export const int = (min: number, max: number): Codec<number> => ({
  read: guard((t) =>
    /^\d+$/.test(t) && Number(t) >= min && Number(t) <= max
      ? okv(Number(t))
      : bad("definitie_geen_geheel_getal", { gevonden: t, min, max }),
  ),
  write: (x) => x ?? null,
});

export const decimal = (min: number, max: number): Codec<number> => ({
  read: guard((t, raw) => {
    const n = typeof raw === "number" ? raw : /^-?\d+([.,]\d+)?$/.test(t) ? Number(t.replace(",", ".")) : NaN;
    return Number.isFinite(n) && n >= min && n <= max
      ? okv(n)
      : bad("definitie_geen_getal", { gevonden: t, min, max });
  }),
  write: (x) => x ?? null,
});

export const yesNo: Codec<boolean> = {
  read: guard((t) => {
    const f = fold(t);
    if (f === "ja" || f === "waar" || f === "true") return okv(true);
    if (f === "nee" || f === "onwaar" || f === "false") return okv(false);
    return bad("definitie_geen_ja_nee", { gevonden: t });
  }),
  write: (x) => (x === undefined ? null : x ? "ja" : "nee"),
};

/** One of `values` (compared without regard to case); `what` names the kind in the message. */
export function oneOf<T extends string>(
  values: readonly T[],
  what: string,
  shown: readonly string[] = values,
): Codec<T> {
  return {
    read: guard((t) => {
      const hit = values.find((v) => fold(v) === fold(t));
      return hit !== undefined
        ? okv(hit)
        : bad("definitie_geen_keuze", { gevonden: t, wat: what, keuzes: [...shown] });
    }),
    write: (x) => x ?? null,
  };
}

/** Texts separated by `;` (each trimmed; empty parts dropped). */
export const list: Codec<string[]> = {
  read: guard((t) =>
    okv(
      t
        .split(";")
        .map((s) => s.trim())
        .filter((s) => s !== ""),
    ),
  ),
  write: (x) => (x === undefined || x.length === 0 ? null : x.join("; ")),
};

/** A date written dd-mm-jjjj (or an Excel date) → `JJJJ-MM-DD`. */
export const date: Codec<string> = {
  read: guard((t, raw) => {
    if (typeof raw === "number" && raw > 0 && raw < 200000) return okv(serialToIso(raw));
    const m = /^(\d{1,2})-(\d{1,2})-(\d{4})$/.exec(t);
    if (m) {
      const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
      const dt = new Date(Date.UTC(y, mo - 1, d));
      if (dt.getUTCFullYear() === y && dt.getUTCMonth() === mo - 1 && dt.getUTCDate() === d)
        return okv(`${m[3]}-${String(mo).padStart(2, "0")}-${String(d).padStart(2, "0")}`);
    }
    return bad("definitie_geen_datum", { gevonden: t });
  }),
  write: (x) => (x === undefined ? null : formatIso(x)),
};
