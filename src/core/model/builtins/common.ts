/** Parts that the built-in monitors share. */
import { DEFAULT_RAG } from "../xlsform/defaults";

/** Rood > Oranje > Grijs > Groen, labelled in Dutch (the default of every definition). */
export const STANDARD_RAG = DEFAULT_RAG;
