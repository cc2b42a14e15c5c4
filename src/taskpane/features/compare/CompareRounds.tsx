/**
 * "Vergelijk met vorige meting": pick a previous round (the national workbook that Regiomonitor wrote, which
 * keeps the round in a very hidden sheet, or its JSON export), compare it with the round just imported and write
 * the `Vergelijking` sheet. To keep this round nothing is needed: the national sheets were written with the round
 * sheet, so saving this workbook is enough. "Kopieer deze meting (JSON)" puts the JSON on the clipboard (with a
 * Dutch notice when the webview refuses); "Download" stays where it works (not in Excel on Mac or iPad, where a
 * download link does nothing). Files are read on this computer; nothing goes over the network. The core reads
 * the file and compares (core/app/round-file.ts, compare-round.ts).
 */
import { Body1, Button, Caption1 } from "@fluentui/react-components";
import { useCallback, useState } from "react";
import type { Monitor } from "../../../core/model";
import type { NationalReport } from "../../../core/engine/national-types";
import type { Issue } from "../../../core/issues";
import { COMPARE_SHEET } from "../../../core/layout/compare";
import { ROUND_SHEET } from "../../../core/layout/round-sheet";
import { compareWithPrevious, currentRoundJson, exportFileName } from "../../../core";
import type { PaneHost } from "../../host";
import type { ImportTarget } from "../import/useNationalImport";
import { FilePicker, PICKERS } from "../../shared/FilePicker";
import { Notice, OutcomeArea, type Outcome } from "../../shared/Notice";
import { Feature } from "../../shared/Feature";
import { paneNotice, statusText, writeFailure } from "../../shared/notices";
import { loadXlsxReader, readPickedRound } from "../../shared/reader";
import { canDownload, downloadText } from "../../shared/download";
import { usePaneStyles } from "../../shared/styles";

type State =
  | { kind: "leeg" }
  | { kind: "bezig"; bestand: string }
  | ({ kind: "klaar" | "ongeldig" | "niet-geschreven" } & Outcome);

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
  const s = usePaneStyles();
  const { host, def, report, target } = props;
  const where = target === "nieuw" ? "de nieuwe landelijke werkmap" : "deze werkmap";
  const [state, setState] = useState<State>({ kind: "leeg" });

  const pick = useCallback(
    async (file: File | undefined) => {
      if (!file) return;
      const bestand = file.name;
      setState({ kind: "bezig", bestand });
      const read = await readPickedRound(file);
      const r = read.ok ? compareWithPrevious(read.text, bestand, def, report) : read;
      if (!r.ok) {
        const melding = paneNotice("taakvenster_vorige_meting_ongeldig", {}, bestand);
        setState({ kind: "ongeldig", melding, fouten: r.fouten });
        return;
      }
      try {
        if (target === "nieuw") {
          const reader = await loadXlsxReader();
          await host.createWorkbook(reader.workbookBase64([r.model]));
        } else await host.writeSheets([r.model]);
        const melding = paneNotice(
          "taakvenster_vergelijking_geschreven",
          { samenvatting: r.samenvatting },
          bestand,
        );
        setState({ kind: "klaar", melding });
      } catch (e) {
        setState({ kind: "niet-geschreven", melding: writeFailure(host.describeError(e)) });
      }
    },
    [host, def, report, target],
  );

  const [copy, setCopy] = useState<Issue | null>(null);
  const copyRound = useCallback(async () => {
    try {
      if (typeof navigator === "undefined" || !navigator.clipboard?.writeText)
        throw new Error("geen klembord");
      await navigator.clipboard.writeText(currentRoundJson(def, report));
      setCopy(paneNotice("taakvenster_gekopieerd", {}));
    } catch {
      setCopy(paneNotice("taakvenster_klembord_geweigerd", { blad: ROUND_SHEET, waar: where }));
    }
  }, [def, report, where]);

  const dismiss = () => setState({ kind: "leeg" });
  const copyStatus = copy === null ? "leeg" : copy.severity === "info" ? "gekopieerd" : "geweigerd";
  return (
    <Feature id="vergelijk" titel="Vergelijk met vorige meting" testId="vergelijk">
      <Body1>
        Kies de landelijke werkmap van een vorige meting (.xlsx, gemaakt met dit taakvenster of met
        &lsquo;regiomonitor aggregate&rsquo;) of de JSON-export ervan.{" "}
        {target === "nieuw"
          ? `Het blad ${COMPARE_SHEET} komt in een nieuwe werkmap.`
          : `Het blad ${COMPARE_SHEET} wordt geschreven of vervangen.`}
      </Body1>
      <div className={s.buttons}>
        <FilePicker
          kind={PICKERS.vorigeMeting}
          appearance="primary"
          disabled={state.kind === "bezig"}
          onPick={(files) => void pick(files[0])}
        >
          Vorige meting kiezen…
        </FilePicker>
        <Button onClick={() => void copyRound()} data-testid="kopieer-meting">
          Kopieer deze meting (JSON)
        </Button>
        {canDownload() ? (
          <Button
            onClick={() =>
              downloadText(currentRoundJson(def, report), exportFileName(def), "application/json")
            }
            data-testid="exporteer-meting"
          >
            Download (JSON)
          </Button>
        ) : null}
      </div>
      <Caption1 className={s.muted}>
        Deze meting is bewaard in het verborgen blad &lsquo;{ROUND_SHEET}&rsquo; van {where}: sla die werkmap
        op en kies haar bij de volgende meting. Een JSON-bestand is dan niet nodig.
      </Caption1>
      <div aria-live="polite" data-testid="kopieer-uitslag" data-status={copyStatus}>
        {copy ? <Notice melding={copy} onDismiss={() => setCopy(null)} /> : null}
      </div>
      <OutcomeArea
        testId="vergelijk-uitslag"
        status={state.kind}
        bezig={
          state.kind === "bezig" ? (
            <Body1>{statusText("taakvenster_bezig_vergelijken", {}, state.bestand)}</Body1>
          ) : null
        }
        uitkomst={"melding" in state ? state : null}
        listTestId="vergelijk-fouten"
        onDismiss={dismiss}
      />
    </Feature>
  );
}
