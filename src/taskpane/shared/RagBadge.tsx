/** A RAG judgement as a coloured badge that also says its colour in words (never colour alone). */
import { Badge, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { FILL_COLOURS, type Rag } from "../../core/sheet-model";

const useStyles = makeStyles({
  badge: {
    color: tokens.colorNeutralForeground1,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    flexShrink: 0,
    minWidth: "56px",
  },
  groen: { backgroundColor: `#${FILL_COLOURS.groen}` },
  oranje: { backgroundColor: `#${FILL_COLOURS.oranje}` },
  rood: { backgroundColor: `#${FILL_COLOURS.rood}` },
  grijs: { backgroundColor: `#${FILL_COLOURS.grijs}` },
  nvt: { backgroundColor: tokens.colorNeutralBackground1 },
});

export function RagBadge(props: { rag: Rag | null; label: string }) {
  const s = useStyles();
  const colour = props.rag ? s[props.rag] : s.nvt;
  return (
    <Badge
      appearance="filled"
      shape="rounded"
      size="medium"
      className={mergeClasses(s.badge, colour)}
      data-rag={props.rag ?? "nvt"}
    >
      {props.label}
    </Badge>
  );
}
