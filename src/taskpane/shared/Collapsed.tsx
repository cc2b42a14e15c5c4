/** A section closed until the user opens it: a native <details> with a bold summary line. */
import { makeStyles, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";

const useStyles = makeStyles({
  details: {
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    paddingTop: tokens.spacingVerticalS,
  },
  summary: {
    cursor: "pointer",
    fontWeight: tokens.fontWeightSemibold,
    marginBottom: tokens.spacingVerticalS,
  },
});

export function Collapsed(props: { summary: string; testId: string; children: ReactNode }) {
  const s = useStyles();
  return (
    <details className={s.details} data-testid={props.testId}>
      <summary className={s.summary}>{props.summary}</summary>
      {props.children}
    </details>
  );
}
