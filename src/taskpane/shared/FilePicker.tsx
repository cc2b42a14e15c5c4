/**
 * The pane's one file picker: a visually hidden file input (still in the accessibility tree, so assistive
 * technology and tests reach it) and the button that opens it. The picked files go to `onPick`; the input is
 * emptied, so that picking the same file again is seen. Files are read on this computer only.
 */
import { Button, makeStyles, type ButtonProps } from "@fluentui/react-components";
import { useRef, type ReactNode } from "react";

/** National rounds: a national workbook or its JSON export. */
export const ROUND_FILES =
  ".xlsx,.json,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
/** A monitor definition: JSON or a definition workbook. */
export const DEFINITION_FILES =
  ".json,.xlsx,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
/** Returned workbooks. */
export const WORKBOOK_FILES = ".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

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
  /** The input's accessible name. */
  label: string;
  testId: string;
  accept: string;
  multiple?: boolean;
  /** The button cannot be used now (the input still takes files; `onPick` decides). */
  disabled?: boolean;
  appearance?: ButtonProps["appearance"];
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
        multiple={props.multiple}
        accept={props.accept}
        aria-label={props.label}
        data-testid={props.testId}
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
