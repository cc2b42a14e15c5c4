/**
 * The sheets of a definition workbook and their columns, as data: each column names the place in the
 * model (a dotted path in the object the sheet's row becomes) and how the cell is read and written. A new
 * key of the model is one line here. `_tabel` is not a model key: it says which table the row belongs to.
 */
import type { RawValue } from "../../grid";
import { CellTypeSchema, PreviousModeSchema, RagSchema, type CellType } from "../schema";
import { decimal, int, list, oneOf, orList, text, yesNo, date, type Codec, type Read } from "./codecs";
import { cellText } from "./sheets";

/** A condition as written in a cell; parsed once the table it belongs to is known. */
export class PendingCondition {
  constructor(
    readonly text: string,
    readonly sheet: string,
    readonly row: number,
    readonly column: string,
  ) {}
}

/** A cell holding a condition (`Meetmoment = Eindfoto`); an empty cell is no condition. */
export const CONDITION = "condition" as const;
/** Required: `ja`, `nee` or `als <condition>`. */
export const REQUIRED_IF = "required-if" as const;

export type ColumnCodec = Codec<unknown> | typeof CONDITION | typeof REQUIRED_IF;

export interface SheetColumn {
  /** The header (lower case, `_` between words), as documented in docs/definitions.md. */
  kol: string;
  /** Dotted path in the row's object. */
  pad: string;
  codec: ColumnCodec;
  /** The cell may not be empty. */
  verplicht?: boolean;
  /** The model's default: an empty cell means this, and the export leaves the cell empty for it. */
  standaard?: unknown;
}

export interface SheetLayout {
  blad: string;
  kolommen: SheetColumn[];
  /** Further columns are allowed (the fixed columns on `rijen`). */
  vrij?: boolean;
}

const TYPES = CellTypeSchema.options;

/** Cell types; `schaal` is accepted for `keuze` (the word of the simple `vragen` sheet). */
const cellType: Codec<CellType> = {
  read: (v: RawValue): Read<CellType> => {
    const t = cellText(v).toLowerCase();
    if (t === "") return { ok: true, value: undefined };
    if (t === "schaal") return { ok: true, value: "keuze" };
    const hit = TYPES.find((x) => x === t);
    return hit
      ? { ok: true, value: hit }
      : { ok: false, fout: `'${cellText(v)}' is geen type. Kies ${orList(TYPES)}` };
  },
  write: (x) => x ?? null,
};

/** The type of a question on the simple `vragen` sheet. */
const questionType: Codec<CellType> = {
  read: (v) => {
    const t = cellText(v).toLowerCase();
    if (t === "") return { ok: true, value: undefined };
    const map: Record<string, CellType> = {
      schaal: "keuze",
      keuze: "keuze",
      tekst: "tekst",
      datum: "datum",
      getal: "getal",
    };
    return map[t]
      ? { ok: true, value: map[t] }
      : { ok: false, fout: `'${cellText(v)}' is geen type. Kies schaal, tekst, datum of getal` };
  },
  write: (x) => (x === undefined ? null : x === "keuze" ? "schaal" : x),
};

/** `ja`, `nee` or the name of a group of which at least one must be filled in. */
const rowRequired: Codec<"ja" | "nee" | { groep: string }> = {
  read: (v) => {
    const t = cellText(v);
    if (t === "") return { ok: true, value: undefined };
    const l = t.toLowerCase();
    return { ok: true, value: l === "ja" || l === "nee" ? l : { groep: t } };
  },
  write: (x) => (x === undefined ? null : typeof x === "string" ? x : x.groep),
};

const previous = oneOf(PreviousModeSchema.options, "vorige");
const vorm = oneOf(["velden", "rijen"] as const, "vorm");
const rol = oneOf(["eenheid", "meetmoment", "peildatum"] as const, "rol");
const rag = oneOf(RagSchema.options, "kleur");
const national = oneOf(
  ["retouren", "rijverdeling", "matrix", "antwoorden", "open", "groepen"] as const,
  "soort landelijke tabel",
);
const checkCode = oneOf(
  ["datum_na_peildatum", "verwachte_datum_verstreken", "opleverdatum_leeg", "nulmeting_leeg"] as const,
  "controle",
);

const tabel: SheetColumn = { kol: "tabel", pad: "_tabel", codec: text, verplicht: true };

