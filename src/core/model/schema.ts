/**
 * The one monitor model (model 2): every monitor of the family — regional returns with milestones and a
 * questionnaire (RAK 2008–2010), national action monitors (Taskforce 2013, GHNT 2018) and the ones after —
 * is one object of this schema. There are no kinds of definition: a monitor is a list of tables of two forms
 * (fields, rows), typed columns, scales with option metadata, conditions, decision lists for judgements,
 * scores and national tables, all as data. zod validates it strictly, so that a typo never silently changes
 * a rule, and a file with mistakes gets every mistake with its path.
 */
import { z } from "zod";

export const MODEL_VERSION = 2;

export const RagSchema = z.enum(["groen", "oranje", "rood", "grijs"]);
export type Rag = z.infer<typeof RagSchema>;

const Id = z
  .string()
  .regex(/^[a-z][a-zA-Z0-9]*$/, "een naam van letters en cijfers, beginnend met een kleine letter");
const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "datum als JJJJ-MM-DD");
const SheetName = z.string().min(1).max(31);

/** How a cell is filled in. `eenheid`: the name of a unit of the monitor (region, municipality, …). */
export const CellTypeSchema = z.enum(["tekst", "keuze", "datum", "getal", "email", "eenheid"]);
export type CellType = z.infer<typeof CellTypeSchema>;

/** One answer option of a scale, with what the engine does with it. */
export const OptionSchema = z
  .object({
    label: z.string().min(1),
    /** Other spellings accepted for this option (e.g. `X` for Gereed). */
    aliassen: z.array(z.string().min(1)).default([]),
    /** "Unknown": counts as filled in, reported as "waarvan onbekend", and as Gegevens onbekend nationally. */
    onbekend: z.boolean().default(false),
    /** Weight in progress (voortgang): 1 done, 0.5 partly, 0 not. Greater than 0 counts as gerealiseerd. */
    gewicht: z.number().min(0).max(1).default(0),
  })
  .strict();
export type Option = z.infer<typeof OptionSchema>;

export const ScaleSchema = z.object({ opties: z.array(OptionSchema).min(1) }).strict();
export type Scale = z.infer<typeof ScaleSchema>;

/**
 * A value a condition or rule reads: `veld:Peildatum` (a field of the fields table), `kolom` (a column of
 * the row being judged, by id), `rij:C2` (the main column of another row of the same table), `normdatum`
 * (the row's norm date).
 */
const Ref = z.string().min(1);

/** A date to compare with: a reference, optionally plus a tolerated delay of N months (`toleranceLimit`). */
export const DateRefSchema = z
  .object({ waarde: Ref, plusMaanden: z.number().int().min(0).optional() })
  .strict();

/**
 * One test of a condition. All tests of a list must hold. Values compare without regard to case, spacing or
 * diacritics; an empty or invalid cell is never `is` anything.
 */
export const TestSchema = z.union([
  z.object({ waarde: Ref, is: z.array(z.string()).min(1) }).strict(),
  z.object({ waarde: Ref, niet: z.array(z.string()).min(1) }).strict(),
  z.object({ waarde: Ref, leeg: z.literal(true) }).strict(),
  z.object({ waarde: Ref, ongeldig: z.literal(true) }).strict(),
  z.object({ waarde: Ref, ingevuld: z.literal(true) }).strict(),
  /** No date: empty, or one of the column's "no date" texts (`Nog te bepalen`). */
  z.object({ datum: Ref, ontbreekt: z.literal(true) }).strict(),
  /** The end of the date is before / after / not after the other date's end (both must be dates). */
  z.object({ datum: Ref, voor: DateRefSchema }).strict(),
  z.object({ datum: Ref, na: DateRefSchema }).strict(),
  z.object({ datum: Ref, uiterlijk: DateRefSchema }).strict(),
  /** The fixed row is missing from the workbook. */
  z.object({ rij: z.literal("ontbreekt") }).strict(),
]);
export type Test = z.infer<typeof TestSchema>;
export type DateRef = z.infer<typeof DateRefSchema>;
export const ConditionSchema = z.array(TestSchema).min(1);
export type Condition = z.infer<typeof ConditionSchema>;

/**
 * What the next round's workbook does with the unit's previous answer to a field or fixed row (`template
 * --vorige`): `tonen` shows it beside the item, read-only (the default, see `previousMode`); `invullen` also
 * fills it in as the starting value (contact details); `opnieuw` shows it, and a new answer left equal to
 * it is marked (`antwoord_ongewijzigd`): the definition asks for a fresh answer (judgements).
 */
export const PreviousModeSchema = z.enum(["tonen", "invullen", "opnieuw"]);
export type PreviousMode = z.infer<typeof PreviousModeSchema>;

