/**
 * Landelijk overzicht: import first (pick or drop the returned workbooks; the national sheets go into a new
 * workbook unless the user chooses the open one, and a regional return is never written into unasked), then,
 * after an import, the overview at the top; the explanation of a selected cell in the national sheets comes at
 * the top of the pane and takes focus. Loading another monitor definition is an advanced, collapsed option.
 */
import {
  Body1,
  Caption1,
  Checkbox,
  Field,
  ProgressBar,
  Radio,
  RadioGroup,
  Subtitle2,
  Title3,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { useCallback, useEffect, useState, type DragEvent } from "react";
import type { PaneHost } from "../../host";
import { useNationalImport, type ImportTarget } from "./useNationalImport";
import { allWantedSources, runCheck, workbookKind } from "../check/workbook";
import { useReveal } from "../../shared/useReveal";
import { useSelectionExplanation } from "../../shared/useSelectionExplanation";
import { explainedSheets, nationalDefinition } from "./national";
import type { Monitor } from "../../../core/model";
import { Notice } from "../../shared/Notice";
import { paneNotice, statusText } from "../../shared/notices";
import { useGotoCell } from "../../shared/useGotoCell";
import { FilePicker, PICKERS } from "../../shared/FilePicker";
import { usePaneStyles } from "../../shared/styles";
import { FileList } from "./FileList";
import { NationalOverview } from "./NationalOverview";
import { ExplanationPanel } from "../../shared/ExplanationPanel";
import { DefinitionLoader } from "../definition/DefinitionLoader";
import { CompareRounds } from "../compare/CompareRounds";
import { SeriesRounds } from "../series/SeriesRounds";
import { Collapsed } from "../../shared/Collapsed";

const useStyles = makeStyles({
  drop: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalM,
    border: `2px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  dropActive: {
    border: `2px dashed ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorBrandBackground2,
  },
  progress: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  confirm: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
});

const NO_SHEETS: readonly string[] = [];

/** What the open workbook is, for the choice "In deze werkmap": a regional return is never written into unasked. */
type OpenWorkbook = { fase: "onbekend" } | { fase: "lezen" } | { fase: "gelezen"; regionaal: string | null };

