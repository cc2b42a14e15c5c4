/**
 * "Vergelijk met vorige meting": pick the JSON export of a previous round, compare it with the round just
 * imported and write the `Vergelijking` sheet; and "Exporteer deze meting (JSON)" to keep this round for the
 * next comparison. Files are read on this computer; the export is a download from memory (no network).
 */
import { Body1, Button, Caption1, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { useCallback, useRef, useState } from "react";
import type { Monitor } from "../../core/model";
import type { NationalReport } from "../../core/engine/national-types";
import { COMPARE_SHEET } from "../../core/compare/layout";
import type { PaneHost } from "../host";
import { compareWithPrevious, currentRoundJson, exportFileName } from "../logic/compare";
import { Notice } from "./Notice";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", alignItems: "flex-start", gap: tokens.spacingVerticalS },
  title: { margin: 0 },
  muted: { color: tokens.colorNeutralForeground2 },
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

type State =
  | { kind: "leeg" }
  | { kind: "bezig"; bestand: string }
  | { kind: "klaar"; bestand: string; samenvatting: string }
  | { kind: "ongeldig"; bestand: string; fouten: string[] }
  | { kind: "niet-geschreven"; bestand: string; bericht: string; geweigerd: boolean };

export function CompareRounds(props: { host: PaneHost; def: Monitor; report: NationalReport }) {
  const s = useStyles();
  const { host, def, report } = props;
  const inputRef = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<State>({ kind: "leeg" });

  const pick = useCallback(
    async (file: File | undefined) => {
      if (!file) return;
      setState({ kind: "bezig", bestand: file.name });
      let text: string;
      try {
        text = await file.text();
      } catch (e) {
        setState({
          kind: "ongeldig",
          bestand: file.name,
          fouten: [`${file.name}: kon niet worden gelezen (${e instanceof Error ? e.message : String(e)}).`],
        });
        return;
      }
      const r = compareWithPrevious(text, file.name, def, report);
      if (!r.ok) {
        setState({ kind: "ongeldig", bestand: file.name, fouten: r.fouten });
        return;
      }
      try {
        await host.writeSheets([r.model]);
        setState({ kind: "klaar", bestand: file.name, samenvatting: r.samenvatting });
      } catch (e) {
        const t = host.describeError(e);
        setState({ kind: "niet-geschreven", bestand: file.name, bericht: t.bericht, geweigerd: t.geweigerd });
      }
    },
    [host, def, report],
  );

  const exportRound = useCallback(() => {
    const blob = new Blob([currentRoundJson(def, report)], { type: "application/json" });
    const url = URL.createObjectURL(blob);
    const a = document.createElement("a");
    a.href = url;
    a.download = exportFileName(def);
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }, [def, report]);

  const busy = state.kind === "bezig";
  return (
    <section className={s.root} aria-labelledby="vergelijk-titel" data-testid="vergelijk">
      <Subtitle2 as="h2" id="vergelijk-titel" className={s.title}>
        Vergelijk met vorige meting
      </Subtitle2>
      <Body1>
        Kies de JSON-export van een vorige meting (gemaakt met &lsquo;Exporteer deze meting&rsquo; of met
        &lsquo;regiomonitor aggregate --json&rsquo;). Het blad {COMPARE_SHEET} wordt geschreven of vervangen.
      </Body1>
      <input
        ref={inputRef}
        className={s.input}
        type="file"
        accept=".json,application/json"
        aria-label="Vorige meting (JSON) kiezen"
        data-testid="vorige-meting"
        onChange={(e) => {
          void pick(e.currentTarget.files?.[0]);
          e.currentTarget.value = "";
        }}
      />
      <div className={s.buttons}>
        <Button appearance="primary" disabledFocusable={busy} onClick={() => inputRef.current?.click()}>
          Vorige meting kiezen…
        </Button>
        <Button onClick={exportRound} data-testid="exporteer-meting">
          Exporteer deze meting (JSON)
        </Button>
      </div>
      <Caption1 className={s.muted}>
        Bewaar de export van deze meting om de volgende meting ermee te vergelijken.
      </Caption1>
      <div aria-live="polite" data-testid="vergelijk-uitslag" data-status={state.kind}>
        {state.kind === "bezig" ? <Body1>{state.bestand} vergelijken…</Body1> : null}
        {state.kind === "klaar" ? (
          <Notice
            intent="success"
            titel={`${COMPARE_SHEET} geschreven`}
            bericht={`Vorige meting: ${state.bestand}. ${state.samenvatting}`}
            onDismiss={() => setState({ kind: "leeg" })}
          />
        ) : null}
        {state.kind === "niet-geschreven" ? (
          <Notice
            intent={state.geweigerd ? "warning" : "error"}
            titel={state.geweigerd ? "Niet geschreven" : "Schrijven mislukt"}
            bericht={state.bericht}
            onDismiss={() => setState({ kind: "leeg" })}
          />
        ) : null}
        {state.kind === "ongeldig" ? (
          <>
            <Notice
              intent="error"
              titel="Vorige meting niet gelezen"
              bericht={`${state.bestand} is geen bruikbare landelijke export; er is niets vergeleken of geschreven.`}
              onDismiss={() => setState({ kind: "leeg" })}
            />
            <ul className={s.list} data-testid="vergelijk-fouten">
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