export const SHEETS = {
  instellingen: {
    blad: "instellingen",
    kolommen: [
      { kol: "sleutel", pad: "sleutel", codec: text, verplicht: true },
      { kol: "waarde", pad: "waarde", codec: text },
    ],
  },
  eenheden: {
    blad: "eenheden",
    kolommen: [
      { kol: "naam", pad: "naam", codec: text, verplicht: true },
      { kol: "groep", pad: "groep", codec: text },
      { kol: "leden", pad: "leden", codec: list },
    ],
  },
  schalen: {
    blad: "schalen",
    kolommen: [
      { kol: "schaal", pad: "_schaal", codec: text, verplicht: true },
      { kol: "optie", pad: "label", codec: text, verplicht: true },
      { kol: "aliassen", pad: "aliassen", codec: list, standaard: [] },
      { kol: "onbekend", pad: "onbekend", codec: yesNo, standaard: false },
      { kol: "gewicht", pad: "gewicht", codec: decimal(0, 1), standaard: 0 },
    ],
  },
  vragen: {
    blad: "vragen",
    kolommen: [
      { kol: "nr", pad: "waarden.nr", codec: text, verplicht: true },
      { kol: "onderdeel", pad: "waarden.onderdeel", codec: text },
      { kol: "vraag", pad: "waarden.vraag", codec: text, verplicht: true },
      { kol: "type", pad: "cel.type", codec: questionType, verplicht: true },
      { kol: "schaal", pad: "cel.schaal", codec: text },
      { kol: "verplicht", pad: "cel.verplicht", codec: rowRequired },
      { kol: "geldt_als", pad: "geldtAls", codec: CONDITION },
      { kol: "vorige", pad: "vorige", codec: previous },
    ],
  },
  mijlpalen: {
    blad: "mijlpalen",
    kolommen: [
      { kol: "code", pad: "waarden.code", codec: text, verplicht: true },
      { kol: "mijlpaal", pad: "waarden.mijlpaal", codec: text, verplicht: true },
      { kol: "normdatum", pad: "normdatum", codec: date },
      { kol: "geldt_als", pad: "geldtAls", codec: CONDITION },
      { kol: "vorige", pad: "vorige", codec: previous },
    ],
  },
  velden: {
    blad: "velden",
    kolommen: [
      { kol: "naam", pad: "naam", codec: text, verplicht: true },
      { kol: "type", pad: "type", codec: cellType, verplicht: true },
      { kol: "schaal", pad: "schaal", codec: text },
      { kol: "verplicht", pad: "verplicht", codec: yesNo, verplicht: true },
      { kol: "rol", pad: "rol", codec: rol },
      { kol: "standaard", pad: "standaard", codec: text },
      { kol: "vorige", pad: "vorige", codec: previous },
    ],
  },
  tabellen: {
    blad: "tabellen",
    kolommen: [
      { kol: "id", pad: "id", codec: text, verplicht: true },
      { kol: "vorm", pad: "vorm", codec: vorm, verplicht: true },
      { kol: "blad", pad: "blad", codec: text, verplicht: true },
      { kol: "excel_tabel", pad: "tabel", codec: text, verplicht: true },
      { kol: "veld_kop", pad: "kolommen.veld", codec: text },
      { kol: "waarde_kop", pad: "kolommen.waarde", codec: text },
      { kol: "rij_naam", pad: "rijNaam", codec: text },
      { kol: "rij_naam_meervoud", pad: "rijNaamMeervoud", codec: text },
      { kol: "sleutel", pad: "sleutel", codec: text },
      { kol: "label", pad: "label", codec: text },
      { kol: "hoofdkolom", pad: "hoofdkolom", codec: text },
      { kol: "oordeel_regel", pad: "oordeelRegel", codec: text },
      { kol: "verschuiving_datum", pad: "verschuiving.datum", codec: text },
      { kol: "verschuiving_tov", pad: "verschuiving.tov", codec: text },
      { kol: "verschuiving_opgegeven", pad: "verschuiving.opgegeven", codec: text },
      { kol: "open_leeg", pad: "open.leeg", codec: int(1, 500) },
      { kol: "open_sleutel_uit", pad: "open.sleutelUit", codec: text },
      { kol: "open_uniek", pad: "open.uniek", codec: list },
    ],
  },
  kolommen: {
    blad: "kolommen",
    kolommen: [
      tabel,
      { kol: "id", pad: "id", codec: text, verplicht: true },
      { kol: "kop", pad: "kop", codec: text, verplicht: true },
      { kol: "vast", pad: "vast", codec: yesNo, standaard: false },
      { kol: "type", pad: "type", codec: cellType, standaard: "tekst" },
      { kol: "schaal", pad: "schaal", codec: text },
      { kol: "verplicht", pad: "verplicht", codec: REQUIRED_IF, standaard: false },
      { kol: "zonder_datum", pad: "zonderDatum", codec: list, standaard: [] },
      { kol: "essentieel", pad: "essentieel", codec: yesNo, standaard: false },
      { kol: "breedte", pad: "breedte", codec: int(3, 150), standaard: 18 },
    ],
  },
  rijen: {
    blad: "rijen",
    vrij: true,
    kolommen: [
      tabel,
      { kol: "normdatum", pad: "normdatum", codec: date },
      { kol: "geldt_als", pad: "geldtAls", codec: CONDITION },
      { kol: "type", pad: "cel.type", codec: cellType },
      { kol: "schaal", pad: "cel.schaal", codec: text },
      { kol: "verplicht", pad: "cel.verplicht", codec: rowRequired },
      { kol: "vorige", pad: "vorige", codec: previous },
    ],
  },
  oordeel: {
    blad: "oordeel",
    kolommen: [
      tabel,
      { kol: "regel", pad: "regel", codec: text, verplicht: true },
      { kol: "als", pad: "als", codec: CONDITION, standaard: [] },
      { kol: "kleur", pad: "rag", codec: rag, verplicht: true },
      { kol: "uitleg", pad: "uitleg", codec: text, verplicht: true },
      { kol: "regel_van_regiomonitor", pad: "eigen", codec: yesNo, standaard: false },
    ],
  },
  controles: {
    blad: "controles",
    kolommen: [
      tabel,
      { kol: "code", pad: "code", codec: checkCode, verplicht: true },
      { kol: "kolom", pad: "kolom", codec: text, verplicht: true },
      { kol: "als", pad: "als", codec: CONDITION, verplicht: true },
    ],
  },
  landelijk: {
    blad: "landelijk",
    kolommen: [
      { kol: "soort", pad: "soort", codec: national, verplicht: true },
      { kol: "blad", pad: "blad", codec: text, verplicht: true },
      { kol: "tabel", pad: "tabel", codec: text },
      { kol: "titel", pad: "titel", codec: text },
      { kol: "kolom", pad: "kolom", codec: text },
      { kol: "label_kolommen", pad: "labelKolommen", codec: list },
      { kol: "volgorde", pad: "volgorde", codec: oneOf(["rijen", "waarde"] as const, "volgorde") },
      { kol: "weergave", pad: "weergave", codec: displayCodec() },
    ],
  },
} satisfies Record<string, SheetLayout>;

