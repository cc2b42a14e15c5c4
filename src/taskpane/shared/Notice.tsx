/** A Dutch message bar: what happened and what to do. */
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import type { ReactNode } from "react";

export function Notice(props: {
  intent: "success" | "warning" | "error" | "info";
  titel: string;
  bericht: string;
  onDismiss?: () => void;
  actie?: ReactNode;
}) {
  return (
    <MessageBar
      intent={props.intent}
      layout="multiline"
      politeness={props.intent === "error" ? "assertive" : "polite"}
      data-intent={props.intent}
    >
      <MessageBarBody>
        <MessageBarTitle>{props.titel}</MessageBarTitle> {props.bericht}
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
