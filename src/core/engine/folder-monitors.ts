/**
 * Which monitor a national overview aggregates, and which input files belong to other monitors: the first
 * thing `aggregate` says. Pure: the files' recorded definitions in, the two messages out.
 *
 * A file counts as of the aggregated monitor when it records that monitor or records none (it is then read
 * with it, and any problem is reported for that file). Files that record another monitor are named once per
 * monitor, as a group, with the hint to aggregate them separately; they are not reported file by file.
 */
import { makeIssue, type Issue } from "../issues";
import type { Monitor } from "../model/schema";

/** What a file among the inputs recorded: the id of its monitor (null: none), and whether it could be read. */
export interface RecordedFile {
  bestand: string;
  id: string | null;
  leesbaar: boolean;
}

export interface FolderMonitors {
  /** `landelijk_overzicht_van`: the monitor, how many files are of it, and why it was chosen. */
  kop: Issue;
  /** `bestanden_andere_monitor`: one per other monitor, naming its files. */
  anderen: Issue[];
  /** The files of other monitors (named in `anderen`). */
  andereBestanden: string[];
}

/**
 * The messages for a folder aggregated with `def`. `gekozenMet`: how the user chose the monitor (e.g.
 * "--definitie-id", "Definitie laden"), or null when it is the one most files recorded. `naamVan` names a
 * monitor by its id (its name when known).
 */
export function folderMonitors(
  def: Pick<Monitor, "id" | "naam">,
  files: readonly RecordedFile[],
  gekozenMet: string | null,
  naamVan: (id: string) => string,
): FolderMonitors {
  const others = new Map<string, string[]>();
  for (const f of files)
    if (f.leesbaar && f.id !== null && f.id !== def.id)
      others.set(f.id, [...(others.get(f.id) ?? []), f.bestand]);
  const aantal = files.filter((f) => f.leesbaar && (f.id === null || f.id === def.id)).length;
  const kop = makeIssue(
    "landelijk_overzicht_van",
    { bestand: "" },
    { monitor: `'${def.naam}' (${def.id})`, aantal, totaal: files.length, gekozenMet },
  );
  const anderen = [...others].map(([id, bestanden]) =>
    makeIssue(
      "bestanden_andere_monitor",
      { bestand: bestanden[0] },
      { monitor: naamVan(id), aantal: bestanden.length, bestanden },
    ),
  );
  return { kop, anderen, andereBestanden: [...others.values()].flat() };
}

/** A monitor named by its id in a message: "'Naam' (id)" when one of `known` has the id, else "'id'". */
export function monitorNamer(known: readonly Pick<Monitor, "id" | "naam">[]): (id: string) => string {
  return (id) => {
    const d = known.find((x) => x.id === id);
    return d ? `'${d.naam}' (${id})` : `'${id}'`;
  };
}
