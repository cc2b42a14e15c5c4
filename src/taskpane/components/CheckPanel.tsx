/** A Regiomonitor workbook: Controleren, Automatisch controleren, Samenvatting schrijven, and the result. */
import {
  Badge,
  Body1,
  Button,
  Caption1,
  Spinner,
  Switch,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useCallback, useMemo, useState } from "react";
import type { WorkbookInput } from "../../core/grid";
import type { Issue } from "../../core/issues";
import { checkReport } from "../../core/engine/pipeline";
import { summaryText } from "../logic/issue-groups";
import type { HostErrorText, PaneHost } from "../host";
import { useChecker } from "../hooks/useChecker";
import { useSummaryWriter } from "../hooks/useSummaryWriter";
import { useSelectionExplanation } from "../hooks/useSelectionExplanation";
import { displayDefinition, summaryExplanations } from "../logic/workbook";
import { SUMMARY_SHEET } from "../../core/engine/layout-unit";
import { ExplanationPanel } from "./ExplanationPanel";
import { IssueList } from "./IssueList";
import { Notice } from "./Notice";
import { ScoreSummary } from "./ScoreSummary";

const SUMMARY_SHEETS = [SUMMARY_SHEET];

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  toolbar: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  status: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, minHeight: "24px" },
  text: { overflowWrap: "anywhere" },
});

export function CheckPanel(props: { host: PaneHost; initial: WorkbookInput | null }) {
  const s = useStyles();
  const { host } = props;
  const checker = useChecker(host, props.initial);
  const summary = useSummaryWriter(host, checker.show);
  const [selectError, setSelectError] = useState<HostErrorText | null>(null);

  const select = useCallback(
    (i: Issue) => {
      if (!i.blad || !i.cel) return;
      setSelectError(null);
      host.selectCell(i.blad, i.cel).catch((e: unknown) => setSelectError(host.describeError(e)));
    },
    [host],
  );

  const view = checker.view;
  // The Samenvatting this pane wrote; else one that is already in the workbook (written earlier), explained
  // from the last check. Not after a refused write: then the sheet of that name is the user's own.
  const summaryExists = !summary.refused && !!view?.input.bladen.includes(SUMMARY_SHEET);
  const existingIndex = useMemo(
    () => (summaryExists && view ? summaryExplanations(view.check) : null),
    [summaryExists, view],
  );
  const explainIndex = summary.written?.index ?? existingIndex;
  // Every sheet with explanations (an action monitor's summary also writes its national sheets).
  const explainSheets = useMemo(
    () => (explainIndex ? [...new Set([...explainIndex.values()].map((e) => e.blad))] : SUMMARY_SHEETS),
    [explainIndex],
  );
  const explained = useSelectionExplanation(
    host,
    explainIndex,
    explainSheets,
    summary.written?.generation ?? "bestaand",
  );
  const gotoSource = useCallback(
    (sheet: string, address: string) => {
      setSelectError(null);
      host.selectCell(sheet, address).catch((e: unknown) => setSelectError(host.describeError(e)));
    },
    [host],
  );

  const def = displayDefinition(view?.check ?? null);
  const result = view?.check.result;
  // The same report envelope as `regiomonitor check --json`: counts and issues come from it.
  const report = view ? checkReport(view.input.bestand, view.check) : null;
  const sheetOrder = def.tabellen.map((t) => t.blad);
  const regio = result?.ok ? result.ret.eenheid : null;
  const meetmoment = result?.ok ? result.ret.meetmoment : null;

  return (
    <div className={s.root}>
      {view ? (
        <Body1 className={s.text} data-testid="werkmap">
          {view.input.bestand}
          {regio ? ` · ${regio}` : ""}
          {meetmoment ? ` · ${meetmoment}` : ""}
        </Body1>
      ) : null}

      <div className={s.toolbar}>
        <Button appearance="primary" onClick={checker.checkNow}>
          Controleren
        </Button>
        <Button onClick={() => void summary.write()} disabledFocusable={summary.busy}>
          Samenvatting schrijven
        </Button>
        <Switch
          label="Automatisch controleren"
          checked={checker.auto}
          onChange={(_, d) => checker.setAuto(d.checked)}
        />
      </div>

      <div className={s.status} aria-live="polite" data-testid="status">
        {checker.state.running ? (
          <Spinner size="tiny" label="Bezig met controleren…" />
        ) : summary.busy ? (
          <Spinner size="tiny" label="Samenvatting schrijven…" />
        ) : view && checker.state.stale ? (
          <>
            <Badge appearance="tint" color="warning" shape="rounded">
              verouderd
            </Badge>
            <Caption1>
              {checker.auto
                ? "De werkmap is gewijzigd; de controle wordt zo opnieuw gedaan."
                : "De werkmap is gewijzigd na deze controle. Klik op Controleren."}
            </Caption1>
          </>
        ) : view ? (
          <Caption1>
            Gecontroleerd met {def.naam}: {summaryText(report!.aantallen).toLowerCase()}.
          </Caption1>
        ) : null}
      </div>

      {summary.notice ? (
        <Notice
          intent={summary.notice.intent}
          titel={summary.notice.titel}
          bericht={summary.notice.bericht}
          onDismiss={summary.dismiss}
        />
      ) : null}
      {checker.error ? (
        <Notice
          intent="error"
          titel="Controleren mislukt"
          bericht={checker.error.bericht}
          actie={
            <Button size="small" onClick={checker.checkNow}>
              Opnieuw
            </Button>
          }
        />
      ) : null}
      {checker.listenError ? (
        <Notice
          intent="warning"
          titel="Automatisch controleren werkt niet"
          bericht={`${checker.listenError.bericht} Klik na het invullen op Controleren.`}
        />
      ) : null}
      {selectError ? (
        <Notice
          intent="error"
          titel="Cel niet geselecteerd"
          bericht={selectError.bericht}
          onDismiss={() => setSelectError(null)}
        />
      ) : null}

      {explainIndex ? (
        <ExplanationPanel
          selected={explained.selected}
          error={explained.error}
          onGoto={gotoSource}
          hint={`Selecteer in het blad '${SUMMARY_SHEET}' een oordeel of een percentage: hier staat dan de regel, de invoer en de bron.`}
        />
      ) : null}

      {result && !result.ok ? (
        <Notice intent="error" titel="Werkmap niet te beoordelen" bericht={result.reden} />
      ) : null}
      {view?.check.score ? <ScoreSummary def={def} score={view.check.score} /> : null}
      {report ? <IssueList issues={report.meldingen} sheetOrder={sheetOrder} onSelect={select} /> : null}
    </div>
  );
}
