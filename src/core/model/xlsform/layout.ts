/**
 * The sheets of a definition workbook and their columns, as data: each column names the place in the
 * model (a dotted path in the object the sheet's row becomes) and how the cell is read and written. A new
 * key of the model is one line here. `_tabel` is not a model key: it says which table the row belongs to.
 */
import type { RawValue } from "../../grid";
import { CellTypeSchema, PreviousModeSchema, RagSchema, type CellType } from "../schema";
import { bad, decimal, int, list, oneOf, text, yesNo, date, type Codec, type Read } from "./codecs";
import { cellText, headerKey } from "./sheets";

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
  /** The key (lower case, `_` between words): still read as the header, as in older workbooks. */
  kol: string;
  /** The header in plain Dutch, as the export writes it. */
  kop: string;
  /** What to write in the column: the header's comment in the export, and the policy officer's guide. */
  uitleg: string;
  /** Dotted path in the row's object. */
  pad: string;
  codec: ColumnCodec;
  /** The cell may not be empty. */
  verplicht?: boolean;
  /** The model's default: an empty cell means this, and the export leaves the cell empty for it. */
  standaard?: unknown;
  /**
   * The export's dropdown: fixed choices, `schalen` (the scale names of the definition) or `tabellen` (the
   * table codes). `vrij`: other values are allowed too (a group name in Verplicht), the dropdown only helps.
   */
  keuzes?: readonly string[] | "schalen" | "tabellen";
  vrij?: boolean;
}

export interface SheetLayout {
  /** The key of the sheet (lower case); the export writes it with a capital (`Instellingen`). */
  blad: string;
  /** What the sheet holds, for the Toelichting sheet of the export and the guide. */
  uitleg: string;
  kolommen: SheetColumn[];
  /** Further columns are allowed (the fixed columns on `rijen`). */
  vrij?: boolean;
}

/** The header a column is known by: its Dutch header, or its older key. */
export const columnKeys = (c: SheetColumn): string[] => [headerKey(c.kop), headerKey(c.kol)];

/** The sheet's name as the export writes it: `Instellingen`. */
export const sheetTitle = (l: SheetLayout): string => l.blad.charAt(0).toUpperCase() + l.blad.slice(1);

const TYPES = CellTypeSchema.options;
const YES_NO = ["ja", "nee"] as const;

/** Cell types; `schaal` is accepted for `keuze` (the word of the simple `vragen` sheet). */
const cellType: Codec<CellType> = {
  read: (v: RawValue): Read<CellType> => {
    const t = cellText(v).toLowerCase();
    if (t === "") return { ok: true, value: undefined };
    if (t === "schaal") return { ok: true, value: "keuze" };
    const hit = TYPES.find((x) => x === t);
    return hit
      ? { ok: true, value: hit }
      : bad("definitie_geen_keuze", { gevonden: cellText(v), wat: "type", keuzes: [...TYPES] });
  },
  write: (x) => x ?? null,
};

const QUESTION_TYPES = ["schaal", "tekst", "datum", "getal"] as const;

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
      : bad("definitie_geen_keuze", { gevonden: cellText(v), wat: "type", keuzes: [...QUESTION_TYPES] });
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

const VORMEN = ["velden", "rijen"] as const;
const ROLLEN = ["eenheid", "meetmoment", "peildatum"] as const;
const NATIONAL = ["retouren", "rijverdeling", "matrix", "antwoorden", "open", "groepen"] as const;
const CHECKS = [
  "datum_na_peildatum",
  "verwachte_datum_verstreken",
  "opleverdatum_leeg",
  "nulmeting_leeg",
] as const;
const ORDERS = ["rijen", "waarde"] as const;
const previous = oneOf(PreviousModeSchema.options, "vorige");

const vorm = oneOf(VORMEN, "vorm");
const rol = oneOf(ROLLEN, "rol");
const rag = oneOf(RagSchema.options, "kleur");
const national = oneOf(NATIONAL, "soort landelijke tabel");
const checkCode = oneOf(CHECKS, "controle");

const tabel: SheetColumn = {
  kol: "tabel",
  kop: "Tabel",
  uitleg: "De code van de tabel (blad Tabellen, kolom Code) waar deze rij bij hoort.",
  pad: "_tabel",
  codec: text,
  verplicht: true,
  keuzes: "tabellen",
};

