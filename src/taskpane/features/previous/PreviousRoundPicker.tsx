/**
 * "Vorige ronde": pick the national round of last time (the national workbook or its JSON). With a round
 * loaded, a new workbook gets the unit's previous answers beside each item, the check says what changed since,
 * and the Samenvatting sets each answer beside the national figures of that round. Files stay on this computer.
 */
import { Body1, Button, Caption1, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { useRef } from "react";
import type { PreviousRoundState } from "./usePreviousRound";
import { Notice } from "../../shared/Notice";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", alignItems: "flex-start", gap: tokens.spacingVerticalS },
  title: { margin: 0 },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
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

export function PreviousRoundPicker(props: {
  state: PreviousRoundState;
  onPick: (file: File | undefined) => void;
  onClear: () => void;
}) {
  const s = useStyles();
  const { state } = props;
  const inputRef = useRef<HTMLInputElement>(null);
  return (
    <section
      className={s.root}
      aria-labelledby="vorige-ronde-kop"
      data-testid="vorige-ronde"
      data-status={state.kind}
    >
      <Subtitle2 as="h2" id="vorige-ronde-kop" className={s.title}>
        Vorige ronde
      </Subtitle2>
      {state.kind === "geladen" ? (
        <Body1 className={s.text} data-testid="vorige-ronde-naam">
          Geladen: {state.vorige.bestand} ({state.vorige.ronde}).
        </Body1>
      ) : (
        <Body1 className={s.text}>
          Heeft u de landelijke werkmap van de vorige ronde (of de JSON-export ervan)? Kies die dan hier. Uw
          werkmap krijgt dan uw vorige antwoorden naast elk onderdeel, en de controle laat zien wat er
          sindsdien is veranderd.
        </Body1>
      )}
      <input
        ref={inputRef}
        className={s.input}
        type="file"
        accept=".xlsx,.json,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        aria-label="Vorige ronde (landelijke werkmap of JSON) kiezen"
        data-testid="vorige-ronde-bestand"
        onChange={(e) => {
          props.onPick(e.currentTarget.files?.[0]);
          e.currentTarget.value = "";
        }}
      />
      <div className={s.buttons}>
        <Button disabledFocusable={state.kind === "bezig"} onClick={() => inputRef.current?.click()}>
          {state.kind === "geladen" ? "Andere vorige ronde kiezen…" : "Vorige ronde kiezen…"}
        </Button>
        {state.kind === "geladen" ? <Button onClick={props.onClear}>Vorige ronde weghalen</Button> : null}
      </div>
      {state.kind === "bezig" ? <Caption1>{state.bestand} lezen…</Caption1> : null}
      {state.kind === "ongeldig" ? (
        <>
          <Notice
            intent="error"
            titel="Vorige ronde niet gelezen"
            bericht={`${state.bestand} is geen bruikbare vorige ronde (landelijke werkmap of JSON-export).`}
            onDismiss={props.onClear}
          />
          <ul className={s.list} data-testid="vorige-ronde-fouten">
            {state.fouten.map((f, i) => (
              <li key={i}>
                <Caption1>{f}</Caption1>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
