/** The coordinator's task pane: recognises the workbook, then offers inserting or checking it. */
import { Button, Caption1, Spinner, Title3 } from "@fluentui/react-components";
import { defaultMonitor } from "../../../core/model";
import type { PaneHost } from "../../host";
import { useWorkbookDetection } from "./useWorkbookDetection";
import { CheckPanel } from "./CheckPanel";
import { InsertTemplate } from "../template/InsertTemplate";
import { Notice } from "../../shared/Notice";
import { paneNotice } from "../../shared/notices";
import { usePaneStyles } from "../../shared/styles";
import { usePreviousRound } from "../previous/usePreviousRound";
import { PreviousRoundPicker } from "../previous/PreviousRoundPicker";
import { PANE_INTRO } from "../../../core";

export function RegionPane(props: { host: PaneHost }) {
  const s = usePaneStyles();
  const { detection, retry, inserted } = useWorkbookDetection(props.host);
  const def = defaultMonitor();
  const previous = usePreviousRound();

  return (
    <main className={s.view}>
      <header className={s.header}>
        <Title3 as="h1" className={s.title}>
          Regiomonitor
        </Title3>
        {detection.fase === "regiomonitor" ? null : <Caption1 className={s.muted}>{PANE_INTRO}</Caption1>}
      </header>
      {detection.fase === "laden" ? <Spinner size="small" label="Werkmap lezen…" /> : null}
      {detection.fase === "fout" ? (
        <Notice
          melding={paneNotice("taakvenster_werkmap_onleesbaar", { reden: detection.fout.bericht })}
          actie={
            <Button size="small" onClick={retry}>
              Opnieuw proberen
            </Button>
          }
        />
      ) : null}
      {detection.fase === "leeg" ? (
        <InsertTemplate host={props.host} def={def} onInserted={inserted} vorige={previous.vorige} />
      ) : null}
      {detection.fase === "regiomonitor" ? (
        <CheckPanel host={props.host} initial={detection.input} vorige={previous.vorige} />
      ) : null}
      {/* After the next step: a previous round is optional. */}
      {detection.fase === "leeg" || detection.fase === "regiomonitor" ? (
        <PreviousRoundPicker
          state={previous.state}
          onPick={(f) => void previous.pick(f)}
          onClear={previous.clear}
        />
      ) : null}
    </main>
  );
}
