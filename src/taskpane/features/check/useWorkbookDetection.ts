/** Opening the pane: is the open workbook a Regiomonitor workbook? One read, reused as the first check. */
import { useCallback, useEffect, useState } from "react";
import type { WorkbookInput } from "../../../core/grid";
import type { HostErrorText, PaneHost } from "../../host";
import { allWantedSources, workbookKind } from "./workbook";

export type Detection =
  | { fase: "laden" }
  | { fase: "fout"; fout: HostErrorText }
  | { fase: "leeg" }
  /** `input`: the read that recognised it (the first check uses it), or null right after inserting. */
  | { fase: "regiomonitor"; input: WorkbookInput | null };

export function useWorkbookDetection(host: PaneHost): {
  detection: Detection;
  retry: () => void;
  inserted: () => void;
} {
  const [detection, setDetection] = useState<Detection>({ fase: "laden" });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let active = true;
    setDetection({ fase: "laden" });
    host.readWorkbook(allWantedSources()).then(
      (input) => {
        if (!active) return;
        setDetection(workbookKind(input) === "leeg" ? { fase: "leeg" } : { fase: "regiomonitor", input });
      },
      (e: unknown) => {
        if (active) setDetection({ fase: "fout", fout: host.describeError(e) });
      },
    );
    return () => {
      active = false;
    };
  }, [host, attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  const inserted = useCallback(() => setDetection({ fase: "regiomonitor", input: null }), []);
  return { detection, retry, inserted };
}
