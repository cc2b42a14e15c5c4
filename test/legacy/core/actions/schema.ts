/**
 * The action-monitor definition: a second kind of monitor definition (`soort: "acties"`). Its workbook is
 * one national table of fixed actions (the Taskforce monitor 2013, "Geweld hoort nergens thuis" 2018) in
 * which the user fills in delivery dates, quality criteria and status; the engine gives every action a
 * stoplight and summarises per group. Everything monitor-specific is data here, validated by zod (strict:
 * unknown keys are refused, so a typo never silently changes a rule).
 */
import { z } from "zod";
import { RagSchema } from "../definition/schema";

/**
 * How a status is judged (see docs/definitions.md, "Action monitors"):
 * - `groen`: Groen (Voltooid, Conform planning);
 * - `grijs`: not judged (Vervallen);
 * - `op_datum`: judged on the dates: no delay against the nulmeting Groen, at most the tolerated delay
 *   Oranje, beyond that or without an end date Rood (Niet gestart, Gestart);
 * - `vertraagd`: like `op_datum`, but never better than Oranje (Vertraagd).
 */
export const JudgementSchema = z.enum(["groen", "grijs", "op_datum", "vertraagd"]);

export const ActionStatusSchema = z
  .object({
    label: z.string().min(1),
    /** Other spellings accepted for this status. */
    aliassen: z.array(z.string().min(1)).default([]),
    oordeel: JudgementSchema,
    /** Counts as "voltooid" in the progress figures. */
    voltooid: z.boolean().default(false),
    /** Columns that must be filled with this status. */
    vereist: z.array(z.enum(["toelichting", "opleverdatum"])).default([]),
  })
  .strict();

/** A fixed column: its values come from the definition's rows and are not the user's to change. */
export const FixedColumnSchema = z
  .object({
    /** Key of the column in `rijen[]`, e.g. `nr`, `actiehouder`. */
    sleutel: z.string().regex(/^[a-zA-Z][a-zA-Z0-9]*$/, "letters en cijfers, beginnend met een letter"),
    /** Header in the workbook. */
    kop: z.string().min(1),
    /** Column width in characters. */
    breedte: z.number().int().min(3).max(150).default(20),
  })
  .strict();

/** A summary per group of actions, e.g. per actiehouder or per bouwsteen. */
export const GroupingSchema = z
  .object({
    /** Title above the summary table, e.g. `Per actiehouder`. */
    titel: z.string().min(1),
    /** The fixed column whose value forms the group. */
    kolom: z.string().min(1),
    /** Fixed columns that together form the group's label (default: `kolom`), e.g. bouwsteen id and name. */
    labelKolommen: z.array(z.string().min(1)).min(1).optional(),
    /** Order of the groups: `rijen` as they first appear in the rows (the programme's order), `waarde` by value (numbers numerically). */
    volgorde: z.enum(["rijen", "waarde"]).default("rijen"),
  })
  .strict();

export const ActionDefinitionSchema = z
  .object({
    soort: z.literal("acties"),
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "kleine letters, cijfers en '-'"),
    versie: z.string().min(1),
    naam: z.string().min(1),
    /** Optional region list (e.g. the 30 GHNT regions), so that a regional variant can be added as data. */
    regios: z.array(z.string().min(1)).min(1).optional(),
    /** Sheet and Excel table of the actions. */
    blad: z.string().min(1).max(31),
    tabel: z.string().min(1),
    vasteKolommen: z.array(FixedColumnSchema).min(1),
    /** The fixed column that identifies a row (its number or id). */
    sleutel: z.string().min(1),
    /** Headers of the columns the user fills in. `verschuiving` is optional (a stated shift category). */
    kolommen: z
      .object({
        opleverdatum: z.string().min(1),
        nulmeting: z.string().min(1),
        kwaliteitseisen: z.string().min(1),
        status: z.string().min(1),
        verschuiving: z.string().min(1).optional(),
        toelichting: z.string().min(1),
      })
      .strict(),
    /** The fixed rows: per action the value of every fixed column (by `sleutel`). */
    rijen: z.array(z.record(z.string(), z.string())).min(1),
    kwaliteitseisen: z
      .object({
        opties: z.array(z.string().min(1)).min(1),
        /** The option that allows a colour; any other value (or none) makes the action Grijs. */
        vastgesteld: z.string().min(1),
      })
      .strict(),
    statussen: z.array(ActionStatusSchema).min(1),
    /** Texts in a date column that mean "no end date" (not an error): e.g. `Nog te bepalen`. */
    zonderEinddatum: z.array(z.string().min(1)).default([]),
    /** Tolerated delay of the opleverdatum past the nulmeting before an action is Rood. */
    toegestaneVertragingMaanden: z.number().int().min(0),
    groeperingen: z.array(GroupingSchema).default([]),
    rag: z.object({ labels: z.record(RagSchema, z.string().min(1)) }).strict(),
  })
  .strict();

export type ActionDefinition = z.infer<typeof ActionDefinitionSchema>;
export type ActionDefinitionInput = z.input<typeof ActionDefinitionSchema>;
export type ActionStatus = z.infer<typeof ActionStatusSchema>;
export type Grouping = z.infer<typeof GroupingSchema>;
export type Judgement = z.infer<typeof JudgementSchema>;

/**
 * The shift of the opleverdatum against the nulmeting (fixed categories of the engine). `eerder of gelijk`
 * can only be stated (column Verschuiving), never follow from dates: a source that says an action is not
 * later than at the nulmeting, without saying whether it is earlier or the same.
 */
export const SHIFTS = ["eerder", "gelijk", "eerder of gelijk", "later", "zonder einddatum"] as const;
/** Categories that mean: not later than the nulmeting. */
export const NOT_LATER: readonly Shift[] = ["eerder", "gelijk", "eerder of gelijk"];
export type Shift = (typeof SHIFTS)[number];
