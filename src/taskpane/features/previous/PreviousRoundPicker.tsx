/**
 * "Vorige ronde": pick the national round of last time (the national workbook or its JSON). With a round
 * loaded, a new workbook gets the unit's previous answers beside each item, the check says what changed since,
 * and the Samenvatting sets each answer beside the national figures of that round. Files stay on this computer.
 */
import { Body1, Button, Caption1 } from "@fluentui/react-components";
import type { PreviousRoundState } from "./usePreviousRound";
import { FilePicker, PICKERS } from "../../shared/FilePicker";
import { Notice } from "../../shared/Notice";
import { Feature } from "../../shared/Feature";
import { statusText } from "../../shared/notices";
import { usePaneStyles } from "../../shared/styles";

export function PreviousRoundPicker(props: {
  state: PreviousRoundState;
  onPick: (file: File | undefined) => void;
  onClear: () => void;
}) {
  const s = usePaneStyles();
  const { state } = props;
  return (
    <Feature id="vorige-ronde" titel="Vorige ronde" testId="vorige-ronde" status={state.kind}>
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
      <div className={s.buttons}>
        <FilePicker
          kind={PICKERS.vorigeRonde}
          disabled={state.kind === "bezig"}
          onPick={(files) => props.onPick(files[0])}
        >
          {state.kind === "geladen" ? "Andere vorige ronde kiezen…" : "Vorige ronde kiezen…"}
        </FilePicker>
        {state.kind === "geladen" ? <Button onClick={props.onClear}>Vorige ronde weghalen</Button> : null}
      </div>
      {state.kind === "bezig" ? (
        <Caption1>{statusText("taakvenster_bestand_lezen", {}, state.bestand)}</Caption1>
      ) : null}
      {state.kind === "ongeldig" ? (
        <Notice {...state.uitkomst} listTestId="vorige-ronde-fouten" onDismiss={props.onClear} />
      ) : null}
    </Feature>
  );
}
