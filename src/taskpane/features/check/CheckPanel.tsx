/**
 * A Regiomonitor workbook: the state of the return and the next step first, then the real mistakes (grouped
 * per sheet and rule), the warnings, what is still to be filled in (collapsed), the scores, and last the
 * Samenvatting and automatic checking.
 */
import {
  Badge,
  Body1,
  Button,
  Caption1,
  Spinner,
  Subtitle2,
  Switch,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useCallback, useMemo, useState } from "react";
import type { WorkbookInput } from "../../../core/grid";
import type { Issue } from "../../../core/issues";
import { returnProgress, type ReturnProgress } from "../../../core/engine/progress";
import type { PaneHost } from "../../host";
import { useChecker } from "./useChecker";
import { useSummaryWriter } from "./useSummaryWriter";
import { useReveal } from "../../shared/useReveal";
import { useSelectionExplanation } from "../../shared/useSelectionExplanation";
import { displayDefinition, summaryExplanations } from "./workbook";
import { checkIntro, nextAction, readyBesideJudgement } from "../../../core";
import { vocabulary } from "../../../core/model/vocabulary";
import { SUMMARY_SHEET } from "../../../core/layout/unit";
import { ExplanationPanel } from "../../shared/ExplanationPanel";
import { IssueList } from "./IssueList";
import { Notice } from "../../shared/Notice";
import { paneNotice, statusText } from "../../shared/notices";
import { useGotoCell } from "../../shared/useGotoCell";
import { ReturnStatus } from "./ReturnStatus";
import { ScoreSummary } from "./ScoreSummary";
import { PreviousChanges } from "../previous/PreviousChanges";
import type { PaneRound } from "../previous/usePreviousRound";
import { checkWithRound } from "../../../core/app/previous-round";

const SUMMARY_SHEETS = [SUMMARY_SHEET];

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  toolbar: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  status: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, minHeight: "24px" },
  text: { overflowWrap: "anywhere" },
  anchor: { outline: "none", scrollMarginTop: tokens.spacingVerticalS },
  tools: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  muted: { color: tokens.colorNeutralForeground2 },
});

/** The lists under the state: mistakes and warnings open, what is still to do and information collapsed. */
function issueSections(p: ReturnProgress) {
  return [
    {
      id: "fouten",
      kop: `Fouten (${p.fouten.length})`,
      intro: "Klik op een cel om ernaartoe te gaan.",
      issues: p.fouten,
    },
    {
      id: "waarschuwingen",
      kop: `Let op (${p.waarschuwingen.length})`,
      intro: "Geen fout, maar kijk het na.",
      issues: p.waarschuwingen,
    },
    { id: "nog-in-te-vullen", kop: "Nog in te vullen", collapsed: true, issues: p.open },
    { id: "ter-informatie", kop: "Ter informatie", collapsed: true, issues: p.info },
  ];
}