/** Required: always, never, or when a condition holds (`verplicht_bij`). */
export const RequiredSchema = z.union([z.boolean(), z.object({ als: ConditionSchema }).strict()]);

/** What an item (a field, a fixed row) has besides its answer; a column has only the help. */
const itemExtras = {
  /** The previous round's answer in the next workbook (default `tonen`). */
  vorige: PreviousModeSchema.optional(),
  /** Help for whoever fills in the cell: the input prompt of the cell in the standard workbook. */
  hulptekst: z.string().min(1).optional(),
};

/** A field of a fields table (key/value), like `Peildatum` on the `Regio` sheet. */
export const FieldSchema = z
  .object({
    naam: z.string().min(1),
    type: CellTypeSchema,
    schaal: z.string().optional(),
    verplicht: z.boolean(),
    /** What the engine uses the field for. */
    rol: z.enum(["eenheid", "meetmoment", "peildatum"]).optional(),
    /** Value a new template gets (e.g. `Startfoto`). */
    standaard: z.string().optional(),
    /** The previous round's answer in the next workbook (fields with a role never carry). */
    ...itemExtras,
  })
  .strict();
export type Field = z.infer<typeof FieldSchema>;

/** A column of a rows table: fixed (its values come from the definition's rows) or to be filled in. */
export const ColumnSchema = z
  .object({
    id: Id,
    kop: z.string().min(1),
    /** Fixed: the text comes from the definition's rows and must not be changed. */
    vast: z.boolean().default(false),
    type: CellTypeSchema.default("tekst"),
    schaal: z.string().optional(),
    verplicht: RequiredSchema.default(false),
    /** Texts in a date column that mean "no date" (not an error), e.g. `Nog te bepalen`. */
    zonderDatum: z.array(z.string().min(1)).default([]),
    /** Without this column the table cannot be read. */
    essentieel: z.boolean().default(false),
    /** Column width in characters in the template. */
    breedte: z.number().int().min(3).max(150).default(18),
    hulptekst: itemExtras.hulptekst,
  })
  .strict();
export type Column = z.infer<typeof ColumnSchema>;

/** What a fixed row changes for its main column (the questionnaire: each question its own type and scale). */
export const RowCellSchema = z
  .object({
    type: CellTypeSchema.optional(),
    schaal: z.string().optional(),
    /** `ja`, `nee`, or the name of a group of which at least one row must be filled in. */
    verplicht: z.union([z.enum(["ja", "nee"]), z.object({ groep: z.string().min(1) }).strict()]).optional(),
  })
  .strict();

export const RowSchema = z
  .object({
    /** The values of the fixed columns, by column id. */
    waarden: z.record(z.string(), z.string()),
    /** The row applies only when this holds (else it must stay empty). */
    geldtAls: ConditionSchema.optional(),
    /** Norm date of the row (milestones): judgements can compare with it as `normdatum`. */
    normdatum: IsoDate.optional(),
    /** Type, scale and required-ness of the main column for this row. */
    cel: RowCellSchema.optional(),
    /** The previous round's answer (main column) in the next workbook; help for the row's answer cell. */
    ...itemExtras,
  })
  .strict();
export type Row = z.infer<typeof RowSchema>;

/** A check on a row that gives an issue (not a judgement): e.g. a date gereed after the peildatum. */
export const CheckSchema = z
  .object({
    code: z.enum(["datum_na_peildatum", "verwachte_datum_verstreken", "opleverdatum_leeg", "nulmeting_leeg"]),
    /** The cell the issue is about (column id). */
    kolom: Id,
    als: ConditionSchema,
  })
  .strict();
export type Check = z.infer<typeof CheckSchema>;

/** One rule of a decision list: the first rule whose condition holds decides (an empty `als` always holds). */
export const RuleSchema = z
  .object({
    /** Stable rule code, shown with the explanation. */
    regel: z.string().regex(/^[a-z][a-z0-9_]*$/),
    als: z.array(TestSchema).default([]),
    rag: RagSchema,
    /**
     * The one-line explanation. `{naam}` is the value of a column (dates as typed, with their end date),
     * `{veld:Peildatum}` a field, `{normdatum}`, `{grens}` (the limit of the rule's date test) and `{maanden}`
     * (its tolerated delay), `{label}` the RAG label. A part in `[…]` is left out when a value in it is empty.
     */
    uitleg: z.string().min(1),
    /**
     * The rule is Regiomonitor's own, not the monitor's source (e.g. "Oranje = at most six months later"):
     * every explanation of a judgement it decides says "regel van Regiomonitor".
     */
    eigen: z.boolean().default(false),
  })
  .strict();
export type Rule = z.infer<typeof RuleSchema>;

/** The shift of a date against another (action monitors: opleverdatum against the nulmeting). */
export const ShiftSchema = z
  .object({
    /** The column whose date shifted and the column it is compared with. */
    datum: Id,
    tov: Id,
    /** Optional column with the stated category, used where the dates do not compare. */
    opgegeven: Id.optional(),
  })
  .strict();

