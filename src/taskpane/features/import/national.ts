/**
 * The Landelijk overzicht's bytes: the picked files read one at a time in the pane, with the plan the core
 * gives (each file once, only the sources its recorded definition asks for), then handed to the core's round
 * (core/app/round.ts, round-overview.ts): the same choice of definition, the same refusals and the same
 * composition as `regiomonitor aggregate`. Nothing here decides or composes.
 */
import type { Monitor } from "../../../core/model";
import {
  lineAfterFileRead,
  nationalImport,
  roundChoice,
  roundReadPlan,
  type FileLine,
  type NationalImport,
  type RoundFile,
} from "../../../core";
import type { XlsxReader } from "../../shared/reader";

export {
  definitionOrDefault as nationalDefinition,
  explainedSheets,
  lineAfterRead,
  linesAfterAggregate,
  nationalResult,
  overviewTableName,
  overviewTexts,
  returnEntry as entryFromInput,
  type AttentionItem,
  type AttentionKind,
  type FileLine,
  type FileState,
  type MilestoneOverview,
  type NationalResult,
  type OverviewTexts,
} from "../../../core";

/** A picked file: its name and a way to get its bytes (File.arrayBuffer in the pane). */
export interface PickedFile {
  name: string;
  bytes(): Promise<Uint8Array>;
}

/** What the import tells the pane while it reads: file `i` is being read, then what reading it gave. */
export interface ImportProgress {
  reading(i: number): Promise<void> | void;
  read(i: number, line: FileLine): Promise<void> | void;
}

/** The picked files read one by one, then the core's round. `loaded`: the definition of "Definitie laden". */
export async function importFiles(
  picked: readonly PickedFile[],
  reader: Pick<XlsxReader, "readRoundFile">,
  loaded: Monitor | null | undefined,
  progress: ImportProgress,
): Promise<NationalImport> {
  const choice = roundChoice(loaded, "Definitie laden");
  const plan = roundReadPlan(choice);
  const files: RoundFile[] = [];
  for (let i = 0; i < picked.length; i++) {
    const f = picked[i];
    await progress.reading(i);
    let file: RoundFile;
    try {
      file = await reader.readRoundFile(await f.bytes(), plan, f.name);
    } catch (e) {
      file = {
        bestand: f.name,
        reden: `het bestand kon niet worden geopend (${e instanceof Error ? e.message.slice(0, 120) : "onbekende fout"}). Kies het opnieuw`,
      };
    }
    files.push(file);
    await progress.read(i, lineAfterFileRead(file));
  }
  return nationalImport(files, choice);
}
