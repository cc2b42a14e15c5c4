/** Going to a cell in Excel from the pane (an issue, a source, a row of Retouren), with a notice when it fails. */
import { useCallback, useState } from "react";
import type { Issue } from "../../core/issues";
import type { PaneHost } from "../host";
import { paneNotice } from "./notices";

export function useGotoCell(host: PaneHost): {
  goto: (sheet: string, address: string) => void;
  /** Why the last selection failed, as a notice; null when it did not. */
  error: Issue | null;
  dismiss: () => void;
} {
  const [error, setError] = useState<Issue | null>(null);
  const goto = useCallback(
    (sheet: string, address: string) => {
      setError(null);
      host
        .selectCell(sheet, address)
        .catch((e: unknown) =>
          setError(paneNotice("taakvenster_cel_niet_geselecteerd", { reden: host.describeError(e).bericht })),
        );
    },
    [host],
  );
  const dismiss = useCallback(() => setError(null), []);
  return { goto, error, dismiss };
}