const TableBase = { id: Id, blad: SheetName, tabel: z.string().min(1) };

/**
 * Open rows: rows the unit adds itself, below the fixed rows (one row per municipality of a region, the dated
 * planning steps of an action). An open row is every row of the table whose key is not a fixed row's key; it is
 * read until the table ends, every column by its type (fixed columns too: the unit types them), and its
 * required cells count in the completion. Decision lists judge fixed rows only.
 */
export const OpenRowsSchema = z
  .object({
    /**
     * Rows the template offers to fill in: the filled ones (examples) and empty ones up to this number. More
     * can be added: the sheet of a table with open rows is not protected.
     */
    leeg: z.number().int().min(1).max(500).default(10),
    /** The key must be the key of a fixed row of this rows table (e.g. the action of a planning step). */
    sleutelUit: Id.optional(),
    /** The columns that together identify an open row (default: the key column alone). */
    uniek: z.array(Id).min(1).optional(),
  })
  .strict();
export type OpenRows = z.infer<typeof OpenRowsSchema>;

/** A table of fields: one row per field, a column with its name and one with its value. */
export const FieldsTableSchema = z
  .object({
    ...TableBase,
    vorm: z.literal("velden"),
    kolommen: z.object({ veld: z.string().min(1), waarde: z.string().min(1) }).strict(),
    velden: z.array(FieldSchema).min(1),
  })
  .strict();
export type FieldsTable = z.infer<typeof FieldsTableSchema>;

/** A table of rows: fixed rows from the definition (milestones, questions, actions), and/or open rows. */
export const RowsTableSchema = z
  .object({
    ...TableBase,
    vorm: z.literal("rijen"),
    /** Short name of a row in messages, e.g. `Mijlpaal`, `Vraag`, `Actie`. */
    rijNaam: z.string().min(1),
    /** The same in the plural, e.g. `mijlpalen`, `vragen`, `acties`. */
    rijNaamMeervoud: z.string().min(1),
    kolommen: z.array(ColumnSchema).min(1),
    /** The fixed column that identifies a row (a column to fill in when the table has only open rows). */
    sleutel: Id,
    /** The fixed column with the row's label (for messages and national tables); the same freedom. */
    label: Id,
    /** The column the user answers in (judged, counted, required per row). */
    hoofdkolom: Id,
    /** The fixed rows; may be empty when the table has open rows. */
    rijen: z.array(RowSchema).default([]),
    /** Rows the unit adds (see OpenRowsSchema). */
    open: OpenRowsSchema.optional(),
    controles: z.array(CheckSchema).default([]),
    /** The judgement of each row: a decision list, first match wins. */
    oordeel: z.array(RuleSchema).min(1).optional(),
    /**
     * The decision list in one Dutch paragraph, shown as the rule in the explanation of every judgement
     * (and under the national overview). Without it, the rules are listed from the decision list.
     */
    oordeelRegel: z.string().min(1).optional(),
    verschuiving: ShiftSchema.optional(),
  })
  .strict();
export type RowsTable = z.infer<typeof RowsTableSchema>;

export const TableSchema = z.discriminatedUnion("vorm", [FieldsTableSchema, RowsTableSchema]);
export type Table = z.infer<typeof TableSchema>;

/** A national table, laid out on its own sheet (or section). */
export const NationalTableSchema = z.discriminatedUnion("soort", [
  /** Per unit: received, file, meetmoment, peildatum, completion, issues, unit judgement. */
  z.object({ soort: z.literal("retouren"), blad: SheetName }).strict(),
  /** Per fixed row: counts per option of the main column, gerealiseerd, and the RAG distribution. */
  z.object({ soort: z.literal("rijverdeling"), blad: SheetName, tabel: Id }).strict(),
  /** Unit × row, each cell the row's value and colour (the published annex). */
  z
    .object({
      soort: z.literal("matrix"),
      blad: SheetName,
      tabel: Id,
      /** The sheet's title after the sheet name (what the cells show). */
      titel: z.string().min(1).optional(),
      /**
       * What a cell shows per option of the main column: a template with `{column}` values as typed (a part
       * in `[…]` is left out when empty); an empty result shows the option's label. Default: the label.
       */
      weergave: z.record(z.string(), z.string()).optional(),
    })
    .strict(),
  /** Per row with a scale: Aantal and % per option, Gegevens onbekend and Totaal. */
  z.object({ soort: z.literal("antwoorden"), blad: SheetName, tabel: Id }).strict(),
  /** The open (text) answers per unit and row. */
  z.object({ soort: z.literal("open"), blad: SheetName, tabel: Id }).strict(),
  /** Per value of a fixed column: rows, colours, per option, % done. */
  z
    .object({
      soort: z.literal("groepen"),
      blad: SheetName,
      tabel: Id,
      titel: z.string().min(1),
      kolom: Id,
      labelKolommen: z.array(Id).min(1).optional(),
      volgorde: z.enum(["rijen", "waarde"]).default("rijen"),
    })
    .strict(),
]);
export type NationalTable = z.infer<typeof NationalTableSchema>;

