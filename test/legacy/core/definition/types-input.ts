import type { z } from "zod";
import type { DefinitionSchema, QuestionSchema } from "./schema";

export type DefinitionInput = z.input<typeof DefinitionSchema>;
export type QuestionInputRow = z.input<typeof QuestionSchema>;
