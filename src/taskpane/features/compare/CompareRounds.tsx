/**
 * "Vergelijk met vorige meting": pick a previous round (the national workbook that Regiomonitor wrote, which
 * keeps the round in a very hidden sheet, or its JSON export), compare it with the round just imported and write
 * the `Vergelijking` sheet. To keep this round nothing is needed: the national sheets were written with the round
 * sheet, so saving this workbook is enough. "Kopieer deze meting (JSON)" puts the JSON on the clipboard (with a
 * Dutch notice when the webview refuses); "Download" stays where it works (not in Excel on Mac or iPad, where a
 * download link does nothing). Files are read on this computer; nothing goes over the network.
 */
import { Body1, Button, Caption1, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { useCallback, useRef, useState } from "react";
import type { Monitor } from "../../../core/model";
import type { NationalReport } from "../../../core/engine/national-types";
import { COMPARE_SHEET } from "../../../core/compare/layout";
import type { PaneHost } from "../../host";
import { compareWithPrevious, currentRoundJson, exportFileName, previousRoundText } from "./compare";
import { loadXlsxReader } from "../import/national";
import { ROUND_SHEET } from "../../../core/layout/round-sheet";
import type { ImportTarget } from "../import/useNationalImport";
import { Notice } from "../../shared/Notice";

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

type Copy = { kind: "leeg" } | { kind: "gekopieerd" } | { kind: "geweigerd" };

/** Excel on Mac and iPad (WKWebView): a download link does nothing there. */
function downloadWorks(): boolean {
  return !/Macintosh|iPad|iPhone/.test(typeof navigator === "undefined" ? "" : navigator.userAgent);
}

/**
 * `target`: where the import put the national sheets; the Vergelijking goes the same way (a new workbook of
 * its own, or the open workbook).
 */
export function CompareRounds(props: {
  host: PaneHost;
  def: Monitor;
  report: NationalReport;
  target: ImportTarget;
}) {
  const s = useStyles();
  const { host, def, report, target } = props;
  const where = target === "nieuw" ? "de nieuwe landelijke werkmap" : "deze werkmap";
  const inputRef = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<State>({ kind: "leeg" });

  const pick = useCallback(
    async (file: File | undefined) => {
      if (!file) return;
      setState({ kind: "bezig", bestand: file.name });
      let text: string;
      try {
        const read = await previousRoundText(
          new Uint8Array(await file.arrayBuffer()),
          file.name,
          loadXlsxReader,
        );
        if (!read.ok) {
          setState({ kind: "ongeldig", bestand: file.name, fouten: read.fouten });
          return;
        }
        text = read.text;
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
        if (target === "nieuw") {
          const reader = await loadXlsxReader();
          await host.createWorkbook(reader.workbookBase64([r.model]));
        } else await host.writeSheets([r.model]);
        setState({ kind: "klaar", bestand: file.name, samenvatting: r.samenvatting });
      } catch (e) {
        const t = host.describeError(e);
        setState({ kind: "niet-geschreven", bestand: file.name, bericht: t.bericht, geweigerd: t.geweigerd });
      }
    },
    [host, def, report, target],
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

  const [copy, setCopy] = useState<Copy>({ kind: "leeg" });
  const copyRound = useCallback(async () => {
    try {
      if (typeof navigator === "undefined" || !navigator.clipboard?.writeText)
        throw new Error("geen klembord");
      await navigator.clipboard.writeText(currentRoundJson(def, report));
      setCopy({ kind: "gekopieerd" });
    } catch {
      setCopy({ kind: "geweigerd" });
    }
  }, [def, report]);

  const busy = state.kind === "bezig";
  return (
    <section className={s.root} aria-labelledby="vergelijk-titel" data-testid="vergelijk">
      <Subtitle2 as="h2" id="vergelijk-titel" className={s.title}>
        Vergelijk met vorige meting
      </Subtitle2>
      <Body1>
        Kies de landelijke werkmap van een vorige meting (.xlsx, gemaakt met dit taakvenster of met
        &lsquo;regiomonitor aggregate&rsquo;) of de JSON-export ervan.{" "}
        {target === "nieuw"
          ? `Het blad ${COMPARE_SHEET} komt in een nieuwe werkmap.`
          : `Het blad ${COMPARE_SHEET} wordt geschreven of vervangen.`}
      </Body1>
      <input
        ref={inputRef}
        className={s.input}
        type="file"
        accept=".xlsx,.json,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        aria-label="Vorige meting (landelijke werkmap of JSON) kiezen"
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
        <Button onClick={() => void copyRound()} data-testid="kopieer-meting">
          Kopieer deze meting (JSON)
        </Button>
        {downloadWorks() ? (
          <Button onClick={exportRound} data-testid="exporteer-meting">
            Download (JSON)
          </Button>
        ) : null}
      </div>
      <Caption1 className={s.muted}>
        Deze meting is bewaard in het verborgen blad &lsquo;{ROUND_SHEET}&rsquo; van {where}: sla die werkmap
        op en kies haar bij de volgende meting. Een JSON-bestand is dan niet nodig.
      </Caption1>
      <div aria-live="polite" data-testid="kopieer-uitslag" data-status={copy.kind}>
        {copy.kind === "gekopieerd" ? (
          <Notice
            intent="success"
            titel="Gekopieerd"
            bericht="De meting (JSON) staat op het klembord. Plak haar in een leeg tekstbestand (Kladblok of TextEdit) en sla dat op met de extensie .json."
            onDismiss={() => setCopy({ kind: "leeg" })}
          />
        ) : null}
        {copy.kind === "geweigerd" ? (
          <Notice
            intent="warning"
            titel="Kopiëren is hier niet toegestaan"
            bericht={`Excel staat het klembord hier niet toe. Dat is niet erg: deze meting staat al in het verborgen blad '${ROUND_SHEET}' van ${where}. Sla de werkmap op en kies haar bij de volgende meting met 'Vorige meting kiezen…'. Een JSON-bestand kunt u ook maken met 'regiomonitor aggregate --json'.`}
            onDismiss={() => setCopy({ kind: "leeg" })}
          />
        ) : null}
      </div>
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
              bericht={`${state.bestand} is geen bruikbare vorige meting (landelijke werkmap of JSON-export); er is niets vergeleken of geschreven.`}
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
