/**
 * A Dutch message bar: what happened and what to do. It shows a message of the catalogue (src/core/issues.ts):
 * the code's heading and the message rendered from the issue's data; fout is an error, waarschuwing a warning,
 * info a success (the pane tells what it did).
 */
import {
  Button,
  Caption1,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import type { ReactNode } from "react";
import { issueTitle, type Issue, type Severity } from "../../core/issues";
import { usePaneStyles } from "./styles";

const INTENT: Record<Severity, "error" | "warning" | "success"> = {
  fout: "error",
  waarschuwing: "warning",
  info: "success",
};

/** What an action came to: a notice, and the messages about the files it used, if any. */
export interface Outcome {
  melding: Issue;
  fouten?: readonly string[];
}

/**
 * A notice, with the list of messages under it (each naming its file) when `fouten` is given, e.g. why a
 * picked file was not used. `listTestId`: the list's test id.
 */
export function Notice(props: {
  melding: Issue;
  fouten?: readonly string[];
  listTestId?: string;
  onDismiss?: () => void;
  actie?: ReactNode;
}) {
  const s = usePaneStyles();
  const m = props.melding;
  const intent = INTENT[m.severity];
  return (
    <>
      <MessageBar
        intent={intent}
        layout="multiline"
        politeness={intent === "error" ? "assertive" : "polite"}
        data-intent={intent}
        data-code={m.code}
      >
        <MessageBarBody>
          <MessageBarTitle>{issueTitle(m.code)}</MessageBarTitle> {m.bericht}
        </MessageBarBody>
        {props.actie || props.onDismiss ? (
          <MessageBarActions>
            {props.actie}
            {props.onDismiss ? (
              <Button size="small" appearance="transparent" onClick={props.onDismiss}>
                Sluiten
              </Button>
            ) : null}
          </MessageBarActions>
        ) : null}
      </MessageBar>
      {props.fouten ? (
        <ul className={s.bullets} data-testid={props.listTestId}>
          {props.fouten.map((f, i) => (
            <li key={i}>
              <Caption1>{f}</Caption1>
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}

/** Where an action's outcome appears, read out when it changes: what is under way, then its notice. */
export function OutcomeArea(props: {
  testId: string;
  status?: string;
  /** What is under way, or null. */
  bezig: ReactNode;
  uitkomst: Outcome | null;
  listTestId: string;
  onDismiss: () => void;
}) {
  const u = props.uitkomst;
  return (
    <div aria-live="polite" data-testid={props.testId} data-status={props.status}>
      {props.bezig}
      {u ? (
        <Notice
          melding={u.melding}
          fouten={u.fouten}
          listTestId={props.listTestId}
          onDismiss={props.onDismiss}
        />
      ) : null}
    </div>
  );
}
