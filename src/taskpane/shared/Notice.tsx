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

export function Notice(props: { melding: Issue; onDismiss?: () => void; actie?: ReactNode }) {
  const m = props.melding;
  const intent = INTENT[m.severity];
  return (
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
  );
}

/** A notice with the list of messages under it (each naming its file), e.g. why a picked file was not used. */
export function NoticeWithList(props: {
  melding: Issue;
  fouten: readonly string[];
  /** The list's test id. */
  testId: string;
  onDismiss?: () => void;
}) {
  const s = usePaneStyles();
  return (
    <>
      <Notice melding={props.melding} onDismiss={props.onDismiss} />
      <ul className={s.bullets} data-testid={props.testId}>
        {props.fouten.map((f, i) => (
          <li key={i}>
            <Caption1>{f}</Caption1>
          </li>
        ))}
      </ul>
    </>
  );
}
