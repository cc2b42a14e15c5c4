/**
 * "Definitie laden": pick a monitor definition (.json, or a definition workbook .xlsx; see
 * docs/definitions.md); when it is valid, the next import of the Landelijk overzicht uses it; when not, the
 * Dutch messages name the path in the file, or the sheet, row and column of the workbook.
 */
import { Body1, Button, Caption1, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { useRef, useState } from "react";
import type { Monitor } from "../../../core/model";
import { definitionLabel, readDefinitionBytes, unreadableDefinition } from "./definition";
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
});

export function DefinitionLoader(props: {
  /** The definition the next import uses. */
  active: Monitor;
  /** True when `active` came from a file. */
  fromFile: boolean;
  disabled: boolean;
  onLoad: (def: Monitor | null) => void;
}) {
  const s = useStyles();
  const inputRef = useRef<HTMLInputElement>(null);
  const [fout, setFout] = useState<{ bestand: string; fouten: string[] } | null>(null);

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
      setFout({ bestand: file.name, fouten: r.fouten });
    }
  };

  return (
    <section className={s.root} aria-labelledby="definitie-titel" data-testid="definitie">
      <Subtitle2 as="h2" id="definitie-titel" className={s.title}>
        Definitie
      </Subtitle2>
      <Body1 data-testid="actieve-definitie">
        Actief: {definitionLabel(props.active)}
        {props.fromFile ? " — uit een bestand" : " — ingebouwd"}
      </Body1>
      <input
        ref={inputRef}
        className={s.input}
        type="file"
        accept=".json,.xlsx,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        aria-label="Definitie (JSON of Excel-werkmap) kiezen"
        data-testid="definitie-bestand"
        onChange={(e) => {
          void pick(e.currentTarget.files?.[0]);
          e.currentTarget.value = "";
        }}
      />
      <div className={s.buttons}>
        <Button disabledFocusable={props.disabled} onClick={() => inputRef.current?.click()}>
          Definitie laden…
        </Button>
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
      {fout ? (
        <div data-testid="definitie-fouten">
          <Notice
            intent="error"
            titel="Definitie niet geladen"
            bericht={`${fout.bestand} bevat ${fout.fouten.length === 1 ? "een fout" : `${fout.fouten.length} fouten`}; de actieve definitie is niet gewijzigd.`}
            onDismiss={() => setFout(null)}
          />
          <ul className={s.list}>
            {fout.fouten.map((f, i) => (
              <li key={i}>
                <Caption1>{f}</Caption1>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
