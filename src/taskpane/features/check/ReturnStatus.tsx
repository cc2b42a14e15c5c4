/**
 * The state of the open return, first in the Regio tab: a heading (niet begonnen · bezig, N van M ingevuld ·
 * fouten te herstellen · klaar om in te leveren), one sentence with the next step, and one primary button that
 * takes that step (begin, the next empty cell, the first mistake); the final check and Controleren beside it.
 * When the return is klaar but its judgement is not green, one sentence says why both are true.
 */
import {
  Body1,
  Button,
  Caption1,
  ProgressBar,
  Subtitle1,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import type { ReturnProgress, ReturnState } from "../../../core/engine/progress";
import type { Issue } from "../../../core/issues";
import type { NextAction } from "../../../core";

const useStyles = makeStyles({
  card: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalM,
    borderRadius: tokens.borderRadiusMedium,
    borderLeft: `4px solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  niet_begonnen: { borderLeftColor: tokens.colorNeutralStroke1 },
  bezig: { borderLeftColor: tokens.colorBrandStroke1 },
  fouten: {
    borderLeftColor: tokens.colorStatusDangerBorderActive,
    backgroundColor: tokens.colorStatusDangerBackground1,
  },
  klaar: {
    borderLeftColor: tokens.colorStatusSuccessBorderActive,
    backgroundColor: tokens.colorStatusSuccessBackground1,
  },
  title: { margin: 0 },
  text: { overflowWrap: "anywhere" },
  actions: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  muted: { color: tokens.colorNeutralForeground2 },
});

export function ReturnStatus(props: {
  progress: ReturnProgress;
  /** The next step as the primary button, or null. */
  next: NextAction | null;
  /** Why klaar stands beside a judgement that is not green, or null. */
  note: string | null;
  onGoto: (i: Issue) => void;
  onCheck: () => void;
  onFinalCheck: (on: boolean) => void;
}) {
  const s = useStyles();
  const p = props.progress;
  const state: ReturnState = p.staat;
  return (
    <section
      className={mergeClasses(s.card, s[state])}
      aria-labelledby="staat-kop"
      data-testid="staat"
      data-staat={state}
    >
      <Subtitle1 as="h2" id="staat-kop" className={s.title}>
        {p.titel}
      </Subtitle1>
      {p.vereist > 0 && state !== "klaar" ? (
        <ProgressBar
          value={p.ingevuld / p.vereist}
          thickness="medium"
          aria-label={`${p.ingevuld} van ${p.vereist} verplichte cellen ingevuld`}
        />
      ) : null}
      <Body1 className={s.text} data-testid="volgende-stap">
        {p.volgendeStap}
      </Body1>
      {props.note ? (
        <Body1 className={s.text} data-testid="klaar-en-oordeel">
          {props.note}
        </Body1>
      ) : null}
      {p.eindcontrole ? (
        <Caption1 className={s.muted}>Eindcontrole: lege verplichte cellen tellen nu als fout.</Caption1>
      ) : null}
      <div className={s.actions}>
        {props.next ? (
          <Button
            appearance="primary"
            onClick={() => props.onGoto(props.next!.issue)}
            data-testid="volgende-knop"
          >
            {props.next.tekst}
          </Button>
        ) : null}
        {state === "klaar" || state === "niet_begonnen" ? null : p.eindcontrole ? (
          <Button onClick={() => props.onFinalCheck(false)}>Verder met invullen</Button>
        ) : (
          <Button onClick={() => props.onFinalCheck(true)}>Eindcontrole</Button>
        )}
        <Button onClick={props.onCheck}>Controleren</Button>
      </div>
    </section>
  );
}
