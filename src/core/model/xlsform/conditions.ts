/**
 * Conditions as readable Dutch text in a definition workbook, one parser and one printer:
 * `Meetmoment = Eindfoto`, `C2 = Ja, regiocoördinator aangesteld`, `status is niet Vervallen en opleverdatum
 * is ingevuld`, `verwachteDatum na normdatum + 12 maanden`, `rij ontbreekt`. Tests are joined by ` en `
 * (or put on their own lines), values by ` of `; a value that holds ` of `, ` en ` or outer spaces is put
 * in double quotes. A name is a field (`Meetmoment`), a column of the table (id or header), another row of
 * the table (its key, `C2`) or `normdatum`; `veld:`, `kolom:` and `rij:` say which when a name is ambiguous.
 */
import { fold } from "../../cells/text";
import { issueKind, type IssueKind } from "../../issues";
import type { Condition, DateRef, Test } from "../schema";

/** The names a condition of one table may read. */
export interface RefContext {
  fields: string[];
  columns: { id: string; kop: string }[];
  rows: string[];
}

/** A parsed value, or what is wrong (a code of the catalogue and its data). */
export type Parsed<T> = { ok: true; value: T } | { ok: false; fout: IssueKind };

const fail = (fout: IssueKind): { ok: false; fout: IssueKind } => ({ ok: false, fout });

/** A name in a condition → the model's reference (`veld:X`, `rij:X`, a column id or `normdatum`). */
export function parseRef(text: string, ctx: RefContext): Parsed<string> {
  const t = text.trim();
  const f = fold(t);
  const prefixed = /^(veld|kolom|rij)\s*:\s*(.+)$/i.exec(t);
  if (prefixed) {
    const [, kind, name] = prefixed;
    const k = kind.toLowerCase();
    if (k === "veld") {
      const field = ctx.fields.find((x) => fold(x) === fold(name));
      return field ? { ok: true, value: `veld:${field}` } : unknown(name, "veld", ctx);
    }
    if (k === "rij") {
      const row = ctx.rows.find((x) => x === name.trim()) ?? ctx.rows.find((x) => fold(x) === fold(name));
      return row ? { ok: true, value: `rij:${row}` } : unknown(name, "rij", ctx);
    }
    const col = column(name, ctx);
    return col ? { ok: true, value: col } : unknown(name, "kolom", ctx);
  }
  if (f === "normdatum") return { ok: true, value: "normdatum" };
  const field = ctx.fields.find((x) => fold(x) === f);
  if (field) return { ok: true, value: `veld:${field}` };
  const col = column(t, ctx);
  if (col) return { ok: true, value: col };
  const row = ctx.rows.find((x) => x === t) ?? ctx.rows.find((x) => fold(x) === f);
  if (row) return { ok: true, value: `rij:${row}` };
  return unknown(t, "naam", ctx);
}

function column(name: string, ctx: RefContext): string | undefined {
  const f = fold(name);
  return (ctx.columns.find((c) => fold(c.id) === f) ?? ctx.columns.find((c) => fold(c.kop) === f))?.id;
}

/** A name that is no field, column or row: the names to choose from go with it. */
function unknown(naam: string, soort: "veld" | "kolom" | "rij" | "naam", ctx: RefContext) {
  return fail(
    issueKind("definitie_naam_onbekend", {
      naam,
      soort,
      velden: ctx.fields,
      kolommen: ctx.columns.map((c) => c.id),
    }),
  );
}

/** The shortest name that reads back as `ref`. */
export function printRef(ref: string, ctx: RefContext): string {
  const bare = ref.startsWith("veld:") || ref.startsWith("rij:") ? ref.slice(ref.indexOf(":") + 1) : ref;
  const back = parseRef(bare, ctx);
  if (back.ok && back.value === ref && !/^(veld|kolom|rij)\s*:/i.test(bare)) return bare;
  return ref.startsWith("veld:") || ref.startsWith("rij:") || ref === "normdatum" ? ref : `kolom:${ref}`;
}

// --- Splitting outside double quotes ---------------------------------------------------------------------

/** Splits `text` on `sep` (a regex source) wherever it is not inside double quotes. */
function splitOutside(text: string, sep: RegExp): string[] {
  const out: string[] = [];
  let cur = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') {
      quoted = !quoted;
      cur += ch;
      continue;
    }
    if (!quoted) {
      const m = sep.exec(text.slice(i));
      if (m && m.index === 0) {
        out.push(cur);
        cur = "";
        i += m[0].length - 1;
        continue;
      }
    }
    cur += ch;
  }
  out.push(cur);
  return out;
}

function unquote(v: string): Parsed<string> {
  const t = v.trim();
  if (t.startsWith('"')) {
    if (t.length < 2 || !t.endsWith('"')) return fail(issueKind("definitie_aanhalingsteken", { tekst: t }));
    return { ok: true, value: t.slice(1, -1).replace(/""/g, '"') };
  }
  if (t === "") return fail(issueKind("definitie_voorwaarde_onvolledig", { ontbreekt: "waarde" }));
  return { ok: true, value: t };
}