/** The `schaal` column of the fields and questions sheets: the scale of a cell of type keuze. */
const SCALE_COLUMN: SheetColumn = {
  kol: "schaal",
  kop: "Schaal",
  uitleg: "Bij type keuze: de naam van de schaal (blad Schalen).",
  pad: "schaal",
  codec: text,
  keuzes: "schalen",
};

const TYPE_UITLEG =
  "Hoe de cel wordt ingevuld: tekst, keuze (uit een schaal), datum, getal, email of eenheid (de naam van een regio, gemeente, …).";
/** The `vorige` column of the fields, milestones, questions and rows sheets: what the next round does with an answer. */
const PREVIOUS: SheetColumn = {
  kol: "vorige",
  kop: "Vorige ronde",
  uitleg:
    "Wat de werkmap van de volgende ronde met dit antwoord doet: tonen (ernaast laten zien), invullen (ook als beginwaarde invullen) of opnieuw (laten zien, en waarschuwen als het antwoord gelijk blijft). Leeg: tonen.",
  pad: "vorige",
  codec: previous,
  keuzes: PreviousModeSchema.options,
};

const HELP: Omit<SheetColumn, "pad"> = {
  kol: "hulptekst",
  kop: "Hulptekst",
  uitleg:
    "Uitleg voor wie de werkmap invult. Die verschijnt als hulptekst (invoerbericht) bij de cel in de standaardwerkmap. Mag leeg.",
  codec: text,
};
const CONDITION_UITLEG =
  "Wanneer de rij geldt, bijvoorbeeld: Meetmoment = Eindfoto. Leeg: altijd. Een rij die niet geldt, moet leeg blijven.";

