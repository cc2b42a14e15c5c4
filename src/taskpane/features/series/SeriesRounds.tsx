/**
 * "Reeks van metingen": pick two or more national rounds of one monitor (the national workbooks or their JSON);
 * the pane writes the series sheets into this workbook: per item the national figures per round with a trend
 * chart, per unit its judgement per round, and the definition changes at the top. Files stay on this computer.
 */
import { Body1, Button, Caption1, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { useRef } from "react";
import type { PaneHost } from "../../host";
import { useSeriesWriter } from "./useSeriesWriter";
import { Notice } from "../../shared/Notice";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", alignItems: "flex-start", gap: tokens.spacingVerticalS },
  title: { margin: 0 },
  input: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
  },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  text: { overflowWrap: "anywhere" },
});

export function SeriesRounds(props: { host: PaneHost }) {
  const s = useStyles();
  const { state, pick, dismiss } = useSeriesWriter(props.host);
  const inputRef = useRef<HTMLInputElement>(null);
  return (
    <section className={s.root} aria-labelledby="reeks-kop" data-testid="reeks" data-status={state.kind}>
      <Subtitle2 as="h2" id="reeks-kop" className={s.title}>
        Reeks van metingen
      </Subtitle2>
      <Body1 className={s.text}>
        Kies twee of meer landelijke werkmappen (of JSON-exports) van dezelfde monitor. De metingen komen op
        volgorde van peildatum. De bladen van de reeks worden in deze werkmap geschreven of vervangen.
      </Body1>
      <input
        ref={inputRef}
        className={s.input}
        type="file"
        multiple
        accept=".xlsx,.json,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        aria-label="Metingen voor een reeks kiezen"
        data-testid="reeks-bestanden"
        onChange={(e) => {
          void pick([...(e.currentTarget.files ?? [])]);
          e.currentTarget.value = "";
        }}
      />
      <Button disabledFocusable={state.kind === "bezig"} onClick={() => inputRef.current?.click()}>
        Metingen kiezen…
      </Button>
      <div aria-live="polite" data-testid="reeks-uitslag">
        {state.kind === "bezig" ? <Caption1>{state.aantal} metingen lezen…</Caption1> : null}
        {state.kind === "klaar" ? (
          <Notice
            intent={state.meldingen.length > 0 ? "warning" : "success"}
            titel="Reeks geschreven"
            bericht={`${state.samenvatting} Bladen: ${state.bladen.join(", ")}.${state.meldingen.map((m) => ` Let op: ${m}`).join("")}`}
            onDismiss={dismiss}
          />
        ) : null}
        {state.kind === "niet-geschreven" ? (
          <Notice
            intent={state.geweigerd ? "warning" : "error"}
            titel={state.geweigerd ? "Niet geschreven" : "Schrijven mislukt"}
            bericht={state.bericht}
            onDismiss={dismiss}
          />
        ) : null}
        {state.kind === "ongeldig" ? (
          <>
            <Notice
              intent="error"
              titel="Geen reeks gemaakt"
              bericht="Niet elk gekozen bestand is een bruikbare landelijke meting; er is niets geschreven."
              onDismiss={dismiss}
            />
            <ul className={s.list} data-testid="reeks-fouten">
              {state.fouten.map((f, i) => (
                <li key={i}>
                  <Caption1>{f}</Caption1>
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </div>
    </section>
  );
}
