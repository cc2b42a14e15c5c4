/**
 * "Reeks van metingen": pick two or more national rounds of one monitor (the national workbooks or their JSON);
 * the pane writes the series sheets into this workbook: per item the national figures per round with a trend
 * chart, per unit its judgement per round, and the definition changes at the top. Files stay on this computer.
 */
import { Body1, Caption1 } from "@fluentui/react-components";
import type { PaneHost } from "../../host";
import { useSeriesWriter } from "./useSeriesWriter";
import { FilePicker, PICKERS } from "../../shared/FilePicker";
import { OutcomeArea } from "../../shared/Notice";
import { statusText } from "../../shared/notices";
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
      <FilePicker kind={PICKERS.reeks} disabled={state.kind === "bezig"} onPick={(files) => void pick(files)}>
        Metingen kiezen…
      </FilePicker>
      <OutcomeArea
        testId="reeks-uitslag"
        bezig={
          state.kind === "bezig" ? (
            <Caption1>{statusText("taakvenster_metingen_lezen", { aantal: state.aantal })}</Caption1>
          ) : null
        }
        uitkomst={"melding" in state ? state : null}
        listTestId="reeks-fouten"
        onDismiss={dismiss}
      />
    </Feature>
  );
}