const NEEDS_QUOTES = /(^\s|\s$|^"|\s(of|en)\s|\n|^$)/i;

function printValue(v: string): string {
  return NEEDS_QUOTES.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

function parseValues(text: string): Parsed<string[]> {
  const out: string[] = [];
  for (const part of splitOutside(text, /^\s+of\s+/i)) {
    const v = unquote(part);
    if (!v.ok) return v;
    out.push(v.value);
  }
  return { ok: true, value: out };
}

// --- Tests -----------------------------------------------------------------------------------------------

const FLAGS = { leeg: "leeg", ingevuld: "ingevuld", ongeldig: "ongeldig" } as const;
type DateOp = "voor" | "na" | "uiterlijk";

function parseDateRef(text: string, ctx: RefContext): Parsed<DateRef> {
  const m = /^(.*?)(?:\s*\+\s*(\d+)\s*maand(?:en)?)?\s*$/i.exec(text.trim());
  const name = m?.[1] ?? "";
  if (name.trim() === "") return fail(issueKind("definitie_voorwaarde_onvolledig", { ontbreekt: "datum" }));
  const ref = parseRef(name, ctx);
  if (!ref.ok) return ref;
  return {
    ok: true,
    value: m?.[2] !== undefined ? { waarde: ref.value, plusMaanden: Number(m[2]) } : { waarde: ref.value },
  };
}

/** One test, e.g. `Meetmoment = Eindfoto` or `verwachteDatum uiterlijk normdatum + 12 maanden`. */
export function parseTest(text: string, ctx: RefContext): Parsed<Test> {
  const t = text.trim();
  if (fold(t) === "rij ontbreekt") return { ok: true, value: { rij: "ontbreekt" } };
  const op = /\s*(=|≠|<>|!=)\s*/.exec(t);
  const niet = /\s+is\s+niet\s+/i.exec(t);
  if (op && (!niet || op.index < niet.index) && !t.slice(0, op.index).includes('"')) {
    const ref = parseRef(t.slice(0, op.index), ctx);
    if (!ref.ok) return ref;
    const values = parseValues(t.slice(op.index + op[0].length));
    if (!values.ok) return values;
    return {
      ok: true,
      value:
        op[1] === "=" ? { waarde: ref.value, is: values.value } : { waarde: ref.value, niet: values.value },
    };
  }
  if (niet) {
    const ref = parseRef(t.slice(0, niet.index), ctx);
    if (!ref.ok) return ref;
    const rest = t.slice(niet.index + niet[0].length);
    const values = parseValues(rest);
    if (!values.ok) return values;
    return { ok: true, value: { waarde: ref.value, niet: values.value } };
  }
  const flag = /^(.*\S)\s+is\s+(leeg|ingevuld|ongeldig)$/i.exec(t);
  if (flag) {
    const ref = parseRef(flag[1], ctx);
    if (!ref.ok) return ref;
    const k = FLAGS[flag[2].toLowerCase() as keyof typeof FLAGS];
    return { ok: true, value: { waarde: ref.value, [k]: true } as Test };
  }
  const missing = /^(.*\S)\s+datum\s+ontbreekt$/i.exec(t);
  if (missing) {
    const ref = parseRef(missing[1], ctx);
    if (!ref.ok) return ref;
    return { ok: true, value: { datum: ref.value, ontbreekt: true } };
  }
  const date = /\s+(voor|na|uiterlijk)\s+/i.exec(t);
  if (date) {
    const ref = parseRef(t.slice(0, date.index), ctx);
    if (!ref.ok) return ref;
    const other = parseDateRef(t.slice(date.index + date[0].length), ctx);
    if (!other.ok) return other;
    const k = date[1].toLowerCase() as DateOp;
    return { ok: true, value: { datum: ref.value, [k]: other.value } as Test };
  }
  return fail(issueKind("definitie_voorwaarde_ongeldig", { gevonden: t }));
}

export function printTest(test: Test, ctx: RefContext): string {
  if ("rij" in test) return "rij ontbreekt";
  if ("waarde" in test) {
    const r = printRef(test.waarde, ctx);
    if ("is" in test) return `${r} = ${test.is.map(printValue).join(" of ")}`;
    if ("niet" in test) return `${r} is niet ${test.niet.map(printValue).join(" of ")}`;
    if ("leeg" in test) return `${r} is leeg`;
    if ("ingevuld" in test) return `${r} is ingevuld`;
    return `${r} is ongeldig`;
  }
  const r = printRef(test.datum, ctx);
  if ("ontbreekt" in test) return `${r} datum ontbreekt`;
  const [op, ref] =
    "voor" in test ? ["voor", test.voor] : "na" in test ? ["na", test.na] : ["uiterlijk", test.uiterlijk];
  const plus =
    ref.plusMaanden === undefined
      ? ""
      : ` + ${ref.plusMaanden} ${ref.plusMaanden === 1 ? "maand" : "maanden"}`;
  return `${r} ${op} ${printRef(ref.waarde, ctx)}${plus}`;
}

/** A whole condition: tests joined by ` en ` or on separate lines. An empty text is no test at all. */
export function parseCondition(text: string, ctx: RefContext): Parsed<Test[]> {
  const tests: Test[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === "") continue;
    for (const part of splitOutside(line, /^\s+en\s+/i)) {
      const t = parseTest(part, ctx);
      if (!t.ok) return t;
      tests.push(t.value);
    }
  }
  return { ok: true, value: tests };
}

export function printCondition(c: Condition | Test[], ctx: RefContext): string {
  return c.map((t) => printTest(t, ctx)).join(" en ");
}
