/**
 * "Definitie laden": pick a monitor definition (.json, or a definition workbook .xlsx; see
 * docs/definitions.md); when it is valid, the next import of the Landelijk overzicht uses it; when not, the
 * Dutch messages name the path in the file, or the sheet, row and column of the workbook.
 */
import { Body1, Button, Caption1 } from "@fluentui/react-components";
import { useState } from "react";
import type { Monitor } from "../../../core/model";
import { definitionLabel, readDefinitionBytes, unreadableDefinition } from "./definition";
import { FilePicker, PICKERS } from "../../shared/FilePicker";
import { Notice, type Outcome } from "../../shared/Notice";
import { Feature } from "../../shared/Feature";
import { paneNotice } from "../../shared/notices";
import { usePaneStyles } from "../../shared/styles";

export function DefinitionLoader(props: {
  /** The definition the next import uses. */
  active: Monitor;
  /** True when `active` came from a file. */
  fromFile: boolean;
  disabled: boolean;
  onLoad: (def: Monitor | null) => void;
}) {
  const s = usePaneStyles();
  const [fout, setFout] = useState<Outcome | null>(null);

  const pick = async (file: File | undefined) => {
    if (!file) return;
    let r: Awaited<ReturnType<typeof readDefinitionBytes>>;
    try {
      r = await readDefinitionBytes(new Uint8Array(await file.arrayBuffer()), file.name);
    } catch (e) {
      r = unreadableDefinition(file.name, e instanceof Error ? e.message : String(e));
    }
    if (r.ok) {
      setFout(null);
      props.onLoad(r.def);
    } else {
      const melding = paneNotice(
        "taakvenster_definitie_niet_geladen",
        { aantal: r.fouten.length },
        file.name,
      );
      setFout({ melding, fouten: r.fouten });
    }
  };

  return (
    <Feature id="definitie" titel="Definitie" testId="definitie">
      <Body1 data-testid="actieve-definitie">
        Actief: {definitionLabel(props.active)}
        {props.fromFile ? " — uit een bestand" : " — ingebouwd"}
      </Body1>
      <div className={s.buttons}>
        <FilePicker
          kind={PICKERS.definitie}
          disabled={props.disabled}
          onPick={(files) => void pick(files[0])}
        >
          Definitie laden…
        </FilePicker>
        {props.fromFile ? (
          <Button
            appearance="subtle"
            disabledFocusable={props.disabled}
            onClick={() => {
              setFout(null);
              props.onLoad(null);
            }}
          >
            Ingebouwde definitie gebruiken
          </Button>
        ) : null}
      </div>
      <Caption1>
        {props.fromFile
          ? "De volgende import gebruikt deze definitie."
          : "De volgende import gebruikt de monitor die in de werkmappen staat; staat die er niet in, dan deze definitie."}
      </Caption1>
      {fout ? <Notice {...fout} listTestId="definitie-fouten" onDismiss={() => setFout(null)} /> : null}
    </Feature>
  );
}
