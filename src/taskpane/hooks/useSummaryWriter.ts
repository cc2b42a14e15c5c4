/** Samenvatting schrijven: a fresh check (one read), then the add-in's own Samenvatting sheet (one write). */
import { useCallback, useState } from "react";
import type { PaneHost } from "../host";
import { allWantedSources, runCheck, summaryPlan } from "../logic/workbook";
import type { CheckView } from "./useChecker";
import { SUMMARY_SHEET } from "../../core/layout/region-summary";

export interface Notice {
  intent: "success" | "warning" | "error" | "info";
  titel: string;
  bericht: string;
}

export function useSummaryWriter(
  host: PaneHost,
  onChecked: (view: CheckView) => void,
): { busy: boolean; notice: Notice | null; write: () => Promise<void>; dismiss: () => void } {
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);

  const write = useCallback(async () => {
    setBusy(true);
    setNotice(null);
    try {
      const input = await host.readWorkbook(allWantedSources());
      const check = runCheck(input);
      onChecked({ input, check });
      const plan = summaryPlan(check);
      if (!plan.ok) {
        setNotice({ intent: "error", titel: "Niet geschreven", bericht: plan.reden });
        return;
      }
      await host.writeSheets([plan.model]);
      setNotice({
        intent: "success",
        titel: "Samenvatting geschreven",
        bericht: `Het blad '${SUMMARY_SHEET}' bevat nu de uitkomst van deze controle. Uw eigen bladen zijn niet gewijzigd.`,
      });
    } catch (e) {
      const t = host.describeError(e);
      setNotice({
        intent: t.geweigerd ? "warning" : "error",
        titel: t.geweigerd ? "Niet geschreven" : "Schrijven mislukt",
        bericht: t.bericht,
      });
    } finally {
      setBusy(false);
    }
  }, [host, onChecked]);

  const dismiss = useCallback(() => setNotice(null), []);
  return { busy, notice, write, dismiss };
}