export type SheetName = keyof typeof SHEETS;

/** What a matrix cell shows per option: one line `optie = tekst` per option. */
function displayCodec(): Codec<Record<string, string>> {
  return {
    read: (v) => {
      const t = typeof v === "string" ? v : cellText(v);
      if (t.trim() === "") return { ok: true, value: undefined };
      const out: Record<string, string> = {};
      for (const line of t.split(/\r?\n/)) {
        if (line.trim() === "") continue;
        const i = line.indexOf(" = ");
        if (i < 0)
          return { ok: false, fout: `'${line.trim()}' is geen weergave. Schrijf per regel 'optie = tekst'` };
        out[line.slice(0, i).trim()] = line.slice(i + 3).trim();
      }
      return { ok: true, value: out };
    },
    write: (x) =>
      x === undefined
        ? null
        : Object.entries(x)
            .map(([k, v]) => `${k} = ${v}`)
            .join("\n"),
  };
}

/** The keys of the `instellingen` sheet: the model path and how the value is read. */
export const SETTINGS: { sleutel: string; pad: string; codec: Codec<unknown>; verplicht?: boolean }[] = [
  { sleutel: "id", pad: "id", codec: text, verplicht: true },
  { sleutel: "versie", pad: "versie", codec: text, verplicht: true },
  { sleutel: "naam", pad: "naam", codec: text, verplicht: true },
  { sleutel: "eenheid", pad: "eenheden.soort", codec: text },
  { sleutel: "eenheden", pad: "eenheden.meervoud", codec: text },
  { sleutel: "leden", pad: "eenheden.ledenNaam", codec: text },
  { sleutel: "invulling_groen", pad: "scores.invulling.groen", codec: decimal(0, 100) },
  { sleutel: "invulling_oranje", pad: "scores.invulling.oranje", codec: decimal(0, 100) },
  { sleutel: "oordeel_eenheid", pad: "scores.eenheid.tabel", codec: text },
  { sleutel: "voortgang", pad: "scores.voortgang.tabel", codec: text },
  { sleutel: "kleur_volgorde", pad: "rag.volgorde", codec: list },
  { sleutel: "label_groen", pad: "rag.labels.groen", codec: text },
  { sleutel: "label_oranje", pad: "rag.labels.oranje", codec: text },
  { sleutel: "label_rood", pad: "rag.labels.rood", codec: text },
  { sleutel: "label_grijs", pad: "rag.labels.grijs", codec: text },
  { sleutel: "uitloop_maanden", pad: "_uitloop", codec: int(0, 120) },
  { sleutel: "woord_gerealiseerd", pad: "woorden.gerealiseerd", codec: text },
  { sleutel: "woord_gedeeltelijk", pad: "woorden.gedeeltelijk", codec: text },
  { sleutel: "woord_meting", pad: "woorden.meting", codec: text },
  { sleutel: "woord_metingen", pad: "woorden.metingen", codec: text },
  { sleutel: "totaaloordeel", pad: "totaaloordeel", codec: yesNo },
];

/** Dotted path helpers. */
export function setPath(obj: Record<string, unknown>, pad: string, value: unknown): void {
  const parts = pad.split(".");
  let cur = obj;
  for (const p of parts.slice(0, -1)) {
    if (typeof cur[p] !== "object" || cur[p] === null) cur[p] = {};
    cur = cur[p] as Record<string, unknown>;
  }
  cur[parts[parts.length - 1]] = value;
}

export function getPath(obj: unknown, pad: string): unknown {
  let cur: unknown = obj;
  for (const p of pad.split(".")) {
    if (typeof cur !== "object" || cur === null) return undefined;
    cur = (cur as Record<string, unknown>)[p];
  }
  return cur;
}
