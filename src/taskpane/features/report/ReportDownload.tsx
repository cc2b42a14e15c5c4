/**
 * "Rapport om te publiceren": builds the national HTML report (src/report, the same as `regiomonitor
 * rapport`) from the round just imported and offers it as a file to save. The report module (with its
 * charting library) is loaded as its own chunk ("report") only when the user asks for the report; the HTML
 * is made in the pane, nothing goes over the network. In Excel on Mac and iPad a download link does
 * nothing, so there the pane says to use the command line.
 */
import { Body1, Button, Caption1, Link } from "@fluentui/react-components";
import { useCallback, useEffect, useState } from "react";
import { toNationalJson } from "../../../core/engine/json";
import type { Issue } from "../../../core/issues";
import type { NationalResult } from "../import/national";
import { Notice } from "../../shared/Notice";
import { Feature } from "../../shared/Feature";
import { paneNotice } from "../../shared/notices";
import { canDownload } from "../../shared/download";
import { usePaneStyles } from "../../shared/styles";

type State =
  | { kind: "leeg" }
  | { kind: "bezig" }
  | { kind: "klaar"; url: string; naam: string; kb: number }
  | { kind: "fout"; melding: Issue };

export function ReportDownload(props: { result: NationalResult }) {
  const s = usePaneStyles();
  const { def, report } = props.result;
  const [state, setState] = useState<State>({ kind: "leeg" });

  // A new import makes the old report stale: forget it and free its memory.
  useEffect(() => {
    setState({ kind: "leeg" });
  }, [def, report]);
  useEffect(() => {
    if (state.kind !== "klaar") return;
    const url = state.url;
    return () => URL.revokeObjectURL(url);
  }, [state]);

  const make = useCallback(async () => {
    setState({ kind: "bezig" });
    try {
      const { buildReportHtml, reportFileName } = await import(
        /* webpackChunkName: "report" */ "../../../report"
      );
      const json = toNationalJson(def, report);
      const blob = new Blob([buildReportHtml(json)], { type: "text/html;charset=utf-8" });
      setState({
        kind: "klaar",
        url: URL.createObjectURL(blob),
        naam: reportFileName(json),
        kb: Math.ceil(blob.size / 1024),
      });
    } catch (e) {
      const reden = e instanceof Error ? e.message.slice(0, 120) : "onbekende fout";
      setState({ kind: "fout", melding: paneNotice("taakvenster_geen_rapport", { reden }) });
    }
  }, [def, report]);

  return (
    <Feature id="rapport" titel="Rapport om te publiceren" testId="rapport">
      <Body1>
        Een landelijk rapport van deze meting: tabellen, grafieken en een factsheet per{" "}
        {def.eenheden?.soort ?? "onderdeel"}. U opent het in een browser en drukt het af of slaat het op als
        PDF (A4).
      </Body1>
      {canDownload() ? (
        <Button appearance="secondary" onClick={() => void make()} disabled={state.kind === "bezig"}>
          {state.kind === "bezig" ? "Rapport wordt gemaakt…" : "Rapport maken"}
        </Button>
      ) : (
        <Caption1 className={s.muted}>
          In Excel op een Mac of iPad kan het taakvenster geen bestand opslaan. Bewaar de landelijke werkmap
          en maak het rapport met: regiomonitor rapport landelijk.xlsx -o rapport.html
        </Caption1>
      )}
      {state.kind === "klaar" ? (
        <Body1 data-testid="rapport-klaar">
          Klaar:{" "}
          <Link href={state.url} download={state.naam}>
            {state.naam} opslaan
          </Link>{" "}
          ({state.kb} kB)
        </Body1>
      ) : null}
      {state.kind === "fout" ? <Notice melding={state.melding} /> : null}
    </Feature>
  );
}
