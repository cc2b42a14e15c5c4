/** A feature's section of the pane: its heading (h2) and what follows, left aligned under each other. */
import { Subtitle2 } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { usePaneStyles } from "./styles";

export function Feature(props: {
  /** The heading's id is `${id}-kop`. */
  id: string;
  titel: string;
  testId: string;
  /** The feature's state, for tests and styles (`data-status`). */
  status?: string;
  children: ReactNode;
}) {
  const s = usePaneStyles();
  const kop = `${props.id}-kop`;
  return (
    <section
      className={s.feature}
      aria-labelledby={kop}
      data-testid={props.testId}
      data-status={props.status}
    >
      <Subtitle2 as="h2" id={kop} className={s.title}>
        {props.titel}
      </Subtitle2>
      {props.children}
    </section>
  );
}