export function NationalPane(props: { host: PaneHost }) {
  const s = { ...usePaneStyles(), ...useStyles() };
  const { host } = props;
  const [loadedDef, setLoadedDef] = useState<Monitor | null>(null);
  const imp = useNationalImport(host, loadedDef);
  const [dragging, setDragging] = useState(false);
  const [target, setTarget] = useState<ImportTarget>("nieuw");
  const [openWorkbook, setOpenWorkbook] = useState<OpenWorkbook>({ fase: "onbekend" });
  const [confirmed, setConfirmed] = useState(false);
  const explained = useSelectionExplanation(
    host,
    imp.written ? (imp.result?.index ?? null) : null,
    imp.result ? explainedSheets(imp.result.models) : NO_SHEETS,
    imp.result,
  );

  // Choosing the open workbook: read what it is (one read), so that a regional return is not written into unasked.
  useEffect(() => {
    if (target !== "open") return;
    let active = true;
    setOpenWorkbook({ fase: "lezen" });
    host.readWorkbook(allWantedSources()).then(
      (input) => {
        if (!active) return;
        const regional = workbookKind(input) === "regiomonitor";
        const unit = regional ? runCheck(input) : null;
        setOpenWorkbook({
          fase: "gelezen",
          regionaal: regional ? ((unit?.result.ok ? unit.result.ret.eenheid : null) ?? input.bestand) : null,
        });
      },
      // Not readable: treated as a regional return, so that the user is asked.
      () => active && setOpenWorkbook({ fase: "gelezen", regionaal: "onbekend" }),
    );
    return () => {
      active = false;
    };
  }, [host, target]);

  const needsConfirm =
    target === "open" && (openWorkbook.fase !== "gelezen" || (openWorkbook.regionaal !== null && !confirmed));

  const pick = useCallback(
    (files: readonly File[]) => {
      if (files.length > 0 && !needsConfirm) void imp.start(files, target);
    },
    [imp, target, needsConfirm],
  );

  const onDrop = (e: DragEvent<HTMLDivElement>) => {
    e.preventDefault();
    setDragging(false);
    if (!imp.busy) pick([...e.dataTransfer.files]);
  };

  const { goto: select, error: selectError, dismiss: dismissSelect } = useGotoCell(host);

  // The explanation of a selected cell comes at the top of the pane, scrolled into view and focused.
  const explanationRef = useReveal(explained.selected);

  const total = imp.lines.length;
  const progressText =
    imp.phase === "laden"
      ? statusText("taakvenster_lezer_laden", {})
      : imp.phase === "lezen"
        ? statusText("taakvenster_bestanden_lezen", { gelezen: imp.done, totaal: total })
        : imp.phase === "schrijven"
          ? imp.writtenTo === null && target === "nieuw"
            ? statusText("taakvenster_werkmap_maken", {})
            : statusText("taakvenster_bladen_schrijven", {})
          : imp.phase === "klaar"
            ? statusText("taakvenster_bestanden_gelezen", { aantal: total })
            : "";
  const def = nationalDefinition(loadedDef);
  const ownSheets = def.landelijk.map((n) => n.blad).filter((b, i, all) => all.indexOf(b) === i);
  const hasResult = !!imp.result && imp.phase !== "lezen" && imp.phase !== "laden";

  const importSection = (
    <section className={s.section} aria-labelledby="importeren-kop" data-testid="importeren">
      <Subtitle2 as="h2" id="importeren-kop">
        {hasResult ? "Opnieuw importeren" : "Werkmappen importeren"}
      </Subtitle2>
      <Field label="Waar komen de landelijke bladen?">
        <RadioGroup
          value={target}
          onChange={(_, d) => {
            setTarget(d.value as ImportTarget);
            setConfirmed(false);
          }}
          data-testid="doel"
        >
          <Radio value="nieuw" label="In een nieuwe werkmap (aanbevolen)" />
          <Radio value="open" label="In deze werkmap" />
        </RadioGroup>
      </Field>
      {target === "open" && openWorkbook.fase === "gelezen" && openWorkbook.regionaal !== null ? (
        <div className={s.confirm} data-testid="regionale-werkmap">
          <Notice
            melding={paneNotice("taakvenster_regionale_werkmap", { eenheid: openWorkbook.regionaal })}
          />
          <Checkbox
            checked={confirmed}
            onChange={(_, d) => setConfirmed(d.checked === true)}
            label="Toch in deze regionale werkmap schrijven"
          />
        </div>
      ) : null}
      <div
        className={mergeClasses(s.drop, dragging && s.dropActive)}
        data-testid="sleepvak"
        onDragOver={(e) => {
          e.preventDefault();
          e.dataTransfer.dropEffect = "copy";
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <Body1>Sleep de ingeleverde werkmappen (.xlsx) hierheen, of kies ze:</Body1>
        <FilePicker
          kind={PICKERS.werkmappen}
          appearance={hasResult ? "secondary" : "primary"}
          disabled={imp.busy || needsConfirm}
          onPick={pick}
        >
          Werkmappen kiezen…
        </FilePicker>
        {target === "open" ? (
          <Caption1 className={s.muted}>
            Opnieuw importeren vervangt alleen de bladen van Regiomonitor ({ownSheets.join(", ")}).
          </Caption1>
        ) : (
          <Caption1 className={s.muted}>Deze werkmap blijft zoals hij is.</Caption1>
        )}
        {loadedDef ? (
          <Caption1 className={s.muted} data-testid="monitor">
            Monitor: {loadedDef.naam} (versie {loadedDef.versie}), uit een definitiebestand.
          </Caption1>
        ) : null}
      </div>
      {imp.phase !== "leeg" ? (
        <div className={s.progress} aria-live="polite" data-testid="voortgang-import" data-fase={imp.phase}>
          <Field validationMessage={progressText} validationState="none">
            <ProgressBar
              value={total === 0 ? 0 : imp.phase === "laden" ? undefined : imp.done / total}
              max={1}
              thickness="large"
              aria-label={`Voortgang: ${imp.done} van ${total} bestanden gelezen`}
            />
          </Field>
        </div>
      ) : null}
    </section>
  );

  return (
    <main className={s.view}>
      <header className={s.header}>
        <Title3 as="h1" className={s.title}>
          Landelijk overzicht
        </Title3>
        <Caption1 className={s.muted}>
          Voeg de ingeleverde werkmappen samen tot de landelijke bladen. De bestanden worden alleen op deze
          computer gelezen; er gaat niets over het netwerk.
        </Caption1>
      </header>

      {imp.result && imp.written && explained.selected ? (
        <div ref={explanationRef} tabIndex={-1} className={s.anchor} data-testid="uitleg-anker">
          <ExplanationPanel
            selected={explained.selected}
            error={explained.error}
            onGoto={(sheet, cel) => select(sheet, cel)}
          />
        </div>
      ) : null}

      {imp.notice ? <Notice melding={imp.notice} onDismiss={imp.dismiss} /> : null}
      {selectError ? <Notice melding={selectError} onDismiss={dismissSelect} /> : null}

      {hasResult ? null : importSection}

      {hasResult && imp.result ? (
        <NationalOverview
          result={imp.result}
          onGoto={
            imp.written
              ? (row) =>
                  select(
                    imp.result!.def.landelijk.find((n) => n.soort === "retouren")?.blad ??
                      imp.result!.models[0].name,
                    `A${row}`,
                  )
              : undefined
          }
        />
      ) : null}

      {imp.result && imp.phase === "klaar" ? (
        <CompareRounds
          host={host}
          def={imp.result.def}
          report={imp.result.report}
          target={imp.writtenTo ?? target}
        />
      ) : null}

      {imp.result && imp.written && !explained.selected ? (
        <Caption1 className={s.muted} data-testid="uitleg">
          {explained.error ? `${explained.error.bericht} ` : ""}
          Selecteer in een landelijk blad een gekleurde cel of een percentage: hier ziet u dan hoe het is
          bepaald en uit welk bestand het komt.
        </Caption1>
      ) : null}

      {imp.result && imp.writtenTo === "nieuw" ? (
        <Caption1 className={s.muted} data-testid="uitleg-nieuwe-werkmap">
          In de nieuwe werkmap staat bij elk oordeel en percentage de uitleg in de kolom Uitleg. Wilt u die
          hier zien door een cel te selecteren? Importeer dan in deze werkmap.
        </Caption1>
      ) : null}

      {hasResult ? importSection : null}

      {imp.lines.length > 0 ? <FileList lines={imp.lines} /> : null}

      <SeriesRounds host={host} />

      <Collapsed summary="Geavanceerd: een andere monitor laden" testId="geavanceerd">
        <DefinitionLoader
          active={def}
          fromFile={loadedDef !== null}
          disabled={imp.busy}
          onLoad={setLoadedDef}
        />
      </Collapsed>
    </main>
  );
}
