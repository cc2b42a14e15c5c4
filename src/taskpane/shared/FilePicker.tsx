/**
 * The pane's one file picker: a visually hidden file input (still in the accessibility tree, so assistive
 * technology and tests reach it) and the button that opens it. The picked files go to `onPick`; the input is
 * emptied, so that picking the same file again is seen. Files are read on this computer only.
 */
import { Button, makeStyles, type ButtonProps } from "@fluentui/react-components";
import { useRef, type ReactNode } from "react";

const ROUND_FILES =
  ".xlsx,.json,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const DEFINITION_FILES =
  ".json,.xlsx,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const WORKBOOK_FILES = ".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** What a picker is for: the input's accessible name, its test id, the files it offers, one file or more. */
export interface PickerKind {
  label: string;
  testId: string;
  accept: string;
  multiple?: boolean;
}

/** The pane's pickers, each in one place. */
export const PICKERS = {
  /** The returned workbooks of a round (Landelijk overzicht). */
  werkmappen: { label: "Werkmappen kiezen", testId: "bestanden", accept: WORKBOOK_FILES, multiple: true },
  /** A monitor definition: JSON or a definition workbook. */
  definitie: {
    label: "Definitie (JSON of Excel-werkmap) kiezen",
    testId: "definitie-bestand",
    accept: DEFINITION_FILES,
  },
  /** The previous round of a unit's check (Regio). */
  vorigeRonde: {
    label: "Vorige ronde (landelijke werkmap of JSON) kiezen",
    testId: "vorige-ronde-bestand",
    accept: ROUND_FILES,
  },
  /** The previous round to compare the imported one with. */
  vorigeMeting: {
    label: "Vorige meting (landelijke werkmap of JSON) kiezen",
    testId: "vorige-meting",
    accept: ROUND_FILES,
  },
  /** The rounds of a series. */
  reeks: {
    label: "Metingen voor een reeks kiezen",
    testId: "reeks-bestanden",
    accept: ROUND_FILES,
    multiple: true,
  },
} satisfies Record<string, PickerKind>;

const useStyles = makeStyles({
  input: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
  },
});

export function FilePicker(props: {
  kind: PickerKind;
  /** The button cannot be used now (the input still takes files; `onPick` decides). */
  disabled?: boolean;
  appearance?: ButtonProps["appearance"];
  /** The picked files (one at most when the kind takes one). */
  onPick: (files: File[]) => void;
  /** The button's text. */
  children: ReactNode;
}) {
  const s = useStyles();
  const inputRef = useRef<HTMLInputElement>(null);
  return (
    <>
      <input
        ref={inputRef}
        className={s.input}
        type="file"
        multiple={props.kind.multiple}
        accept={props.kind.accept}
        aria-label={props.kind.label}
        data-testid={props.kind.testId}
        onChange={(e) => {
          props.onPick([...(e.currentTarget.files ?? [])]);
          e.currentTarget.value = "";
        }}
      />
      <Button
        appearance={props.appearance}
        disabledFocusable={props.disabled}
        onClick={() => inputRef.current?.click()}
      >
        {props.children}
      </Button>
    </>
  );
}
