/** Samenvatting schrijven: a fresh check (one read), then the add-in's own Samenvatting sheet (one write). */
import { useCallback, useState } from "react";
import type { PaneHost } from "../../host";
import { allWantedSources, runCheck, summaryExplanations, summaryPlan } from "./workbook";
import type { ExplanationIndex } from "../../../core/engine/explain";
import type { CheckView } from "./useChecker";
import type { Issue } from "../../../core/issues";
import { paneNotice, writeFailure } from "../../shared/notices";
import { checkWithRound } from "../../../core/app/previous-round";
import type { PaneRound } from "../previous/usePreviousRound";

/** The Samenvatting this pane wrote last: its explanations, and a number that changes with every write. */
export interface WrittenSummary {
  index: ExplanationIndex;
  generation: number;
}

export interface SummaryWriter {
  busy: boolean;
  notice: Issue | null;
  /** The Samenvatting written by this pane and still its own, or null. */
  written: WrittenSummary | null;
  /** The last write was refused (a user sheet has the name): a sheet of that name is not the add-in's. */
  refused: boolean;
  write: () => Promise<void>;
  dismiss: () => void;
}

export function useSummaryWriter(
  host: PaneHost,
  onChecked: (view: CheckView) => void,
  /** A loaded previous round: each answer beside the round's national figures and its previous answer. */
  vorige: PaneRound | null = null,
): SummaryWriter {
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Issue | null>(null);
  const [written, setWritten] = useState<WrittenSummary | null>(null);
  const [refused, setRefused] = useState(false);

  const write = useCallback(async () => {
    setBusy(true);
    setNotice(null);
    let writing = false;
    try {
      const input = await host.readWorkbook(allWantedSources());
      const plain = runCheck(input);
      onChecked({ input, check: plain });
      const against = vorige ? checkWithRound(plain, vorige) : null;
      const check = against?.ok ? against.res : plain;
      const plan = summaryPlan(check, vorige ?? undefined);
      if (!plan.ok) {
        setNotice(paneNotice("taakvenster_samenvatting_niet_mogelijk", { reden: plan.reden }));
        return;
      }
      writing = true;
      await host.writeSheets(plan.models);
      const index = summaryExplanations(check, plan.models);
      setWritten((w) => (index ? { index, generation: (w?.generation ?? 0) + 1 } : null));
      setRefused(false);
      setNotice(
        paneNotice("taakvenster_samenvatting_geschreven", { bladen: plan.models.map((m) => m.name) }),
      );
    } catch (e) {
      const t = host.describeError(e);
      if (writing) {
        // Refused: the sheet of that name is the user's; failed: what the sheet now holds is not known.
        setWritten(null);
        setRefused(t.geweigerd);
      }
      setNotice(writeFailure(t));
    } finally {
      setBusy(false);
    }
  }, [host, onChecked, vorige]);

  const dismiss = useCallback(() => setNotice(null), []);
  return { busy, notice, written, refused, write, dismiss };
}