export function CheckPanel(props: {
  host: PaneHost;
  initial: WorkbookInput | null;
  /** A loaded previous round: what changed since, and the national figures in the Samenvatting. */
  vorige?: PaneRound | null;
}) {
  const s = useStyles();
  const { host, vorige } = props;
  const checker = useChecker(host, props.initial);
  const summary = useSummaryWriter(host, checker.show, vorige ?? null);
  const [finalCheck, setFinalCheck] = useState(false);

  const { goto: gotoSource, error: selectError, dismiss: dismissSelect } = useGotoCell(host);
  const select = useCallback(
    (i: Issue) => (i.blad && i.cel ? gotoSource(i.blad, i.cel) : undefined),
    [gotoSource],
  );

  const view = checker.view;
  // Against a loaded round: the check with its warnings on answers left unchanged, and what changed.
  const roundCheck = useMemo(
    () => (view && vorige ? checkWithRound(view.check, vorige) : null),
    [view, vorige],
  );
  const check = roundCheck?.ok ? roundCheck.res : view?.check;
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

  const def = displayDefinition(check ?? null);
  const result = check?.result;
  const progress = useMemo(
    () => (check ? returnProgress(check, { eindcontrole: finalCheck }) : null),
    [check, finalCheck],
  );
  const sheetOrder = def.tabellen.map((t) => t.blad);
  const regio = result?.ok ? result.ret.eenheid : null;
  const meetmoment = result?.ok ? result.ret.meetmoment : null;
  // The unit's judgement, where the monitor gives one over all rows (not where its source says none can be given).
  const score = view?.check.score;
  const shownColours = useMemo(
    () =>
      score
        ? [
            ...(score.eenheid && vocabulary(def).totaaloordeel ? [score.eenheid.rag] : []),
            ...Object.values(score.oordelen).flatMap((js) => js.filter((j) => j.geldt).map((j) => j.rag)),
          ]
        : [],
    [score, def],
  );
  const setFinal = useCallback(
    (on: boolean) => {
      setFinalCheck(on);
      if (on) checker.checkNow();
    },
    [checker],
  );

  // The explanation of a selected cell comes where the eye is: at the top, scrolled into view.
  const explanationRef = useReveal(explained.selected);

  return (
    <div className={s.root}>
      <Caption1 className={s.muted} data-testid="inleiding">
        {checkIntro(def)}
      </Caption1>
      {view ? (
        <Body1 className={s.text} data-testid="werkmap">
          {view.input.bestand}
          {regio ? ` · ${regio}` : ""}
          {meetmoment ? ` · ${meetmoment}` : ""}
        </Body1>
      ) : null}

      {progress ? (
        <ReturnStatus
          progress={progress}
          next={nextAction(progress, sheetOrder)}
          note={progress.staat === "klaar" ? readyBesideJudgement(def, shownColours) : null}
          onGoto={select}
          onCheck={checker.checkNow}
          onFinalCheck={setFinal}
        />
      ) : null}

      <div className={s.status} aria-live="polite" data-testid="status">
        {checker.state.running ? (
          <Spinner size="tiny" label={statusText("taakvenster_bezig_controleren", {})} />
        ) : summary.busy ? (
          <Spinner size="tiny" label={statusText("taakvenster_bezig_samenvatting", {})} />
        ) : view && checker.state.stale ? (
          <>
            <Badge appearance="tint" color="warning" shape="rounded">
              verouderd
            </Badge>
            <Caption1>{statusText("taakvenster_verouderd", { automatisch: checker.auto })}</Caption1>
          </>
        ) : view ? (
          <Caption1>{statusText("taakvenster_gecontroleerd", { monitor: def.naam })}</Caption1>
        ) : null}
      </div>

      {summary.notice ? <Notice melding={summary.notice} onDismiss={summary.dismiss} /> : null}
      {checker.error ? (
        <Notice
          melding={paneNotice("taakvenster_controleren_mislukt", { reden: checker.error.bericht })}
          actie={
            <Button size="small" onClick={checker.checkNow}>
              Opnieuw
            </Button>
          }
        />
      ) : null}
      {checker.listenError ? (
        <Notice
          melding={paneNotice("taakvenster_automatisch_controleren_uit", {
            reden: checker.listenError.bericht,
          })}
        />
      ) : null}
      {selectError ? <Notice melding={selectError} onDismiss={dismissSelect} /> : null}

      {explainIndex && explained.selected ? (
        <div ref={explanationRef} tabIndex={-1} className={s.anchor}>
          <ExplanationPanel selected={explained.selected} error={explained.error} onGoto={gotoSource} />
        </div>
      ) : null}

      {progress
        ? issueSections(progress).map((x) =>
            x.issues.length > 0 ? (
              <IssueList key={x.id} {...x} sheetOrder={sheetOrder} onSelect={select} />
            ) : null,
          )
        : null}

      {roundCheck && vorige ? (
        <PreviousChanges result={roundCheck} bestand={vorige.bestand} onSelect={gotoSource} />
      ) : null}

      {check?.score && progress && progress.staat !== "niet_begonnen" ? (
        <ScoreSummary def={def} score={check.score} voorlopig={progress.staat === "bezig"} />
      ) : null}

      <section className={s.tools} aria-labelledby="hulpmiddelen-kop">
        <Subtitle2 as="h2" id="hulpmiddelen-kop">
          Samenvatting en instellingen
        </Subtitle2>
        <div className={s.toolbar}>
          <Button onClick={() => void summary.write()} disabledFocusable={summary.busy}>
            Samenvatting schrijven
          </Button>
          <Switch
            label="Automatisch controleren"
            checked={checker.auto}
            onChange={(_, d) => checker.setAuto(d.checked)}
          />
        </div>
        {explainIndex && !explained.selected ? (
          <Caption1 className={s.muted} data-testid="uitleg">
            {explained.error ? `${explained.error.bericht} ` : ""}
            Selecteer in het blad &apos;{SUMMARY_SHEET}&apos; een oordeel of een percentage: hier ziet u dan
            hoe het is bepaald.
          </Caption1>
        ) : null}
      </section>
    </div>
  );
}
