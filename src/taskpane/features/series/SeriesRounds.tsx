/**
 * "Reeks van metingen": pick two or more national rounds of one monitor (the national workbooks or their JSON);
 * the pane writes the series sheets into this workbook: per item the national figures per round with a trend
 * chart, per unit its judgement per round, and the definition changes at the top. Files stay on this computer.
 */
import { Body1, Caption1 } from "@fluentui/react-components";
import type { PaneHost } from "../../host";
import { useSeriesWriter } from "./useSeriesWriter";
import { FilePicker, ROUND_FILES } from "../../shared/FilePicker";
import { Notice } from "../../shared/Notice";
import { Feature } from "../../shared/Feature";
import { usePaneStyles } from "../../shared/styles";

export function SeriesRounds(props: { host: PaneHost }) {
  const s = usePaneStyles();
  const { state, pick, dismiss } = useSeriesWriter(props.host);
  return (
    <Feature id="reeks" titel="Reeks van metingen" testId="reeks" status={state.kind}>
      <Body1 className={s.text}>
        Kies twee of meer landelijke werkmappen (of JSON-exports) van dezelfde monitor. De metingen komen op
        volgorde van peildatum. De bladen van de reeks worden in deze werkmap geschreven of vervangen.
      </Body1>
      <FilePicker
        label="Metingen voor een reeks kiezen"
        testId="reeks-bestanden"
        accept={ROUND_FILES}
        multiple
        disabled={state.kind === "bezig"}
        onPick={(files) => void pick(files)}
      >
        Metingen kiezen…
      </FilePicker>
      <div aria-live="polite" data-testid="reeks-uitslag">
        {state.kind === "bezig" ? <Caption1>{state.aantal} metingen lezen…</Caption1> : null}
        {"melding" in state ? (
          <Notice
            melding={state.melding}
            fouten={state.fouten}
            listTestId="reeks-fouten"
            onDismiss={dismiss}
          />
        ) : null}
      </div>
    </Feature>
  );
}