/**
 * The words a reader reads about a monitor that are not the name of a unit, a row or an option: what counts
 * as done (an option of weight > 0) and what part of that is done in part (0 < weight < 1), and what a round
 * is called. Every sheet, the report, `compare`, the CLI and the pane take them from here, so that each
 * monitor is described in its own words (RAK: gerealiseerd/gedeeltelijk; BMC: uitgewerkt/algemeen beschreven).
 */
export const WordsSchema = z
  .object({
    /** Rows whose answer counts as done: `gerealiseerd`, `uitgewerkt`, `voltooid`. */
    gerealiseerd: z.string().min(1).default("gerealiseerd"),
    /** Rows done in part, counted among the done ones: `gedeeltelijk`, `algemeen beschreven`. */
    gedeeltelijk: z.string().min(1).default("gedeeltelijk"),
    /** A round of the monitor (`meting`, `monitor`) and its plural. */
    meting: z.string().min(1).default("meting"),
    metingen: z.string().min(1).default("metingen"),
  })
  .strict();
export type Words = z.infer<typeof WordsSchema>;

export const MonitorSchema = z
  .object({
    model: z.literal(MODEL_VERSION),
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "kleine letters, cijfers en '-'"),
    versie: z.string().min(1),
    naam: z.string().min(1),
    /**
     * What the Toelichting sheet of the standard workbook says about the monitor; each part has a default
     * text (`src/core/engine/template-guide.ts`) or is left out.
     */
    toelichting: z
      .object({
        /** What the monitor is and what it is for. */
        omschrijving: z.string().min(1).optional(),
        /** Who fills in the workbook (`de regiocoördinator`). */
        invullers: z.string().min(1).optional(),
        /** The deadline for returning the workbook. */
        inleverdatum: IsoDate.optional(),
        /** Where the workbook goes: an e-mail address or a name. */
        inleverenBij: z.string().min(1).optional(),
      })
      .strict()
      .optional(),
    /**
     * The units that each return a workbook (regions, youth-care regions, municipalities, action owners),
     * with an optional group (municipality → region). Without units the workbook is one national return.
     */
    eenheden: z
      .object({
        soort: z.string().min(1),
        meervoud: z.string().min(1),
        /** What the members of a unit are called, in the plural (`gemeenten`): headings of member lists. */
        ledenNaam: z.string().min(1).optional(),
        namen: z
          .array(
            z
              .object({
                naam: z.string().min(1),
                groep: z.string().min(1).optional(),
                /** The members of the unit (a region's municipalities): data, shown, never filled in. */
                leden: z.array(z.string().min(1)).min(1).optional(),
              })
              .strict(),
          )
          .min(1),
      })
      .strict()
      .optional(),
    schalen: z.record(z.string(), ScaleSchema),
    tabellen: z.array(TableSchema).min(1),
    scores: z
      .object({
        /** Invulling RAG: Groen at ≥ groen % and no errors, Oranje at ≥ oranje % and no errors. */
        invulling: z
          .object({ groen: z.number().min(0).max(100), oranje: z.number().min(0).max(100) })
          .strict(),
        /** The unit's judgement: the worst of the judgements of this table's rows. */
        eenheid: z.object({ tabel: Id }).strict().optional(),
        /** Progress: Σ option weight of the main column ÷ the applicable rows of this table. */
        voortgang: z.object({ tabel: Id }).strict().optional(),
      })
      .strict(),
    landelijk: z.array(NationalTableSchema).default([]),
    /** The monitor's own words (see WordsSchema); every key has a default. */
    woorden: WordsSchema.default({
      gerealiseerd: "gerealiseerd",
      gedeeltelijk: "gedeeltelijk",
      meting: "meting",
      metingen: "metingen",
    }),
    /**
     * Whether the count of colours over all rows (Groen n · Oranje n · …) may be shown as the monitor's
     * result. False where the source says a total judgement cannot be given (Taskforce 2013, seeds 000
     * l. 176–180): the colours per row stay, the total is not presented.
     */
    totaaloordeel: z.boolean().default(true),
    rag: z
      .object({
        /** Worst first. */
        volgorde: z.array(RagSchema).length(4),
        labels: z.record(RagSchema, z.string().min(1)),
      })
      .strict(),
  })
  .strict();

export type Monitor = z.infer<typeof MonitorSchema>;
export type MonitorInput = z.input<typeof MonitorSchema>;
