/**
 * Landelijk overzicht: pick (or drop) the returned workbooks, follow the reading per file, get the five national
 * sheets in the open workbook, see the overview first, and select a cell in those sheets to see why it is what
 * it is.
 */
import {
  Body1,
  Button,
  Caption1,
  Field,
  ProgressBar,
  Title3,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { useCallback, useId, useRef, useState, type DragEvent } from "react";
import type { PaneHost, HostErrorText } from "../host";
import { useNationalImport } from "../hooks/useNationalImport";
import { useSelectionExplanation } from "../hooks/useSelectionExplanation";
import { explainedSheets, nationalDefinition } from "../logic/national";
import type { Monitor } from "../../core/model";
import { Notice } from "./Notice";
import { FileList } from "./FileList";
import { NationalOverview } from "./NationalOverview";
import { ExplanationPanel } from "./ExplanationPanel";
import { DefinitionLoader } from "./DefinitionLoader";
import { CompareRounds } from "./CompareRounds";

const useStyles = makeStyles({
  root: {
    boxSizing: "border-box",
    maxWidth: "100%",
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
  },
  header: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  title: { margin: 0 },
  muted: { color: tokens.colorNeutralForeground2 },
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
  input: {
    // Visually hidden, still in the accessibility tree and reachable for assistive technology and tests.
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
  },
  progress: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
});

const NO_SHEETS: readonly string[] = [];

export function NationalPane(props: { host: PaneHost }) {
  const s = useStyles();
  const { host } = props;
  const [loadedDef, setLoadedDef] = useState<Monitor | null>(null);
  const imp = useNationalImport(host, loadedDef);
  const inputRef = useRef<HTMLInputElement>(null);
  const inputId = useId();
  const [dragging, setDragging] = useState(false);
  const [selectError, setSelectError] = useState<HostErrorText | null>(null);
  const explained = useSelectionExplanation(
    host,
    imp.written ? (imp.result?.index ?? null) : null,
    imp.result ? explainedSheets(imp.result.models) : NO_SHEETS,
    imp.result,
  );

  const pick = useCallback(
    (list: FileList | null) => {
      const files = list ? Array.from(list) : [];
      if (files.length > 0) void imp.start(files);
    },
    [imp],
  );

  const onDrop = (e: DragEvent<HTMLDivElement>) => {
    e.preventDefault();
    setDragging(false);
    if (!imp.busy) pick(e.dataTransfer.files);
  };

  const select = useCallback(
    (sheet: string, address: string) => {
      setSelectError(null);
      host.selectCell(sheet, address).catch((e: unknown) => setSelectError(host.describeError(e)));
    },
    [host],
  );

  const total = imp.lines.length;
  const progressText =
    imp.phase === "laden"
      ? "Lezer laden…"
      : imp.phase === "lezen"
        ? `Bestanden lezen: ${imp.done} van ${total}`
        : imp.phase === "schrijven"
          ? "Landelijke bladen schrijven…"
          : imp.phase === "klaar"
            ? `Klaar: ${total} ${total === 1 ? "bestand" : "bestanden"} gelezen`
            : "";

  return (
    <main className={s.root}>
      <header className={s.header}>
        <Title3 as="h1" className={s.title}>
          Landelijk overzicht
        </Title3>
        <Caption1 className={s.muted}>
          Voeg de ingeleverde werkmappen samen tot de landelijke bladen. De bestanden worden alleen op deze
          computer gelezen; er gaat niets over het netwerk.
        </Caption1>
      </header>

      <DefinitionLoader
        active={nationalDefinition(loadedDef)}
        fromFile={loadedDef !== null}
        disabled={imp.busy}
        onLoad={setLoadedDef}
      />

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
        <Body1>Sleep de werkmappen (.xlsx) hierheen, of kies ze:</Body1>
        <input
          ref={inputRef}
          id={inputId}
          className={s.input}
          type="file"
          multiple
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-label="Werkmappen kiezen"
          data-testid="bestanden"
          onChange={(e) => {
            pick(e.currentTarget.files);
            e.currentTarget.value = "";
          }}
        />
        <Button appearance="primary" disabledFocusable={imp.busy} onClick={() => inputRef.current?.click()}>
          Werkmappen kiezen…
        </Button>
        <Caption1 className={s.muted}>
          Opnieuw importeren vervangt alleen de bladen van Regiomonitor (
          {nationalDefinition(loadedDef)
            .landelijk.map((n) => n.blad)
            .filter((b, i, all) => all.indexOf(b) === i)
            .join(", ")}
          ).
        </Caption1>
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

      {imp.notice ? (
        <Notice
          intent={imp.notice.intent}
          titel={imp.notice.titel}
          bericht={imp.notice.bericht}
          onDismiss={imp.dismiss}
        />
      ) : null}
      {selectError ? (
        <Notice
          intent="error"
          titel="Cel niet geselecteerd"
          bericht={selectError.bericht}
          onDismiss={() => setSelectError(null)}
        />
      ) : null}

      {imp.result && imp.written && explained.selected ? (
        <ExplanationPanel
          selected={explained.selected}
          error={explained.error}
          onGoto={(sheet, cel) => select(sheet, cel)}
        />
      ) : null}

      {imp.result && imp.phase !== "lezen" ? (
        <NationalOverview
          result={imp.result}
          onGoto={(row) =>
            select(
              imp.result!.def.landelijk.find((n) => n.soort === "retouren")?.blad ??
                imp.result!.models[0].name,
              `A${row}`,
            )
          }
        />
      ) : null}

      {imp.result && imp.phase === "klaar" ? (
        <CompareRounds host={host} def={imp.result.def} report={imp.result.report} />
      ) : null}

      {imp.result && imp.written && !explained.selected ? (
        <ExplanationPanel
          selected={explained.selected}
          error={explained.error}
          onGoto={(sheet, cel) => select(sheet, cel)}
        />
      ) : null}

      {imp.lines.length > 0 ? <FileList lines={imp.lines} /> : null}
    </main>
  );
}
