/**
 * The output files of a command that reads national rounds and writes a workbook, and optionally its JSON
 * (`compare`, `reeks`): `-o` is required, each output has its extension, none is an input (the input is never
 * changed), and the two are not one file. Each file written is named in a status line from the catalogue.
 */
import path from "node:path";
import { noticeText, type WrittenKind } from "../core/issues";
import { writeTextFile, writeWorkbookFile, sameFile } from "../xlsx/files";
import { checkExtension, UsageError, type Io } from "./args";
import { writing } from "./file-errors";

export interface Outputs {
  out: string;
  jsonOut: string | null;
}

/** The checked outputs `-o` and `--json` of `command`, whose inputs are `inputs`; else a usage error. */
export async function checkedOutputs(
  command: string,
  inputs: readonly string[],
  options: { o?: string; json?: string },
): Promise<Outputs> {
  const out = options.o;
  if (out === undefined) throw new UsageError(noticeText("optie_verplicht", { optie: "-o" }), command);
  checkExtension(out, ".xlsx", "-o", command);
  checkExtension(options.json, ".json", "--json", command);
  const jsonOut = options.json ?? null;
  for (const target of [out, ...(jsonOut ? [jsonOut] : [])])
    for (const input of inputs)
      if (await sameFile(input, target))
        throw new UsageError(noticeText("uitvoer_is_invoer", {}, target), command);
  if (jsonOut && path.resolve(jsonOut) === path.resolve(out))
    throw new UsageError(noticeText("uitvoer_dubbel", { opties: ["-o", "--json"] }), command);
  return { out, jsonOut };
}

/** Writes the workbook (a file of `soort`) and, when asked, the JSON of `value`; each with its status line. */
export async function writeOutputs(
  io: Io,
  outputs: Outputs,
  soort: WrittenKind,
  bytes: Uint8Array,
  value: unknown,
): Promise<void> {
  const { out, jsonOut } = outputs;
  await writing(out, () => writeWorkbookFile(bytes, out));
  io.err(noticeText("bestand_geschreven", { soort }, out));
  if (jsonOut) {
    await writing(jsonOut, () => writeTextFile(jsonOut, JSON.stringify(value, null, 2) + "\n"));
    io.err(noticeText("bestand_geschreven", { soort: "json" }, jsonOut));
  }
}