export const SHEETS = {
  instellingen: {
    blad: "instellingen",
    uitleg: "De naam, code en versie van de monitor, en de instellingen die voor de hele monitor gelden.",
    kolommen: [
      {
        kol: "sleutel",
        kop: "Instelling",
        uitleg: "De naam van de instelling (zie de kolom Uitleg). Verander deze tekst niet.",
        pad: "sleutel",
        codec: text,
        verplicht: true,
      },
      {
        kol: "waarde",
        kop: "Waarde",
        uitleg: "De waarde van de instelling. Leeg: de standaard geldt.",
        pad: "waarde",
        codec: text,
      },
      {
        kol: "uitleg",
        kop: "Uitleg",
        uitleg: "Wat de instelling betekent. Deze kolom wordt niet gelezen.",
        pad: "_uitleg",
        codec: text,
      },
    ],
  },
  eenheden: {
    blad: "eenheden",
    uitleg:
      "De eenheden die elk een werkmap inleveren (regio's, gemeenten, …). Leeg: de monitor heeft één landelijke werkmap.",
    kolommen: [
      {
        kol: "naam",
        kop: "Naam",
        uitleg: "De naam van de eenheid.",
        pad: "naam",
        codec: text,
        verplicht: true,
      },
      {
        kol: "groep",
        kop: "Groep",
        uitleg: "Een groep waar de eenheid bij hoort (een gemeente bij een regio). Mag leeg.",
        pad: "groep",
        codec: text,
      },
      {
        kol: "leden",
        kop: "Leden",
        uitleg: "De leden van de eenheid (de gemeenten van een regio), gescheiden door ;. Mag leeg.",
        pad: "leden",
        codec: list,
      },
    ],
  },
  schalen: {
    blad: "schalen",
    uitleg: "De antwoordschalen: per schaal één rij per antwoordoptie, in de volgorde van de keuzelijst.",
    kolommen: [
      {
        kol: "schaal",
        kop: "Schaal",
        uitleg: "De naam van de schaal. Een vraag of kolom met type keuze noemt deze naam.",
        pad: "_schaal",
        codec: text,
        verplicht: true,
      },
      {
        kol: "optie",
        kop: "Optie",
        uitleg: "Een antwoord zoals het in de keuzelijst staat.",
        pad: "label",
        codec: text,
        verplicht: true,
      },
      {
        kol: "aliassen",
        kop: "Ook goed",
        uitleg:
          "Andere schrijfwijzen die ook als dit antwoord gelden, gescheiden door ; (bijvoorbeeld X). Mag leeg.",
        pad: "aliassen",
        codec: list,
        standaard: [],
      },
      {
        kol: "onbekend",
        kop: "Onbekend",
        uitleg:
          "ja: dit antwoord betekent 'weet niet' (telt als ingevuld, landelijk als Gegevens onbekend). Leeg: nee.",
        pad: "onbekend",
        codec: yesNo,
        standaard: false,
        keuzes: YES_NO,
      },
      {
        kol: "gewicht",
        kop: "Gewicht",
        uitleg: "Telt mee in de voortgang: 1 klaar, 0,5 half, 0 niet. Leeg: 0.",
        pad: "gewicht",
        codec: decimal(0, 1),
        standaard: 0,
      },
    ],
  },
  vragen: {
    blad: "vragen",
    uitleg: "De vragenlijst: één rij per vraag, in de volgorde van de werkmap.",
    kolommen: [
      {
        kol: "nr",
        kop: "Nr",
        uitleg: "Het nummer van de vraag (uniek).",
        pad: "waarden.nr",
        codec: text,
        verplicht: true,
      },
      {
        kol: "onderdeel",
        kop: "Onderdeel",
        uitleg: "Het onderdeel waar de vraag onder valt. Mag leeg.",
        pad: "waarden.onderdeel",
        codec: text,
      },
      {
        kol: "vraag",
        kop: "Vraag",
        uitleg: "De vraag zoals de invuller hem leest.",
        pad: "waarden.vraag",
        codec: text,
        verplicht: true,
      },
      {
        kol: "type",
        kop: "Type",
        uitleg: "schaal (een keuze uit een schaal), tekst, datum of getal.",
        pad: "cel.type",
        codec: questionType,
        verplicht: true,
        keuzes: QUESTION_TYPES,
      },
      {
        kol: "schaal",
        kop: "Schaal",
        uitleg: "Bij type schaal: de naam van de schaal (blad Schalen).",
        pad: "cel.schaal",
        codec: text,
        keuzes: "schalen",
      },
      {
        kol: "verplicht",
        kop: "Verplicht",
        uitleg:
          "ja of nee. Of de naam van een groep (bijvoorbeeld O1): van de vragen met dezelfde groep moet er ten minste één beantwoord zijn.",
        pad: "cel.verplicht",
        codec: rowRequired,
        keuzes: YES_NO,
        vrij: true,
      },
      { kol: "geldt_als", kop: "Geldt als", uitleg: CONDITION_UITLEG, pad: "geldtAls", codec: CONDITION },
      { ...HELP, pad: "hulptekst" },
      PREVIOUS,
    ],
  },
  mijlpalen: {
    blad: "mijlpalen",
    uitleg:
      "De mijlpalen: één rij per mijlpaal. Zonder rijen heeft de monitor geen mijlpalen (en geen oordeel per eenheid).",
    kolommen: [
      {
        kol: "code",
        kop: "Code",
        uitleg: "De code van de mijlpaal (uniek), bijvoorbeeld M1.",
        pad: "waarden.code",
        codec: text,
        verplicht: true,
      },
      {
        kol: "mijlpaal",
        kop: "Mijlpaal",
        uitleg: "De mijlpaal zoals de invuller hem leest.",
        pad: "waarden.mijlpaal",
        codec: text,
        verplicht: true,
      },
      {
        kol: "normdatum",
        kop: "Normdatum",
        uitleg: "De datum waarop de mijlpaal gereed moet zijn (dd-mm-jjjj). Het oordeel vergelijkt daarmee.",
        pad: "normdatum",
        codec: date,
      },
      { kol: "geldt_als", kop: "Geldt als", uitleg: CONDITION_UITLEG, pad: "geldtAls", codec: CONDITION },
      { ...HELP, pad: "hulptekst" },
      PREVIOUS,
    ],
  },
  velden: {
    blad: "velden",
    uitleg:
      "De velden bovenaan de werkmap (regio, meetmoment, peildatum, contactpersoon, …). Leeg: de standaardvelden.",
    kolommen: [
      {
        kol: "naam",
        kop: "Naam",
        uitleg: "De naam van het veld.",
        pad: "naam",
        codec: text,
        verplicht: true,
      },
      {
        kol: "type",
        kop: "Type",
        uitleg: TYPE_UITLEG,
        pad: "type",
        codec: cellType,
        verplicht: true,
        keuzes: TYPES,
      },
      SCALE_COLUMN,
      {
        kol: "verplicht",
        kop: "Verplicht",
        uitleg: "ja: het veld moet ingevuld zijn; nee: mag leeg.",
        pad: "verplicht",
        codec: yesNo,
        verplicht: true,
        keuzes: YES_NO,
      },
      {
        kol: "rol",
        kop: "Rol",
        uitleg: "Waar Regiomonitor het veld voor gebruikt: eenheid, meetmoment of peildatum. Mag leeg.",
        pad: "rol",
        codec: rol,
        keuzes: ROLLEN,
      },
      {
        kol: "standaard",
        kop: "Standaardwaarde",
        uitleg: "De waarde die een nieuwe werkmap al heeft (bijvoorbeeld Startfoto). Mag leeg.",
        pad: "standaard",
        codec: text,
      },
      { ...HELP, pad: "hulptekst" },
      PREVIOUS,
    ],
  },
  tabellen: {
    blad: "tabellen",
    uitleg:
      "De volledige vorm: elke tabel van de werkmap (een blad). Alleen nodig als Vragen en Mijlpalen niet volstaan.",
    kolommen: [
      {
        kol: "id",
        kop: "Code",
        uitleg: "De code van de tabel (kleine letter eerst, geen spaties).",
        pad: "id",
        codec: text,
        verplicht: true,
      },
      {
        kol: "vorm",
        kop: "Vorm",
        uitleg:
          "velden (naam en waarde, zoals het blad Regio) of rijen (een rij per mijlpaal, vraag of actie).",
        pad: "vorm",
        codec: vorm,
        verplicht: true,
        keuzes: VORMEN,
      },
      {
        kol: "blad",
        kop: "Blad",
        uitleg: "De naam van het blad in de werkmap.",
        pad: "blad",
        codec: text,
        verplicht: true,
      },
      {
        kol: "excel_tabel",
        kop: "Excel-tabel",
        uitleg: "De naam van de Excel-tabel op het blad (zonder spaties), bijvoorbeeld tblMijlpalen.",
        pad: "tabel",
        codec: text,
        verplicht: true,
      },
      {
        kol: "veld_kop",
        kop: "Kop veld",
        uitleg: "Vorm velden: de kop boven de namen.",
        pad: "kolommen.veld",
        codec: text,
      },
      {
        kol: "waarde_kop",
        kop: "Kop waarde",
        uitleg: "Vorm velden: de kop boven de waarden.",
        pad: "kolommen.waarde",
        codec: text,
      },
      {
        kol: "rij_naam",
        kop: "Rij heet",
        uitleg: "Vorm rijen: hoe een rij heet in meldingen (Mijlpaal, Vraag, Actie).",
        pad: "rijNaam",
        codec: text,
      },
      {
        kol: "rij_naam_meervoud",
        kop: "Rijen heten",
        uitleg: "Hetzelfde in het meervoud (mijlpalen, vragen, acties).",
        pad: "rijNaamMeervoud",
        codec: text,
      },
      {
        kol: "sleutel",
        kop: "Sleutelkolom",
        uitleg: "De code van de kolom die een rij aanwijst (blad Kolommen).",
        pad: "sleutel",
        codec: text,
      },
      {
        kol: "label",
        kop: "Labelkolom",
        uitleg: "De code van de kolom met de naam van de rij.",
        pad: "label",
        codec: text,
      },
      {
        kol: "hoofdkolom",
        kop: "Antwoordkolom",
        uitleg: "De code van de kolom waarin geantwoord wordt (die wordt beoordeeld en geteld).",
        pad: "hoofdkolom",
        codec: text,
      },
      {
        kol: "oordeel_regel",
        kop: "Oordeel in woorden",
        uitleg: "De oordeelsregels in één alinea, zoals die in de uitleg van elk oordeel staat. Mag leeg.",
        pad: "oordeelRegel",
        codec: text,
      },
      {
        kol: "verschuiving_datum",
        kop: "Verschuiving datum",
        uitleg: "Actiemonitors: de kolom met de datum die kan verschuiven.",
        pad: "verschuiving.datum",
        codec: text,
      },
      {
        kol: "verschuiving_tov",
        kop: "Verschuiving ten opzichte van",
        uitleg: "De kolom waarmee die datum wordt vergeleken (de nulmeting).",
        pad: "verschuiving.tov",
        codec: text,
      },
      {
        kol: "verschuiving_opgegeven",
        kop: "Verschuiving opgegeven",
        uitleg: "De kolom met de verschuiving zoals de invuller die opgaf. Mag leeg.",
        pad: "verschuiving.opgegeven",
        codec: text,
      },
      {
        kol: "open_leeg",
        kop: "Lege rijen",
        uitleg: "Rijen die de invuller zelf toevoegt: hoeveel lege rijen de werkmap krijgt (1 tot 500).",
        pad: "open.leeg",
        codec: int(1, 500),
      },
      {
        kol: "open_sleutel_uit",
        kop: "Sleutel uit tabel",
        uitleg: "De sleutel van een toegevoegde rij moet een rij van deze tabel zijn (code).",
        pad: "open.sleutelUit",
        codec: text,
        keuzes: "tabellen",
      },
      {
        kol: "open_uniek",
        kop: "Uniek per",
        uitleg: "De kolommen die samen een toegevoegde rij aanwijzen, gescheiden door ;.",
        pad: "open.uniek",
        codec: list,
      },
    ],
  },
  kolommen: {
    blad: "kolommen",
    uitleg: "De kolommen van elke tabel met vorm rijen, van links naar rechts.",
    kolommen: [
      tabel,
      {
        kol: "id",
        kop: "Code",
        uitleg: "De code van de kolom (kleine letter eerst, geen spaties).",
        pad: "id",
        codec: text,
        verplicht: true,
      },
      {
        kol: "kop",
        kop: "Kop",
        uitleg: "De kop boven de kolom in de werkmap.",
        pad: "kop",
        codec: text,
        verplicht: true,
      },
      {
        kol: "vast",
        kop: "Vast",
        uitleg: "ja: de tekst komt uit de definitie (blad Rijen) en wordt niet ingevuld. Leeg: nee.",
        pad: "vast",
        codec: yesNo,
        standaard: false,
        keuzes: YES_NO,
      },
      {
        kol: "type",
        kop: "Type",
        uitleg: `${TYPE_UITLEG} Leeg: tekst.`,
        pad: "type",
        codec: cellType,
        standaard: "tekst",
        keuzes: TYPES,
      },
      SCALE_COLUMN,
      {
        kol: "verplicht",
        kop: "Verplicht",
        uitleg: "ja, nee (leeg), of 'als <voorwaarde>', bijvoorbeeld: als Status = Gedeeltelijk.",
        pad: "verplicht",
        codec: REQUIRED_IF,
        standaard: false,
        keuzes: YES_NO,
        vrij: true,
      },
      {
        kol: "zonder_datum",
        kop: "Zonder datum",
        uitleg: "Bij type datum: teksten die 'geen datum' betekenen (Nog te bepalen), gescheiden door ;.",
        pad: "zonderDatum",
        codec: list,
        standaard: [],
      },
      {
        kol: "essentieel",
        kop: "Essentieel",
        uitleg: "ja: zonder deze kolom is de tabel niet te lezen. Leeg: nee.",
        pad: "essentieel",
        codec: yesNo,
        standaard: false,
        keuzes: YES_NO,
      },
      {
        kol: "breedte",
        kop: "Breedte",
        uitleg: "De breedte van de kolom in tekens (3 tot 150). Leeg: 18.",
        pad: "breedte",
        codec: int(3, 150),
        standaard: 18,
      },
      { ...HELP, pad: "hulptekst" },
    ],
  },
  rijen: {
    blad: "rijen",
    uitleg:
      "De vaste rijen van elke tabel met vorm rijen. De kolommen rechts zijn de vaste kolommen (Vast = ja op blad Kolommen), met hun code als kop.",
    vrij: true,
    kolommen: [
      tabel,
      {
        kol: "normdatum",
        kop: "Normdatum",
        uitleg: "De datum waarop de rij gereed moet zijn (dd-mm-jjjj). Mag leeg.",
        pad: "normdatum",
        codec: date,
      },
      { kol: "geldt_als", kop: "Geldt als", uitleg: CONDITION_UITLEG, pad: "geldtAls", codec: CONDITION },
      {
        kol: "type",
        kop: "Type",
        uitleg: `Alleen als de antwoordkolom bij deze rij anders is: ${TYPE_UITLEG}`,
        pad: "cel.type",
        codec: cellType,
        keuzes: TYPES,
      },
      {
        kol: "schaal",
        kop: "Schaal",
        uitleg: "Alleen als de antwoordkolom bij deze rij een eigen schaal heeft.",
        pad: "cel.schaal",
        codec: text,
        keuzes: "schalen",
      },
      {
        kol: "verplicht",
        kop: "Verplicht",
        uitleg: "ja, nee, of de naam van een groep waarvan ten minste één rij beantwoord moet zijn.",
        pad: "cel.verplicht",
        codec: rowRequired,
        keuzes: YES_NO,
        vrij: true,
      },
      { ...HELP, pad: "hulptekst" },
      PREVIOUS,
    ],
  },
  oordeel: {
    blad: "oordeel",
    uitleg:
      "Het oordeel (de kleur) van elke rij: per tabel een lijst regels. De eerste regel waarvan de voorwaarde klopt, beslist. Een regel zonder voorwaarde klopt altijd (zet die als laatste).",
    kolommen: [
      tabel,
      {
        kol: "regel",
        kop: "Regel",
        uitleg: "Een korte code van de regel (kleine letters en _), bijvoorbeeld op_schema.",
        pad: "regel",
        codec: text,
        verplicht: true,
      },
      {
        kol: "als",
        kop: "Als",
        uitleg:
          "De voorwaarde, bijvoorbeeld: Status = Gereed en Datum gereed uiterlijk normdatum + 6 maanden. Leeg: altijd.",
        pad: "als",
        codec: CONDITION,
        standaard: [],
      },
      {
        kol: "kleur",
        kop: "Kleur",
        uitleg: "groen, oranje, rood of grijs.",
        pad: "rag",
        codec: rag,
        verplicht: true,
        keuzes: RagSchema.options,
      },
      {
        kol: "uitleg",
        kop: "Uitleg",
        uitleg:
          "De uitleg bij het oordeel, in één zin. Tussen { } een waarde: {normdatum}, {grens}, {maanden}, {label} of een kolom. Een deel tussen [ ] valt weg als een waarde erin leeg is.",
        pad: "uitleg",
        codec: text,
        verplicht: true,
      },
      {
        kol: "regel_van_regiomonitor",
        kop: "Regel van Regiomonitor",
        uitleg:
          "ja als de regel van Regiomonitor zelf is en niet uit de bron van de monitor komt; de uitleg eindigt dan met 'Regel van Regiomonitor.'. Leeg: nee.",
        pad: "eigen",
        codec: yesNo,
        standaard: false,
        keuzes: YES_NO,
      },
    ],
  },
  controles: {
    blad: "controles",
    uitleg:
      "Controles op een rij die een melding geven (geen oordeel), bijvoorbeeld een datum gereed na de peildatum.",
    kolommen: [
      tabel,
      {
        kol: "code",
        kop: "Controle",
        uitleg: "Welke melding de controle geeft.",
        pad: "code",
        codec: checkCode,
        verplicht: true,
        keuzes: CHECKS,
      },
      {
        kol: "kolom",
        kop: "Kolom",
        uitleg: "De code van de kolom waar de melding over gaat.",
        pad: "kolom",
        codec: text,
        verplicht: true,
      },
      {
        kol: "als",
        kop: "Als",
        uitleg: "Wanneer de melding komt, bijvoorbeeld: Status = Gereed en Datum gereed na veld Peildatum.",
        pad: "als",
        codec: CONDITION,
        verplicht: true,
      },
    ],
  },
  landelijk: {
    blad: "landelijk",
    uitleg: "De bladen van de landelijke werkmap. Leeg: de standaardbladen bij de vragen en mijlpalen.",
    kolommen: [
      {
        kol: "soort",
        kop: "Soort",
        uitleg:
          "retouren (per eenheid), rijverdeling (per rij de antwoorden en kleuren), matrix (eenheid × rij), antwoorden (per vraag), open (de open antwoorden) of groepen.",
        pad: "soort",
        codec: national,
        verplicht: true,
        keuzes: NATIONAL,
      },
      {
        kol: "blad",
        kop: "Blad",
        uitleg: "De naam van het blad in de landelijke werkmap.",
        pad: "blad",
        codec: text,
        verplicht: true,
      },
      {
        kol: "tabel",
        kop: "Tabel",
        uitleg: "De code van de tabel die geteld wordt (niet bij retouren).",
        pad: "tabel",
        codec: text,
        keuzes: "tabellen",
      },
      {
        kol: "titel",
        kop: "Titel",
        uitleg: "De titel boven het blad. Mag leeg (behalve bij groepen).",
        pad: "titel",
        codec: text,
      },
      {
        kol: "kolom",
        kop: "Kolom",
        uitleg: "Bij groepen: de code van de vaste kolom waarop gegroepeerd wordt.",
        pad: "kolom",
        codec: text,
      },
      {
        kol: "label_kolommen",
        kop: "Labelkolommen",
        uitleg: "Bij groepen: de kolommen die naast de groep staan, gescheiden door ;.",
        pad: "labelKolommen",
        codec: list,
      },
      {
        kol: "volgorde",
        kop: "Volgorde",
        uitleg: "Bij groepen: rijen (de volgorde van de definitie) of waarde.",
        pad: "volgorde",
        codec: oneOf(ORDERS, "volgorde"),
        keuzes: ORDERS,
      },
      {
        kol: "weergave",
        kop: "Weergave",
        uitleg:
          "Bij matrix: wat een cel toont, per regel 'optie = tekst'. Tussen { } de code van een kolom, tussen [ ] een deel dat wegvalt als die kolom leeg is. Leeg: de optie zelf.",
        pad: "weergave",
        codec: displayCodec(),
      },
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
        if (i < 0) return bad("definitie_geen_weergave", { gevonden: line.trim() });
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

/** A setting of the `instellingen` sheet: its key (still read), its Dutch name, the model path and codec. */
export interface Setting {
  sleutel: string;
  naam: string;
  uitleg: string;
  pad: string;
  codec: Codec<unknown>;
  verplicht?: boolean;
  /** The export always writes this row (empty when not set), so that the officer sees it can be filled in. */
  altijd?: boolean;
  /** The setting names a table (its code): a table the officer removed makes it fall back to the default. */
  tabel?: boolean;
}

export const SETTINGS: Setting[] = [
  {
    sleutel: "id",
    naam: "Code",
    uitleg: "De code van de monitor: kleine letters, cijfers en -, zonder spaties (bijvoorbeeld rak-2011).",
    pad: "id",
    codec: text,
    verplicht: true,
  },
  {
    sleutel: "versie",
    naam: "Versie",
    uitleg: "De versie van de definitie, bijvoorbeeld 1. Verhoog die bij elke wijziging na het versturen.",
    pad: "versie",
    codec: text,
    verplicht: true,
  },
  {
    sleutel: "naam",
    naam: "Naam",
    uitleg: "De naam van de monitor, zoals die boven elk blad en in het rapport staat.",
    pad: "naam",
    codec: text,
    verplicht: true,
  },
  {
    sleutel: "omschrijving",
    naam: "Omschrijving",
    uitleg:
      "Wat de monitor is en waarvoor hij dient, in een paar zinnen (blad Toelichting van de werkmap). Leeg: een standaardtekst.",
    pad: "toelichting.omschrijving",
    codec: text,
    altijd: true,
  },
  {
    sleutel: "invullers",
    naam: "Wie vult in",
    uitleg: "Wie de werkmap invult, bijvoorbeeld: de regiocoördinator. Leeg: een standaardtekst.",
    pad: "toelichting.invullers",
    codec: text,
    altijd: true,
  },
  {
    sleutel: "inleverdatum",
    naam: "Inleveren vóór",
    uitleg: "De uiterste datum om de werkmap in te leveren (dd-mm-jjjj). Leeg: niet genoemd.",
    pad: "toelichting.inleverdatum",
    codec: date,
    altijd: true,
  },
  {
    sleutel: "inleveren_bij",
    naam: "Inleveren bij",
    uitleg: "Waar de werkmap heen gaat: een e-mailadres of een naam. Leeg: niet genoemd.",
    pad: "toelichting.inleverenBij",
    codec: text,
    altijd: true,
  },
  {
    sleutel: "eenheid",
    naam: "Soort eenheid",
    uitleg: "Hoe een eenheid heet: regio, gemeente, … Leeg als er geen eenheden zijn.",
    pad: "eenheden.soort",
    codec: text,
  },
  {
    sleutel: "eenheden",
    naam: "Soort eenheid meervoud",
    uitleg: "Hetzelfde in het meervoud: regio's, gemeenten, …",
    pad: "eenheden.meervoud",
    codec: text,
  },
  {
    sleutel: "leden",
    naam: "Leden heten",
    uitleg: "Hoe de leden van een eenheid heten (gemeenten). Mag leeg.",
    pad: "eenheden.ledenNaam",
    codec: text,
  },
  {
    sleutel: "invulling_groen",
    naam: "Invulling groen vanaf",
    uitleg: "Het percentage ingevulde cellen vanaf waar de invulling groen is (zonder fouten). Leeg: 100.",
    pad: "scores.invulling.groen",
    codec: decimal(0, 100),
  },
  {
    sleutel: "invulling_oranje",
    naam: "Invulling oranje vanaf",
    uitleg: "Het percentage vanaf waar de invulling oranje is; eronder rood. Leeg: 80.",
    pad: "scores.invulling.oranje",
    codec: decimal(0, 100),
  },
  {
    sleutel: "oordeel_eenheid",
    naam: "Oordeel eenheid uit tabel",
    uitleg:
      "De tabel (code) waarvan het slechtste oordeel het oordeel van de eenheid is. Leeg: mijlpalen, als die er zijn.",
    pad: "scores.eenheid.tabel",
    codec: text,
    tabel: true,
  },
  {
    sleutel: "voortgang",
    naam: "Voortgang uit tabel",
    uitleg: "De tabel (code) waarover de voortgang wordt berekend. Leeg: mijlpalen, als die er zijn.",
    pad: "scores.voortgang.tabel",
    codec: text,
    tabel: true,
  },
  {
    sleutel: "kleur_volgorde",
    naam: "Kleuren slechtste eerst",
    uitleg: "De vier kleuren van slecht naar goed, gescheiden door ;. Leeg: rood; oranje; grijs; groen.",
    pad: "rag.volgorde",
    codec: list,
  },
  {
    sleutel: "label_groen",
    naam: "Woord voor groen",
    uitleg: "Hoe groen heet in de werkmappen en het rapport. Leeg: Groen.",
    pad: "rag.labels.groen",
    codec: text,
  },
  {
    sleutel: "label_oranje",
    naam: "Woord voor oranje",
    uitleg: "Hoe oranje heet. Leeg: Oranje.",
    pad: "rag.labels.oranje",
    codec: text,
  },
  {
    sleutel: "label_rood",
    naam: "Woord voor rood",
    uitleg: "Hoe rood heet. Leeg: Rood.",
    pad: "rag.labels.rood",
    codec: text,
  },
  {
    sleutel: "label_grijs",
    naam: "Woord voor grijs",
    uitleg: "Hoe grijs (nog niet te beoordelen) heet. Leeg: Grijs.",
    pad: "rag.labels.grijs",
    codec: text,
  },
  {
    sleutel: "uitloop_maanden",
    naam: "Toegestane uitloop (maanden)",
    uitleg: "Mijlpalen: hoeveel maanden na de normdatum gereed nog groen is. Leeg: 12.",
    pad: "_uitloop",
    codec: int(0, 120),
  },
  {
    sleutel: "woord_gerealiseerd",
    naam: "Woord voor gerealiseerd",
    uitleg: "Hoe het heet als een rij af is, bijvoorbeeld gerealiseerd of voltooid. Leeg: gerealiseerd.",
    pad: "woorden.gerealiseerd",
    codec: text,
  },
  {
    sleutel: "woord_gedeeltelijk",
    naam: "Woord voor gedeeltelijk",
    uitleg: "Hoe het heet als een rij voor een deel af is. Leeg: gedeeltelijk.",
    pad: "woorden.gedeeltelijk",
    codec: text,
  },
  {
    sleutel: "woord_meting",
    naam: "Woord voor een meting",
    uitleg: "Hoe één ronde van de monitor heet, bijvoorbeeld meting of rapportage. Leeg: meting.",
    pad: "woorden.meting",
    codec: text,
  },
  {
    sleutel: "woord_metingen",
    naam: "Woord voor metingen",
    uitleg: "Hetzelfde in het meervoud. Leeg: metingen.",
    pad: "woorden.metingen",
    codec: text,
  },
  {
    sleutel: "totaaloordeel",
    naam: "Totaaloordeel tonen",
    uitleg:
      "ja als de bron van de monitor een totaal van de kleuren geeft; nee als de bron zegt dat dat niet kan. Leeg: ja.",
    pad: "totaaloordeel",
    codec: yesNo,
  },
];

/** The setting a cell names, by its Dutch name or its older key. */
export const settingOf = (name: string): Setting | undefined =>
  SETTINGS.find((x) => headerKey(x.sleutel) === headerKey(name) || headerKey(x.naam) === headerKey(name));

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
