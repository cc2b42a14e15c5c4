/**
 * The monitor definition: everything that decides what a workbook means, as data.
 * Validated with zod so that a definition read from a file gets precise messages (issue: definitions from a file).
 */
import { z } from "zod";

export const RagSchema = z.enum(["groen", "oranje", "rood", "grijs"]);

/** "Applies when": a field of the Regio table or an answer of the questionnaire equals a value. */
export const ConditionSchema = z
  .object({
    veld: z.string().min(1).optional(),
    vraag: z.string().min(1).optional(),
    is: z.string().min(1),
  })
  .strict()
  .refine((c) => (c.veld === undefined) !== (c.vraag === undefined), {
    message: "noem precies één van 'veld' of 'vraag'",
  });

export const ScaleSchema = z
  .object({
    opties: z.array(z.string().min(1)).min(1),
    /** The option that means "unknown": counts as filled, reported as "waarvan onbekend". */
    onbekend: z.string().min(1).nullable(),
  })
  .strict()
  .refine((s) => s.onbekend === null || s.opties.includes(s.onbekend), {
    message: "'onbekend' moet een van de opties zijn",
  });

export const FieldSchema = z
  .object({
    naam: z.string().min(1),
    type: z.enum(["regio", "keuze", "datum", "tekst", "email"]),
    schaal: z.string().optional(),
    verplicht: z.boolean(),
    /** What the engine uses the field for. */
    rol: z.enum(["regio", "meetmoment", "peildatum"]).optional(),
  })
  .strict();

export const StatusSchema = z
  .object({
    label: z.string().min(1),
    /** Other spellings accepted for this status, e.g. `X` for Gereed. */
    aliassen: z.array(z.string()).default([]),
    soort: z.enum(["gereed", "gedeeltelijk", "voorbereiding", "niet_gestart", "onbekend"]),
    /** Weight in voortgang: Gereed 1, Gedeeltelijk 0.5, else 0. */
    gewicht: z.number().min(0).max(1),
    /** Columns that must be filled with this status. */
    vereist: z.array(z.enum(["toelichting", "verwachteDatum"])).default([]),
    /** RAG of a milestone with this status; `verwachte_datum` means: judged on the expected date. */
    rag: z.union([RagSchema, z.literal("verwachte_datum")]),
  })
  .strict();

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "datum als JJJJ-MM-DD");

export const MilestoneSchema = z
  .object({
    code: z.string().min(1),
    label: z.string().min(1),
    normdatum: IsoDate,
    geldtAls: ConditionSchema.optional(),
  })
  .strict();

export const QuestionSchema = z
  .object({
    nr: z.string().min(1),
    onderdeel: z.string().min(1),
    vraag: z.string().min(1),
    type: z.enum(["schaal", "datum", "tekst"]),
    schaal: z.string().optional(),
    /** `ja`: required; `nee`: optional; `groep`: at least one item of the same `groep` is required. */
    verplicht: z.enum(["ja", "nee", "groep"]),
    groep: z.string().optional(),
    geldtAls: ConditionSchema.optional(),
  })
  .strict();

const TableBase = {
  blad: z.string().min(1).max(31),
  tabel: z.string().min(1),
};

export const DefinitionSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "kleine letters, cijfers en '-'"),
    versie: z.string().min(1),
    naam: z.string().min(1),
    regios: z.array(z.string().min(1)).min(1),
    schalen: z.record(z.string(), ScaleSchema),
    regio: z
      .object({
        ...TableBase,
        kolommen: z.object({ veld: z.string(), waarde: z.string() }).strict(),
        velden: z.array(FieldSchema).min(1),
      })
      .strict(),
    mijlpalen: z
      .object({
        ...TableBase,
        kolommen: z
          .object({
            code: z.string(),
            mijlpaal: z.string(),
            status: z.string(),
            datumGereed: z.string(),
            verwachteDatum: z.string(),
            toelichting: z.string(),
          })
          .strict(),
        statussen: z.array(StatusSchema).min(1),
        rijen: z.array(MilestoneSchema).min(1),
        /** Tolerated delay past the norm date before an expected date makes a milestone Rood. */
        toegestaneVertragingMaanden: z.number().int().min(0),
      })
      .strict(),
    vragenlijst: z
      .object({
        ...TableBase,
        kolommen: z
          .object({
            nr: z.string(),
            onderdeel: z.string(),
            vraag: z.string(),
            antwoord: z.string(),
            toelichting: z.string(),
          })
          .strict(),
        vragen: z.array(QuestionSchema).min(1),
      })
      .strict(),
    rag: z
      .object({
        /** Worst first: a region's RAG is the first of these among its milestones. */
        volgorde: z.array(RagSchema).length(4),
        labels: z.record(RagSchema, z.string()),
        /** Invulling RAG: Groen at ≥ groen % and no errors, Oranje at ≥ oranje % and no errors. */
        invullingGroen: z.number().min(0).max(100),
        invullingOranje: z.number().min(0).max(100),
      })
      .strict(),
  })
  .strict();

export type Definition = z.infer<typeof DefinitionSchema>;
export type DefinitionInput = z.input<typeof DefinitionSchema>;
export type Condition = z.infer<typeof ConditionSchema>;
export type Scale = z.infer<typeof ScaleSchema>;
export type Field = z.infer<typeof FieldSchema>;
export type Status = z.infer<typeof StatusSchema>;
export type Milestone = z.infer<typeof MilestoneSchema>;
export type Question = z.infer<typeof QuestionSchema>;
export type Rag = z.infer<typeof RagSchema>;
