/**
 * Landelijk overzicht: reads the picked files one at a time in the pane (the reader chunk is loaded on first
 * use), then puts the national sheets in a new workbook (`createWorkbook`, the bytes written in that chunk;
 * one call) or, when the user chose so, in the open workbook with one `writeSheets` call (two syncs).
 * Nothing leaves the machine: File objects are read with arrayBuffer().
 */
import { useCallback, useRef, useState } from "react";
import type { Monitor } from "../../../core/model";
import type { Issue } from "../../../core/issues";
import type { PaneHost } from "../../host";
import { importFiles, type FileLine, type NationalResult } from "./national";
import { loadXlsxReader } from "../../shared/reader";
import { paneNotice, writeFailure } from "../../shared/notices";

export type ImportPhase = "leeg" | "laden" | "lezen" | "schrijven" | "klaar";

/** Where the national sheets go: a new workbook (the default), or the open one (the user chose so). */
export type ImportTarget = "nieuw" | "open";

export interface NationalImport {
  phase: ImportPhase;
  lines: FileLine[];
  /** Files read so far. */
  done: number;
  result: NationalResult | null;
  /** The sheets of `result` are in the open workbook (the last write went there and succeeded). */
  written: boolean;
  /** Where the last import wrote its sheets, or null when nothing was written. */
  writtenTo: ImportTarget | null;
  notice: Issue | null;
  busy: boolean;
  start: (files: readonly File[], target: ImportTarget) => Promise<void>;
  dismiss: () => void;
}

/** Lets React paint between files. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** `definition`: the one loaded with "Definitie laden" (the next import uses it); else the default one. */
export function useNationalImport(host: PaneHost, definition?: Monitor | null): NationalImport {
  const [phase, setPhase] = useState<ImportPhase>("leeg");
  const [lines, setLines] = useState<FileLine[]>([]);
  const [done, setDone] = useState(0);
  const [result, setResult] = useState<NationalResult | null>(null);
  const [notice, setNotice] = useState<Issue | null>(null);
  const [writtenTo, setWrittenTo] = useState<ImportTarget | null>(null);
  const running = useRef(false);

  const start = useCallback(
    async (picked: readonly File[], target: ImportTarget) => {
      if (running.current || picked.length === 0) return;
      running.current = true;
      const files = [...picked];
      setNotice(null);
      setWrittenTo(null);
      setDone(0);
      setLines(
        files.map((f) => ({
          bestand: f.name,
          state: "wachten",
          label: "wacht",
          reden: "",
          regio: null,
          fouten: 0,
        })),
      );
      try {
        setPhase("laden");
        let reader;
        try {
          reader = await loadXlsxReader();
        } catch (e) {
          const reden = e instanceof Error ? e.message : String(e);
          setNotice(paneNotice("taakvenster_lezer_niet_geladen", { reden }));
          setPhase("leeg");
          return;
        }
        setPhase("lezen");
        // Each file read once, with the core's plan; the round (definition, refusals, sheets) is the core's.
        const imported = await importFiles(
          files.map((f) => ({ name: f.name, bytes: async () => new Uint8Array(await f.arrayBuffer()) })),
          reader,
          definition,
          {
            reading: async (i) => {
              setLines((ls) =>
                ls.map((l, j) => (j === i ? { ...l, state: "bezig", label: "bezig met lezen" } : l)),
              );
              await nextTask();
            },
            read: async (i, line) => {
              setLines((ls) => ls.map((l, j) => (j === i ? line : l)));
              setDone(i + 1);
              await nextTask();
            },
          },
        );
        const res = imported.result;
        setLines(imported.lines);
        setResult(res);
        setPhase("schrijven");
        await nextTask();
        try {
          // First which monitor and why, and the files of other monitors as a group.
          const data = {
            monitor: imported.monitorTekst,
            ontvangen: imported.ontvangen,
            nietMeegeteld: imported.nietMeegeteld,
          };
          if (target === "nieuw") {
            await host.createWorkbook(reader.workbookBase64(res.models));
            setWrittenTo("nieuw");
            setNotice(paneNotice("taakvenster_nieuwe_werkmap", data));
          } else {
            await host.writeSheets(res.models);
            setWrittenTo("open");
            setNotice(paneNotice("taakvenster_landelijk_geschreven", data));
          }
        } catch (e) {
          setNotice(writeFailure(host.describeError(e)));
        }
        setPhase("klaar");
      } finally {
        running.current = false;
      }
    },
    [host, definition],
  );

  const dismiss = useCallback(() => setNotice(null), []);
  return {
    phase,
    lines,
    done,
    result,
    written: writtenTo === "open",
    writtenTo,
    notice,
    busy: phase === "laden" || phase === "lezen" || phase === "schrijven",
    start,
    dismiss,
  };
}
